// Test support: a unique path in the system's temporary directory, removed with everything under
// it when the object goes out of scope.
#pragma once

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace wirealign::testing {

class TempPath {
 public:
  TempPath() {
    static std::mt19937_64 rng{std::random_device{}()};
    path_ = std::filesystem::temp_directory_path() / ("wirealign-test-" + std::to_string(rng()));
  }
  ~TempPath() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempPath(const TempPath&) = delete;
  TempPath& operator=(const TempPath&) = delete;

  // The path; nothing exists there until a test creates it.
  const std::filesystem::path& path() const { return path_; }
  std::string string() const { return path_.string(); }
  // Writes `bytes` to the path as a file.
  void write(const std::string& bytes) const { write_file(path_, bytes); }

  // Writes `bytes` to `file`, failing the test if that is impossible.
  static void write_file(const std::filesystem::path& file, const std::string& bytes) {
    std::ofstream out(file, std::ios::binary);
    out << bytes;
    REQUIRE(out.good());
  }

 private:
  std::filesystem::path path_;
};

}  // namespace wirealign::testing
