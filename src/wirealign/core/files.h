// File identity: whether two paths name the same file (by device and inode, through symbolic and
// hard links), so that an output is never written over one of the inputs.
//
//   if (wirealign::files::same_file("out.fr", "fr.txt")) ...   // also true through a link
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace wirealign::files {

// What identifies a file on this machine.
struct FileId {
  std::uint64_t device = 0;
  std::uint64_t inode = 0;
  friend bool operator==(const FileId&, const FileId&) = default;
};

// The identity of the file `path` names, following symbolic links; nullopt when nothing is there
// (or it cannot be reached). "-" (standard input or output) and "" have none.
std::optional<FileId> identify(const std::string& path);

// True when `a` and `b` both exist and name the same file.
bool same_file(const std::string& a, const std::string& b);

}  // namespace wirealign::files
