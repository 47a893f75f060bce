// Writers for alignments: the gold block format, TSV, Moses parallel files, JSON and TMX 1.4b.
//
//   wirealign::report::AlignedPair pair{src_doc, tgt_doc, alignment};
//   wirealign::report::write_tsv(std::cout, pair, {.min_confidence = 0.8});
//
// `blocks` and `json` describe the whole alignment, every block included. `tsv`, `moses` and
// `tmx` are for building corpora: they hold sentence pairs only (blocks with both sides), with a
// confidence of at least `min_confidence`. The sentences of one side of a block are joined with a
// space.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "wirealign/core/types.h"

namespace wirealign::report {

// An aligned document pair.
struct AlignedPair {
  AlignedPair(const Document& src_doc, const Document& tgt_doc, const Alignment& blocks,
              const std::vector<Notice>* run_notices = nullptr)
      : src(src_doc), tgt(tgt_doc), alignment(blocks), notices(run_notices) {}

  const Document& src;
  const Document& tgt;
  const Alignment& alignment;
  const std::vector<Notice>* notices = nullptr;  // about the run (pipeline::Result); null: none
};

// Which blocks the corpus formats keep.
struct PairFilter {
  double min_confidence = 0;  // blocks with a lower confidence are left out
};

// One line per block, `[i, j]:[k]:0.873`: source and target sentence indices (0-based) and the
// confidence, the format of the gold alignments in the development corpora.
void write_blocks(std::ostream& out, const AlignedPair& pair);

// One line per sentence pair: source text TAB target text TAB confidence TAB block type ("2-1").
// Tabs and line breaks inside the text are written as spaces.
void write_tsv(std::ostream& out, const AlignedPair& pair, const PairFilter& filter);

// Moses parallel files: line k of `src_out` and of `tgt_out` are the two sides of pair k.
void write_moses(std::ostream& src_out, std::ostream& tgt_out, const AlignedPair& pair,
                 const PairFilter& filter);

// One JSON document: both inputs (name, language, sentences with byte offsets into the original
// input), the blocks (`src` and `tgt` index lists, `confidence`, `type`) and the notices (`kind`,
// `subject`, `message`).
void write_json(std::ostream& out, const AlignedPair& pair);

// A TMX 1.4b translation memory, one translation unit per sentence pair, with the confidence as
// an `x-confidence` property. Written with pugixml, so any text is escaped correctly.
void write_tmx(std::ostream& out, const AlignedPair& pair, const PairFilter& filter);

// The text of the sentences [begin, end) of `doc`, joined with a space.
std::string side_text(const Document& doc, std::uint32_t begin, std::uint32_t end);

}  // namespace wirealign::report
