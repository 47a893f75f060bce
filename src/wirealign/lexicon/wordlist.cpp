// Word lists of a language from the FreeDict indexes, compiled or not.
#include "wirealign/lexicon/wordlist.h"

#include <unicode/uloc.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>
#include <tuple>

#include "wirealign/core/error.h"
#include "wirealign/core/hash.h"
#include "wirealign/lexicon/freedict.h"

namespace wirealign::lexicon {

namespace {

constexpr std::string_view kMagic = "wirealign-words 1 ";

// The data files of the dictionaries from `code` in `dictd_dir`, sorted.
std::vector<std::filesystem::path> dictionary_files(const std::filesystem::path& dictd_dir,
                                                    const std::string& code) {
  std::vector<std::filesystem::path> files;
  const char* iso3 = uloc_getISO3Language(code.c_str());
  std::error_code ec;
  if (iso3 == nullptr || *iso3 == 0 || !std::filesystem::is_directory(dictd_dir, ec)) return files;
  const std::string prefix = std::string("freedict-") + iso3 + "-";
  for (const auto& entry : std::filesystem::directory_iterator(dictd_dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(prefix, 0) == 0 && name.ends_with(".dict.dz")) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string read_all(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace

WordList::WordList(std::vector<std::string> words) {
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  for (const std::string& w : words) {
    starts_.push_back(static_cast<std::uint32_t>(text_.size()));
    text_ += w;
    text_ += '\n';
  }
}

std::optional<WordList> WordList::from_text(std::string text) {
  WordList list;
  std::string_view previous;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t end = text.find('\n', pos);
    if (end == std::string::npos) return std::nullopt;
    const std::string_view word(text.data() + pos, end - pos);
    if (!list.starts_.empty() && word <= previous) return std::nullopt;
    list.starts_.push_back(static_cast<std::uint32_t>(pos));
    previous = word;
    pos = end + 1;
  }
  list.text_ = std::move(text);
  return list;
}

bool WordList::contains(std::string_view word) const {
  const auto at = [&](std::uint32_t start) {
    return std::string_view(text_).substr(start, text_.find('\n', start) - start);
  };
  const auto it = std::lower_bound(starts_.begin(), starts_.end(), word,
                                   [&](std::uint32_t s, std::string_view w) { return at(s) < w; });
  return it != starts_.end() && at(*it) == word;
}

std::uint64_t word_list_key(const std::filesystem::path& dictd_dir, const std::string& code,
                            bool capitalised) {
  StableHash fnv;
  fnv.add(kMagic);
  fnv.add(WIREALIGN_VERSION);
  fnv.add(code);
  fnv.add(capitalised ? "capitalised" : "lower case");
  for (const auto& path : dictionary_files(dictd_dir, code)) {
    std::error_code e1, e2;
    const auto size = std::filesystem::file_size(path, e1);
    const auto time = std::filesystem::last_write_time(path, e2).time_since_epoch().count();
    fnv.add(path.filename().string() + ':' + std::to_string(e1 ? 0 : size) + ':' +
            std::to_string(e2 ? 0 : time));
  }
  return fnv.value;
}

WordList read_headwords(const std::filesystem::path& dictd_dir, const std::string& code,
                        bool capitalised) {
  std::vector<std::string> words;
  for (const auto& path : dictionary_files(dictd_dir, code))
    for (std::string& w : lexicon::read_headwords(path, capitalised)) words.push_back(std::move(w));
  return WordList(std::move(words));
}

std::optional<WordList> read_compiled_word_list(const std::filesystem::path& path,
                                                std::uint64_t key) {
  std::string content = read_all(path);
  const std::size_t header = content.find('\n');
  if (header == std::string::npos ||
      std::string_view(content).substr(0, header) != std::string(kMagic) + std::to_string(key))
    return std::nullopt;
  return WordList::from_text(content.substr(header + 1));
}

void write_compiled_word_list(const std::filesystem::path& path, std::uint64_t key,
                              const WordList& words) {
  const std::filesystem::path temp = path.string() + ".tmp" + std::to_string(::getpid());
  {
    std::ofstream file(temp, std::ios::binary | std::ios::trunc);
    file << kMagic << key << '\n' << words.text();
    if (!file) {
      std::error_code ec;
      std::filesystem::remove(temp, ec);
      throw Error("cannot write the word list " + path.string());
    }
  }
  std::error_code ec;
  std::filesystem::rename(temp, path, ec);
  if (ec) {
    std::filesystem::remove(temp, ec);
    throw Error("cannot write the word list " + path.string());
  }
}

std::string word_list_file(const std::string& code, bool capitalised) {
  return code + (capitalised ? ".headwords" : ".words");
}

const WordList& common_words(const std::string& code, bool capitalised,
                             const std::filesystem::path& dictd_dir,
                             const std::filesystem::path& lexicon_dir) {
  static std::mutex mutex;
  static std::map<std::tuple<std::string, bool, std::string, std::string>,
                  std::unique_ptr<WordList>>
      cache;
  std::lock_guard lock(mutex);
  auto& list = cache[{code, capitalised, dictd_dir.string(), lexicon_dir.string()}];
  if (!list) {
    const std::uint64_t key = word_list_key(dictd_dir, code, capitalised);
    auto compiled = read_compiled_word_list(lexicon_dir / word_list_file(code, capitalised), key);
    list = std::make_unique<WordList>(compiled ? std::move(*compiled)
                                               : read_headwords(dictd_dir, code, capitalised));
  }
  return *list;
}

}  // namespace wirealign::lexicon
