// Output files that never replace an input and never appear half-written, and notices on standard
// error.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "wirealign/core/error.h"
#include "wirealign/core/files.h"

namespace wirealign::cli {

namespace {

namespace fs = std::filesystem;

// `path` with its symbolic links followed to the file they finally name (which need not exist).
fs::path resolve_links(const std::string& path) {
  fs::path p(path);
  for (int hops = 0; hops < 40; ++hops) {
    std::error_code ec;
    if (!fs::is_symlink(fs::symlink_status(p, ec)) || ec) return p;
    const fs::path next = fs::read_symlink(p, ec);
    if (ec) throw Error("cannot write " + path + ": " + ec.message());
    p = next.is_absolute() ? next : p.parent_path() / next;
  }
  throw Error("cannot write " + path + ": too many levels of symbolic links");
}

}  // namespace

Output::Output(const std::string& path) : path_(path == "-" ? "" : path) {
  if (path_.empty()) return;
  struct stat st {};
  const bool exists = ::stat(path_.c_str(), &st) == 0;
  if (exists && S_ISDIR(st.st_mode)) throw Error("cannot write " + path_ + ": it is a directory");
  if (exists && !S_ISREG(st.st_mode)) {
    // A device, FIFO or socket: written straight to, like standard output, never replaced.
    kind_ = Kind::device;
    file_.open(path_, std::ios::binary);
    if (!file_) throw Error("cannot write " + path_ + ": " + std::strerror(errno));
    return;
  }
  kind_ = Kind::file;
  const fs::path target = resolve_links(path_);
  fs::path folder = target.parent_path();
  if (folder.empty()) folder = ".";
  std::error_code ec;
  if (!fs::is_directory(folder, ec))
    throw Error("cannot write " + path_ + ": folder " + folder.string() + " does not exist");
  if (exists) {
    if (::access(target.c_str(), W_OK) != 0)
      throw Error("cannot write " + path_ + ": " + std::strerror(errno));
    keep_mode_ = static_cast<int>(st.st_mode & 07777);
  }
  target_ = target.string();
  std::string name = target.filename().string();
  name.insert(0, 1, '.').append(".tmp-XXXXXX");
  std::string pattern = (folder / name).string();
  const int fd = ::mkstemp(pattern.data());
  if (fd < 0) throw Error("cannot write " + path_ + ": " + std::strerror(errno));
  if (exists) {
    // Best effort: the owner can be kept only by root.
    [[maybe_unused]] const int ignored = ::fchown(fd, st.st_uid, st.st_gid);
  }
  ::close(fd);
  temp_path_ = pattern;
  file_.open(temp_path_, std::ios::binary | std::ios::trunc);
  if (!file_) {
    const std::string reason = std::strerror(errno);
    std::remove(temp_path_.c_str());
    throw Error("cannot write " + path_ + ": " + reason);
  }
}

Output::~Output() {
  if (kind_ == Kind::file && !committed_) {
    file_.close();
    std::remove(temp_path_.c_str());
  }
}

std::ostream& Output::stream() { return kind_ == Kind::standard_output ? std::cout : file_; }

void Output::commit() {
  if (kind_ == Kind::standard_output) {
    std::cout.flush();
    if (!std::cout) throw Error("cannot write to standard output");
    committed_ = true;
    return;
  }
  if (kind_ == Kind::device) {
    file_.flush();
    if (!file_) throw Error("cannot write " + path_ + ": write failed");
    committed_ = true;
    return;
  }
  file_.flush();
  file_.close();
  if (!file_) throw Error("cannot write " + path_ + ": write failed");
  // mkstemp creates the file 0600: give it the permissions of the file it replaces, or those of
  // a new file.
  mode_t mode = 0;
  if (keep_mode_ >= 0) {
    mode = static_cast<mode_t>(keep_mode_);
  } else {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    mode = 0666 & ~mask;
  }
  if (::chmod(temp_path_.c_str(), mode) != 0)
    throw Error("cannot write " + path_ + ": " + std::strerror(errno));
  if (std::rename(temp_path_.c_str(), target_.c_str()) != 0)
    throw Error("cannot write " + path_ + ": " + std::strerror(errno));
  committed_ = true;
}

void refuse_overwriting(const std::vector<std::string>& outputs,
                        const std::vector<std::string>& inputs) {
  for (const std::string& out : outputs)
    for (const std::string& in : inputs)
      if (files::same_file(out, in))
        throw Error("refusing to write " + out + ": it is the input " + in +
                    (out == in ? "" : " (the same file)") + "; choose another output");
}

void notice(const std::string& what, const std::string& message) {
  std::cerr << "wirealign: " << what << ": " << message << '\n';
}

void print_notices(const std::vector<Notice>& notices) {
  for (const Notice& n : notices) {
    std::string what = n.subject;
    if (n.kind == "same-text" || n.kind == "languages-reversed" || n.kind == "language-mismatch")
      what = "warning";
    else if (n.subject.empty() || n.kind == "dictionary" || n.kind == "subwords")
      what = n.kind;
    notice(what, n.message);
  }
}

Outputs::Outputs(std::string path, std::vector<std::string> inputs, std::ostream* direct)
    : path_(std::move(path)), inputs_(std::move(inputs)), direct_(direct) {}

std::ostream& Outputs::stream() {
  if (direct_) return *direct_;
  if (!main_) {
    refuse_overwriting({path_}, inputs_);
    main_ = std::make_unique<Output>(path_);
  }
  return main_->stream();
}

std::ostream& Outputs::file(const std::string& suffix) {
  const std::string path = path_ + "." + suffix;
  for (auto& [p, out] : files_)
    if (p == path) return out->stream();
  refuse_overwriting({path}, inputs_);
  files_.emplace_back(path, std::make_unique<Output>(path));
  return files_.back().second->stream();
}

void Outputs::open(const report::Format& format, const report::ReportOptions& options) {
  if (format.files == nullptr) {
    stream();
    return;
  }
  const std::vector<std::string> suffixes = format.files(options);
  std::vector<std::string> paths;
  for (const std::string& s : suffixes) paths.push_back(path_ + "." + s);
  refuse_overwriting(paths, inputs_);  // all of them before any is created
  for (const std::string& s : suffixes) file(s);
}

void Outputs::commit() {
  if (main_) main_->commit();
  for (auto& [path, out] : files_) out->commit();
}

std::vector<std::string> Outputs::paths() const {
  std::vector<std::string> paths;
  if (main_ || direct_) paths.push_back(path_.empty() ? "-" : path_);
  for (const auto& [path, out] : files_) paths.push_back(path);
  return paths;
}

}  // namespace wirealign::cli
