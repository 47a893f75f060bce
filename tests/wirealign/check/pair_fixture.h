// A document pair for check tests: two texts given one sentence per line, aligned, annotated and
// wrapped in a check::Context, with helpers to run one check and read its findings.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "support/checked_pair.h"
#include "wirealign/align/aligner.h"
#include "wirealign/check/check.h"
#include "wirealign/check/checks.h"
#include "wirealign/read/read.h"
#include "wirealign/segment/segment.h"

namespace wirealign::testing {

// The English and French data and annotators, shared by every pair of a test.
struct Languages {
  lang::LanguageData en = lang::load(WIREALIGN_TEST_DATA_DIR, "en");
  lang::LanguageData fr = lang::load(WIREALIGN_TEST_DATA_DIR, "fr");
  annotate::Annotator en_annotator{en}, fr_annotator{fr};
  check::Setup setup{WIREALIGN_TEST_DATA_DIR, en, fr};
};

// One aligned pair. `src` and `tgt` hold one sentence per line; the alignment is computed unless
// `beads` is given.
struct Pair {
  Pair(const Languages& l, const std::string& src, const std::string& tgt,
       const align::Bilingual& lexicon_ = {}, std::vector<Bead> beads = {})
      : lexicon(lexicon_),
        src_doc(segment::segment(read::decode(src, "src", {}), l.en, presegmented())),
        tgt_doc(segment::segment(read::decode(tgt, "tgt", {}), l.fr, presegmented())),
        src_tokens(l.en_annotator.annotate(src_doc)),
        tgt_tokens(l.fr_annotator.annotate(tgt_doc)) {
    alignment.beads =
        beads.empty()
            ? align::align({src_doc, src_tokens}, {tgt_doc, tgt_tokens}, lexicon, {}).beads
            : beads;
    context = std::make_unique<check::Context>(src_doc, tgt_doc, src_tokens, tgt_tokens, alignment,
                                               lexicon);
  }

  static segment::SegmentOptions presegmented() {
    segment::SegmentOptions o;
    o.presegmented = true;
    return o;
  }

  // The words a finding marks in the target (or source) text.
  std::vector<std::string> tgt_words(const Finding& f) const {
    return words_at(tgt_doc, f.tgt_spans);
  }
  std::vector<std::string> src_words(const Finding& f) const {
    return words_at(src_doc, f.src_spans);
  }

  align::Bilingual lexicon;
  Document src_doc, tgt_doc;
  annotate::Annotated src_tokens, tgt_tokens;
  Alignment alignment;
  std::unique_ptr<check::Context> context;
};

}  // namespace wirealign::testing
