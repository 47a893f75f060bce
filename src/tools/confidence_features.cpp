// confidence_features SRC_LANG TGT_LANG < LIST: the evidence of every block of the alignment of
// each document pair of LIST (lines NAME TAB SRC_FILE TAB TGT_FILE, one sentence per line), as
// TSV on stdout; what scripts/fit-confidence fits the confidence models on.
#include <iostream>
#include <sstream>
#include <string>

#include "wirealign/align/confidence.h"
#include "wirealign/core/error.h"
#include "wirealign/pipeline/pipeline.h"
#include "wirealign/read/read.h"

namespace {

using namespace wirealign;

std::string indices(std::uint32_t begin, std::uint32_t end) {
  std::string out;
  for (std::uint32_t k = begin; k < end; ++k) {
    if (k > begin) out += ',';
    out += std::to_string(k);
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: confidence_features SRC_LANG TGT_LANG < LIST\n";
    return 2;
  }
  try {
    pipeline::EngineOptions options;
    options.src_lang = argv[1];
    options.tgt_lang = argv[2];
    const pipeline::Engine engine(options);
    std::cout
        << "name\tsrc\ttgt\tconfidence\tsrc_share\ttgt_share\thalf_share\tsrc_words\ttgt_words\t"
           "numbers\tlone_numbers\tnames\tlone_names\t"
           "length_delta\texpected_share\tz\tlength_cost\tmargin\trival\tneighbour_z\t"
           "src_words_1\tsrc_words_2\tsrc_covered_1\tsrc_covered_2\ttgt_words_1\ttgt_words_2\t"
           "tgt_covered_1\ttgt_covered_2\tuncovered_run\n";
    std::string line;
    while (std::getline(std::cin, line)) {
      std::istringstream in(line);
      std::string name, src_file, tgt_file;
      std::getline(in, name, '\t');
      std::getline(in, src_file, '\t');
      std::getline(in, tgt_file, '\t');
      // The same segmentation and annotation as `wirealign align --segmented`; the alignment is
      // made again by explain(), with the engine's dictionary and subword model.
      const auto result = engine.run(read::read_file(src_file, {}), read::read_file(tgt_file, {}),
                                     true, false, false);
      const align::Explained x =
          align::explain({result->src, result->src_tokens}, {result->tgt, result->tgt_tokens},
                         engine.lexicon(), options.align, engine.subwords());
      for (std::size_t k = 0; k < x.alignment.beads.size(); ++k) {
        const Bead& b = x.alignment.beads[k];
        const align::BlockEvidence& e = x.evidence[k];
        std::cout << name << '\t' << indices(b.src_begin, b.src_end) << '\t'
                  << indices(b.tgt_begin, b.tgt_end) << '\t' << b.confidence << '\t' << e.src_share
                  << '\t' << e.tgt_share << '\t' << e.half_share << '\t' << e.src_words << '\t'
                  << e.tgt_words << '\t' << e.numbers << '\t' << e.lone_numbers << '\t' << e.names
                  << '\t' << e.lone_names << '\t' << e.length_delta << '\t' << e.expected_share
                  << '\t' << e.z << '\t' << e.length_cost << '\t' << e.margin << '\t' << e.rival
                  << '\t' << e.neighbour_z;
        for (const auto* counts :
             {&e.src_half_words, &e.src_half_covered, &e.tgt_half_words, &e.tgt_half_covered})
          std::cout << '\t' << (*counts)[0] << '\t' << (*counts)[1];
        std::cout << '\t' << e.uncovered_run << '\n';
      }
    }
  } catch (const wirealign::Error& e) {
    std::cerr << "confidence_features: " << e.what() << '\n';
    return 1;
  }
  return 0;
}
