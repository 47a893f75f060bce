#!/usr/bin/python3
"""scripts/dask-batch on a local cluster of two workers gives the same records, in the same
order, as wirealign batch alone: paths relative to the manifest, inline texts, a missing file,
a line that is not JSON, lines without ids, partitions smaller than the manifest."""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def records(path):
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        record.pop("ms", None)
        out.append(record)
    return out


def main():
    binary = sys.argv[1]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        (tmp / "texts").mkdir()
        examples = REPO / "corpora" / "examples"
        for lang in ("en", "fr"):
            (tmp / "texts" / f"rt.{lang}").write_bytes((examples / f"rt-tajikistan.{lang}.txt").read_bytes())
        lines = [
            {"id": "rt", "src": "texts/rt.en", "tgt": "texts/rt.fr"},
            {"src": {"text": "The CSTO met in Moscow."}, "tgt": {"text": "L'OTSC s'est réunie à Moscou."}},
            {"id": "missing", "src": "texts/none.en", "tgt": "texts/rt.fr"},
            "not json",
            {"id": "rt-again", "src": {"path": "texts/rt.en"}, "tgt": "texts/rt.fr"},
            {"src": {"text": "Two troops.\nThree tanks."}, "tgt": {"text": "Deux soldats.\nTrois chars."},
             "segmented": True},
        ]
        manifest = tmp / "manifest.jsonl"
        manifest.write_text("".join((l if isinstance(l, str) else json.dumps(l)) + "\n" for l in lines),
                            encoding="utf-8")
        direct, dask = tmp / "direct.jsonl", tmp / "dask.jsonl"
        a = subprocess.run([binary, "batch", str(manifest), "-o", str(direct), "--quiet"])
        b = subprocess.run([str(REPO / "scripts" / "dask-batch"), str(manifest), "-o", str(dask),
                            "--workers", "2", "--partition-size", "2", "--wirealign", binary],
                           capture_output=True, text=True)
        assert a.returncode == 1, f"wirealign batch exited with {a.returncode}"
        assert b.returncode == 1, f"dask-batch exited with {b.returncode}: {b.stderr}"
        want, got = records(direct), records(dask)
        assert len(want) == 6, want
        assert [r["ok"] for r in want] == [True, True, False, False, True, True], want
        if want != got:
            for w, g in zip(want, got):
                if w != g:
                    print(f"differs:\n  batch: {w}\n  dask:  {g}")
            sys.exit(1)
    print("dask-batch: same records as wirealign batch")


if __name__ == "__main__":
    main()
