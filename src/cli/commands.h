// The subcommands of the wirealign program and what they share: usage errors and output files.
#pragma once

#include <boost/program_options.hpp>
#include <filesystem>
#include <fstream>
#include <iosfwd>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "wirealign/align/aligner.h"
#include "wirealign/core/types.h"
#include "wirealign/lang/language.h"
#include "wirealign/pipeline/pipeline.h"
#include "wirealign/report/reporter.h"
#include "wirealign/read/read.h"

namespace wirealign::cli {

// A mistake in the command line (exit code 2). `command` names the subcommand for the hint.
class UsageError : public std::runtime_error {
 public:
  UsageError(std::string command, const std::string& message)
      : std::runtime_error(message), command_(std::move(command)) {}
  const std::string& command() const { return command_; }

 private:
  std::string command_;
};

// Where a command writes its result, so that nothing is lost whatever happens:
// - standard output ("-" or empty);
// - a character device, FIFO or socket (/dev/null, a named pipe): opened and written straight to,
//   like standard output (a FIFO's open waits for its reader);
// - any other path: written to a temporary file beside the file it names (beside the target of a
//   symbolic link, which stays a link), renamed over it by commit(); a file replaced keeps its
//   permissions. Nothing is written, and no file is left behind, without commit().
// Give every output path to refuse_overwriting() first, so that no input is ever replaced.
class Output {
 public:
  // `path` empty or "-" means standard output. Throws wirealign::Error if the folder does not
  // exist, the path is a folder, an existing file is not writable, or the temporary file cannot
  // be created.
  explicit Output(const std::string& path);
  ~Output();
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;

  // The stream to write to.
  std::ostream& stream();
  // Flushes and, for a file, renames the temporary file into place. Throws on a write error (the
  // temporary file is then removed).
  void commit();

 private:
  enum class Kind { standard_output, device, file };
  Kind kind_ = Kind::standard_output;
  std::string path_;       // as given
  std::string target_;     // Kind::file: the file replaced (symbolic links resolved)
  std::string temp_path_;  // Kind::file: the temporary file beside it
  std::ofstream file_;     // Kind::device: the device; Kind::file: the temporary file
  int keep_mode_ = -1;     // permissions of the file replaced; -1 for a new file
  bool committed_ = false;
};

// The outputs of a command, as a report::Destination: the file (or standard output) `path` for a
// format of one stream, or the files `<path>.<suffix>` of a format of several (Moses), each an
// Output opened on first use and refused if it names one of `inputs`. Nothing appears before
// commit().
class Outputs : public report::Destination {
 public:
  // `direct`: a stream to write instead of `path` (a batch's JSON Lines written as they come).
  Outputs(std::string path, std::vector<std::string> inputs, std::ostream* direct = nullptr);
  std::ostream& stream() override;
  std::ostream& file(const std::string& suffix) override;
  // Opens the outputs a run of `format` writes for its own language pair, so that a bad path
  // fails before any work.
  void open(const report::Format& format, const report::ReportOptions& options);
  // Commits every output opened, in the order they were opened.
  void commit();
  // The paths of the files opened, in order ("-" for standard output).
  std::vector<std::string> paths() const;

 private:
  std::string path_;
  std::vector<std::string> inputs_;
  std::ostream* direct_;
  std::unique_ptr<Output> main_;
  std::vector<std::pair<std::string, std::unique_ptr<Output>>> files_;
};

// Throws wirealign::Error, before anything is read or written, when one of `outputs` names the
// same file as one of `inputs` (by device and inode: through symbolic and hard links too). "-"
// and empty paths are skipped.
void refuse_overwriting(const std::vector<std::string>& outputs,
                        const std::vector<std::string>& inputs);

namespace po = boost::program_options;

// Parses `args` of subcommand `command`: `visible` options (listed by --help, which must be one
// of them), `hidden` ones and the `positional` names among them. Stores into the variables the
// options were bound to. Returns false when --help was given (the help is printed on standard
// output); throws UsageError for a bad command line.
bool parse_command_line(const std::string& command, const std::vector<std::string>& args,
                        const po::options_description& visible,
                        const po::options_description& hidden,
                        const po::positional_options_description& positional);

// Prints a notice for the user on standard error: "wirealign: <what>: <message>".
void notice(const std::string& what, const std::string& message);

// Prints the notices of a run on standard error, one line each: "wirealign: <subject>: <message>"
// ("warning" for a notice about the pair as a whole, the kind when there is no subject).
void print_notices(const std::vector<Notice>& notices);

// The language data folder: `option` if given, else $WIREALIGN_DATA_DIR if set, else the one
// found beside the program (lang::default_data_dir); throws ConfigError if it has no lang/ folder.
std::filesystem::path data_dir(const std::string& option);

// The compiled lexicon folder: `option` if given, else $WIREALIGN_LEXICON_DIR if set, else the one
// found beside the program (pipeline::default_lexicon_dir).
std::filesystem::path lexicon_dir_option(const std::string& option);

// A document read and segmented, with the data of its language.
struct Loaded {
  Document doc;
  lang::LanguageData language;
};

// Adds --input-format and --whole-page, which fill `input_format` and `whole_page`, to `options`.
void add_input_options(po::options_description& options, std::string& input_format,
                       bool& whole_page);

// The read options that `--input-format FORMAT` (auto, text, html, or segmented: text with one
// sentence per line), `--whole-page` and `--encoding ENC` ask for. Throws UsageError naming
// `command` for an unknown format.
read::ReadOptions read_options(const std::string& command, const std::string& input_format,
                               bool whole_page, const std::string& encoding);

// Reads `path` ("-" for stdin) with `read_options`, prints its notices on stderr, resolves its
// language (`lang`, or recognised from the text when empty) and segments it (`segmented`: one
// sentence per line; `plain_icu`: ICU's iterator alone).
Loaded load_document(const std::string& path, const std::string& lang, bool segmented,
                     const std::filesystem::path& data, const read::ReadOptions& read_options,
                     bool plain_icu = false);

// Where a document pair comes from and how to read it: the arguments shared by the commands that
// align.
struct PairArgs {
  std::string src_file;   // path, or "-" for standard input
  std::string tgt_file;
  std::string src_lang = "en";  // as given; canonicalised by align_pair
  std::string tgt_lang = "fr";
  bool segmented = false;       // one sentence per line
  std::string src_encoding;     // forced encoding of SRC; empty: detect
  std::string tgt_encoding;     // forced encoding of TGT; empty: detect
  std::string encoding;         // --encoding: both, where the two above are empty
  std::string input_format = "auto";  // auto, text, html, segmented (--input-format)
  bool whole_page = false;            // web pages: the whole page, not only its article
  std::string dictd_dir;        // FreeDict folder; empty: the default
  std::string data_dir;         // language data folder; empty: the default
  bool force_lang = false;      // go on when the texts do not read as the declared languages
};

// Adds the options that fill `args` (languages, --force-lang, --segmented, --input-format,
// --whole-page, --encoding, --src-encoding, --tgt-encoding, --dictd-dir, --data-dir) to `options`.
void add_pair_options(po::options_description& options, PairArgs& args);

// Converts a ConfigError of report::find_format into a UsageError of `command`.
const report::Format& format_of(const std::string& command, const std::string& name,
                                report::Command which);

// Checks the two file arguments (both given, not both standard input) and the input format;
// throws UsageError naming `command`.
void require_pair(const std::string& command, const PairArgs& args);

// The engine options `args` asks for (languages, --force-lang, data and dictionary folders), with
// `align`.
pipeline::EngineOptions engine_options(const PairArgs& args, const align::AlignOptions& align);

// Reads both inputs of `args` and runs `engine` on them, annotating the two documents
// concurrently; prints the notices of the run (Result::notices) on standard error.
std::unique_ptr<pipeline::Result> run_pair(const PairArgs& args, const pipeline::Engine& engine);

// `wirealign segment ...`; `args` excludes the program and subcommand names. Returns the exit code.
int segment_command(const std::vector<std::string>& args);

// `wirealign align ...`; `args` excludes the program and subcommand names. Returns the exit code.
int align_command(const std::vector<std::string>& args);

// `wirealign batch ...`; `args` excludes the program and subcommand names. Returns the exit code
// (1 when some pairs failed).
int batch_command(const std::vector<std::string>& args);

// `wirealign compile-lexicon ...`; `args` excludes the program and subcommand names.
int lexicon_command(const std::vector<std::string>& args);
int languages_command(const std::vector<std::string>& args);

// `wirealign check ...`; `args` excludes the program and subcommand names. Returns the exit code
// (3 when a finding at or above --fail-on is reported).
int check_command(const std::vector<std::string>& args);

}  // namespace wirealign::cli
