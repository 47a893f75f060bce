// The document pair of the aligning commands: options, reading, and the run of the pipeline.
#include <future>
#include <optional>

#include "cli/commands.h"
#include "wirealign/read/read.h"

namespace wirealign::cli {

void add_pair_options(po::options_description& options, PairArgs& args) {
  options.add_options()("src-lang", po::value(&args.src_lang)->value_name("L")->default_value("en"),
                        "language of SRC (ISO 639 code)")(
      "tgt-lang", po::value(&args.tgt_lang)->value_name("L")->default_value("fr"),
      "language of TGT (ISO 639 code)")(
      "segmented", po::bool_switch(&args.segmented),
      "SRC and TGT already have one sentence per line (as --input-format segmented)")(
      "encoding", po::value(&args.encoding)->value_name("ENC"),
      "read both inputs in this encoding instead of detecting it")(
      "dictd-dir", po::value(&args.dictd_dir)->value_name("DIR"),
      "where the FreeDict dictionaries are (default /usr/share/dictd)")(
      "data-dir", po::value(&args.data_dir)->value_name("DIR"),
      "language data folder (default: $WIREALIGN_DATA_DIR, else the built-in corpora/ folder)");
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
  options.dictd_dir = args.dictd_dir;
  options.align = align;
  return options;
}

void warn_about_pair(const Text& src, const Text& tgt, const pipeline::Engine& engine) {
  if (src.original == tgt.original) {
    notice("warning", src.name + " and " + tgt.name +
                          " are the same text: give the original and its translation");
    return;
  }
  const lang::LanguageData& src_language = engine.src_language();
  const lang::LanguageData& tgt_language = engine.tgt_language();
  if (src_language.code == tgt_language.code) return;
  const std::vector<const lang::LanguageData*> both{&src_language, &tgt_language};
  const lang::Guess src_guess = lang::guess(src.text, both);
  const lang::Guess tgt_guess = lang::guess(tgt.text, both);
  if (src_guess.code == tgt_language.code && tgt_guess.code == src_language.code)
    notice("warning", "the languages look reversed: " + src.name + " reads as '" + src_guess.code +
                          "' and " + tgt.name + " as '" + tgt_guess.code +
                          "'; give the original first (or --src-lang " + src_guess.code +
                          " --tgt-lang " + tgt_guess.code + ")");
}

std::unique_ptr<pipeline::Result> run_pair(const PairArgs& args, const pipeline::Engine& engine) {
  const read::ReadOptions read_options =
      cli::read_options("", args.input_format, args.whole_page, args.encoding);
  // The two inputs are read at the same time; an error in the source is reported first.
  auto tgt_future = std::async(std::launch::async,
                               [&] { return read::read_file(args.tgt_file, read_options); });
  std::optional<Text> src;
  std::exception_ptr src_error;
  try {
    src = read::read_file(args.src_file, read_options);
  } catch (...) {
    src_error = std::current_exception();
  }
  tgt_future.wait();
  if (src_error) std::rethrow_exception(src_error);
  Text tgt = tgt_future.get();
  for (const std::string& n : src->notices) notice(src->name, n);
  for (const std::string& n : tgt.notices) notice(tgt.name, n);
  for (const lang::LanguageData* l : {&engine.src_language(), &engine.tgt_language()})
    if (!l->has_data)
      notice(l == &engine.src_language() ? src->name : tgt.name,
             "wirealign has no language data for '" + l->code + "'; using ICU's rules for it");
  for (const auto& [what, message] : engine.notices()) notice(what, message);
  warn_about_pair(*src, tgt, engine);
  return engine.run(std::move(*src), std::move(tgt),
                    args.segmented || args.input_format == "segmented", true);
}

}  // namespace wirealign::cli
