#!/usr/bin/env python3
"""The example pair saved as web pages (and the French side as Word and OpenDocument files) must
give the same findings as the plain text files: the same kinds on the same sentences. The
findings' sentences must point into the pages' own bytes, and the text report must give the
pages' own line numbers.

Usage: same_findings.py WIREALIGN
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLES = os.path.join(os.path.dirname(os.path.dirname(HERE)), "corpora", "examples")


def check(binary, src, tgt, *extra):
    proc = subprocess.run([binary, "check", os.path.join(EXAMPLES, src), os.path.join(EXAMPLES, tgt)]
                          + list(extra), capture_output=True, timeout=300)
    if proc.returncode != 0:
        sys.exit("check %s %s failed (%d): %s" % (src, tgt, proc.returncode, proc.stderr.decode()))
    return proc.stdout.decode("utf-8")


def findings(report):
    return [(f["kind"], f["src"], f["tgt"]) for f in report["findings"]]


def main():
    binary = os.path.abspath(sys.argv[1])
    problems = []

    def expect(ok, what):
        print("%s %s" % ("ok" if ok else "FAIL", what))
        if not ok:
            problems.append(what)

    text = json.loads(check(binary, "rt-tajikistan.en.txt", "rt-tajikistan.fr.txt", "--format", "json"))
    expect(len(text["findings"]) > 5, "the text pair has findings (%d)" % len(text["findings"]))
    html = json.loads(check(binary, "rt-tajikistan.en.html", "rt-tajikistan.fr.html", "--format", "json"))
    expect(findings(html) == findings(text), "web pages: the same findings (kind, src, tgt) as the text files")
    for side in ("src", "tgt"):
        expect([s["text"] for s in html[side]["sentences"]] == [s["text"] for s in text[side]["sentences"]],
               "web pages: the same %s sentences" % side)
    for doc in ("docx", "odt"):
        office = json.loads(check(binary, "rt-tajikistan.en.txt", "rt-tajikistan.fr." + doc, "--format", "json"))
        expect(findings(office) == findings(text), "%s: the same findings as the text file" % doc)

    # Sentences point into the pages: each span holds the sentence's first and last words.
    for side, name in (("src", "rt-tajikistan.en.html"), ("tgt", "rt-tajikistan.fr.html")):
        raw = open(os.path.join(EXAMPLES, name), "rb").read().decode("utf-8")
        raw_bytes = raw.encode("utf-8")
        bad = []
        for s in html[side]["sentences"]:
            piece = raw_bytes[s["start"]:s["end"]].decode("utf-8", "replace")
            words = re.findall(r"\w+", s["text"]) or [s["text"]]  # "*****" has no words
            if words[0] not in piece or words[-1] not in piece:
                bad.append((s["index"], piece[:60]))
        expect(not bad, "%s: every sentence's span holds its words %s" % (name, bad[:3]))

    # The text report gives the pages' lines: FILE:LINE of the first sentence of each finding.
    report = check(binary, "rt-tajikistan.en.html", "rt-tajikistan.fr.html", "--checks", "all")
    report_json = json.loads(check(binary, "rt-tajikistan.en.html", "rt-tajikistan.fr.html",
                                   "--checks", "all", "--format", "json"))
    missing = []
    for f in report_json["findings"]:
        for side, name in (("src", "rt-tajikistan.en.html"), ("tgt", "rt-tajikistan.fr.html")):
            if not f[side]:
                continue
            raw = open(os.path.join(EXAMPLES, name), "rb").read()
            start = report_json[side]["sentences"][f[side][0]]["start"]
            line = raw[:start].count(b"\n") + 1
            if not re.search(re.escape(name) + ":" + str(line) + r"\b", report):
                missing.append("%s:%d" % (name, line))
    expect(not missing, "text report: findings at the pages' own lines %s" % missing[:5])
    print("%d failed" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
