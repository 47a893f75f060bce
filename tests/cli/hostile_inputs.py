#!/usr/bin/env python3
"""Inputs too large to store as golden cases, generated in a temporary folder: a 10 MB line, a
1 MB sentence without a full stop, 1,000,000 short lines. Checks the exit code, the message and
that no partial output file is left behind.

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
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("%d failed" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
