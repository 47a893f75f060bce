#!/usr/bin/env python3
"""`wirealign languages`: every language of the data folder is listed with ICU's data, and every
pair with the FreeDict dictionaries it reads, in agreement with the files installed."""
import json
import os
import subprocess
import sys
import tempfile

DICTD = "/usr/share/dictd"


def run(binary, *args, env=None):
    proc = subprocess.run([binary, "languages", *args], capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        raise SystemExit("wirealign languages %s: exit %d: %s" % (" ".join(args), proc.returncode,
                                                                   proc.stderr))
    return proc.stdout


def main():
    binary = sys.argv[1]
    failures = []

    def expect(condition, what):
        print(("ok " if condition else "FAIL ") + what)
        if not condition:
            failures.append(what)

    listing = json.loads(run(binary, "--format", "json"))
    codes = [l["code"] for l in listing["languages"]]
    expect(codes == sorted(codes) and {"en", "fr", "de"} <= set(codes),
           "the data folder's languages, sorted: %s" % codes)
    for l in listing["languages"]:
        expect(l["icu"] and l["months"] == 12 and l["quotes"],
               "%s: ICU's quotation marks and months" % l["code"])
    n = len(codes)
    expect(len(listing["pairs"]) == n * (n - 1), "every ordered pair of two languages")
    pairs = {(p["src"], p["tgt"]): p for p in listing["pairs"]}
    # What the listing says agrees with the dictionaries on disk.
    three = {"en": "eng", "fr": "fra", "de": "deu", "es": "spa", "it": "ita", "pt": "por",
             "nl": "nld", "pl": "pol", "ru": "rus"}
    for (s, t), p in pairs.items():
        if s not in three or t not in three:
            continue
        direct = [f for f in (three[s] + "-" + three[t], three[t] + "-" + three[s])
                  if os.path.exists(os.path.join(DICTD, "freedict-%s.dict.dz" % f))]
        if direct:
            expect(p["dictionary"] == "direct" and p["files"] == direct,
                   "%s-%s: direct, %s" % (s, t, direct))
        elif p["dictionary"] == "through English":
            expect("eng" in p["files"][0] and "eng" in p["files"][-1],
                   "%s-%s: both legs through English" % (s, t))
    # A folder of one language without data files: ICU's data alone, no dictionary.
    with tempfile.TemporaryDirectory() as tmp:
        os.makedirs(os.path.join(tmp, "lang", "sv"))
        os.makedirs(os.path.join(tmp, "lang", "fi"))
        empty = os.path.join(tmp, "no-dictionaries")
        os.makedirs(empty)
        text = run(binary, "--data-dir", tmp, "--dictd-dir", empty)
        expect("sv  Swedish" in text and "none (ICU's data alone)" in text,
               "a language without data files is listed on ICU's data")
        expect("fi -> sv  none" in text, "a pair without dictionaries says so")
    proc = subprocess.run([binary, "languages", "--format", "xml"], capture_output=True, text=True)
    expect(proc.returncode == 2 and "--format" in proc.stderr, "an unknown format is a usage error")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
