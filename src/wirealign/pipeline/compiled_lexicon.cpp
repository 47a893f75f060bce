// Compiled bilingual tables: a small binary file per language pair.
#include "wirealign/pipeline/compiled_lexicon.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <vector>

#include "wirealign/core/error.h"
#include "wirealign/core/files.h"
#include "wirealign/core/hash.h"
#include "wirealign/core/little_endian.h"

namespace wirealign::pipeline {

namespace {

constexpr char kMagic[8] = {'W', 'A', 'L', 'E', 'X', '0', '0', '4'};

void put_string(std::string& out, std::string_view s) {
  little_endian::put(out, static_cast<std::uint32_t>(s.size()));
  out.append(s);
}

// Reads the fields back; any read past the end marks the reader failed.
struct Reader {
  std::string_view data;
  std::size_t pos = 0;
  bool failed = false;
  std::uint64_t number(int bytes) {
    if (pos + static_cast<std::size_t>(bytes) > data.size()) {
      failed = true;
      return 0;
    }
    std::uint64_t v = 0;
    for (int i = 0; i < bytes; ++i)
      v |= static_cast<std::uint64_t>(static_cast<unsigned char>(data[pos + static_cast<std::size_t>(i)])) << (8 * i);
    pos += static_cast<std::size_t>(bytes);
    return v;
  }
  std::string_view view() {
    const std::uint64_t n = number(4);
    if (failed || n > data.size() - pos) {
      failed = true;
      return {};
    }
    const std::string_view s = data.substr(pos, n);
    pos += n;
    return s;
  }
  std::string string() { return std::string(view()); }
};

}  // namespace

LexiconKey lexicon_key(const std::string& src, const std::string& tgt,
                       const std::filesystem::path& dictd_dir,
                       const std::filesystem::path& data_dir) {
  StableHash fnv;
  fnv.add(std::string_view(kMagic, sizeof kMagic));
  fnv.add(WIREALIGN_VERSION);
  fnv.add(src);
  fnv.add(tgt);
  // Every FreeDict file of the folder (a new dictionary can change the pivot), by name, size and
  // modification time.
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dictd_dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("freedict-", 0) != 0) continue;
    std::error_code e1, e2;
    const auto size = entry.file_size(e1);
    const auto time = entry.last_write_time(e2).time_since_epoch().count();
    files.push_back(name + ':' + std::to_string(e1 ? 0 : size) + ':' + std::to_string(e2 ? 0 : time));
  }
  std::sort(files.begin(), files.end());
  for (const std::string& f : files) fnv.add(f);
  // The language data the table is built with (function words are left out of it, endings make
  // the stems of a language without a Snowball stemmer).
  for (const std::string& code : {src, tgt})
    for (const char* file : {"function-words.txt", "endings.txt"}) {
      std::ifstream in(data_dir / "lang" / code / file, std::ios::binary);
      std::stringstream content;
      content << in.rdbuf();
      fnv.add(content.str());
    }
  return {src, tgt, fnv.value};
}

std::optional<CompiledLexicon> read_compiled_lexicon(const std::filesystem::path& path,
                                                     const LexiconKey& key) {
  // The file is mapped, not read: its table is used where it lies, and only the pages that
  // lookups touch are read.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  struct stat st {};
  void* mapped = MAP_FAILED;
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
    mapped = ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (mapped == MAP_FAILED) return std::nullopt;
  const auto size = static_cast<std::size_t>(st.st_size);
  const std::shared_ptr<const void> owner(
      mapped, [size](const void* p) { ::munmap(const_cast<void*>(p), size); });
  const std::string_view data(static_cast<const char*>(mapped), size);
  if (data.size() < sizeof kMagic || std::memcmp(data.data(), kMagic, sizeof kMagic) != 0)
    return std::nullopt;
  Reader r{data, sizeof kMagic};
  if (r.number(8) != key.hash || r.string() != key.src || r.string() != key.tgt || r.failed)
    return std::nullopt;
  std::string description = r.string();
  if (r.failed) return std::nullopt;
  std::optional<align::Bilingual> table = align::Bilingual::from_image(owner, data.substr(r.pos));
  if (!table) return std::nullopt;
  return CompiledLexicon{std::move(*table), std::move(description)};
}

void write_compiled_lexicon(const std::filesystem::path& path, const LexiconKey& key,
                            const align::Bilingual& table, const std::string& description) {
  std::string out(kMagic, sizeof kMagic);
  little_endian::put(out, key.hash);
  put_string(out, key.src);
  put_string(out, key.tgt);
  put_string(out, description);
  out.append(table.image());
  const std::filesystem::path temp = path.string() + ".tmp" + std::to_string(::getpid());
  {
    std::ofstream file(temp, std::ios::binary | std::ios::trunc);
    file.write(out.data(), static_cast<std::streamsize>(out.size()));
    if (!file) {
      std::error_code ec;
      std::filesystem::remove(temp, ec);
      throw Error("cannot write the compiled lexicon " + path.string());
    }
  }
  std::error_code ec;
  std::filesystem::rename(temp, path, ec);
  if (ec) {
    std::filesystem::remove(temp, ec);
    throw Error("cannot write the compiled lexicon " + path.string());
  }
}

std::filesystem::path default_lexicon_dir() {
  const std::filesystem::path installed = files::find_beside_program({"share/wirealign"});
  if (!installed.empty()) return installed / "lexicon";
  const std::filesystem::path built = files::find_beside_program({"lexicon"});
  if (!built.empty()) return built;
  return files::own_location().parent_path() / "lexicon";
}

}  // namespace wirealign::pipeline
