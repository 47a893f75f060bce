// File identity: whether two paths name the same file (by device and inode, through symbolic and
// hard links), so that an output is never written over one of the inputs; and where the running
// code is installed, so that it finds its data without any path compiled in.
//
//   if (wirealign::files::same_file("out.fr", "fr.txt")) ...   // also true through a link
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

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

// The file holding wirealign's code in this process: the program, or the Python module (through
// dladdr). Empty if it cannot be told.
std::filesystem::path own_location();

// The first of `candidates` (relative paths) that is a folder under the folder of
// own_location() or one of its parents, up to `levels` folders up: {"share/wirealign",
// "corpora"} finds an installed tree's share/wirealign from PREFIX/bin, and a source tree's
// corpora/ from BUILD/. Empty when none is.
std::filesystem::path find_beside_program(const std::vector<std::string>& candidates,
                                          int levels = 5);

}  // namespace wirealign::files
