#!/usr/bin/env python3
"""XLIFF 2.0 output read back by an independent reader: `wirealign align` and `check --format
xliff` on the example pair and on development sets (one sentence per line, `--segmented`), each
file read by the npm package `xliff` (installed on first use into --npm-dir) and compared unit by
unit with the JSON output of the same command: every source and target intact. The structure is
checked against the constraints of the XLIFF 2.0 specification (namespaces, required attributes,
unique ids, element order, note priorities 1 to 10).

With --batch, each development set is one `wirealign batch --format xliff` run (a <file> a
document, with and without --check) compared with the records of `wirealign batch` and the
sentences of `wirealign segment`: the same check, a few processes a set instead of four a
document.

Exit 77 (skipped) when Node.js is missing or the package cannot be installed (offline, first run).
Usage: xliff_readback.py WIREALIGN [--dev SET_DIR ...] [--dev-root DIR] [--limit N] [--batch]
                          [--npm-dir DIR]
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


def sentences(binary, path, lang):
    """The sentences of a one-sentence-per-line file as `wirealign segment` reads them (through
    the Python module beside the program when there is one: no process a file)."""
    module_dir = os.path.join(os.path.dirname(os.path.abspath(binary)), "python")
    if os.path.isdir(os.path.join(module_dir, "wirealign")) and module_dir not in sys.path:
        sys.path.insert(0, module_dir)
    try:
        import wirealign
        with open(path, "rb") as f:
            return wirealign.segment(f.read(), lang, segmented=True)
    except ImportError:
        out = run([binary, "segment", path, "--segmented", "--lang", lang, "--format", "json"])
        return [s["text"] for s in json.loads(out)["sentences"]]


def batch_set(binary, set_dir, limit, jobs, tmp):
    """Runs a development set through `wirealign batch` as JSON Lines and XLIFF, with and without
    the checks: [(label, xliff path, {pair id: report as compare() wants it}, findings by id)]."""
    docs = dev_documents(set_dir, limit)
    if not docs:
        return []
    name = os.path.basename(set_dir)
    manifest = os.path.join(tmp, name + ".jsonl")
    with open(manifest, "w", encoding="utf-8") as f:
        for doc, src, tgt, s, t in docs:
            f.write(json.dumps({"id": doc, "src": src, "tgt": tgt, "src_lang": s, "tgt_lang": t,
                                "segmented": True}) + "\n")
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        texts = dict(pool.map(lambda d: (d[0], (sentences(binary, d[1], d[3]),
                                                sentences(binary, d[2], d[4]))), docs))
    outputs = []
    for check in (False, True):
        extra = ["--check"] if check else []
        base = [binary, "batch", manifest, "-q", "-j", str(jobs)] + extra
        records = [json.loads(line) for line in run(base).decode().splitlines()]
        path = os.path.join(tmp, "%s%s.xlf" % (name, "-check" if check else ""))
        run(base + ["--format", "xliff", "-o", path])
        reports, findings = {}, {}
        for r in records:
            if not r["ok"]:
                continue
            src, tgt = texts[r["id"]]
            reports[r["id"]] = {"src": {"lang": r["src_lang"], "sentences": [{"text": x} for x in src]},
                                "tgt": {"lang": r["tgt_lang"], "sentences": [{"text": x} for x in tgt]},
                                "blocks": r["blocks"], "notices": r["notices"]}
            findings[r["id"]] = r.get("findings", [])
        outputs.append(("%s batch%s" % (name, " --check" if check else ""), path, reports,
                        findings if check else None))
    return outputs


def compare_batch(label, path, reports, findings, read):
    """The files of a batch XLIFF against the records of its pairs."""
    problems = []
    root = ET.parse(path).getroot()
    ids = {}
    for f in root.findall(XLF + "file"):
        for m in f.iter(MDA + "meta"):
            if m.get("type") == "id":
                ids[f.get("id")] = m.text
    if sorted(ids.values()) != sorted(reports):
        problems.append("%s: files for %d pairs, %d records" % (label, len(ids), len(reports)))
    for file_id, pair_id in ids.items():
        report = reports.get(pair_id)
        if report is None:
            continue
        one = {"sourceLanguage": read["sourceLanguage"], "targetLanguage": read["targetLanguage"],
               "units": {"f1": read["units"].get(file_id, {})}}
        problems += compare(("%s %s" % (label, pair_id),), report, one)
        if findings is not None:
            f = root.find("%sfile[@id='%s']" % (XLF, file_id))
            notes = [n for n in f.iter(XLF + "note")
                     if not (n.get("category") or "").startswith("wirealign:notice:")]
            if len(notes) != len(findings[pair_id]):
                problems.append("%s %s: %d finding notes for %d findings"
                                % (label, pair_id, len(notes), len(findings[pair_id])))
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("binary")
    ap.add_argument("--dev", nargs="*", default=[], metavar="SET_DIR")
    ap.add_argument("--dev-root", metavar="DIR", help="every set folder in DIR")
    ap.add_argument("--limit", type=int, default=0, help="documents per set (0: all)")
    ap.add_argument("--npm-dir", default=os.environ.get("WIREALIGN_NPM_DIR",
                                                       os.path.join(ROOT, "build", "npm")))
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--batch", action="store_true",
                    help="development sets through `wirealign batch --format xliff`")
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
    for set_dir in ([] if args.batch else args.dev):
        for name, src, tgt, s, t in dev_documents(set_dir, args.limit):
            for command in ("align", "check"):
                cases.append(("%s %s" % (name, command), command, src, tgt,
                              ["--segmented", "--src-lang", s, "--tgt-lang", t]))

    tmp = tempfile.mkdtemp(prefix="wirealign-xliff-")
    problems = []
    try:
        with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
            produced = list(pool.map(lambda c: produce(args.binary, c, tmp), cases))
        batches = []
        for set_dir in (args.dev if args.batch else []):
            batches += batch_set(args.binary, set_dir, args.limit, args.jobs, tmp)
        paths = [p for _, _, p in produced] + [p for _, p, _, _ in batches]
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
        pairs = 0
        for label, path, reports, findings in batches:
            p = ["%s: %s" % (label, s) for s in structure_problems(path)]
            p += compare_batch(label, path, reports, findings, read[path])
            units += sum(len(r["blocks"]) for r in reports.values())
            pairs += len(reports)
            if p:
                failed += 1
                problems += p
        for p in problems[:50]:
            print("FAIL " + p)
        print("xliff_readback: %d outputs (%d documents, %d units) read back by the npm package %s"
              % (len(produced) + len(batches), len(produced) + pairs, units, PACKAGE))
        print("%d passed, %d failed" % (len(produced) + len(batches) - failed, failed))
        return 1 if failed else 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
