// Spelling dictionaries: hunspell and the dictionaries Debian installs in /usr/share/hunspell
// (hunspell-en-us, hunspell-fr, ...), read in place. Hunspell's headers stay in hunspell.cpp.
//
//   std::optional<spell::Location> where = spell::locate("en", {"en_US"}, spell::default_dirs());
//   if (where) {
//     const spell::Dictionary dictionary(*where);          // loads the .aff/.dic pair once
//     dictionary.spell("receive");                          // true
//     dictionary.near("recieve");                           // {"receive"}
//   }
//
// Words go in and come out as UTF-8 whatever the dictionary's own encoding (pl_PL is ISO-8859-2:
// converted with ICU). A Dictionary is thread-safe: hunspell's handle is not, so calls on one
// Dictionary take turns.
#pragma once

#include <filesystem>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wirealign::spell {

// The folders searched for dictionaries: those listed in $DICPATH (separated by ':', as for the
// hunspell program), then /usr/share/hunspell.
std::vector<std::filesystem::path> default_dirs();

// An installed dictionary: the .aff and .dic files of one name ("en_US").
struct Location {
  std::string name;           // file name without extension ("en_US", "fr")
  std::filesystem::path aff;  // affix file
  std::filesystem::path dic;  // word list
};

// The dictionary of language `code` (canonical ISO 639 code, "en") in `dirs`, or nullopt when
// none is installed. Tried in order: the names of `preferred` ("en_US", "en_GB"), then
// "<code>_<CODE>" ("de_DE"), "<code>" ("fr", "nl"), then any "<code>_*" in name order; in each
// folder of `dirs` before the next name. A name counts only when both files exist.
std::optional<Location> locate(const std::string& code, const std::vector<std::string>& preferred,
                               const std::vector<std::filesystem::path>& dirs);

// One loaded hunspell dictionary.
class Dictionary {
 public:
  // Loads the dictionary (a few hundred milliseconds for the big ones). Throws wirealign::Error
  // when hunspell cannot read it or its encoding is unknown to ICU.
  explicit Dictionary(const Location& where);
  ~Dictionary();
  Dictionary(Dictionary&&) noexcept;
  Dictionary& operator=(Dictionary&&) noexcept;

  // The dictionary's name ("en_US").
  const std::string& name() const;

  // Whether hunspell accepts `word` (UTF-8), with its own rules for case (a capitalised or
  // upper-case form of a lower-case word is accepted), compounds, affixes and the characters that
  // join words (hyphens, apostrophes). A word the dictionary's encoding cannot write is not
  // accepted.
  bool spell(std::string_view word) const;

  // Dictionary words at one edit from `word`, likeliest first, at most `limit`: another accent on
  // a letter ("dolares": "dólares"), the dictionary's own replacements for common misspellings
  // (its REP table: "ie" for "ei"; they may write two words), a doubled letter written once or a
  // single one doubled, two neighbouring letters swapped, a letter missing, wrong or too many
  // (the 26 commonest letters of the dictionary's TRY alphabet). When nothing is that close and
  // the word has at most 10 letters, words at two doubling mistakes ("sucessfull":
  // "successful"). Never a space or hyphen inserted, so a
  // compound written solid does not count as a misspelling of two words. A capitalised word gets
  // capitalised candidates. Empty when nothing is that close. Costs one spell() per candidate:
  // about 55 times the word's length in letters when nothing is found.
  std::vector<std::string> near(std::string_view word, std::size_t limit = 3) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The dictionary of language `code` (canonical ISO 639 code), located as locate() does with the
// names of `data_dir`/lang/<code>/hunspell.txt preferred, loaded once per process in the
// background: every caller for the same language shares it (the spelling and untranslated checks
// of every engine). The future gives null when no dictionary is installed or hunspell or ICU
// cannot read it.
std::shared_future<std::shared_ptr<const Dictionary>> shared_dictionary(
    const std::filesystem::path& data_dir, const std::string& code);

}  // namespace wirealign::spell
