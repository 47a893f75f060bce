// Recognising the language and the script of a text, and judging whether a text reads as the
// language it was declared in: the evidence behind the language checks of a run
// (pipeline/languages.h).
//
//   const auto known = wirealign::lang::known_languages(data_dir);      // en, fr, de, ...
//   const auto candidates = wirealign::lang::pointers(known);
//   wirealign::lang::Evidence e = wirealign::lang::gather(text, candidates);
//   wirealign::lang::identify(e).code;                                  // "fr"
//   wirealign::lang::Judgement j = wirealign::lang::judge(e, german, sentences);
//   j.verdict == wirealign::lang::Verdict::other;                       // a French text
//   j.code;                                                             // "fr"
//
// The evidence is of two kinds. Function words: the share of a text's words that are frequent
// function words of each language wirealign has a list for (corpora/lang/<code>/
// function-words.txt); two languages are compared on the words of one list that are not in the
// other. Scripts: the share of its letters in each ICU script (Latin, Cyrillic, Greek, Han, ...),
// compared with the scripts of the declared language. A verdict that a text is not in its
// declared language needs both a clear lead and a text long enough (see the limits below); a
// short text is at most doubtful.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "wirealign/lang/language.h"

namespace wirealign::lang {

// The limits of judge(), calibrated on the development corpora (every document side of
// ../shared/corpora/dev and the first 1, 2, 3, 5 and 10 sentences of each: tests/tools/
// eval_languages.cpp, README "Languages checked").
namespace limits {
// A text is said to be in another language (a run stops) only with this many sentences and
// words; shorter texts are at most doubtful.
inline constexpr std::size_t kMinSentences = 3;
inline constexpr std::size_t kMinWords = 20;
// A language is named only when this share of the words are its function words. Texts in the
// language have 0.17 (Russian, Polish) to 0.35 or more (the Romance languages); texts in languages
// without a list reach 0.15 only in close relatives (Galician, Catalan, Afrikaans, Bulgarian).
inline constexpr double kMinShare = 0.15;
// Language a leads language b clearly when the words of a's list that are not in b's outnumber
// those of b's not in a's this many times, and by this many standard deviations of an even split
// (z). On the development documents the language of a text leads every other by 2.1 to 10 (z);
// a text declared in a wrong language trails by 2.5 or more, by ratios of 3 or more.
inline constexpr double kClearRatio = 2.0;
inline constexpr double kClearZ = 3.0;
// Language a leads language b doubtfully (a notice) from these.
inline constexpr double kDoubtfulRatio = 2.0;
inline constexpr double kDoubtfulZ = 2.0;
// A text whose words hold fewer than this share of the declared language's function words does
// not read as it: a run stops when the text has kMinSentences, kUnknownWords words and
// kProseWords words a sentence on average (prose, not a list of names); doubtful from
// kDoubtfulUnknownWords words. Texts in the language have 0.15 or more from 100 words on.
inline constexpr double kUnknownShare = 0.04;
inline constexpr std::size_t kUnknownWords = 100;
inline constexpr double kProseWords = 8;
inline constexpr std::size_t kDoubtfulUnknownWords = 30;
// Scripts: a text with fewer than this share of its letters in the declared language's scripts is
// in another script (from kScriptLetters letters and kMinSentences sentences; doubtful from
// kDoubtfulScriptLetters letters or below kDoubtfulScriptShare).
inline constexpr double kOtherScriptShare = 0.2;
inline constexpr double kDoubtfulScriptShare = 0.5;
inline constexpr std::size_t kScriptLetters = 100;
inline constexpr std::size_t kDoubtfulScriptLetters = 20;
// Bytes of a text read (the beginning of a document tells its language).
inline constexpr std::size_t kMaxBytes = 20000;
}  // namespace limits

// The languages a text can be recognised as: those of `data_dir` with a function-word list,
// sorted by code.
std::vector<LanguageData> known_languages(const std::filesystem::path& data_dir);

// Pointers to each of `languages`, valid while `languages` lives unchanged.
std::vector<const LanguageData*> pointers(const std::vector<LanguageData>& languages);

// What a text shows of its language.
struct Evidence {
  std::size_t words = 0;    // words read (runs of letters)
  std::size_t letters = 0;  // letters of a script (ICU's Common and Inherited ones left out)
  // Times each word of the text (lower case) that is a function word of a candidate occurs.
  std::unordered_map<std::string, int> function_words;
  // Letters in each script, by ISO 15924 code ("Latn", "Cyrl", "Hani"), most first.
  std::vector<std::pair<std::string, std::size_t>> scripts;
  // The languages the text was compared with; valid as long as the pointers given to gather().
  std::vector<const LanguageData*> candidates;
  // For each word of function_words: its count, and the candidates that list it (bit k for
  // candidates[k], the first 32), so that shares are counted without looking words up again.
  std::vector<std::pair<int, std::uint32_t>> counts;

  // The share of the words that are function words of `language` (0 without words).
  double share(const LanguageData& language) const;
  // The share of the letters in the scripts of `language` (script_codes); 1 when ICU does not
  // know them or the text has no letters.
  double script_share(const std::string& language) const;
};

// The languages texts are compared with, and the function words of any of them: made once, so
// that gather() looks each word up once however many languages there are.
struct Candidates {
  Candidates(std::vector<const LanguageData*> list);  // implicit: a list is made into one
  std::vector<const LanguageData*> languages;
  // The function words of any of the languages, each with the languages that list it (bit k for
  // languages[k]; the first 32 languages only).
  std::unordered_map<std::string, std::uint32_t> function_words;
  std::size_t longest = 0;  // bytes of the longest of them: a longer word is none
};

// Gathers the evidence of `text` (its first limits::kMaxBytes bytes) about `candidates`.
Evidence gather(std::string_view text, const Candidates& candidates);

// How much more a text reads as language `a` than as language `b`, counted on the words of one
// list that are not in the other.
struct Lead {
  int a_only = 0;  // occurrences of words of a's list that are not in b's
  int b_only = 0;  // and the reverse
  // a_only / b_only (a_only when b_only is 0): how many times more.
  double ratio() const;
  // (a_only - b_only) / sqrt(a_only + b_only): by how many standard deviations of an even split
  // a leads (negative: trails); 0 without such words.
  double z() const;
  // a leads b clearly (limits::kClearRatio and kClearZ) or at least doubtfully.
  bool clear() const;
  bool doubtful() const;
};

// The lead of `a` over `b` in `evidence`.
Lead lead(const Evidence& evidence, const LanguageData& a, const LanguageData& b);

// The known language a text reads as.
struct Identification {
  std::string code;       // the candidate with the largest share; empty when none has any
  double share = 0;       // its share
  std::string runner_up;  // the candidate with the next largest share; empty when none
  Lead margin;            // the lead of `code` over `runner_up`
};

// The candidate of `evidence` that the text reads as best. Ties go to the earlier candidate.
Identification identify(const Evidence& evidence);

// ISO 15924 codes of the scripts language `code` is written in, from ICU ("en": {"Latn"}; "ja":
// {"Kana", "Hira", "Hani"}); empty when ICU does not know.
std::vector<std::string> script_codes(const std::string& code);

// The English name of script `code` ("Cyrl" -> "Cyrillic"); `code` itself if ICU has none.
std::string script_name(const std::string& code);

// Whether a text reads as its declared language.
enum class Verdict : std::uint8_t {
  fits,      // it does, or nothing says otherwise
  doubtful,  // it leans elsewhere, or is too short to tell: worth a notice
  other,     // clearly not in the declared language: a run stops (unless forced)
};

// The verdict on a text and what it reads as instead.
struct Judgement {
  Verdict verdict = Verdict::fits;
  // The known language the text reads as, when doubtful or other; empty when it reads as none.
  std::string code;
  // The text's main script (ISO 15924) when it is not one of the declared language's; else empty.
  std::string script;
  // The declared language has no function words: only scripts can be compared, and the verdict
  // is at most doubtful.
  bool declared_unknown = false;
  // What the text reads as, for messages: a language ("French") or a script ("Greek script");
  // empty when it reads as no language wirealign knows.
  std::string reads_as;
};

// Judges a text of `sentences` sentences, whose evidence is `evidence`, against its declared
// language `declared`. Only a declared language with function words can get Verdict::other.
Judgement judge(const Evidence& evidence, const LanguageData& declared, std::size_t sentences);

}  // namespace wirealign::lang
