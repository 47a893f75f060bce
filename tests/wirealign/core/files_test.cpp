// Tests of file identity: the same file by name, through symbolic and hard links, and different
// files with the same contents.
#include "wirealign/core/files.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

namespace {

namespace fs = std::filesystem;
using wirealign::files::identify;
using wirealign::files::same_file;

struct Folder {
  fs::path path;
  Folder() {
    std::string pattern = (fs::temp_directory_path() / "wirealign-files-XXXXXX").string();
    path = ::mkdtemp(pattern.data());
  }
  ~Folder() { fs::remove_all(path); }
  std::string write(const std::string& name, const std::string& text) const {
    std::ofstream(path / name) << text;
    return (path / name).string();
  }
};

}  // namespace

TEST_CASE("same_file: a path, its links and its copies", "[core]") {
  Folder folder;
  const std::string a = folder.write("a.txt", "same words\n");
  const std::string copy = folder.write("copy.txt", "same words\n");
  fs::create_symlink("a.txt", folder.path / "link.txt");
  fs::create_hard_link(a, folder.path / "hard.txt");
  CHECK(same_file(a, a));
  CHECK(same_file(a, (folder.path / "." / "a.txt").string()));
  CHECK(same_file((folder.path / "link.txt").string(), a));
  CHECK(same_file((folder.path / "hard.txt").string(), a));
  CHECK_FALSE(same_file(copy, a));
}

TEST_CASE("identify: nothing for a missing path, standard input or a dangling link", "[core]") {
  Folder folder;
  fs::create_symlink("nowhere.txt", folder.path / "dangling");
  CHECK_FALSE(identify((folder.path / "missing.txt").string()));
  CHECK_FALSE(identify((folder.path / "dangling").string()));
  CHECK_FALSE(identify("-"));
  CHECK_FALSE(identify(""));
  CHECK_FALSE(same_file("-", "-"));
  CHECK(identify(folder.write("b.txt", "x")));
}
