// `wirealign batch`: many document pairs from a JSON Lines manifest, on all cores.
#include <unistd.h>

#include <boost/program_options.hpp>
#include <cstdio>
#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "wirealign/batch/batch.h"
#include "wirealign/core/error.h"

namespace wirealign::cli {

namespace {

constexpr const char* kSynopsis = R"(Usage: wirealign batch [MANIFEST|-] [options]

Aligns (and with --check audits) every document pair of a JSON Lines manifest, one pair a line:
  {"id": "a1", "src": "en/a1.txt", "tgt": "fr/a1.txt"}
"src"/"tgt" are paths (relative to the manifest's folder) or {"text": "..."}; optional
"src_lang", "tgt_lang", "segmented", "input_format" and "force_lang" override the options below
for that pair.
MANIFEST defaults to standard input.

Formats: jsonl (default): one record a pair, in manifest order: {"id", "ok": true, "src_lang",
"tgt_lang", "src_sentences", "tgt_sentences", "blocks", "findings" (with --check), "notices",
"ms"}, or {"id", "ok": false, "line", "error", "ms"} for a pair that could not be read or
aligned; tsv: id, source, target and confidence of every sentence pair, pairs of the
--src-lang/--tgt-lang pair only (others are error records); moses: OUT.<src-lang>,
OUT.<tgt-lang> and OUT.ids (id and confidence), one sentence pair a line (needs -o OUT); pairs
in other languages go to OUT.<s>-<t>.<s>, OUT.<s>-<t>.<t> and OUT.<s>-<t>.ids; xliff: one XLIFF
2.0 document, a <file> a pair (its id in the file's metadata), of one language pair (pairs in
other languages are error records).

A pair that fails becomes an error record and the run goes on; the exit code is then 1. So does
a pair whose texts do not read as their languages (files swapped, a text in another language),
unless --force-lang or its "force_lang" is true. A
summary goes to standard error at the end, and a progress line while running on a terminal.
With -o and jsonl, records are written to a new OUT as they are done, so an interrupted run
keeps them; --resume skips the pairs already done in OUT, removes its error records (those pairs
are tried again) and appends the rest. An existing OUT is replaced only when the run is over. No
output ever replaces the manifest or a pair's file.

Options)";

}  // namespace

int batch_command(const std::vector<std::string>& args) {
  std::string manifest = "-", format = "jsonl", output, checks, ignore_file;
  std::string src_lang = "en", tgt_lang = "fr", dictd_dir, data_option;
  double min_confidence = 0;
  unsigned threads = 0;
  std::string input_format = "auto";
  bool check = false, resume = false, segmented = false, quiet = false, whole_page = false;
  bool force_lang = false;
  po::options_description visible(kSynopsis);
  visible.add_options()
      ("help,h", "print this help and exit")
      ("format,f", po::value(&format)->value_name("FMT")->default_value("jsonl"),
       "jsonl, tsv, moses or xliff")
      ("output,o", po::value(&output)->value_name("OUT"),
       "write to OUT instead of standard output; for moses, the prefix of the files")
      ("jobs,j", po::value(&threads)->value_name("N")->default_value(0),
       "worker threads (0: one per core)")
      ("check", po::bool_switch(&check), "also run the checks (findings in the jsonl records)")
      ("checks", po::value(&checks)->value_name("LIST"), "checks to turn on or off, as for check")
      ("ignore", po::value(&ignore_file)->value_name("FILE"),
       "fingerprints of findings not to report, as for check")
      ("min-confidence", po::value(&min_confidence)->value_name("X")->default_value(0),
       "tsv, moses: leave out pairs whose confidence is below X")
      ("resume", po::bool_switch(&resume),
       "skip the pairs done in the jsonl output OUT, retry its error records and append to it "
       "(needs -o)")
      ("src-lang", po::value(&src_lang)->value_name("L")->default_value("en"),
       "source language of pairs that do not give one")
      ("tgt-lang", po::value(&tgt_lang)->value_name("L")->default_value("fr"),
       "target language of pairs that do not give one")
      ("segmented", po::bool_switch(&segmented),
       "texts have one sentence per line, unless a pair says otherwise")
      ("force-lang", po::bool_switch(&force_lang),
       "go on with pairs whose texts do not read as their languages (a notice in the record "
       "instead of an error record), unless a pair says \"force_lang\": false")
      ("quiet,q", po::bool_switch(&quiet), "no progress line and no summary")
      ("dictd-dir", po::value(&dictd_dir)->value_name("DIR"),
       "where the FreeDict dictionaries are (default /usr/share/dictd)")
      ("data-dir", po::value(&data_option)->value_name("DIR"),
       "language data folder (default: $WIREALIGN_DATA_DIR, else the one beside the program)");
  add_input_options(visible, input_format, whole_page);
  po::options_description hidden;
  hidden.add_options()("manifest", po::value(&manifest));
  po::positional_options_description positional;
  positional.add("manifest", 1);
  if (!parse_command_line("batch", args, visible, hidden, positional)) return 0;
  const report::Format& chosen = format_of("batch", format, report::Command::batch);
  const bool to_stdout = output.empty() || output == "-";
  if (chosen.files && to_stdout)
    throw UsageError("batch",
                     "--format " + format + " writes several files: give their prefix with -o");
  if (resume && (format != "jsonl" || to_stdout))
    throw UsageError("batch", "--resume needs jsonl output to a file (-o OUT)");
  if (min_confidence < 0 || min_confidence > 1)
    throw UsageError("batch", "--min-confidence must be between 0 and 1");
  if ((!checks.empty() || !ignore_file.empty()) && !check)
    throw UsageError("batch", "--checks and --ignore need --check");

  batch::BatchOptions options;
  options.engine.data_dir = data_dir(data_option);
  options.engine.src_lang = src_lang;
  options.engine.tgt_lang = tgt_lang;
  options.engine.force_lang = force_lang;
  options.engine.dictd_dir = dictd_dir;
  options.engine.lexicon_dir = lexicon_dir_option("");
  options.engine.check = check;
  options.engine.checks.selection = check::parse_check_list(checks);
  if (!ignore_file.empty()) options.engine.checks.ignored = check::read_ignore_file(ignore_file);
  options.read = read_options("batch", input_format, whole_page, "");
  options.segmented = segmented || input_format == "segmented";
  options.threads = threads;
  options.validate();

  report::ReportOptions report_options;
  report_options.min_confidence = min_confidence;
  report_options.src_lang = lang::canonical_code(src_lang);
  report_options.tgt_lang = lang::canonical_code(tgt_lang);
  report_options.batch = true;

  // Every file the run writes for its own language pair, checked against the inputs before
  // anything is read or written. (Moses files of other language pairs are checked when opened.)
  std::vector<std::string> outputs;
  if (chosen.files)
    for (const std::string& suffix : chosen.files(report_options))
      outputs.push_back(output + "." + suffix);
  else if (!to_stdout)
    outputs = {output};
  refuse_overwriting(outputs, {manifest, ignore_file});
  options.outputs = outputs;

  std::ifstream manifest_file;
  std::istream* in = &std::cin;
  if (manifest != "-") {
    if (std::filesystem::is_directory(manifest))
      throw InputError(manifest, "is a directory, not a manifest");
    manifest_file.open(manifest);
    if (!manifest_file) throw InputError(manifest, "cannot open the manifest");
    in = &manifest_file;
  }

  // jsonl to a new file is written as it goes (complete records survive an interruption); an
  // existing file and the other formats are replaced only when the run is over.
  std::ofstream direct;
  std::uint64_t retried = 0;
  std::error_code ec;
  if (format == "jsonl" && !to_stdout &&
      (resume || !std::filesystem::is_regular_file(output, ec))) {
    // A new file (or one resumed, or a device): written as records are done. An existing file is
    // replaced only at the end (below), so that an interrupted run loses nothing.
    if (resume) {
      const batch::Earlier earlier = batch::resume_from(output);
      options.skip = earlier.done;
      retried = earlier.retried;
    }
    const auto folder = std::filesystem::path(output).parent_path();
    if (!folder.empty() && !std::filesystem::is_directory(folder))
      throw InputError(output, "the output folder " + folder.string() + " does not exist");
    direct.open(output, resume ? std::ios::app : std::ios::trunc);
    if (!direct) throw InputError(output, "cannot write the output file");
  }
  Outputs destination(output, {manifest, ignore_file}, direct.is_open() ? &direct : nullptr);
  destination.open(chosen, report_options);
  const std::unique_ptr<report::Reporter> reporter = chosen.make(destination, report_options);

  const bool progress = !quiet && isatty(STDERR_FILENO);
  if (progress)
    options.progress = [](std::uint64_t done, std::uint64_t read) {
      std::fprintf(stderr, "\rwirealign batch: %llu pairs done (manifest line %llu)",
                   static_cast<unsigned long long>(done), static_cast<unsigned long long>(read));
    };
  const batch::Summary s =
      batch::run(*in, manifest == "-" ? "<stdin>" : manifest, options, *reporter);
  reporter->finish();
  if (progress) std::fputs("\n", stderr);
  if (direct.is_open()) {
    direct.close();
    if (!direct) throw Error("writing " + output + " failed");
  }
  if (s.output_conflicts)
    throw Error(s.first_conflict + " (" + std::to_string(s.output_conflicts) + " pair" +
                (s.output_conflicts == 1 ? "" : "s") +
                " in all); nothing was written over it: choose another output");
  destination.commit();
  const bool corpus = format == "tsv" || format == "moses";
  if (!quiet) {
    char line[400];
    std::snprintf(line, sizeof line,
                  "wirealign batch: %llu pairs (%llu failed%s), %llu + %llu sentences, %llu "
                  "sentence pairs%s, %llu findings, %.1f s (%.0f pairs/s)\n",
                  static_cast<unsigned long long>(s.documents),
                  static_cast<unsigned long long>(s.errors),
                  s.skipped ? (", " + std::to_string(s.skipped) + " skipped as done").c_str() : "",
                  static_cast<unsigned long long>(s.src_sentences),
                  static_cast<unsigned long long>(s.tgt_sentences),
                  static_cast<unsigned long long>(corpus ? reporter->sentence_pairs() : s.blocks),
                  corpus ? " kept" : "", static_cast<unsigned long long>(s.findings), s.seconds,
                  s.seconds > 0 ? static_cast<double>(s.documents) / s.seconds : 0.0);
    std::cerr << line;
    if (retried)
      std::cerr << "wirealign batch: " << retried << " error record" << (retried == 1 ? "" : "s")
                << " of the earlier run retried\n";
    if (s.errors) std::cerr << "wirealign batch: first failure: " << s.first_error << '\n';
    if (destination.paths().size() > 1) {
      std::cerr << "wirealign batch: wrote";
      for (const std::string& p : destination.paths()) std::cerr << ' ' << p;
      std::cerr << '\n';
    }
  }
  return s.errors ? 1 : 0;
}

}  // namespace wirealign::cli
