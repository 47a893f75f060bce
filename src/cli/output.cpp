// Output files written atomically, and notices on standard error.
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "wirealign/core/error.h"


namespace wirealign::cli {

Output::Output(const std::string& path) : path_(path == "-" ? "" : path) {
  if (path_.empty()) return;
  namespace fs = std::filesystem;
  const fs::path target(path_);
  fs::path folder = target.parent_path();
  if (folder.empty()) folder = ".";
  std::error_code ec;
  if (!fs::is_directory(folder, ec))
    throw Error("cannot write " + path_ + ": folder " + folder.string() + " does not exist");
  if (fs::is_directory(target, ec)) throw Error("cannot write " + path_ + ": it is a directory");
  std::string name = ".";
  name += target.filename().string();
  name += ".tmp-XXXXXX";
  std::string pattern = (folder / name).string();
  const int fd = ::mkstemp(pattern.data());
  if (fd < 0) throw Error("cannot write " + path_ + ": " + std::strerror(errno));
  ::close(fd);
  temp_path_ = pattern;
  file_.open(temp_path_, std::ios::binary | std::ios::trunc);
  if (!file_) throw Error("cannot write " + path_ + ": " + std::strerror(errno));
}

Output::~Output() {
  if (!temp_path_.empty() && !committed_) {
    file_.close();
    std::remove(temp_path_.c_str());
  }
}

std::ostream& Output::stream() { return path_.empty() ? std::cout : file_; }

void Output::commit() {
  if (path_.empty()) {
    std::cout.flush();
    if (!std::cout) throw Error("cannot write to standard output");
    committed_ = true;
    return;
  }
  file_.flush();
  file_.close();
  if (!file_) throw Error("cannot write " + path_ + ": write failed");
  std::error_code ec;
  // mkstemp creates the file 0600; give it the permissions of a normal new file.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  std::filesystem::permissions(temp_path_,
                               static_cast<std::filesystem::perms>(0666 & ~mask), ec);
  std::filesystem::rename(temp_path_, path_, ec);
  if (ec) throw Error("cannot write " + path_ + ": " + ec.message());
  committed_ = true;
}

void notice(const std::string& what, const std::string& message) {
  std::cerr << "wirealign: " << what << ": " << message << '\n';
}

}  // namespace wirealign::cli
