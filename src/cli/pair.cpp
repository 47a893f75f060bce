// The document pair of the aligning commands: options, reading, and the run of the pipeline.
#include <future>
#include <optional>

#include "cli/commands.h"
#include "wirealign/core/error.h"
#include "wirealign/read/read.h"

namespace wirealign::cli {

void add_pair_options(po::options_description& options, PairArgs& args) {
  options.add_options()
      ("src-lang", po::value(&args.src_lang)->value_name("L")->default_value("en"),
       "language of SRC (ISO 639 code)")
      ("tgt-lang", po::value(&args.tgt_lang)->value_name("L")->default_value("fr"),
       "language of TGT (ISO 639 code)")
      ("force-lang", po::bool_switch(&args.force_lang),
       "go on when SRC and TGT do not read as --src-lang and --tgt-lang (files that look "
       "swapped, a text in another language): a notice instead of an error")
      ("segmented", po::bool_switch(&args.segmented),
       "SRC and TGT already have one sentence per line (as --input-format segmented)")
      ("encoding", po::value(&args.encoding)->value_name("ENC"),
       "read both inputs in this encoding (an ICU converter name such as windows-1252) instead "
       "of detecting it")
      ("src-encoding", po::value(&args.src_encoding)->value_name("ENC"),
       "read SRC in this encoding (overrides --encoding for SRC)")
      ("tgt-encoding", po::value(&args.tgt_encoding)->value_name("ENC"),
       "read TGT in this encoding (overrides --encoding for TGT)")
      ("dictd-dir", po::value(&args.dictd_dir)->value_name("DIR"),
       "where the FreeDict dictionaries are (default /usr/share/dictd)")
      ("data-dir", po::value(&args.data_dir)->value_name("DIR"),
       "language data folder (default: $WIREALIGN_DATA_DIR, else the one beside the program)");
  add_input_options(options, args.input_format, args.whole_page);
}

void require_pair(const std::string& command, const PairArgs& args) {
  if (args.src_file.empty() || args.tgt_file.empty())
    throw UsageError(command, "give two files, SRC and TGT");
  if (args.src_file == "-" && args.tgt_file == "-")
    throw UsageError(command, "only one of SRC and TGT can be standard input");
  read_options(command, args.input_format, args.whole_page, args.encoding);  // a known format
}

pipeline::EngineOptions engine_options(const PairArgs& args, const align::AlignOptions& align) {
  pipeline::EngineOptions options;
  options.data_dir = data_dir(args.data_dir);
  options.src_lang = args.src_lang;
  options.tgt_lang = args.tgt_lang;
  options.force_lang = args.force_lang;
  options.dictd_dir = args.dictd_dir;
  options.lexicon_dir = lexicon_dir_option("");
  options.align = align;
  return options;
}

const report::Format& format_of(const std::string& command, const std::string& name,
                                report::Command which) {
  try {
    return report::find_format(name, which);
  } catch (const ConfigError& e) {
    throw UsageError(command, e.what());
  }
}

std::unique_ptr<pipeline::Result> run_pair(const PairArgs& args, const pipeline::Engine& engine) {
  read::ReadOptions src_options = cli::read_options(
      "", args.input_format, args.whole_page,
      args.src_encoding.empty() ? args.encoding : args.src_encoding);
  read::ReadOptions tgt_options = cli::read_options(
      "", args.input_format, args.whole_page,
      args.tgt_encoding.empty() ? args.encoding : args.tgt_encoding);
  // The two inputs are read at the same time; an error in the source is reported first.
  auto tgt_future = std::async(std::launch::async,
                               [&] { return read::read_file(args.tgt_file, tgt_options); });
  std::optional<Text> src;
  std::exception_ptr src_error;
  try {
    src = read::read_file(args.src_file, src_options);
  } catch (...) {
    src_error = std::current_exception();
  }
  tgt_future.wait();
  if (src_error) std::rethrow_exception(src_error);
  Text tgt = tgt_future.get();
  std::unique_ptr<pipeline::Result> result =
      engine.run(std::move(*src), std::move(tgt),
                 args.segmented || args.input_format == "segmented", true);
  print_notices(result->notices);
  return result;
}

}  // namespace wirealign::cli
