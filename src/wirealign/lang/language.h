// Language codes and the per-language data wirealign ships in corpora/lang/<code>/: abbreviations
// that do not end sentences, and common function words used to recognise a language.
//
//   std::string code = wirealign::lang::canonical_code("fr-CA");          // "fr"
//   wirealign::lang::LanguageData fr = wirealign::lang::load(data_dir(), code);
//   wirealign::lang::Guess g = wirealign::lang::guess(text.text, data_dir());  // g.code == "fr"
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace wirealign::lang {

// What wirealign knows about one language. A language ICU knows but wirealign ships no data for
// has empty sets: segmentation then uses ICU's rules and the language-neutral ones.
struct LanguageData {
  std::string code;  // canonical ISO 639 code ("en")
  // Abbreviations, with their final dot, after which a capitalised word does not start a new
  // sentence ("Mr.", "Dr.", "M.", "av."). Case-sensitive.
  std::unordered_set<std::string> nonfinal_abbreviations;
  // Abbreviations that do not end a sentence when a number follows ("No. 19", "p. 12").
  std::unordered_set<std::string> numeral_abbreviations;
  // Abbreviations that often end a sentence and must not be taken for initials ("J.-C.", "U.K.").
  std::unordered_set<std::string> final_abbreviations;
  // Typography puts a space inside quotation marks (French « x », " x "), so a straight quote
  // followed by a space may open a quotation. When false, such a quote after the end of a
  // sentence closes it. From settings.tsv (key<TAB>value lines), key "quotes-spaced-inside".
  bool quotes_spaced_inside = false;
  // The language writes every noun with a capital (German): a capitalised word inside a sentence
  // is then not necessarily a name. From settings.tsv, key "nouns-capitalised".
  bool nouns_capitalised = false;
  // A common noun that begins compounds with the language's common nouns (German "Stadt":
  // Stadtrat, Stadtrolle), written as it begins one; empty when the language has none. A
  // capitalised word that the hunspell dictionary knows, but not in lower case nor after this
  // noun, is then a name rather than a noun (Schmidt, Eder; not Rolle, Tat). From settings.tsv,
  // key "compound-head".
  std::string compound_head;
  // The language leaves out a subject that the verb's ending or the context gives (Spanish
  // "Dijo", Portuguese "Ficou", Polish "Powiedział"): a translation into it may drop a subject
  // name. From settings.tsv, key "subject-dropped" (yes or no).
  bool subject_dropped = false;
  // Decimal separator of numbers ('.' in English, ',' in French); the other of '.' and ','
  // separates thousands. From CLDR (conventions(code).decimal) when it is '.' or ',', else '.';
  // settings.tsv may override it with the key "decimal-separator".
  char decimal_separator = '.';
  // The language writes ordinal numbers with a dot (German "am 3. Oktober", "im 19.
  // Jahrhundert"), so a number of at most three digits after a function word and followed by a
  // dot does not end a sentence. From settings.tsv, key "ordinal-dot" (yes or no).
  bool ordinal_dot = false;
  // Frequent function words, lower case, used by guess().
  std::unordered_set<std::string> function_words;
  // Inflectional endings, lower case, longest first, for a language Snowball has no stemmer for:
  // a word's stem is the word without the longest of them that leaves at least
  // kMinStemLetters letters. From endings.txt (one ending a line).
  std::vector<std::string> endings;
  // True when corpora/lang/<code>/ exists.
  bool has_data = false;
};

// Letters an ending may leave of a word at the least (LanguageData::endings).
constexpr std::size_t kMinStemLetters = 3;

// The stem of `lower` (a lower-case word) by `language`'s endings: `lower` without the longest
// ending that leaves at least kMinStemLetters letters; `lower` itself when none does. A view
// into `lower`.
std::string_view strip_ending(std::string_view lower, const LanguageData& language);

// The data directory found from where the program (or Python module) is: PREFIX/share/wirealign
// for an installed one, the source tree's corpora/ for one in a build folder (the folder of the
// binary and up to five above it are searched). Empty when there is none. No path is compiled
// in and no environment variable read: the command line reads $WIREALIGN_DATA_DIR.
std::filesystem::path default_data_dir();

// Canonical language code for `code` ("EN", "en-US", "fr_CA" -> "en", "en", "fr"). Throws
// ConfigError if ICU does not know the language.
std::string canonical_code(std::string_view code);

// The English name of language `code` for messages ("fr" -> "French"); `code` itself if ICU has
// no name for it.
std::string display_name(const std::string& code);

// Loads the data of language `code` (canonical) from `data_dir`. A missing language folder gives
// empty data with has_data false; a malformed file throws ConfigError naming file and line.
LanguageData load(const std::filesystem::path& data_dir, const std::string& code);

// Calls `each(line_number, fields)` for every line of the data file `path` that is not blank or a
// '#' comment. Fields are tab-separated and trimmed. A missing file is not an error (nothing is
// called): data files are optional. `each` may throw ConfigError naming the file and line.
void read_table(const std::filesystem::path& path,
                const std::function<void(int line, const std::vector<std::string>& fields)>& each);

// Codes of the languages that have a folder under `data_dir`/lang, sorted.
std::vector<std::string> available(const std::filesystem::path& data_dir);

// Result of guessing the language of a text.
struct Guess {
  std::string code;          // best language, empty if no language was recognised
  double score = 0;          // share of the text's words that are function words of `code`
  double runner_up = 0;      // the same share for the second-best language
};

// Guesses which of `candidates` `text` is written in, from the share of its words that are
// frequent function words of each language. Reads at most the first 20,000 bytes.
Guess guess(std::string_view text, const std::vector<const LanguageData*>& candidates);

// The language a command works in, and how it was chosen.
struct Choice {
  LanguageData data;   // the language's data; code "und" (ICU's root rules) if none was recognised
  std::string notice;  // for the user when the language was guessed or has no data; else empty
};

// Resolves the language of `text`: `requested` (any form canonical_code accepts) when non-empty,
// else the best guess among the languages of `data_dir`. Throws ConfigError for an unknown code.
Choice choose(std::string_view text, const std::string& requested,
              const std::filesystem::path& data_dir);

}  // namespace wirealign::lang
