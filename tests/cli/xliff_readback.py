#!/usr/bin/env python3
"""XLIFF 2.0 output read back by an independent reader: `wirealign align` and `check --format
xliff` on the example pair and on development sets (one sentence per line, `--segmented`), each
file read by the npm package `xliff` (installed on first use into --npm-dir) and compared unit by
unit with the JSON output of the same command: every source and target intact. The structure is
checked against the constraints of the XLIFF 2.0 specification (namespaces, required attributes,
unique ids, element order, note priorities 1 to 10).

Exit 77 (skipped) when Node.js is missing or the package cannot be installed (offline, first run).
Usage: xliff_readback.py WIREALIGN [--dev SET_DIR ...] [--dev-root DIR] [--limit N] [--npm-dir DIR]
"""
import argparse
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
XLF = "{urn:oasis:names:tc:xliff:document:2.0}"
MDA = "{urn:oasis:names:tc:xliff:metadata:2.0}"
PACKAGE = "xliff@6.4.0"
SKIP = 77


def ensure_reader(npm_dir):
    """The node_modules folder holding the `xliff` package, installed if missing; None if it
    cannot be had."""
    modules = os.path.join(npm_dir, "node_modules")
    if os.path.isfile(os.path.join(modules, "xliff", "package.json")):
        return modules
    npm = shutil.which("npm")
    if not npm:
        return None
    os.makedirs(npm_dir, exist_ok=True)
    proc = subprocess.run([npm, "install", "--prefix", npm_dir, "--no-audit", "--no-fund",
                           "--loglevel=error", PACKAGE], capture_output=True, text=True)
    if proc.returncode != 0:
        print("xliff_readback: npm install %s failed:\n%s" % (PACKAGE, proc.stderr), file=sys.stderr)
        return None
    return modules


def dev_documents(set_dir, limit):
    """[(name, src, tgt, src_lang, tgt_lang)] of a development set: NAME.<lang> pairs; the target
    is fr if present, else the second language in alphabetical order (as scripts/eval-align)."""
    langs = defaultdict(dict)
    for entry in sorted(os.listdir(set_dir)):
        m = re.fullmatch(r"(.+)\.([a-z]{2,3})", entry)
        if m:
            langs[m.group(1)][m.group(2)] = os.path.join(set_dir, entry)
    docs = []
    for name in sorted(langs):
        files = langs[name]
        if len(files) != 2:
            continue
        codes = sorted(files)
        tgt = "fr" if "fr" in codes else codes[1]
        src = codes[0] if codes[0] != tgt else codes[1]
        docs.append((os.path.basename(set_dir) + "/" + name, files[src], files[tgt], src, tgt))
    return docs[:limit] if limit else docs


def run(cmd):
    proc = subprocess.run(cmd, capture_output=True)
    if proc.returncode not in (0, 3):
        raise RuntimeError("%s: exit %d: %s" % (" ".join(cmd), proc.returncode,
                                                 proc.stderr.decode("utf-8", "replace")))
    return proc.stdout


def produce(binary, case, tmp):
    """Runs the command of `case` as JSON and as XLIFF; returns (case, json, xliff path)."""
    label, command, src, tgt, extra = case
    base = [binary, command, src, tgt] + extra
    report = json.loads(run(base + ["--format", "json"]))
    path = os.path.join(tmp, "%d.xlf" % abs(hash(label)))
    run(base + ["--format", "xliff", "-o", path])
    return case, report, path


def structure_problems(path):
    """Violations of XLIFF 2.0 constraints in the file at `path`."""
    problems = []
    root = ET.parse(path).getroot()
    if root.tag != XLF + "xliff":
        return ["root is %s, not xliff in the XLIFF 2.0 namespace" % root.tag]
    for attr in ("version", "srcLang"):
        if not root.get(attr):
            problems.append("xliff lacks %s" % attr)
    if root.get("version") != "2.0":
        problems.append("version is %r" % root.get("version"))
    has_target = root.find(".//%starget" % XLF) is not None
    if has_target and not root.get("trgLang"):
        problems.append("targets without trgLang")
    files = root.findall(XLF + "file")
    if not files:
        problems.append("no file")
    file_ids = [f.get("id") for f in files]
    if None in file_ids or len(set(file_ids)) != len(file_ids):
        problems.append("file ids missing or repeated: %s" % file_ids)

    def order(element, allowed, what):
        """Children in the order of `allowed` (lists of tags; a tag may repeat)."""
        rank = -1
        for child in element:
            tag = child.tag
            position = next((i for i, tags in enumerate(allowed) if tag in tags or
                             ("*mda" in tags and tag.startswith(MDA))), None)
            if position is None:
                problems.append("%s: unexpected %s" % (what, tag))
            elif position < rank:
                problems.append("%s: %s out of order" % (what, tag))
            else:
                rank = position

    def notes(element, what):
        n = element.find(XLF + "notes")
        if n is None:
            return
        if not list(n):
            problems.append("%s: empty notes" % what)
        ids = [x.get("id") for x in n if x.get("id") is not None]
        if len(set(ids)) != len(ids):
            problems.append("%s: note ids repeated" % what)
        for x in n:
            if x.tag != XLF + "note":
                problems.append("%s: %s in notes" % (what, x.tag))
            p = x.get("priority")
            if p is not None and not (p.isdigit() and 1 <= int(p) <= 10):
                problems.append("%s: note priority %r" % (what, p))

    for f in files:
        what = "file %s" % f.get("id")
        order(f, [{"*mda"}, {XLF + "notes"}, {XLF + "unit", XLF + "group"}], what)
        notes(f, what)
        units = f.findall(XLF + "unit")
        if not units:
            problems.append("%s: no unit" % what)
        unit_ids = [u.get("id") for u in units]
        if None in unit_ids or len(set(unit_ids)) != len(unit_ids):
            problems.append("%s: unit ids missing or repeated" % what)
        for u in units:
            uwhat = "%s unit %s" % (what, u.get("id"))
            order(u, [{"*mda"}, {XLF + "notes"}, {XLF + "segment", XLF + "ignorable"}], uwhat)
            notes(u, uwhat)
            segments = u.findall(XLF + "segment")
            if not segments:
                problems.append("%s: no segment" % uwhat)
            for s in segments:
                children = [c.tag for c in s]
                if children not in ([XLF + "source"], [XLF + "source", XLF + "target"]):
                    problems.append("%s: segment holds %s" % (uwhat, children))
            for m in u.iter(MDA + "meta"):
                if not m.get("type"):
                    problems.append("%s: mda:meta without type" % uwhat)
    return problems


def compare(case, report, read):
    """Differences between the reader's units and the blocks of the JSON report."""
    label = case[0]
    problems = []
    if read["sourceLanguage"] != report["src"]["lang"] or read["targetLanguage"] != report["tgt"]["lang"]:
        problems.append("languages %s-%s" % (read["sourceLanguage"], read["targetLanguage"]))
    units = read["units"].get("f1", {})
    blocks = report["blocks"]
    if len(units) != len(blocks):
        problems.append("%d units for %d blocks" % (len(units), len(blocks)))
    src = [s["text"] for s in report["src"]["sentences"]]
    tgt = [s["text"] for s in report["tgt"]["sentences"]]
    for i, block in enumerate(blocks):
        unit = units.get("b%d" % (i + 1))
        if unit is None:
            problems.append("no unit b%d" % (i + 1))
            continue
        want_source = " ".join(src[k] for k in block["src"])
        want_target = " ".join(tgt[k] for k in block["tgt"]) if block["tgt"] else None
        if unit.get("source") != want_source:
            problems.append("b%d source %r, expected %r" % (i + 1, unit.get("source"), want_source))
        if unit.get("target") != want_target:
            problems.append("b%d target %r, expected %r" % (i + 1, unit.get("target"), want_target))
    return ["%s: %s" % (label, p) for p in problems]


def notes_problems(case, report, path):
    """A check's findings are notes and its notices file notes, one each."""
    if case[1] != "check":
        return []
    root = ET.parse(path).getroot()
    categories = [n.get("category") or "" for n in root.iter(XLF + "note")]
    findings = sum(1 for c in categories if not c.startswith("wirealign:notice:"))
    notices = sum(1 for c in categories if c.startswith("wirealign:notice:"))
    problems = []
    if findings != len(report["findings"]):
        problems.append("%d finding notes for %d findings" % (findings, len(report["findings"])))
    if notices != len(report["notices"]):
        problems.append("%d notice notes for %d notices" % (notices, len(report["notices"])))
    return ["%s: %s" % (case[0], p) for p in problems]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("binary")
    ap.add_argument("--dev", nargs="*", default=[], metavar="SET_DIR")
    ap.add_argument("--dev-root", metavar="DIR", help="every set folder in DIR")
    ap.add_argument("--limit", type=int, default=0, help="documents per set (0: all)")
    ap.add_argument("--npm-dir", default=os.environ.get("WIREALIGN_NPM_DIR",
                                                       os.path.join(ROOT, "build", "npm")))
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()
    if not shutil.which("node"):
        print("xliff_readback: skipped: Node.js (node) not found")
        return SKIP
    modules = ensure_reader(os.path.abspath(args.npm_dir))
    if not modules:
        print("xliff_readback: skipped: the npm package %s could not be installed" % PACKAGE)
        return SKIP

    if args.dev_root:
        args.dev += sorted(os.path.join(args.dev_root, d) for d in os.listdir(args.dev_root)
                           if os.path.isdir(os.path.join(args.dev_root, d)))
    examples = os.path.join(ROOT, "corpora", "examples")
    cases = []
    for command in ("align", "check"):
        cases.append(("example " + command, command, os.path.join(examples, "rt-tajikistan.en.txt"),
                      os.path.join(examples, "rt-tajikistan.fr.txt"), []))
    for set_dir in args.dev:
        for name, src, tgt, s, t in dev_documents(set_dir, args.limit):
            for command in ("align", "check"):
                cases.append(("%s %s" % (name, command), command, src, tgt,
                              ["--segmented", "--src-lang", s, "--tgt-lang", t]))

    tmp = tempfile.mkdtemp(prefix="wirealign-xliff-")
    problems = []
    try:
        with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
            produced = list(pool.map(lambda c: produce(args.binary, c, tmp), cases))
        paths = [p for _, _, p in produced]
        read = {}
        for start in range(0, len(paths), 200):
            out = subprocess.run(["node", os.path.join(HERE, "xliff_readback.mjs"), modules]
                                 + paths[start:start + 200], capture_output=True, text=True)
            if out.returncode != 0:
                print(out.stderr, file=sys.stderr)
                return 1
            for line in out.stdout.splitlines():
                record = json.loads(line)
                read[record["file"]] = record
        failed = 0
        units = 0
        for case, report, path in produced:
            p = ["%s: %s" % (case[0], s) for s in structure_problems(path)]
            p += compare(case, report, read[path])
            p += notes_problems(case, report, path)
            units += len(report["blocks"])
            if p:
                failed += 1
                problems += p
        for p in problems[:50]:
            print("FAIL " + p)
        print("xliff_readback: %d outputs (%d units) read back by the npm package %s"
              % (len(produced), units, PACKAGE))
        print("%d passed, %d failed" % (len(produced) - failed, failed))
        return 1 if failed else 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
