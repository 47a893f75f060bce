// Test support: a small document pair read, segmented, annotated and aligned like `wirealign
// check` does, ready to build a check::Context.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "wirealign/align/aligner.h"
#include "wirealign/annotate/annotate.h"
#include "wirealign/check/check.h"
#include "wirealign/lexicon/freedict.h"
#include "wirealign/read/read.h"
#include "wirealign/segment/segment.h"

namespace wirealign::testing {

// The text of `doc` at each of `spans`.
inline std::vector<std::string> words_at(const Document& doc, const std::vector<Span>& spans) {
  std::vector<std::string> out;
  for (const Span& s : spans) out.emplace_back(doc.input.view(s));
  return out;
}

// Source and target given as text (one sentence per line when `segmented`), languages src/tgt.
class CheckedPair {
 public:
  CheckedPair(const std::string& src_text, const std::string& tgt_text, bool segmented = true,
              const std::string& src_lang = "en", const std::string& tgt_lang = "fr",
              bool dictionary = false)
      : src_language(lang::load(WIREALIGN_TEST_DATA_DIR, src_lang)),
        tgt_language(lang::load(WIREALIGN_TEST_DATA_DIR, tgt_lang)) {
    segment::SegmentOptions seg;
    seg.presegmented = segmented;
    src = segment::segment(read::decode(src_text, "src", {}), src_language, seg);
    tgt = segment::segment(read::decode(tgt_text, "tgt", {}), tgt_language, seg);
    const annotate::Annotator src_annotator(src_language), tgt_annotator(tgt_language);
    if (dictionary)
      lexicon = align::Bilingual::from_pairs(lexicon::load_freedict(src_lang, tgt_lang).pairs,
                                             src_annotator, tgt_annotator);
    src_tokens = src_annotator.annotate(src);
    tgt_tokens = tgt_annotator.annotate(tgt);
    alignment = align::align({src, src_tokens}, {tgt, tgt_tokens}, lexicon, {});
    context = std::make_unique<check::Context>(src, tgt, src_tokens, tgt_tokens, alignment,
                                               lexicon);
  }

  // What a check is built from.
  check::Setup setup() const { return {WIREALIGN_TEST_DATA_DIR, src_language, tgt_language}; }

  // The words a finding marks in the source (or target) text.
  std::vector<std::string> src_words(const Finding& f) const { return words_at(src, f.src_spans); }
  std::vector<std::string> tgt_words(const Finding& f) const { return words_at(tgt, f.tgt_spans); }

  lang::LanguageData src_language, tgt_language;
  Document src, tgt;
  annotate::Annotated src_tokens, tgt_tokens;
  align::Bilingual lexicon;
  Alignment alignment;
  std::unique_ptr<check::Context> context;
};

}  // namespace wirealign::testing
