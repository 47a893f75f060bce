// The subcommands of the wirealign program and what they share: usage errors and output files.
#pragma once

#include <fstream>
#include <iosfwd>
#include <stdexcept>
#include <string>
#include <vector>

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

// Prints a notice for the user on standard error: "wirealign: <what>: <message>".
void notice(const std::string& what, const std::string& message);

// `wirealign segment ...`; `args` excludes the program and subcommand names. Returns the exit code.
int segment_command(const std::vector<std::string>& args);

}  // namespace wirealign::cli
