// The common words of a language: the single-word headwords, lower case, of every FreeDict
// dictionary from that language (freedict-fra-*.dict.dz for French), without those the
// dictionaries write with a capital (proper names) unless the language capitalises its nouns.
// Read from the dictionaries (seconds for the largest ones), or from a compiled copy written by
// `wirealign compile-lexicon` (a few milliseconds).
//
//   const wirealign::lexicon::WordList& fr = wirealign::lexicon::common_words("fr");
//   if (fr.contains("maison")) ...
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wirealign::lexicon {

// A sorted set of words, searched without allocating. Read-only once built.
class WordList {
 public:
  WordList() = default;
  // A list of these words (any order, duplicates allowed).
  explicit WordList(std::vector<std::string> words);
  // Whether `word` (compared byte for byte: give it lower case) is in the list.
  bool contains(std::string_view word) const;
  std::size_t size() const { return starts_.size(); }
  bool empty() const { return starts_.empty(); }
  // The words, '\n' after each, in sorted order (what a compiled file holds).
  const std::string& text() const { return text_; }
  // The list of the words of `text` (one a line, sorted, as text() gives); nullopt if unsorted.
  static std::optional<WordList> from_text(std::string text);

 private:
  std::string text_;                  // the words, sorted, each followed by '\n'
  std::vector<std::uint32_t> starts_; // where each word starts in text_
};

// The key of the word list of language `code` (ISO 639-1) from the dictionaries in `dictd_dir`:
// the names, sizes and modification times of their files, `capitalised`, and the program
// version.
std::uint64_t word_list_key(const std::filesystem::path& dictd_dir, const std::string& code,
                            bool capitalised);

// The headwords of the dictionaries from `code` in `dictd_dir` (lexicon::read_headwords of each);
// empty when there is none.
WordList read_headwords(const std::filesystem::path& dictd_dir, const std::string& code,
                        bool capitalised);

// The compiled list at `path` if it was made for `key`; nullopt if missing, stale or damaged.
std::optional<WordList> read_compiled_word_list(const std::filesystem::path& path,
                                                std::uint64_t key);

// Writes `words` to `path` for `key` (a temporary file, then a rename). Throws Error.
void write_compiled_word_list(const std::filesystem::path& path, std::uint64_t key,
                              const WordList& words);

// The file name of the compiled list of `code` in a lexicon folder: "fr.words", or with the
// headwords written with a capital, "fr.headwords".
std::string word_list_file(const std::string& code, bool capitalised);

// The common words of `code` (with the headwords written with a capital when `capitalised`): the
// compiled list in `lexicon_dir` when it is up to date, else the headwords read from
// `dictd_dir`. Built once per process and per arguments (thread-safe); valid for the life of the
// process.
const WordList& common_words(const std::string& code, bool capitalised,
                             const std::filesystem::path& dictd_dir,
                             const std::filesystem::path& lexicon_dir);

}  // namespace wirealign::lexicon
