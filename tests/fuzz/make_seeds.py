#!/usr/bin/env python3
"""Writes the seed inputs of the fuzz targets into tests/fuzz/seeds/<target>/: short pieces of the
example pair and of the development corpora, plus hand-made hostile texts (markup, "]]>",
control characters, UTF-16, Latin-1, lone surrogates). Run on purpose; the seeds are committed.

Usage: tests/fuzz/make_seeds.py [DEV_CORPORA]   (default ../shared/corpora/dev)
"""
import glob
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def cut(data, limit):
    """The first `limit` bytes of UTF-8 `data`, cut at a line end where possible."""
    if len(data) <= limit:
        return data
    end = data.rfind(b"\n", 0, limit)
    return data[: end + 1 if end > 0 else limit]


def provider_string(data):
    """`data` as FuzzedDataProvider::ConsumeRandomLengthString reads it: backslashes doubled, then
    a backslash and another byte to end the string."""
    return data.replace(b"\\", b"\\\\") + b"\\n"


def main():
    dev = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "corpora", "dev")
    examples = os.path.join(ROOT, "corpora", "examples")
    pairs = [(open(os.path.join(examples, "rt-tajikistan.en.txt"), "rb").read(),
              open(os.path.join(examples, "rt-tajikistan.fr.txt"), "rb").read())]
    for src in sorted(glob.glob(os.path.join(dev, "ntrex-news", "*.en")))[:3] + \
            sorted(glob.glob(os.path.join(dev, "textberg-de-fr", "*.de")))[:1]:
        tgt = os.path.splitext(src)[0] + ".fr"
        if os.path.exists(tgt):
            pairs.append((open(src, "rb").read(), open(tgt, "rb").read()))
    hostile = [
        "Le <b>prix</b> & la « valeur » ]]> <![CDATA[ x ]]> --> <!-- ?> \"'\n".encode(),
        b"Ctrl\x01\x02\x07\x1b[31mred\x1b[0m\x7f\x0bvt\x0cff\r\nCRLF\rCR\n",
        b"Lone surrogate \xed\xa0\x80 and overlong \xc0\xaf, end.\n",
        "Là. Ok.\n".encode("utf-16-le"),
        "\ufeffLà. Ok.\n".encode("utf-16"),
        "Élève à l'école. Ça coûte 1 500 €.\n".encode("latin-1", "replace"),
        "M. Dupont a dit : « Nous coulons ! nous coulons ! » Puis il est parti.\n".encode(),
        b"U.S. Sept. 11, 2001. Mr. Smith left. He came back.\n\n*****\n\nNew paragraph.\n",
        b"\xef\xbb\xbfBOM then text.\n",
        b"   \n\t\n",
    ]
    targets = {t: [] for t in ("fuzz_read", "fuzz_segment", "fuzz_align", "fuzz_check",
                               "fuzz_report_alignment", "fuzz_report_findings",
                               "fuzz_report_xliff")}
    for src, tgt in pairs:
        for side in (src, tgt):
            targets["fuzz_read"].append(cut(side, 2000))
            targets["fuzz_segment"].append(b"\x01" + cut(side, 2000))
        for name in ("fuzz_align", "fuzz_check"):
            targets[name].append(b"\x00" + provider_string(cut(src, 1500)) + cut(tgt, 1500))
        for name in ("fuzz_report_alignment", "fuzz_report_findings", "fuzz_report_xliff"):
            targets[name].append(cut(src, 600) + cut(tgt, 600))
    for i, text in enumerate(hostile):
        targets["fuzz_read"].append(text)
        targets["fuzz_segment"].append(bytes([i]) + text)
        for name in ("fuzz_align", "fuzz_check"):
            targets[name].append(b"\x01" + provider_string(text) + pairs[0][1][:400])
        for name in ("fuzz_report_alignment", "fuzz_report_findings", "fuzz_report_xliff"):
            targets[name].append(text * 3)
    for name, seeds in targets.items():
        folder = os.path.join(HERE, "seeds", name)
        os.makedirs(folder, exist_ok=True)
        for old in os.listdir(folder):
            os.remove(os.path.join(folder, old))
        for i, seed in enumerate(seeds):
            with open(os.path.join(folder, "seed-%02d" % i), "wb") as f:
                f.write(seed)


if __name__ == "__main__":
    main()
