// The conventions of a language as ICU and CLDR know them: quotation marks, number symbols, month
// and weekday names, numbers written in words, names of territories and languages; and names
// compared across scripts through ICU transliteration. Data files keep only what CLDR lacks.
//
//   const wirealign::lang::Conventions& fr = wirealign::lang::conventions("fr");
//   fr.quotes.open;                                  // "«"
//   fr.decimal;                                      // ","
//   fr.months.at("septembre");                       // 9
//   fr.numbers().number_words.at("vingt-et-un");     // 21 (built on the first call)
//   fr.names().territories.at("allemagne");          // "DE"
//   wirealign::lang::parse_spelled_number("fr", "quatre-vingt-onze");   // 91
//   wirealign::lang::latin_key("Вашингтон");         // "vashington"
//   wirealign::lang::names_match("Трамп", "Trump");  // true
//
// Keys of the word tables are what annotate gives a token: the case-folded form (Token::lower,
// "février") and the case-folded form without accents (Token::folded, "fevrier"); both are keys.
// A language ICU has no data for (not one of ICU's available locales, "und") has empty tables
// and strings, never the data of another language.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace wirealign::lang {

// An opening and a closing quotation mark, UTF-8; both empty when unknown.
struct QuotePair {
  std::string open;
  std::string close;
};

// The measurement system a language's main region uses (ulocdata_getMeasurementSystem).
enum class Measurement : std::uint8_t {
  unknown,
  metric,  // SI
  us,      // miles, pounds, Fahrenheit
  uk,      // metric, with miles and pints
};

// Numbers written in words, from ICU's RuleBasedNumberFormat spell-out rules, ICU's ordinal
// abbreviations and CLDR's compact decimal formats. Keys are case-folded with and without accents,
// soft hyphens removed; a form ICU writes with hyphens is also a key with spaces ("vingt-et-un",
// "vingt et un"). The single words of a multi-word form that are numbers by themselves are keys
// of their own ("vingt", "un"); the words that join them ("et", "y", "and") are not.
struct NumberWords {
  // Every cardinal form ICU writes for 0..100 in each of the language's cardinal rule sets
  // (masculine, feminine, neuter, cases...): "twenty-one", "une", "eine", "una", "одна" -> value.
  std::unordered_map<std::string, double> number_words;
  // Every ordinal form for 1..100 in each ordinal rule set: "first", "premier", "première",
  // "erste", "primo", "первый" -> value (ICU 72 has none for Polish). The last word of a compound
  // ordinal is a key with the value it adds ("vingt et unième": "unième" -> 1).
  std::unordered_map<std::string, double> ordinal_words;
  // Words that multiply the number before them, from the spell-out of 10^2 .. 10^18 times 1, 2
  // and 5, and CLDR's long compact forms: "hundred", "million"; "cent", "cents", "milliard",
  // "milliards"; "hundert", "tausend", "millionen"; "тысяч" -> 100, 1e6, 1e9...
  std::unordered_map<std::string, double> scale_words;
  // Abbreviated scales after a number, from CLDR's short compact formats, case kept as CLDR
  // writes them, with and without a final dot: "K", "M", "B" (en); "k", "M", "Md", "Bn" (fr);
  // "Mio.", "Mio", "Mrd." (de); "тыс." (ru) -> 1e3, 1e6, 1e9...
  std::unordered_map<std::string, double> compact_scales;
  // What follows the digits of an ordinal written in figures (ICU's digits-ordinal rules), as ICU
  // writes it: "st", "nd", "rd", "th" (en); "er", "re", "e", "es" (fr); "." (de); "º", "ª" (it).
  std::unordered_set<std::string> ordinal_suffixes;
};

// A unit of measure as a language writes it after a number (CLDR's unit names, long and short):
// "kilomètres", "km", "Meilen", "миль" with the size of the unit in the SI unit of its dimension
// (metre, square metre, kilogram, litre, metre per second, degree Celsius).
struct UnitName {
  std::string form;       // lower case
  std::string dimension;  // "length", "area", "mass", "volume", "speed", "temperature";
                          // "percent" (%, percent, Prozent) and "century" (century,
                          // Jahrhundert, siècle, век) are marks, not measures
  double factor = 1;      // size in the SI unit of the dimension
  double offset = 0;      // added after the factor (temperatures)
};

// Names of territories and languages in a language (CLDR display names).
struct DisplayNames {
  // Territory names -> region code, for every ISO 3166 region and EU, UN: "allemagne" -> "DE",
  // "royaume-uni" -> "GB", "reino unido" -> "GB". CLDR's short and variant names and names
  // without their parenthesis ("Myanmar (Birmanie)" -> "myanmar") are keys too.
  std::unordered_map<std::string, std::string> territories;
  // Language names -> ISO 639 code: "allemand" -> "de", "anglais" -> "en".
  std::unordered_map<std::string, std::string> languages;
  // Region code -> territory name as CLDR writes it ("DE" -> "Allemagne").
  std::unordered_map<std::string, std::string> territory_names;
  // Language code -> language name as CLDR writes it ("de" -> "allemand").
  std::unordered_map<std::string, std::string> language_names;
};

// The conventions of one language. The fields are built when the language is first asked for
// (about a millisecond); numbers() and names() build their tables on their first call, since ICU's
// spell-out rules are slow to load. All members are safe to use from several threads at once.
class Conventions {
 public:
  // Builds the conventions of `language` from ICU; use conventions(code), which keeps them.
  explicit Conventions(std::string language);
  ~Conventions();
  Conventions(const Conventions&) = delete;
  Conventions& operator=(const Conventions&) = delete;

  std::string code;       // the language code asked for ("fr")
  bool has_data = false;  // ICU has locale data for the language; else everything is empty

  QuotePair quotes;            // primary quotation marks: “ ” (en), « » (fr), „ “ (de)
  QuotePair alternate_quotes;  // quotation marks inside a quotation: ‘ ’ (en), ‚ ‘ (de), „ “ (ru)

  std::string decimal;    // decimal separator: "." (en), "," (fr)
  std::string grouping;   // thousands separator: "," (en), U+202F (fr), "." (de), U+00A0 (ru)
  std::string minus;      // minus sign: "-" (en), U+2212 (sv)
  std::string plus;       // plus sign: "+"
  std::string percent;    // percent sign: "%"
  std::string per_mille;  // per-mille sign: "‰"

  // Month names -> 1..12: wide and abbreviated, format and stand-alone (so the genitive forms of
  // the languages that have them: "września" and "wrzesień", "сентября" and "сентябрь"), and the
  // abbreviations without their final dot ("janv." and "janv").
  std::unordered_map<std::string, int> months;
  // The language writes its month and weekday names with a capital (English, German): there a
  // word in lower case ("may") is not a month.
  bool months_capitalised = false;
  // Weekday names, wide and abbreviated, format and stand-alone -> 1 (Monday) .. 7 (Sunday).
  std::unordered_map<std::string, int> weekdays;
  // Markers of morning and afternoon clock times, case-folded, and without dots or spaces:
  // {"am"} and {"pm"} (en); {"a. m.", "am"} and {"p. m.", "pm"} (es).
  std::vector<std::string> am;
  std::vector<std::string> pm;

  Measurement measurement = Measurement::unknown;  // of the language's most likely region
  std::string script;  // ISO 15924 code of the language's most likely script: "Latn", "Cyrl"
  // The standard exemplar set (the letters a text in the language is written with), as a
  // UnicodeSet pattern: "[a-zàâæ-ëîïôùûüÿœ]" (fr). Empty when unknown.
  std::string exemplar;

  // True when every letter of `word` (in any case) is in the standard exemplar set: "façade" is
  // written with French letters, "Dvořák" is not. True for a word without letters; false for any
  // word when the set is unknown.
  bool in_alphabet(std::string_view word) const;

  // Numbers written in words; built on the first call (a few to 150 ms, depending on the
  // language), then shared. Valid for the life of the process.
  const NumberWords& numbers() const;
  // Names of territories and languages; built on the first call, then shared. Valid for the life
  // of the process.
  const DisplayNames& names() const;
  // Units of measure written after a number; built on the first call, then shared.
  const std::vector<UnitName>& units() const;

 private:
  friend std::optional<double> parse_spelled_number(const std::string& code,
                                                    std::string_view words);
  struct Lazy;  // numbers(), names(), units() and the spell-out rules, built on first use
  std::vector<std::pair<char32_t, char32_t>> letters_;  // exemplar ranges, sorted
  std::unique_ptr<Lazy> lazy_;
};

// The conventions of language `code` (a canonical code, as canonical_code gives), built from ICU
// on first use and kept for the life of the process; thread-safe. Never throws for a language ICU
// lacks data for: its fields are then empty.
const Conventions& conventions(const std::string& code);

// Names of cities -> the canonical ICU time zone named after them: the exemplar cities of CLDR's
// time zone names, as English, French, German, Spanish, Italian, Portuguese, Dutch, Polish and
// Russian write them, case-folded and without accents ("wien", "vienna", "vienne", "wenen",
// "вена" -> "Europe/Vienna"). Texts keep a city's name in another language ("Rapid Wien") as
// often as they translate it. Antarctic stations and names that two zones share are left out.
// Built on the first call (a few milliseconds), then shared; thread-safe.
const std::unordered_map<std::string, std::string>& city_names();

// The value of a number spelled out in language `code` ("vingt et un", "twenty-one",
// "einundzwanzig", "dwadzieścia jeden", "premier"), read with ICU's spell-out rules (strict, then
// lenient parsing), or nullopt. Only a number ICU itself would write that way is read, up to case,
// accents, spaces, hyphens and soft hyphens: "twenty one" is 21, never the year 2001; "deux cent"
// (for "deux cents") is nullopt. Words that are not number words are refused without asking ICU.
// Thread-safe.
std::optional<double> parse_spelled_number(const std::string& code, std::string_view words);

// `word` in Latin letters, case-folded and without accents, for comparing names and cognates
// across scripts: Cyrillic through Russian-Latin/BGN, then any script through Any-Latin, then
// Latin-ASCII: "Трамп" -> "tramp", "Вашингтон" -> "vashington", "Αθήνα" -> "athena". Latin input
// is folded as annotate::fold folds it, and its letters without an ASCII base spelled in ASCII
// ("Łódź" -> "lodz", "Ørsted" -> "orsted"). Apostrophes and transliteration marks (ʹ, ·) are
// dropped. Thread-safe; the transliterators are built on first use (see prepare_latin_key).
std::string latin_key(std::string_view word);

// Builds the transliterators latin_key() uses now, on the calling thread, rather than on their
// first use: loading ICU's transliterator registry takes about 20 ms, which a program can spend on
// another core while it reads its input. Thread-safe.
void prepare_latin_key();

// True when `a` and `b` are the same name up to script and spelling conventions: Dushanbe and
// Douchanbé, Sidorov and Sidorow, Tchaïkovski, Tchaikovsky and Tschaikowski, Zelensky and
// Selenskyj, Трамп and Trump, Вашингтон and Washington. Two Latin spellings must agree once the
// spelling conventions of transliteration are normalised (tch, tsch, ch, sh; w and v; y, j and i;
// z and s; ou and u; doubled letters), so Trump and Tramp, Paris and Peru, Smith and Schmidt are
// different names. Across scripts the consonants decide, once the ways English spells a sound
// and transliteration spells it are made one (silent gh and h, soft g and c, w written у or в, v
// and f, the sibilants; Уэст and West, Джеррард and Gerrard, Кавано and Kavanaugh, Фольксваген
// and Volkswagen), and after a case ending that adds a consonant (Кимом, Kim), since scripts do
// not spell vowels alike; from three consonants on one may differ or be missing (one in three
// from four on). So Трамп matches Tramp as well as Trump, and Иран does not match Iraq.
bool names_match(std::string_view a, std::string_view b);

// A key for a name written in two scripts: the consonants of its Latin spelling (latin_key) once
// the spelling conventions of transliteration are made one as names_match() makes them, so that
// names that match across scripts mostly share it: "Трамп" and "Trump" give "trmp", "Вашингтон"
// and "Washington" "vSngtn", "Джонсон" and "Johnson" "nsn" (h, which other scripts drop or write
// kh or g, is left out). Empty for a word without consonants. Thread-safe.
std::string name_key(std::string_view word);

}  // namespace wirealign::lang
