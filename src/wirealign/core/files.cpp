// File identity by device and inode.
#include "wirealign/core/files.h"

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

}  // namespace wirealign::files
