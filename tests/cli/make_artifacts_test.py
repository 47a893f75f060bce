#!/usr/bin/env python3
"""scripts/make-artifacts on the small set beside this file: the same seed writes the same set
byte for byte, another seed another one; every set is sound (gold covering every line once and
in order, labels naming lines that exist); every line the gold pairs with its source and that no
label names is the original translation (nothing changed without a label); the tune and test
halves share no sentence; eval-check reads the set's languages and labels."""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))
sys.dont_write_bytecode = True
import evalsets  # noqa: E402

INPUT = Path(__file__).resolve().parent / "make-artifacts-input"
SCRIPT = REPO / "scripts" / "make-artifacts"


def make(out, *options):
    cmd = [sys.executable, str(SCRIPT), str(INPUT), "--out", str(out), "--sentences-per-doc", "6",
           "--rate", "0.5", *options]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    assert proc.returncode == 0, f"{cmd}: {proc.stderr}"
    return proc.stdout


def files(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def check_set(folder, src_lang, tgt_lang):
    problems = evalsets.validate_set(folder, src_lang, tgt_lang)
    assert not problems, problems
    meta = json.loads((folder / evalsets.META).read_text(encoding="utf-8"))
    assert (meta["src_lang"], meta["tgt_lang"]) == (src_lang, tgt_lang)
    originals = {}
    for lang in (src_lang, tgt_lang):
        for path in INPUT.glob(f"*.{lang}"):
            originals[(path.stem, lang)] = evalsets.read_sentences(path)
    docs = evalsets.find_documents(folder)
    assert docs and all((d.src_lang, d.tgt_lang) == (src_lang, tgt_lang) for d in docs)
    labelled = 0
    for doc in docs:
        src = evalsets.read_sentences(doc.src)
        tgt = evalsets.read_sentences(doc.tgt)
        labels = evalsets.read_labels(doc)
        labelled += len(labels)
        assert not (meta["documents"][doc.name]["clean"] and labels), doc.name
        for label in labels:
            assert label["kind"] in KINDS and label["what"] and label["variant"], label
        touched = {i for label in labels for i in label["tgt"]}
        pairs = meta["documents"][doc.name]["pairs"]
        for (s, t), (name, s0, t0) in zip(
                [(b[0][0], b[1][0]) for b in doc.gold_blocks() if len(b[0]) == len(b[1]) == 1],
                [pairs[b[0][0]] for b in doc.gold_blocks() if len(b[0]) == len(b[1]) == 1]):
            assert src[s] == originals[(name, src_lang)][s0], (doc.name, s)
            if t not in touched:
                assert tgt[t] == originals[(name, tgt_lang)][t0], (doc.name, t, tgt[t])
    assert labelled > 0
    return meta


KINDS = {"omission", "addition", "duplicate", "untranslated", "untranslated-acronym",
         "number-mismatch", "name-mismatch", "quote-mismatch", "repeated-word", "spelling"}


def main():
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        make(tmp / "a", "--seed", "7")
        make(tmp / "b", "--seed", "7")
        make(tmp / "c", "--seed", "8")
        a, b, c = files(tmp / "a"), files(tmp / "b"), files(tmp / "c")
        assert a == b, "the same seed wrote two different sets"
        assert a != c, "two seeds wrote the same set"
        make(tmp / "a", "--seed", "7")       # an earlier set is replaced
        assert files(tmp / "a") == a

        meta = check_set(tmp / "a", "en", "fr")
        check_set(tmp / "c", "en", "fr")
        # Only 1-1 gold blocks become pairs: election's [6, 7]:[6] is left out.
        taken = {(p[0], p[1]) for d in meta["documents"].values() for p in d["pairs"]}
        assert ("election", 6) not in taken and ("election", 7) not in taken
        assert ("election", 5) in taken

        make(tmp / "swap", "--seed", "7", "--swap")
        check_set(tmp / "swap", "fr", "en")

        tune = check_set(tmp / "tune", "en", "fr") if make(tmp / "tune", "--half", "tune") else None
        test = check_set(tmp / "test", "en", "fr") if make(tmp / "test", "--half", "test") else None
        tune_pairs = {tuple(p) for d in tune["documents"].values() for p in d["pairs"]}
        test_pairs = {tuple(p) for d in test["documents"].values() for p in d["pairs"]}
        assert tune_pairs and test_pairs and not tune_pairs & test_pairs
        assert {d["half"] for d in tune["documents"].values()} == {"tune"}
        assert evalsets.find_documents(tmp / "tune", half="test") == []

        # Refused: writing into the input, or into a folder holding other files.
        (tmp / "other").mkdir()
        (tmp / "other" / "keep.txt").write_text("x")
        for out in (INPUT, tmp / "other"):
            proc = subprocess.run([sys.executable, str(SCRIPT), str(INPUT), "--out", str(out)],
                                  capture_output=True, text=True)
            assert proc.returncode == 1, proc
        assert (tmp / "other" / "keep.txt").read_text() == "x"
    print("make-artifacts test: ok")


if __name__ == "__main__":
    main()
