"""What the evaluation scripts share about a development set: its documents and their two
languages, labels and gold alignments, and the fixed tune/test halves.

A set is a folder of NAME.<lang> files (one sentence per line), with NAME.gold (alignment blocks,
`[i, j]:[k]`) and/or NAME.artifacts.json (labels) beside them; see ../shared/corpora/README.md.
Sets written by scripts/make-artifacts also hold make-artifacts.json (languages, seed, halves).

Halves: every document goes to one of two fixed halves, `tune` (to look at and tune on) and
`test` (held out), by its name alone: the first byte of the SHA-256 of the name (UTF-8) is even
→ tune, odd → test. In demetr-* sets the documents are named CATEGORY.NN (`ne_removed.03`) and
the documents of one NN are the same ten sentences with another planted error, so the split is
by NN: the numbers ranked by the SHA-256 of NN, even ranks → tune, odd → test; every category is
then spread evenly over both halves and no sentence is in both. For make-artifacts, a document of
more than 150 gold blocks is cut into sections of 100 blocks (at least two; the last takes the
rest) named NAME@0, NAME@1, ..., each assigned by the hash rule, so that one long text feeds both
halves."""

import hashlib
import json
import os
import re
import shutil
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DOC_NAME = re.compile(r"^(.+)\.([a-z]{2,3})$")
BLOCK = re.compile(r"^\[([0-9, ]*)\]:\[([0-9, ]*)\](?::([^:]*))?$")
META = "make-artifacts.json"
HALVES = ("tune", "test", "all")
SECTION_MIN_BLOCKS = 150   # longer documents are cut into sections for the halves
SECTION_BLOCKS = 100


# ---------------------------------------------------------------------------------------------
# Halves


def digest(name):
    return hashlib.sha256(name.encode("utf-8")).digest()


def hash_half(name):
    """`tune` when the first byte of SHA-256(name) is even, else `test`."""
    return "tune" if digest(name)[0] % 2 == 0 else "test"


def category(name):
    """CATEGORY of a demetr-style name CATEGORY.NN, else None."""
    m = re.match(r"^(.+)\.[0-9]+$", name)
    return m.group(1) if m else None


def unit(set_name, name):
    """The text a document is made of, which decides its half: NN for demetr's CATEGORY.NN
    (the documents of one NN share their sentences), else the name."""
    m = re.match(r"^.+\.([0-9]+)$", name)
    return m.group(1) if set_name.startswith("demetr-") and m else name


def halves(set_name, names):
    """{name: 'tune' | 'test'} for the documents of a set (see the module's comment)."""
    if not set_name.startswith("demetr-"):
        return {name: hash_half(name) for name in names}
    numbers = sorted({unit(set_name, name) for name in names}, key=digest)
    rank = {number: k for k, number in enumerate(numbers)}
    return {name: "tune" if rank[unit(set_name, name)] % 2 == 0 else "test" for name in names}


def sections(name, n_blocks):
    """[(unit name, first block, end block)]: the document whole, or sections of a long one."""
    if n_blocks <= SECTION_MIN_BLOCKS:
        return [(name, 0, n_blocks)]
    count = max(2, n_blocks // SECTION_BLOCKS)
    return [(f"{name}@{k}", k * SECTION_BLOCKS,
             n_blocks if k == count - 1 else (k + 1) * SECTION_BLOCKS) for k in range(count)]


def in_half(half, wanted):
    return wanted == "all" or half == wanted


# ---------------------------------------------------------------------------------------------
# Files


def parse_blocks(text, with_confidence=False, where="blocks"):
    """Parses `[i, j]:[k]` lines (`[i]:[k]:0.87` with with_confidence) into a list of blocks
    (pairs of tuples), or of (block, confidence) pairs. Blank lines are skipped; anything else
    raises ValueError."""
    out = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line:
            continue
        m = BLOCK.match(line)
        try:
            if not m:
                raise ValueError("not `[i, ...]:[k, ...]" + (":CONFIDENCE`" if with_confidence else "`"))
            src, tgt = (tuple(int(x) for x in side.split(",") if x.strip()) for side in m.group(1, 2))
            if not with_confidence:
                if m.group(3) is not None:
                    raise ValueError("unexpected third field")
                out.append((src, tgt))
                continue
            if m.group(3) is None:
                raise ValueError("no confidence field")
            confidence = float(m.group(3))
            if not 0.0 <= confidence <= 1.0:
                raise ValueError(f"confidence {confidence} outside [0, 1]")
            out.append(((src, tgt), confidence))
        except ValueError as e:
            raise ValueError(f"{where}, line {number}: {e}: {line!r}") from None
    return out


def format_block(block):
    return "[{}]:[{}]".format(*(", ".join(map(str, side)) for side in block))


def read_sentences(path):
    """The sentences of a segmented file: its non-blank lines (as `--segmented` reads them),
    right-stripped."""
    return [line.rstrip() for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]


def coverage_error(blocks, n_src, n_tgt):
    """None when the blocks cover source lines 0..n_src-1 and target lines 0..n_tgt-1 each once
    and in order (monotone alignment); otherwise a description of the first problem."""
    for side, n, name in ((0, n_src, "source"), (1, n_tgt, "target")):
        expected = 0
        for number, block in enumerate(blocks, 1):
            for index in block[side]:
                if index != expected or index >= n:
                    what = ("beyond the last line" if index >= n else
                            "repeated or out of order" if index < expected else
                            f"skips line{'s' if index - expected > 1 else ''} {expected}"
                            + (f"-{index - 1}" if index - expected > 1 else ""))
                    return (f"block {number} {format_block(block)}: {name} line {index} {what}"
                            f" ({name} has {n} lines)")
                expected += 1
        if expected != n:
            return f"{name} lines {expected}-{n - 1} are in no block ({name} has {n} lines)"
    return None


def find_binary(option, tool):
    """The wirealign binary: --wirealign, else $WIREALIGN, else build/wirealign; exits 2 if none."""
    candidate = option or os.environ.get("WIREALIGN") or str(REPO / "build" / "wirealign")
    binary = shutil.which(candidate)
    if not binary:
        sys.stderr.write(f"{tool}: wirealign binary not found or not executable: {candidate}\n"
                         f"Build it with: {REPO / 'scripts' / 'build'}\n"
                         "or point to it with --wirealign PATH or $WIREALIGN.\n")
        sys.exit(2)
    return binary


def write_json(path, data):
    """Writes data as indented JSON to path ('-' for standard output)."""
    text = json.dumps(data, indent=1, ensure_ascii=False) + "\n"
    if str(path) == "-":
        sys.stdout.write(text)
    else:
        Path(path).write_text(text, encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# Documents and languages


class Document:
    """One document of a set: its files, languages (after --swap) and half."""

    def __init__(self, name, src, tgt, gold, labels, src_lang, tgt_lang, half, swapped):
        self.name, self.src, self.tgt, self.gold, self.labels = name, src, tgt, gold, labels
        self.src_lang, self.tgt_lang, self.half, self.swapped = src_lang, tgt_lang, half, swapped

    def gold_blocks(self):
        """The gold blocks, source and target sides swapped with the languages; None if no gold."""
        if self.gold is None:
            return None
        blocks = parse_blocks(self.gold.read_text(encoding="utf-8"), where=str(self.gold))
        return [(t, s) for s, t in blocks] if self.swapped else blocks


def read_meta(set_dir):
    path = set_dir / META
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def label_key_order(set_dir):
    """The language codes of the first label with two language keys, in the file's order."""
    for path in sorted(set_dir.glob("*.artifacts.json")):
        try:
            labels = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            continue
        for label in labels:
            keys = [k for k in label if re.fullmatch(r"[a-z]{2,3}", k)]
            if len(keys) == 2:
                return keys
    return None


def infer_languages(set_dir, file_langs, src_lang=None, tgt_lang=None):
    """(src, tgt) of a set, in this order of evidence: the options; make-artifacts.json; a folder
    name ending in -SRC-TGT (demetr-de-en, textberg-de-fr); the order of the language keys of the
    labels (source first); a folder name ending in -TGT (ntrex-clean-de); English as the source;
    alphabetical order. Raises ValueError when the set has not exactly two languages to choose
    from."""
    langs = sorted(file_langs)
    if src_lang and tgt_lang:
        return src_lang, tgt_lang

    def complete(src, tgt):
        rest = [lang for lang in langs if lang not in (src, tgt)]
        if src is None and len(rest) == 1:
            src = rest[0]
        if tgt is None and len(rest) == 1:
            tgt = rest[0]
        return (src, tgt) if src and tgt else None

    if src_lang or tgt_lang:
        pair = complete(src_lang, tgt_lang)
        if pair:
            return pair
        raise ValueError(f"cannot tell the other language among {langs}")
    meta = read_meta(set_dir)
    if meta:
        return meta["src_lang"], meta["tgt_lang"]
    parts = set_dir.resolve().name.split("-")
    if len(parts) >= 3 and parts[-2] in langs and parts[-1] in langs and parts[-2] != parts[-1]:
        return parts[-2], parts[-1]
    keys = label_key_order(set_dir)
    if keys and all(k in langs for k in keys):
        return keys[0], keys[1]
    if len(langs) != 2:
        raise ValueError(f"cannot tell source and target among the languages {langs}"
                         " (use --src-lang and --tgt-lang)")
    if len(parts) >= 2 and parts[-1] in langs:
        return complete(None, parts[-1])
    if "en" in langs:
        return complete("en", None)
    return langs[0], langs[1]


def find_documents(set_dir, src_lang=None, tgt_lang=None, swap=False, half="all"):
    """[Document] of the set in name order, in the half asked for. src_lang and tgt_lang are the
    set's own direction (inferred when not given); swap reads it the other way round. Documents
    lacking either language file are skipped with a note on stderr. Raises ValueError when the
    languages cannot be told."""
    files = defaultdict(dict)
    for path in set_dir.iterdir():
        m = DOC_NAME.match(path.name)
        if path.is_file() and m and not path.name.endswith(".artifacts.json"):
            files[m.group(1)][m.group(2)] = path
    # Languages of the names that have two files or more (a lone README.md is no document).
    all_langs = {lang for langs in files.values() if len(langs) >= 2 for lang in langs}
    src, tgt = infer_languages(set_dir, all_langs, src_lang, tgt_lang)
    if swap:
        src, tgt = tgt, src
    meta = read_meta(set_dir)
    names = sorted(name for name, langs in files.items() if src in langs and tgt in langs)
    for name in sorted(n for n in set(files) - set(names) if len(files[n]) >= 2):
        print(f"{Path(sys.argv[0]).name}: ignoring {name}: no {name}.{src} and {name}.{tgt} pair",
              file=sys.stderr)
    if meta:
        assigned = {name: meta["documents"].get(name, {}).get("half", "all") for name in names}
    else:
        assigned = halves(set_dir.resolve().name, names)
    docs = []
    for name in names:
        if not in_half(assigned[name], half):
            continue
        gold, labels = set_dir / f"{name}.gold", set_dir / f"{name}.artifacts.json"
        doc = Document(name, files[name][src], files[name][tgt], gold if gold.is_file() else None,
                       labels if labels.is_file() else None, src, tgt, assigned[name], swap)
        docs.append(doc)
    return docs


# ---------------------------------------------------------------------------------------------
# Labels

# What a label of the set's direction becomes when the set is read the other way round (--swap):
# missing target content is added target content and the reverse; a wrong number, name or lost
# quotation is wrong either way. Kinds about the target text alone (untranslated, spelling, ...)
# say nothing about the other direction: None, and such labels only keep their sentences out of
# the false alarms.
SWAPPED_KIND = {"omission": "addition", "addition": "omission",
                "number-mismatch": "number-mismatch", "name-mismatch": "name-mismatch",
                "quote-mismatch": "quote-mismatch", "moved": "moved",
                "mistranslation": "mistranslation"}


def normalise_label(label, src_lang, tgt_lang, swap=False, default_variant=None):
    """A label as {kind, src, tgt, what, level, variant, scored} with src/tgt line lists of the
    direction read (after swap). `scored` is False for a label that has no meaning in the swapped
    direction (see SWAPPED_KIND)."""
    kind = label["kind"]
    scored = True
    if swap:
        # The label's keys are the original languages: the swapped source is the original target.
        mapped = SWAPPED_KIND.get(kind)
        scored = mapped is not None
        kind = mapped or kind
    return {"kind": kind, "src": list(label.get(src_lang, [])),
            "tgt": list(label.get(tgt_lang, [])), "what": label.get("what", ""), "level": label.get("level", "sentence"),
            "variant": label.get("variant", default_variant), "scored": scored}


def read_labels(doc, set_name=""):
    """The normalised labels of a document ([] without NAME.artifacts.json). Labels of demetr
    sets take their category (the file name's prefix) as variant."""
    if doc.labels is None:
        return []
    raw = json.loads(doc.labels.read_text(encoding="utf-8"))
    variant = category(doc.name) if set_name.startswith("demetr-") else None
    return [normalise_label(label, doc.src_lang, doc.tgt_lang, doc.swapped, variant)
            for label in raw]


def row_key(label):
    """The row a label is counted in: its kind, or KIND/LEVEL for a label below the sentence
    ("level": "word" for one word dropped, added or left untranslated; "span" for a few words)."""
    level = label.get("level", "sentence")
    return label["kind"] if level == "sentence" else f"{label['kind']}/{level}"


def validate_set(set_dir, src_lang, tgt_lang):
    """Problems of an artifact set as a list of strings (empty when sound): every document has
    both texts, a gold file covering every line of both exactly once and in order, and labels
    whose line indices exist and whose keys are the two languages."""
    problems = []
    names = sorted(p.name[: -len(".gold")] for p in set_dir.glob("*.gold"))
    if not names:
        problems.append(f"{set_dir}: no NAME.gold")
    for name in names:
        try:
            src = read_sentences(set_dir / f"{name}.{src_lang}")
            tgt = read_sentences(set_dir / f"{name}.{tgt_lang}")
        except OSError as e:
            problems.append(f"{name}: {e}")
            continue
        blocks = parse_blocks((set_dir / f"{name}.gold").read_text(encoding="utf-8"))
        problem = coverage_error(blocks, len(src), len(tgt))
        if problem:
            problems.append(f"{name}.gold: {problem}")
        labels_path = set_dir / f"{name}.artifacts.json"
        if not labels_path.is_file():
            problems.append(f"{name}: no {labels_path.name}")
            continue
        for number, label in enumerate(json.loads(labels_path.read_text(encoding="utf-8"))):
            keys = {k for k in label if re.fullmatch(r"[a-z]{2,3}", k)}
            if keys != {src_lang, tgt_lang}:
                problems.append(f"{name}: label {number} has language keys {sorted(keys)}")
            for lang, n in ((src_lang, len(src)), (tgt_lang, len(tgt))):
                bad = [i for i in label.get(lang, []) if not 0 <= i < n]
                if bad:
                    problems.append(f"{name}: label {number} ({label.get('kind')}): {lang} lines"
                                    f" {bad} do not exist ({n} lines)")
            if not label.get(src_lang) and not label.get(tgt_lang):
                problems.append(f"{name}: label {number} ({label.get('kind')}) names no line")
    return problems
