// File identity by device and inode; where the running code is installed.
#include "wirealign/core/files.h"

#include <dlfcn.h>
#include <sys/stat.h>

namespace wirealign::files {

std::optional<FileId> identify(const std::string& path) {
  if (path.empty() || path == "-") return std::nullopt;
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return std::nullopt;
  return FileId{static_cast<std::uint64_t>(st.st_dev), static_cast<std::uint64_t>(st.st_ino)};
}

bool same_file(const std::string& a, const std::string& b) {
  const std::optional<FileId> x = identify(a);
  return x && x == identify(b);
}

std::filesystem::path own_location() {
  std::error_code ec;
  Dl_info info{};
  if (::dladdr(reinterpret_cast<const void*>(&own_location), &info) != 0 &&
      info.dli_fname != nullptr) {
    std::filesystem::path found = std::filesystem::canonical(info.dli_fname, ec);
    if (!ec) return found;
  }
  // The main program's name may be relative (argv[0]); the kernel knows its full path.
  std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::filesystem::path() : self;
}

std::filesystem::path find_beside_program(const std::vector<std::string>& candidates, int levels) {
  const std::filesystem::path self = own_location();
  if (self.empty()) return {};
  std::error_code ec;
  std::filesystem::path dir = self.parent_path();
  for (int level = 0; level <= levels; ++level) {
    for (const std::string& c : candidates)
      if (std::filesystem::is_directory(dir / c, ec)) return dir / c;
    if (dir == dir.parent_path()) break;
    dir = dir.parent_path();
  }
  return {};
}

}  // namespace wirealign::files
