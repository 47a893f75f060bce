#!/usr/bin/env python3
"""Writes the seed inputs of the fuzz targets into tests/fuzz/seeds/<target>/: short pieces of the
example pair and of the development corpora, plus hand-made hostile texts (markup, "]]>",
control characters, UTF-16, Latin-1, lone surrogates) and web pages (the example pages, broken
markup, encoding declarations, entities). Run on purpose; the seeds are committed (files that do
not start with "seed-", such as inputs kept from a finding, are left alone).

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
    targets = {t: [] for t in ("fuzz_read", "fuzz_read_html", "fuzz_segment", "fuzz_align",
                               "fuzz_check", "fuzz_report_alignment", "fuzz_report_findings",
                               "fuzz_report_xliff")}
    # fuzz_read_html: the first byte chooses the options (bit 0: HTML forced, bit 1: whole page).
    for lang in ("en", "fr"):
        page = open(os.path.join(examples, "rt-tajikistan.%s.html" % lang), "rb").read()
        targets["fuzz_read_html"] += [b"\x00" + page, b"\x03" + cut(page, 4000)]
    pages = [
        b"<!DOCTYPE html><html><head><meta charset=windows-1252><title>T</title></head>"
        b"<body><p>\xe9t\xe9 &amp; &eacute;t&eacute; &#233; &#x2019; &notit; &copy 2021</p></body></html>",
        b"<meta http-equiv='Content-Type' content='text/html; charset=\"ISO-8859-1\"'><p>caf\xe9</p>",
        b"<html><body></p>Stray.<p>Unclosed <b>bold <i>both</b> italic<table>Moved<tr><td>Cell"
        b"<li>One<li>Two<br><br>After<pre>\n  kept\n</pre><article><header><h1>H</h1></header>",
        b"<!DOCTYPE html><main><article><p>A.</p></article><article><p>Longer article.</p>"
        b"</article></main><nav>N</nav><div role=main hidden>x</div><dialog>D</dialog>",
        b"<!--c--><?xml version='1.0'?><html><body><p>\r\nCR LF\rCR</p><script><div></script>",
        "\ufeff<!DOCTYPE html><p>Là. Ok.</p>".encode("utf-16"),
        b"<p>a</p>\n<p>b</p>\n<div><div><div><span>deep</span></div></div></div>",
    ]
    for i, page in enumerate(pages):
        targets["fuzz_read_html"].append(bytes([i % 4]) + page)
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
            if old.startswith("seed-"):
                os.remove(os.path.join(folder, old))
        for i, seed in enumerate(seeds):
            with open(os.path.join(folder, "seed-%02d" % i), "wb") as f:
                f.write(seed)


if __name__ == "__main__":
    main()
