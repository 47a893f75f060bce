"""wirealign: align a translation with its original sentence by sentence and audit it.

    import wirealign
    engine = wirealign.Engine(src_lang="en", tgt_lang="fr")   # loaded once, reused
    blocks = engine.align(en_text, fr_text)                    # [{"src", "tgt", "confidence", ...}]
    findings = engine.check(en_text, fr_text)                  # dicts as in the JSON report
    record = engine.record(en_text, fr_text, id="a1")          # a `wirealign batch` record
    xliff = engine.report(en_text, fr_text, format="xliff")    # any format of align or check
    sentences = wirealign.segment(text, "fr")

An Engine's methods release the GIL while they work: threads sharing one engine run in parallel.
Bad input and bad options raise ValueError with the message the command line gives; so do texts
that do not read as the engine's languages (files swapped, a text in another language), unless
the engine was made with force_lang=True (then a notice says so, as --force-lang). The language
data and the compiled dictionaries are found beside the module (installed: PREFIX/share/wirealign).
"""
from ._wirealign import Engine, __version__, segment

__all__ = ["Engine", "segment", "__version__"]
