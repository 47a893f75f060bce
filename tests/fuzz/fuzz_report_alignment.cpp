// Fuzz target: the alignment writers (blocks, TSV, Moses, JSON, TMX) on documents whose names and
// sentences hold any bytes (markup, "]]>", control characters, invalid UTF-8, lone surrogates)
// and a random alignment. JSON must parse, TMX must be well-formed XML, TSV and Moses must keep
// one pair a line.
#include <algorithm>
#include <sstream>

#include "fuzz_support.h"
#include "wirealign/report/alignment.h"

namespace {

std::size_t lines(const std::string& s) { return std::count(s.begin(), s.end(), '\n'); }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace wirealign;
  FuzzedDataProvider in(data, size);
  const Document src = fuzz::raw_document(in, "en", 12);
  const Document tgt = fuzz::raw_document(in, "fr", 12);
  const Alignment alignment =
      fuzz::random_alignment(in, static_cast<std::uint32_t>(src.sentences.size()),
                             static_cast<std::uint32_t>(tgt.sentences.size()));
  const report::AlignedPair pair{src, tgt, alignment};
  const report::PairFilter filter{in.ConsumeProbability<double>() * 0.5};
  std::size_t pairs = 0, blocks = 0;
  for (const Bead& b : alignment.beads) {
    ++blocks;
    if (b.src_size() > 0 && b.tgt_size() > 0 && b.confidence >= filter.min_confidence) ++pairs;
  }

  std::ostringstream block_out, tsv, moses_src, moses_tgt, json, tmx;
  report::write_blocks(block_out, pair);
  fuzz::require(lines(block_out.str()) == blocks, "blocks: one line a block");
  report::write_tsv(tsv, pair, filter);
  fuzz::require(lines(tsv.str()) == pairs, "tsv: one line a pair");
  {
    std::istringstream rows(tsv.str());
    for (std::string row; std::getline(rows, row);)
      fuzz::require(std::count(row.begin(), row.end(), '\t') == 3, "tsv: four fields a line");
  }
  report::write_moses(moses_src, moses_tgt, pair, filter);
  fuzz::require(lines(moses_src.str()) == pairs && lines(moses_tgt.str()) == pairs,
                "moses: one line a pair on each side");
  report::write_json(json, pair);
  fuzz::require_json(json.str(), "json");
  report::write_tmx(tmx, pair, filter);
  fuzz::require_xml(tmx.str(), "tmx");
  return 0;
}
