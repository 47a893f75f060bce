// The subcommands of the wirealign program and what they share: usage errors and output files.
#pragma once

#include <boost/program_options.hpp>
#include <filesystem>
#include <fstream>
#include <iosfwd>
#include <stdexcept>
#include <string>
#include <vector>

#include "wirealign/core/types.h"
#include "wirealign/lang/language.h"

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

// Where a command writes its result: standard output, or a file that appears only when commit()
// is called (written to a temporary file beside it, then renamed), so a failure never leaves a
// partial file behind.
class Output {
 public:
  // `path` empty or "-" means standard output. Throws wirealign::Error if the file's folder does
  // not exist or the temporary file cannot be created.
  explicit Output(const std::string& path);
  ~Output();
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;

  // The stream to write to.
  std::ostream& stream();
  // Flushes and, for a file, renames the temporary file into place. Throws on a write error.
  void commit();

 private:
  std::string path_;
  std::string temp_path_;
  std::ofstream file_;
  bool committed_ = false;
};

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

// The language data folder: `option` if given, else the default; throws ConfigError if it has no
// lang/ folder.
std::filesystem::path data_dir(const std::string& option);

// A document read and segmented, with the data of its language.
struct Loaded {
  Document doc;
  lang::LanguageData language;
};

// Reads `path` ("-" for stdin), prints its notices on stderr, resolves its language (`lang`, or
// recognised from the text when empty) and segments it (`segmented`: one sentence per line;
// `plain_icu`: ICU's iterator alone).
Loaded load_document(const std::string& path, const std::string& lang, bool segmented,
                     const std::filesystem::path& data, const std::string& encoding,
                     bool plain_icu = false);

// load_document() for a source and a target at the same time (`plain_icu` off). Notices come in
// the order of the inputs, and an error in the source is reported before one in the target.
std::pair<Loaded, Loaded> load_pair(const std::string& src_path, const std::string& src_lang,
                                    const std::string& tgt_path, const std::string& tgt_lang,
                                    bool segmented, const std::filesystem::path& data,
                                    const std::string& encoding);

// `wirealign segment ...`; `args` excludes the program and subcommand names. Returns the exit code.
int segment_command(const std::vector<std::string>& args);

// `wirealign align ...`; `args` excludes the program and subcommand names. Returns the exit code.
int align_command(const std::vector<std::string>& args);

}  // namespace wirealign::cli
