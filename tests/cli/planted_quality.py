#!/usr/bin/env python3
"""Quality gate on planted text: plants artifacts into the test half of a development set with
scripts/make-artifacts (seed 1, four copies of each document), then scores
`wirealign check` on the result with scripts/eval-check. Every argument after the set goes to
eval-check (--min-recall KIND=R, --max-false-alarms X, ...).

  planted_quality.py SET_DIR --out DIR --wirealign BINARY [eval-check options]
"""

import argparse
import subprocess
import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent.parent.parent / "scripts"


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("set_dir")
    ap.add_argument("--out", required=True, help="folder for the planted set (rewritten)")
    ap.add_argument("--wirealign", required=True)
    ap.add_argument("--swap", action="store_true", help="plant into the other direction")
    args, gates = ap.parse_known_args()
    plant = [sys.executable, str(SCRIPTS / "make-artifacts"), args.set_dir, "--half", "test",
             "--seed", "1", "--copies", "4", "--out", args.out] + (["--swap"] if args.swap else [])
    made = subprocess.run(plant, stdout=subprocess.DEVNULL)
    if made.returncode != 0:
        return made.returncode
    score = [sys.executable, str(SCRIPTS / "eval-check"), args.out, "--wirealign", args.wirealign,
             *gates]
    return subprocess.run(score).returncode


if __name__ == "__main__":
    sys.exit(main())
