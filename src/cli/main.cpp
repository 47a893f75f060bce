// The wirealign program: dispatches to a subcommand and maps errors to exit codes
// (0 success, 1 input or runtime error, 2 usage error, 3 findings at the --fail-on severity).
#include <boost/program_options/errors.hpp>
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "wirealign/core/error.h"

namespace {

constexpr const char* kUsage = R"(wirealign: align a translation with its original and audit it

Usage:
  wirealign align SRC TGT [--src-lang L] [--tgt-lang L] [--format tsv|blocks|json|moses|tmx]
                                        align the sentences of a translation with its original
  wirealign check SRC TGT [--format text|json|html] [--fail-on SEV] [-o OUT]
                                        align and audit a translation: omissions, additions,
                                        untranslated text, numbers, names, acronyms, quotations
  wirealign batch [MANIFEST|-] [-j N] [--check] [--format jsonl|tsv|moses] [-o OUT]
                                        many pairs from a JSON Lines manifest, on all cores
  wirealign compile-lexicon [--all]     compile the bilingual tables once, for faster starts
  wirealign languages [--format text|json]
                                        what wirealign has for each language and pair: locale
                                        data, data files, dictionaries, hunspell
  wirealign segment FILE [--lang L] [--format text|json] [-o OUT]
                                        split a text into sentences
  wirealign --help | --version

Run 'wirealign COMMAND --help' for the options of a command.

Exit codes: 0 success, 1 input or runtime error, 2 usage error, 3 check found a problem at or
above its --fail-on severity.
)";

int run(const std::vector<std::string>& args) {
  using namespace wirealign::cli;
  if (args.empty()) throw UsageError("", "no command given");
  const std::string& command = args[0];
  const std::vector<std::string> rest(args.begin() + 1, args.end());
  if (command == "-h" || command == "--help" || command == "help") {
    std::cout << kUsage;
    return 0;
  }
  if (command == "--version") {
    std::cout << "wirealign " << WIREALIGN_VERSION << '\n';
    return 0;
  }
  if (command == "segment") return segment_command(rest);
  if (command == "align") return align_command(rest);
  if (command == "check") return check_command(rest);
  if (command == "batch") return batch_command(rest);
  if (command == "compile-lexicon") return lexicon_command(rest);
  if (command == "languages") return languages_command(rest);
  throw UsageError("", "unknown command '" + command + "'");
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  const std::vector<std::string> args(argv + 1, argv + argc);
  try {
    return run(args);
  } catch (const wirealign::cli::UsageError& e) {
    std::cerr << "wirealign: " << e.what() << "\n";
    std::cerr << "Run 'wirealign " << (e.command().empty() ? "" : e.command() + " ")
              << "--help' for usage.\n";
    return 2;
  } catch (const boost::program_options::error& e) {
    std::cerr << "wirealign: " << e.what() << "\nRun 'wirealign --help' for usage.\n";
    return 2;
  } catch (const wirealign::ConfigError& e) {
    std::cerr << "wirealign: " << e.what() << '\n';
    return 2;
  } catch (const wirealign::Error& e) {
    std::cerr << "wirealign: " << e.what() << '\n';
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "wirealign: internal error: " << e.what() << '\n';
    return 1;
  }
}
