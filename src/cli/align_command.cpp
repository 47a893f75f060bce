// `wirealign align`: sentence alignment of a document pair, in the gold block format, TSV, Moses,
// JSON or TMX.
#include <boost/program_options.hpp>
#include <iostream>

#include "cli/commands.h"
#include "wirealign/align/aligner.h"
#include "wirealign/core/error.h"

namespace wirealign::cli {

namespace {

constexpr const char* kSynopsis = R"(Usage: wirealign align SRC TGT [options]

Aligns the sentences of SRC (the original) with those of TGT (its translation). Either may be
"-" for standard input. Blocks join up to four sentences of a side with up to three of the other
(1-1, 1-2, 2-1, 2-2, 1-3, 3-1, 2-3, 3-2, 1-4, 4-1), or leave a sentence unaligned (1-0, 0-1); each
has a confidence in [0, 1].

Formats: tsv (default): source, target, confidence and block type, one sentence pair a line;
blocks: one block a line, "[i, j]:[k]:0.873" (sentence indices from 0); json: both documents,
every block and the notices of the run; moses: files OUT.<src-lang> and OUT.<tgt-lang>, one pair
a line, and OUT.confidence, the confidence of each (needs -o OUT); tmx: a TMX 1.4b translation
memory; xliff: XLIFF 2.0, one unit a block with its confidence and type as metadata (README.md).
tsv, moses and tmx keep sentence pairs only.

Options)";

}  // namespace

int align_command(const std::vector<std::string>& args) {
  PairArgs pair_args;
  std::string format = "tsv", output, beads;
  double min_confidence = 0;
  bool no_dictionary = false, no_learned = false, no_cognates = false, subwords_option = false;
  po::options_description visible(kSynopsis);
  visible.add_options()
      ("help,h", "print this help and exit")
      ("format,f", po::value(&format)->value_name("FMT")->default_value("tsv"),
       "tsv, blocks, json, moses, tmx or xliff")
      ("output,o", po::value(&output)->value_name("OUT"),
       "write to OUT instead of standard output (created only on success); for moses, the "
       "prefix of the files")
      ("min-confidence", po::value(&min_confidence)->value_name("X")->default_value(0),
       "tsv, moses, tmx: leave out pairs whose confidence is below X");
  add_pair_options(visible, pair_args);
  visible.add_options()
      ("beads", po::value(&beads)->value_name("LIST"),
       "block types allowed (default 0-1,1-0,1-1,1-2,2-1,2-2,1-3,3-1,2-3,3-2,1-4,4-1)")
      ("no-dictionary", po::bool_switch(&no_dictionary),
       "do not use the FreeDict bilingual dictionary")
      ("no-learned-table", po::bool_switch(&no_learned),
       "do not learn a word translation table from the document pair")
      ("no-cognates", po::bool_switch(&no_cognates),
       "do not match words by their first five letters")
      ("subwords", po::bool_switch(&subwords_option),
       "learn the translation table over subword units as well as stems (slower; no gain "
       "measured on the development corpora)");
  po::options_description hidden;
  hidden.add_options()("src", po::value(&pair_args.src_file))("tgt", po::value(&pair_args.tgt_file));
  po::positional_options_description positional;
  positional.add("src", 1).add("tgt", 1);
  if (!parse_command_line("align", args, visible, hidden, positional)) return 0;
  require_pair("align", pair_args);
  const report::Format& chosen = format_of("align", format, report::Command::align);
  if (chosen.files && (output.empty() || output == "-"))
    throw UsageError("align",
                     "--format " + format + " writes several files: give their prefix with -o");
  if (min_confidence < 0 || min_confidence > 1)
    throw UsageError("align", "--min-confidence must be between 0 and 1");

  align::AlignOptions options;
  if (!beads.empty()) options.bead_types = align::parse_bead_types(beads);
  options.use_dictionary = !no_dictionary;
  options.use_learned_table = !no_learned;
  options.use_cognates = !no_cognates;
  options.use_subwords = subwords_option;
  options.validate();

  report::ReportOptions report_options;
  report_options.min_confidence = min_confidence;
  report_options.src_lang = lang::canonical_code(pair_args.src_lang);
  report_options.tgt_lang = lang::canonical_code(pair_args.tgt_lang);
  // Outputs are checked and opened first, so that a bad path fails before any work and no
  // input is ever replaced.
  Outputs outputs(output, {pair_args.src_file, pair_args.tgt_file});
  outputs.open(chosen, report_options);
  const std::unique_ptr<report::Reporter> reporter = chosen.make(outputs, report_options);

  const pipeline::Engine engine(engine_options(pair_args, options));
  const std::unique_ptr<pipeline::Result> aligned = run_pair(pair_args, engine);
  reporter->pair({aligned->src, aligned->tgt, aligned->alignment, nullptr, &aligned->notices});
  reporter->finish();
  outputs.commit();
  return 0;
}

}  // namespace wirealign::cli
