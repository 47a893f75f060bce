"""Tests of the Python module: alignment, findings shaped like the JSON report, records identical
to `wirealign batch`, errors as exceptions, threads sharing one engine, sentence splitting.

Run by CTest with PYTHONPATH=build/python and WIREALIGN_BINARY=build/wirealign."""
import concurrent.futures
import json
import os
import subprocess
import xml.etree.ElementTree as ET

import pytest

import wirealign

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLES = os.path.join(ROOT, "corpora", "examples")
EN_PATH = os.path.join(EXAMPLES, "rt-tajikistan.en.txt")
FR_PATH = os.path.join(EXAMPLES, "rt-tajikistan.fr.txt")
BINARY = os.environ.get("WIREALIGN_BINARY", os.path.join(ROOT, "build", "wirealign"))


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


@pytest.fixture(scope="module")
def engine():
    return wirealign.Engine(src_lang="en", tgt_lang="fr")


def wirealign_json(*args):
    out = subprocess.run([BINARY, *args], capture_output=True, check=False)
    assert out.returncode in (0, 3), out.stderr
    return json.loads(out.stdout)


def test_align_returns_blocks_covering_both_texts(engine):
    blocks = engine.align(read(EN_PATH), read(FR_PATH))
    assert blocks, "no blocks"
    report = wirealign_json("align", EN_PATH, FR_PATH, "--format", "json")
    assert [(b["src"], b["tgt"], b["confidence"]) for b in blocks] == \
        [(b["src"], b["tgt"], b["confidence"]) for b in report["blocks"]]
    src = [s["text"] for s in report["src"]["sentences"]]
    for b in blocks:
        assert b["src_text"] == " ".join(src[i] for i in b["src"])
        assert 0.0 <= b["confidence"] <= 1.0
        assert b["type"] == "%d-%d" % (len(b["src"]), len(b["tgt"]))


def test_check_gives_the_findings_of_the_json_report(engine):
    findings = engine.check(read(EN_PATH), read(FR_PATH))
    report = wirealign_json("check", EN_PATH, FR_PATH, "--format", "json")
    assert findings == report["findings"]
    assert findings[0]["severity"] == "error"
    assert list(findings[0]) == ["kind", "severity", "confidence", "src", "tgt", "src_spans",
                                 "tgt_spans", "message", "suggestion", "fingerprint"]


def test_records_are_those_of_wirealign_batch(engine, tmp_path):
    dev = os.path.join(ROOT, "..", "shared", "corpora", "dev", "ntrex-news")
    pairs = [("rt", EN_PATH, FR_PATH, False)]
    if os.path.isdir(dev):
        names = sorted(n[:-3] for n in os.listdir(dev) if n.endswith(".en"))[:3]
        pairs += [(n, os.path.join(dev, n + ".en"), os.path.join(dev, n + ".fr"), True)
                  for n in names]
    manifest = tmp_path / "pairs.jsonl"
    manifest.write_text("".join(json.dumps({"id": i, "src": s, "tgt": t, "segmented": seg}) + "\n"
                                for i, s, t, seg in pairs))
    for check in (False, True):
        out = subprocess.run([BINARY, "batch", str(manifest), "-q", "-j", "1"]
                             + (["--check"] if check else []), capture_output=True, check=True)
        expected = [json.loads(line) for line in out.stdout.decode().splitlines()]
        for (i, s, t, seg), want in zip(pairs, expected):
            got = engine.record(read(s), read(t), id=i, segmented=seg, check=check)
            assert isinstance(got.pop("ms"), float)
            want.pop("ms")
            # batch names a file by its path; the module's texts are inline: only notices that
            # name an input could differ, and these inputs have none.
            assert got == want


def test_reports_in_any_format(engine):
    xliff = engine.report(read(EN_PATH), read(FR_PATH), format="xliff", check=True)
    root = ET.fromstring(xliff.encode())
    assert root.tag == "{urn:oasis:names:tc:xliff:document:2.0}xliff"
    assert root.get("srcLang") == "en" and root.get("trgLang") == "fr"
    text = engine.report(read(EN_PATH), read(FR_PATH), format="text", check=True)
    assert text.startswith(("1 error", "2 errors", "3 errors", "4 errors", "5 errors", "6 errors"))
    tsv = engine.report(read(EN_PATH), read(FR_PATH), format="tsv", min_confidence=0.9)
    assert all(float(line.split("\t")[2]) >= 0.9 for line in tsv.splitlines())
    with pytest.raises(ValueError, match="unknown format 'docx'"):
        engine.report("a", "b", format="docx")


def test_notices_are_part_of_records(engine):
    record = engine.record(read(EN_PATH), read(EN_PATH), id="same")
    assert [n["kind"] for n in record["notices"]] == ["same-text"]


def test_errors_are_exceptions_with_the_command_line_message(engine):
    with pytest.raises(ValueError, match="contains no text"):
        engine.align("   \n", "Bonjour.")
    with pytest.raises(ValueError, match=r"did you mean fr\?"):
        wirealign.Engine(src_lang="en", tgt_lang="french")
    with pytest.raises(ValueError, match="check=False"):
        wirealign.Engine(check=False, dictionary=False).check("One.", "Un.")
    with pytest.raises(TypeError):
        engine.align(42, "Un.")


def test_texts_not_in_their_languages_raise_unless_forced(engine):
    en, fr = read(EN_PATH), read(FR_PATH)
    with pytest.raises(ValueError, match="src reads as French and tgt as English: the files "
                                         "look swapped; give the original first, or --force-lang"):
        engine.align(fr, en)
    with pytest.raises(ValueError, match="a1 tgt reads as French, not German: give --tgt-lang fr"):
        wirealign.Engine(tgt_lang="de", check=False, dictionary=False).record(en, fr, id="a1")
    forced = wirealign.Engine(check=False, dictionary=False, force_lang=True)
    record = forced.record(fr, en, id="swapped")
    assert [n["kind"] for n in record["notices"]] == ["languages-reversed"]
    assert "--force-lang" in record["notices"][0]["message"]


def test_threads_share_one_engine():
    engine = wirealign.Engine(check=False)
    en, fr = read(EN_PATH), read(FR_PATH)
    alone = engine.align(en, fr)
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _: engine.align(en, fr), range(8)))
    assert all(r == alone for r in results)


def test_segment():
    assert wirealign.segment("Mr. Smith left. He came back.", "en") == \
        ["Mr. Smith left.", "He came back."]
    assert wirealign.segment("Un.\nDeux.\n", "fr", segmented=True) == ["Un.", "Deux."]
    with pytest.raises(ValueError, match="unknown language code"):
        wirealign.segment("x", "qqq")


def test_bytes_in_another_encoding_are_read_as_the_program_reads_files(engine):
    latin1 = "L'été est chaud. Il fait beau aujourd'hui à Paris.".encode("latin-1")
    record = engine.record(b"Summer is hot. The weather is fine in Paris today.", latin1)
    assert record["ok"] is True
    assert [n["kind"] for n in record["notices"]] == ["encoding"]
