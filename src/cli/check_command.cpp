// `wirealign check`: aligns a document pair, runs the checks and reports the findings as text,
// JSON or HTML.
#include <unistd.h>

#include <boost/program_options.hpp>
#include <cstdlib>
#include <iostream>

#include "cli/commands.h"
#include "wirealign/check/check.h"
#include "wirealign/core/error.h"

namespace wirealign::cli {

namespace {

constexpr const char* kSynopsis = R"(Usage: wirealign check SRC TGT [options]

Aligns TGT (a translation) with SRC (its original) and audits the translation: sentences omitted
or added, repeated, left untranslated, numbers, names, acronyms and quotations that changed,
calques. Either file may be "-" for standard input.

Formats: text (default): the findings grouped by severity, each with both sentences, the words
concerned marked, an explanation and a suggestion (colour on a terminal unless NO_COLOR is set);
json: both documents, the alignment, the notices and the findings (schema in README.md); html:
one self-contained page, both texts side by side with the findings highlighted; xliff: XLIFF 2.0,
one unit a block, the findings as notes on their unit (README.md). Every format carries the
notices of the run (encodings converted, languages that look reversed, findings muted, ...).

Exit codes: 0 done (findings or not), 1 input or runtime error, 2 usage error, 3 a finding at or
above the --fail-on severity was reported.

Options)";

std::string checks_help() {
  std::string text = "Checks (kind, * = off by default):\n";
  for (const check::CheckInfo& info : check::registry()) {
    std::string name = "  " + std::string(info.kind) + (info.on_by_default ? "" : " *");
    if (name.size() < 24) name.resize(24, ' ');
    text += name + std::string(info.description) + '\n';
  }
  return text;
}

}  // namespace

int check_command(const std::vector<std::string>& args) {
  PairArgs pair_args;
  std::string format = "text", output, fail_on, checks, ignore_file;
  po::options_description visible(kSynopsis);
  visible.add_options()
      ("help,h", "print this help and exit")
      ("format,f", po::value(&format)->value_name("FMT")->default_value("text"),
       "text, json, html or xliff")
      ("output,o", po::value(&output)->value_name("OUT"),
       "write to OUT instead of standard output (created only on success)")
      ("fail-on", po::value(&fail_on)->value_name("SEV"),
       "exit with code 3 when a finding of severity SEV (error, warning or info) or above is "
       "reported")
      ("checks", po::value(&checks)->value_name("LIST"),
       "checks to turn on or off, applied in order to the default set: \"-typography\", "
       "\"+typography\", \"none,omission,addition\", \"all\"")
      ("ignore", po::value(&ignore_file)->value_name("FILE"),
       "do not report findings whose fingerprint is listed in FILE (one per line, # comments)");
  add_pair_options(visible, pair_args);
  po::options_description hidden;
  hidden.add_options()("src", po::value(&pair_args.src_file))("tgt", po::value(&pair_args.tgt_file));
  po::positional_options_description positional;
  positional.add("src", 1).add("tgt", 1);
  if (!parse_command_line("check", args, visible, hidden, positional)) {
    std::cout << checks_help();
    return 0;
  }
  require_pair("check", pair_args);
  const report::Format& chosen = format_of("check", format, report::Command::check);
  std::optional<Severity> threshold;
  if (fail_on == "error") threshold = Severity::error;
  else if (fail_on == "warning") threshold = Severity::warning;
  else if (fail_on == "info") threshold = Severity::info;
  else if (!fail_on.empty())
    throw UsageError("check", "--fail-on must be error, warning or info, not '" + fail_on + "'");

  check::CheckOptions check_options;
  check_options.selection = check::parse_check_list(checks);
  check_options.validate();

  report::ReportOptions report_options;
  report_options.src_lang = lang::canonical_code(pair_args.src_lang);
  report_options.tgt_lang = lang::canonical_code(pair_args.tgt_lang);
  report_options.text.colour = (output.empty() || output == "-") && isatty(STDOUT_FILENO) &&
                               std::getenv("NO_COLOR") == nullptr;
  Outputs outputs(output, {pair_args.src_file, pair_args.tgt_file, ignore_file});
  outputs.open(chosen, report_options);  // first, so that a bad path fails before any work
  const std::unique_ptr<report::Reporter> reporter = chosen.make(outputs, report_options);
  if (!ignore_file.empty()) check_options.ignored = check::read_ignore_file(ignore_file);
  pipeline::EngineOptions options = engine_options(pair_args, align::AlignOptions{});
  options.check = true;
  options.checks = check_options;
  const pipeline::Engine engine(options);
  const std::unique_ptr<pipeline::Result> checked = run_pair(pair_args, engine);
  const std::vector<Finding>& findings = checked->findings;
  reporter->pair({checked->src, checked->tgt, checked->alignment, &findings, &checked->notices,
                  checked->muted});
  reporter->finish();
  outputs.commit();
  if (threshold)
    for (const Finding& f : findings)
      if (f.severity >= *threshold) return 3;
  return 0;
}

}  // namespace wirealign::cli
