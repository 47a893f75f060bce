#!/usr/bin/env python3
"""Inputs too large to store as golden cases, generated in a temporary folder: a 10 MB line, a
1 MB sentence without a full stop, 1,000,000 short lines, a 10 MB web page, a page nested 100,000
elements deep. Checks the exit code, the message and that no partial output file is left behind.

Usage: hostile_inputs.py WIREALIGN
"""
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

WORDS = ("the of and to in a is that for it as was with be by on not he this are or his from at "
         "which but have an they you were her she there been one all we their").split()
FRENCH = "Le chat est sur la table. Il dort depuis ce matin.\n"
# A guard against hangs, not a benchmark: every case takes seconds in a Release build.
TIMEOUT = 600


def run(binary, *args):
    proc = subprocess.run([binary] + list(args), capture_output=True, timeout=TIMEOUT)
    return proc.returncode, proc.stdout, proc.stderr.decode("utf-8", "replace")


def main():
    binary = os.path.abspath(sys.argv[1])
    rng = random.Random(6)
    tmp = tempfile.mkdtemp(prefix="wirealign-hostile-")
    problems = []

    def expect(ok, what):
        print("%s %s" % ("ok" if ok else "FAIL", what))
        if not ok:
            problems.append(what)

    try:
        fr = os.path.join(tmp, "short.fr")
        with open(fr, "w", encoding="utf-8") as f:
            f.write(FRENCH)

        # A 10 MB line of ordinary sentences: segmented and aligned.
        line = os.path.join(tmp, "line.en")
        with open(line, "w", encoding="utf-8") as f:
            size = 0
            while size < 10_000_000:
                s = " ".join(rng.choice(WORDS) for _ in range(25)).capitalize() + ". "
                f.write(s)
                size += len(s)
            f.write("\n")
        code, out, err = run(binary, "align", line, fr, "--no-dictionary", "--format", "blocks",
                             "-o", os.path.join(tmp, "line.blocks"))
        blocks = open(os.path.join(tmp, "line.blocks")).read().splitlines() if code == 0 else []
        expect(code == 0 and len(blocks) > 50_000,
               "10 MB line: aligned, %d blocks (%r)" % (len(blocks), err.strip()))

        # A 1 MB sentence without a full stop: cut into pieces of at most 10,000 bytes.
        sentence = os.path.join(tmp, "sentence.en")
        with open(sentence, "w", encoding="utf-8") as f:
            text = " ".join(rng.choice(WORDS) for _ in range(400_000))[:1_000_000]
            f.write(text + "\n")
        code, out, err = run(binary, "segment", sentence, "--lang", "en", "--format", "json")
        pieces = json.loads(out)["sentences"] if code == 0 else []
        expect(code == 0 and len(pieces) >= 100 and
               all(p["end"] - p["start"] <= 10_000 for p in pieces) and
               " ".join(p["text"] for p in pieces) == text,
               "1 MB sentence: %d pieces of at most 10,000 bytes, nothing lost" % len(pieces))
        code, out, err = run(binary, "align", sentence, fr, "--no-dictionary")
        expect(code == 0 and out.count(b"\n") >= 1, "1 MB sentence: aligned")

        # 1,000,000 short lines: segmented; too many sentences to align (a clear error, no file).
        lines = os.path.join(tmp, "lines.en")
        with open(lines, "w", encoding="utf-8") as f:
            f.writelines("Line %d is here.\n" % i for i in range(1_000_000))
        code, out, err = run(binary, "segment", lines, "--lang", "en", "--segmented")
        expect(code == 0 and out.count(b"\n") == 1_000_000, "1,000,000 lines: segmented")
        target = os.path.join(tmp, "lines.tsv")
        code, out, err = run(binary, "align", lines, fr, "--no-dictionary", "-o", target)
        expect(code == 1 and "has 1000000 sentences, more than the 200000" in err and
               not [n for n in os.listdir(tmp) if "lines.tsv" in n],
               "1,000,000 lines: align refuses them, no output file (%r)" % err.strip())

        # A 10 MB web page: scripts, menus and a long article of paragraphs, links and entities.
        page = os.path.join(tmp, "page.html")
        paragraphs = 0
        with open(page, "w", encoding="utf-8") as f:
            f.write("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Big</title>"
                    "<script>var a = '<div>';</script></head>\n<body><nav><a href=/>Home</a></nav>"
                    "\n<article>\n")
            size = 0
            while size < 10_000_000:
                words = [rng.choice(WORDS) for _ in range(30)]
                words[5] = "<a href=\"/x\">%s</a>" % words[5]
                words[9] = "&amp;"
                p = "<p>%s.</p>\n" % " ".join(words).capitalize()
                f.write(p)
                size += len(p)
                paragraphs += 1
                if paragraphs % 100 == 0:
                    f.write("<aside><button>Share</button></aside><script>track(%d)</script>\n"
                            % paragraphs)
            f.write("</article><footer>The end</footer></body></html>\n")
        code, out, err = run(binary, "segment", page, "--lang", "en", "--format", "json")
        doc = json.loads(out) if code == 0 else {"sentences": [], "paragraphs": 0}
        raw = open(page, "rb").read()
        first = doc["sentences"][0] if doc["sentences"] else {"start": 0, "end": 0}
        expect(code == 0 and doc["paragraphs"] == paragraphs and
               raw[first["start"]:first["end"]].startswith(doc["sentences"][0]["text"][:10].encode())
               and "Share" not in json.dumps(doc["sentences"][:200]),
               "10 MB web page: %d paragraphs of %d read, spans in the page (%r)"
               % (doc["paragraphs"], paragraphs, err.strip()[:200]))

        # Elements nested 100,000 deep: refused before parsing (the parser would take minutes).
        deep = os.path.join(tmp, "deep.html")
        with open(deep, "w", encoding="utf-8") as f:
            f.write("<!DOCTYPE html><body>" + "<div>" * 100_000 + "Deep text.")
        code, out, err = run(binary, "segment", deep, "--lang", "en", "-o",
                             os.path.join(tmp, "deep.txt"))
        expect(code == 1 and "nests HTML elements more than 2000 deep" in err and
               not [n for n in os.listdir(tmp) if "deep.txt" in n],
               "100,000 nested elements: refused, no output file (%r)" % err.strip())
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("%d failed" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
