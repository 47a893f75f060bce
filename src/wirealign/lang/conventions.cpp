// Language conventions read from ICU and CLDR, and names compared across scripts.
#include "wirealign/lang/conventions.h"

#include <unicode/dcfmtsym.h>
#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/measunit.h>
#include <unicode/numberformatter.h>
#include <unicode/rbnf.h>
#include <unicode/timezone.h>
#include <unicode/translit.h>
#include <unicode/tznames.h>
#include <unicode/uchar.h>
#include <unicode/uloc.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <unordered_set>

#include "wirealign/annotate/annotate.h"
#include "wirealign/core/utf8.h"
#include "wirealign/icu/icu.h"

namespace wirealign::lang {
namespace {

constexpr char32_t kSoftHyphen = 0xAD;

std::string to_utf8(const ::icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

::icu::UnicodeString invariant(const char* s) {
  return ::icu::UnicodeString(s, -1, ::icu::UnicodeString::kInvariant);
}

::icu::UnicodeString to_unicode(std::string_view s) {
  return ::icu::UnicodeString::fromUTF8(
      ::icu::StringPiece(s.data(), icu::checked_length(s.size(), "UnicodeString::fromUTF8")));
}

// False when ICU has no such resource for the locale; throws for any other ICU failure.
bool found(UErrorCode status, const char* what) {
  if (status == U_MISSING_RESOURCE_ERROR) return false;
  icu::check(status, what);
  return true;
}

// True when ICU has locale data of its own for `code`. For any other code ICU falls back to the
// process's default locale, whose data must not pass for the language's.
bool icu_has_locale(const std::string& code) {
  static const std::unordered_set<std::string> available = [] {
    std::unordered_set<std::string> codes;
    for (int32_t i = 0, n = uloc_countAvailable(); i < n; ++i) codes.insert(uloc_getAvailable(i));
    return codes;
  }();
  return available.count(code) > 0;
}

// True when an ICU service opened for `code` really used the data of that language (its actual
// locale), not root's or the default locale's.
bool own_data(const ::icu::Locale& actual, const std::string& code) {
  return code == actual.getLanguage();
}

// Apostrophes, and the marks transliterations write for the soft and hard signs (ʹ ʺ) and between
// letters read apart (BGN's ·).
bool is_apostrophe_or_mark(char32_t c) {
  return c == U'\'' || c == 0x2019 || c == 0x02BC || c == 0x02B9 || c == 0x02BA || c == 0x00B7;
}

std::string without_soft_hyphens(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    const char32_t c = utf8::next(s, i);
    if (c != kSoftHyphen) utf8::append(out, c);
  }
  return out;
}

// The words of `s` at spaces and hyphens, and at soft hyphens too when `soft` is set.
std::vector<std::string> split_words(std::string_view s, bool soft) {
  std::vector<std::string> words(1);
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    const char32_t c = utf8::next(s, i);
    if (c == U' ' || c == U'-' || c == 0xA0 || c == 0x202F || c == 0x2010 ||
        (soft && c == kSoftHyphen)) {
      if (!words.back().empty()) words.emplace_back();
    } else if (c != kSoftHyphen) {
      words.back().append(s.substr(start, i - start));
    }
  }
  if (words.back().empty()) words.pop_back();
  return words;
}

// `s` folded and without spaces, hyphens and soft hyphens, for comparing spelled-out numbers.
std::string squeezed(std::string_view s) {
  std::string out;
  for (const std::string& w : split_words(s, true)) out += annotate::fold(w);
  return out;
}

// Adds the case-folded and the accent-stripped form of `form` as keys for `value`; a key already
// there keeps its value.
template <typename V>
void add_keys(std::unordered_map<std::string, V>& map, std::string_view form, const V& value) {
  if (form.empty()) return;
  map.try_emplace(annotate::case_fold(form), value);
  map.try_emplace(annotate::fold(form), value);
}

// add_keys for `form` and, when it ends with a dot, for `form` without it ("janv." and "janv").
template <typename V>
void add_abbreviation(std::unordered_map<std::string, V>& map, std::string_view form,
                      const V& value) {
  add_keys(map, form, value);
  if (form.size() > 1 && form.back() == '.') add_keys(map, form.substr(0, form.size() - 1), value);
}

bool has_digit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

QuotePair delimiters(ULocaleData* data, ULocaleDataDelimiterType open,
                     ULocaleDataDelimiterType close) {
  QuotePair q;
  UChar buffer[16];
  for (auto [type, out] : {std::pair{open, &q.open}, std::pair{close, &q.close}}) {
    UErrorCode status = U_ZERO_ERROR;
    const int32_t n = ulocdata_getDelimiter(data, type, buffer, 16, &status);
    if (!found(status, "ulocdata_getDelimiter")) return {};
    *out = to_utf8(::icu::UnicodeString(buffer, n));
  }
  return q;
}

// The rule sets of a RuleBasedNumberFormat whose names contain `kind` ("cardinal", "ordinal",
// "numbering"), the year rules left out ("twenty one" is 2001 there).
std::vector<::icu::UnicodeString> rule_sets(const ::icu::RuleBasedNumberFormat& rules,
                                            std::initializer_list<const char*> kinds) {
  std::vector<::icu::UnicodeString> sets;
  for (int32_t i = 0; i < rules.getNumberOfRuleSetNames(); ++i) {
    const ::icu::UnicodeString name = rules.getRuleSetName(i);
    if (name.indexOf(invariant("year")) >= 0) continue;
    for (const char* kind : kinds)
      if (name.indexOf(invariant(kind)) >= 0) {
        sets.push_back(name);
        break;
      }
  }
  return sets;
}

std::string format(const ::icu::RuleBasedNumberFormat& rules, double value,
                   const ::icu::UnicodeString& set) {
  ::icu::UnicodeString out;
  ::icu::FieldPosition position;
  UErrorCode status = U_ZERO_ERROR;
  rules.format(value, set, out, position, status);
  icu::check(status, "RuleBasedNumberFormat::format");
  return to_utf8(out);
}

// Opens ICU's rules of `type` for `code`, or null when ICU has none of that language's own.
std::unique_ptr<::icu::RuleBasedNumberFormat> open_rules(::icu::URBNFRuleSetTag type,
                                                         const std::string& code) {
  UErrorCode status = U_ZERO_ERROR;
  auto rules =
      std::make_unique<::icu::RuleBasedNumberFormat>(type, ::icu::Locale(code.c_str()), status);
  if (!found(status, "RuleBasedNumberFormat")) return nullptr;
  const ::icu::Locale actual = rules->getLocale(ULOC_ACTUAL_LOCALE, status);
  if (!own_data(actual, code)) return nullptr;
  return rules;
}

// A multi-word spelled-out form and its value, kept to give its single words their values.
struct Compound {
  std::vector<std::string> words;  // case-folded
  double value;
  bool ordinal;
};

// Gives the last word of a compound that has no value of its own the value it adds (fr "unième"
// in "cinquante-et-unième": 1) or multiplies by (en "hundred" in "one hundred", fr "vingts" in
// "quatre-vingts"). The other unknown words are the ones that join numbers ("et", "y").
void value_last_words(NumberWords& n, const std::vector<Compound>& compounds) {
  for (const Compound& c : compounds) {
    auto& table = c.ordinal ? n.ordinal_words : n.number_words;
    const std::string& last = c.words.back();
    if (n.number_words.count(last) || n.ordinal_words.count(last)) continue;
    double sum = 0;
    std::vector<double> known;
    for (std::size_t i = 0; i + 1 < c.words.size(); ++i) {
      auto it = n.number_words.find(c.words[i]);
      if (it == n.number_words.end()) {
        it = n.ordinal_words.find(c.words[i]);
        if (it == n.ordinal_words.end()) continue;
      }
      known.push_back(it->second);
      sum += it->second;
    }
    if (known.empty()) continue;
    if (c.value - sum >= 1 && c.value - sum <= 9)
      add_keys(table, last, c.value - sum);
    else if (known.size() == 1 && known[0] > 0 && std::fmod(c.value, known[0]) == 0)
      add_keys(table, last, c.value / known[0]);
  }
}

// The digits of a compact form ("1", "10", "1000") and the words around them ("K", "Md",
// "mille miliardi"), spaces between words kept as one space.
std::pair<double, std::string> split_compact(std::string_view s) {
  double number = 0;
  std::string rest;
  bool space = false;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    const char32_t c = utf8::next(s, i);
    if (c >= U'0' && c <= U'9') {
      number = number * 10 + (c - U'0');
    } else if (u_isUWhiteSpace(static_cast<UChar32>(c)) ||
               ((c == U'.' || c == U',') && rest.empty())) {
      space = !rest.empty();  // a separator of the digits, or the space after them
    } else {
      if (space) rest.push_back(' ');
      space = false;
      rest.append(s.substr(start, i - start));
    }
  }
  return {number, rest};
}

// Adds every form the rule sets write for 0..100 (cardinals) and 1..100 (ordinals) to the
// tables of `n`, and their words to `vocabulary`.
void add_spelled_forms(const ::icu::RuleBasedNumberFormat& rules,
                       const std::vector<::icu::UnicodeString>& cardinal_sets,
                       const std::vector<::icu::UnicodeString>& ordinal_sets, NumberWords& n,
                       std::unordered_set<std::string>& vocabulary) {
  std::vector<Compound> compounds;
  auto add = [&](const std::string& written, double value, bool ordinal) {
    for (const std::string& w : split_words(written, true)) vocabulary.insert(annotate::fold(w));
    if (has_digit(written)) return;
    auto& table = ordinal ? n.ordinal_words : n.number_words;
    const std::string form = without_soft_hyphens(written);
    add_keys(table, form, value);
    std::vector<std::string> words = split_words(form, false);
    if (words.size() < 2) return;
    std::string spaced;
    for (const std::string& w : words) spaced += (spaced.empty() ? "" : " ") + w;
    add_keys(table, spaced, value);
    for (std::string& w : words) w = annotate::case_fold(w);
    compounds.push_back({std::move(words), value, ordinal});
  };
  for (const auto& set : cardinal_sets)
    for (int v = 0; v <= 100; ++v) add(format(rules, v, set), v, false);
  for (const auto& set : ordinal_sets)
    for (int v = 1; v <= 100; ++v) add(format(rules, v, set), v, true);
  value_last_words(n, compounds);
}

// Adds the scale words: the last word of the spell-out of m * 10^e when the words before it are
// m times a power of ten ("dos mil millones": "millones" is 10^6).
void add_scale_words(const ::icu::RuleBasedNumberFormat& rules,
                     const std::vector<::icu::UnicodeString>& cardinal_sets, NumberWords& n,
                     std::unordered_set<std::string>& vocabulary) {
  for (int e : {2, 3, 6, 9, 12, 15, 18})
    for (double m : {1.0, 2.0, 5.0})
      for (const auto& set : cardinal_sets) {
        const double value = m * std::pow(10.0, e);
        const std::string written = format(rules, value, set);
        const std::vector<std::string> words = split_words(written, true);
        for (const std::string& w : words) vocabulary.insert(annotate::fold(w));
        if (words.empty() || has_digit(written)) continue;
        std::string before;
        for (std::size_t i = 0; i + 1 < words.size(); ++i) before += annotate::fold(words[i]);
        const auto known = n.number_words.find(before);
        for (int k = e; k >= 2; --k) {
          const double scale = std::pow(10.0, k), times = value / scale;
          const bool matches = before.empty()
                                   ? times == 1
                                   : (known != n.number_words.end() && known->second == times) ||
                                         squeezed(format(rules, times, set)) == before;
          if (matches) {
            add_keys(n.scale_words, words.back(), scale);
            break;
          }
        }
      }
}

// Adds what follows the digits of the ordinals 1..100 in figures ("st", "er", ".").
void add_ordinal_suffixes(const ::icu::RuleBasedNumberFormat& ordinals, NumberWords& n) {
  for (int32_t i = 0; i < ordinals.getNumberOfRuleSetNames(); ++i) {
    const ::icu::UnicodeString set = ordinals.getRuleSetName(i);
    for (int v = 1; v <= 100; ++v) {
      const std::string written = format(ordinals, v, set);
      const std::size_t digits = written.find_first_not_of("0123456789");
      if (digits != std::string::npos && digits > 0)
        n.ordinal_suffixes.insert(written.substr(digits));
    }
  }
}

// Adds CLDR's short compact forms of 10^3 .. 10^15 ("1 Md") to the compact scales, and the
// one-word long forms ("2 Millionen") to the scale words.
void add_compact_scales(const ::icu::Locale& locale, NumberWords& n) {
  for (const bool long_form : {false, true}) {
    const auto formatter = ::icu::number::NumberFormatter::withLocale(locale).notation(
        long_form ? ::icu::number::Notation::compactLong()
                  : ::icu::number::Notation::compactShort());
    for (int e = 3; e <= 15; ++e)
      for (double m : {1.0, 2.0}) {
        const double value = m * std::pow(10.0, e);
        UErrorCode status = U_ZERO_ERROR;
        const std::string written = to_utf8(formatter.formatDouble(value, status).toString(status));
        if (!found(status, "NumberFormatter::formatDouble")) continue;
        const auto [number, rest] = split_compact(written);
        if (number <= 0 || rest.empty()) continue;
        const double scale = value / number;
        if (scale < 1000 || std::fmod(std::log10(scale), 1.0) != 0) continue;
        if (!long_form) {
          n.compact_scales.try_emplace(rest, scale);
          if (rest.size() > 1 && rest.back() == '.')
            n.compact_scales.try_emplace(rest.substr(0, rest.size() - 1), scale);
        } else if (split_words(rest, false).size() == 1) {
          add_keys(n.scale_words, rest, scale);
        }
      }
  }
}

// True when `word` is a concatenation of words of `vocabulary`.
bool made_of(const std::string& word, const std::unordered_set<std::string>& vocabulary) {
  std::vector<bool> reachable(word.size() + 1, false);  // word[0, i) is made of them
  reachable[0] = true;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (!reachable[i]) continue;
    for (std::size_t j = word.size(); j > i; --j)
      if (!reachable[j] && vocabulary.count(word.substr(i, j - i))) reachable[j] = true;
  }
  return reachable[word.size()];
}

}  // namespace

struct Conventions::Lazy {
  std::once_flag numbers_once;
  NumberWords numbers;
  std::once_flag names_once;
  DisplayNames names;
  std::once_flag units_once;
  std::vector<UnitName> units;
  // The spell-out rules (null when ICU has none for the language), strict and lenient (two
  // objects: switching one object's leniency makes ICU build its collator again, a millisecond
  // a parse), the rule sets a parsed value is checked against, every word those rules write, and
  // the values already read (at most kMaxParsed); guarded by `parse_mutex` once built.
  static constexpr std::size_t kMaxParsed = 20000;
  std::unique_ptr<::icu::RuleBasedNumberFormat> spellout;
  std::unique_ptr<::icu::RuleBasedNumberFormat> lenient;
  std::unordered_map<std::string, std::optional<double>> parsed;
  std::vector<::icu::UnicodeString> parse_sets;
  std::unordered_set<std::string> vocabulary;
  std::mutex parse_mutex;

  void build_numbers(const std::string& code);
  void build_names(const std::string& code);
  void build_units(const std::string& code);
};

Conventions::Conventions(std::string language)
    : code(std::move(language)), lazy_(std::make_unique<Lazy>()) {
  has_data = icu_has_locale(code);
  if (!has_data) return;
  const ::icu::Locale locale(code.c_str());

  UErrorCode status = U_ZERO_ERROR;
  icu::LocaleData data(ulocdata_open(code.c_str(), &status));
  icu::check(status, "ulocdata_open");
  quotes = delimiters(data.get(), ULOCDATA_QUOTATION_START, ULOCDATA_QUOTATION_END);
  alternate_quotes =
      delimiters(data.get(), ULOCDATA_ALT_QUOTATION_START, ULOCDATA_ALT_QUOTATION_END);

  status = U_ZERO_ERROR;
  icu::Set set(ulocdata_getExemplarSet(data.get(), nullptr, 0, ULOCDATA_ES_STANDARD, &status));
  if (found(status, "ulocdata_getExemplarSet")) {
    UChar32 start, end;
    for (int32_t i = 0, n = uset_getItemCount(set.get()); i < n; ++i) {
      status = U_ZERO_ERROR;
      if (uset_getItem(set.get(), i, &start, &end, nullptr, 0, &status) == 0)
        letters_.emplace_back(static_cast<char32_t>(start), static_cast<char32_t>(end));
    }
    std::sort(letters_.begin(), letters_.end());
    status = U_ZERO_ERROR;
    UChar buffer[2048];
    const int32_t n = uset_toPattern(set.get(), buffer, 2048, false, &status);
    if (U_SUCCESS(status)) exemplar = to_utf8(::icu::UnicodeString(buffer, n));
  }

  status = U_ZERO_ERROR;
  const UMeasurementSystem system = ulocdata_getMeasurementSystem(code.c_str(), &status);
  if (U_SUCCESS(status))
    measurement = system == UMS_US   ? Measurement::us
                  : system == UMS_UK ? Measurement::uk
                                     : Measurement::metric;

  status = U_ZERO_ERROR;
  char likely[ULOC_FULLNAME_CAPACITY], script_code[ULOC_SCRIPT_CAPACITY];
  uloc_addLikelySubtags(code.c_str(), likely, ULOC_FULLNAME_CAPACITY, &status);
  const int32_t script_length = uloc_getScript(likely, script_code, ULOC_SCRIPT_CAPACITY, &status);
  if (U_SUCCESS(status)) script.assign(script_code, static_cast<std::size_t>(script_length));

  status = U_ZERO_ERROR;
  const ::icu::DecimalFormatSymbols numbers(locale, status);
  if (found(status, "DecimalFormatSymbols")) {
    using S = ::icu::DecimalFormatSymbols;
    decimal = to_utf8(numbers.getSymbol(S::kDecimalSeparatorSymbol));
    grouping = to_utf8(numbers.getSymbol(S::kGroupingSeparatorSymbol));
    minus = to_utf8(numbers.getSymbol(S::kMinusSignSymbol));
    plus = to_utf8(numbers.getSymbol(S::kPlusSignSymbol));
    percent = to_utf8(numbers.getSymbol(S::kPercentSymbol));
    per_mille = to_utf8(numbers.getSymbol(S::kPerMillSymbol));
  }

  status = U_ZERO_ERROR;
  const ::icu::DateFormatSymbols dates(locale, status);
  if (found(status, "DateFormatSymbols") &&
      own_data(dates.getLocale(ULOC_ACTUAL_LOCALE, status), code)) {
    using D = ::icu::DateFormatSymbols;
    for (const D::DtContextType context : {D::FORMAT, D::STANDALONE})
      for (const D::DtWidthType width : {D::WIDE, D::ABBREVIATED}) {
        int32_t count = 0;
        const ::icu::UnicodeString* names = dates.getMonths(count, context, width);
        if (context == D::FORMAT && width == D::WIDE && count > 0 && names[0].length() > 0)
          months_capitalised = u_isupper(names[0].char32At(0)) != 0;
        for (int32_t i = 0; i < count && i < 12; ++i)
          add_abbreviation(months, to_utf8(names[i]), i + 1);
        // Index 1 is Sunday, 7 Saturday; index 0 is unused.
        names = dates.getWeekdays(count, context, width);
        for (int32_t i = 1; i < count && i <= 7; ++i)
          add_abbreviation(weekdays, to_utf8(names[i]), i == 1 ? 7 : i - 1);
      }
    int32_t count = 0;
    const ::icu::UnicodeString* markers = dates.getAmPmStrings(count);
    for (int32_t i = 0; i < count && i < 2; ++i) {
      auto& out = i == 0 ? am : pm;
      const std::string marker = annotate::case_fold(to_utf8(markers[i]));
      std::string bare;
      for (std::size_t k = 0; k < marker.size();) {
        const char32_t c = utf8::next(marker, k);
        if (c != U'.' && !u_isUWhiteSpace(static_cast<UChar32>(c))) utf8::append(bare, c);
      }
      for (const std::string& m : {marker, bare})
        if (!m.empty() && std::find(out.begin(), out.end(), m) == out.end()) out.push_back(m);
    }
  }
}

Conventions::~Conventions() = default;

bool Conventions::in_alphabet(std::string_view word) const {
  if (letters_.empty()) return false;
  auto in_set = [&](char32_t c) {
    auto it = std::upper_bound(letters_.begin(), letters_.end(), std::pair{c, U'\U0010FFFF'});
    return it != letters_.begin() && std::prev(it)->second >= c;
  };
  for (std::size_t i = 0; i < word.size();) {
    const char32_t c = utf8::next(word, i);
    if (!u_isalpha(static_cast<UChar32>(c))) continue;
    const auto lower = static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
    if (!in_set(c) && !in_set(lower)) return false;
  }
  return true;
}

void Conventions::Lazy::build_numbers(const std::string& code) {
  spellout = open_rules(::icu::URBNF_SPELLOUT, code);
  if (spellout) {
    lenient.reset(spellout->clone());
    lenient->setLenient(true);
    const auto cardinal_sets = rule_sets(*spellout, {"cardinal", "numbering"});
    parse_sets = rule_sets(*spellout, {"cardinal", "numbering", "ordinal"});
    add_spelled_forms(*spellout, cardinal_sets, rule_sets(*spellout, {"ordinal"}), numbers,
                      vocabulary);
    add_scale_words(*spellout, cardinal_sets, numbers, vocabulary);
    // Words of larger numbers, for telling number words from other words when parsing.
    for (double v : {101.0, 201.0, 300.0, 400.0, 500.0, 600.0, 700.0, 800.0, 900.0, 1000.0, 1001.0,
                     3000.0, 4000.0, 6000.0, 7000.0, 8000.0, 9000.0, 1e6, 1e9})
      for (const auto& set : parse_sets)
        for (const std::string& w : split_words(format(*spellout, v, set), true))
          vocabulary.insert(annotate::fold(w));
  }
  if (const auto ordinals = open_rules(::icu::URBNF_ORDINAL, code))
    add_ordinal_suffixes(*ordinals, numbers);
  add_compact_scales(::icu::Locale(code.c_str()), numbers);
}

void Conventions::Lazy::build_names(const std::string& code) {
  const ::icu::Locale in(code.c_str());
  std::vector<std::string> regions;
  for (const char* const* r = uloc_getISOCountries(); *r; ++r) regions.emplace_back(*r);
  regions.emplace_back("EU");
  regions.emplace_back("UN");
  // The continents and the larger regions that texts name like places (Africa, Europa, Latin
  // America, Osteuropa): CLDR's numeric region codes.
  for (const char* region :
       {"002", "005", "009", "013", "019", "029", "142", "150", "151", "155", "419"})
    regions.emplace_back(region);
  // Short and variant names, and names without their parenthesis, where they name one region.
  std::unordered_map<std::string, std::unordered_set<std::string>> other_keys;
  auto other_key = [&](const std::string& name, const std::string& region) {
    const std::string bare = name.substr(0, name.find(" ("));
    for (const std::string& k : {annotate::case_fold(name), annotate::fold(name),
                                 annotate::case_fold(bare), annotate::fold(bare)})
      if (!k.empty()) other_keys[k].insert(region);
  };
  for (const std::string& region : regions) {
    ::icu::UnicodeString display;
    ::icu::Locale("", region.c_str()).getDisplayCountry(in, display);
    const std::string name = to_utf8(display);
    if (name.empty() || name == region) continue;
    names.territory_names.emplace(region, name);
    add_keys(names.territories, name, region);
    other_key(name, region);
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::Resource bundle(ures_open(U_ICUDATA_NAME "-region", code.c_str(), &status));
  const char* actual =
      U_SUCCESS(status) ? ures_getLocaleByType(bundle.get(), ULOC_ACTUAL_LOCALE, &status) : "";
  if (U_SUCCESS(status) && actual && own_data(::icu::Locale(actual), code)) {
    for (const char* table : {"Countries%short", "Countries%variant"}) {
      status = U_ZERO_ERROR;
      icu::Resource names_table(ures_getByKey(bundle.get(), table, nullptr, &status));
      if (U_FAILURE(status)) continue;
      while (ures_hasNext(names_table.get())) {
        const char* region = nullptr;
        int32_t length = 0;
        status = U_ZERO_ERROR;
        const UChar* s = ures_getNextString(names_table.get(), &length, &region, &status);
        if (U_FAILURE(status) || !region || !names.territory_names.count(region)) continue;
        const std::string name = to_utf8(::icu::UnicodeString(s, length));
        // Acronyms ("US", "UK") would take common words ("us") for territories.
        if (annotate::case_fold(name) != name &&
            to_utf8(::icu::UnicodeString(s, length).toUpper()) == name)
          continue;
        other_key(name, region);
      }
    }
  }
  for (const auto& [key, regions_named] : other_keys)
    if (regions_named.size() == 1) names.territories.try_emplace(key, *regions_named.begin());

  for (const char* const* l = uloc_getISOLanguages(); *l; ++l) {
    const std::string language = *l;
    ::icu::UnicodeString display;
    ::icu::Locale(language.c_str()).getDisplayLanguage(in, display);
    const std::string name = to_utf8(display);
    if (name.empty() || name == language) continue;
    names.language_names.emplace(language, name);
    for (const std::string& k : {annotate::case_fold(name), annotate::fold(name)}) {
      auto [it, added] = names.languages.try_emplace(k, language);
      if (!added && it->second.size() > language.size()) it->second = language;  // "fr", not "fra"
    }
  }
}

const NumberWords& Conventions::numbers() const {
  std::call_once(lazy_->numbers_once, [this] {
    if (has_data) lazy_->build_numbers(code);
  });
  return lazy_->numbers;
}

const std::vector<UnitName>& Conventions::units() const {
  std::call_once(lazy_->units_once, [this] {
    if (has_data) lazy_->build_units(code);
  });
  return lazy_->units;
}

// The units converted most often in news, with their size in the SI unit of their dimension
// (NIST Special Publication 811, appendix B.8).
void Conventions::Lazy::build_units(const std::string& code) {
  struct Known {
    ::icu::MeasureUnit unit;
    const char* dimension;
    double factor, offset;
  };
  const Known known[] = {
      {::icu::MeasureUnit::getMeter(), "length", 1, 0},
      {::icu::MeasureUnit::getKilometer(), "length", 1000, 0},
      {::icu::MeasureUnit::getCentimeter(), "length", 0.01, 0},
      {::icu::MeasureUnit::getMillimeter(), "length", 0.001, 0},
      {::icu::MeasureUnit::getMile(), "length", 1609.344, 0},
      {::icu::MeasureUnit::getYard(), "length", 0.9144, 0},
      {::icu::MeasureUnit::getFoot(), "length", 0.3048, 0},
      {::icu::MeasureUnit::getInch(), "length", 0.0254, 0},
      {::icu::MeasureUnit::getSquareKilometer(), "area", 1e6, 0},
      {::icu::MeasureUnit::getSquareMeter(), "area", 1, 0},
      {::icu::MeasureUnit::getSquareMile(), "area", 2589988.110336, 0},
      {::icu::MeasureUnit::getHectare(), "area", 1e4, 0},
      {::icu::MeasureUnit::getAcre(), "area", 4046.8564224, 0},
      {::icu::MeasureUnit::getKilogram(), "mass", 1, 0},
      {::icu::MeasureUnit::getGram(), "mass", 0.001, 0},
      {::icu::MeasureUnit::getMetricTon(), "mass", 1000, 0},
      {::icu::MeasureUnit::getPound(), "mass", 0.45359237, 0},
      {::icu::MeasureUnit::getOunce(), "mass", 0.028349523125, 0},
      {::icu::MeasureUnit::getLiter(), "volume", 1, 0},
      {::icu::MeasureUnit::getGallon(), "volume", 3.785411784, 0},
      {::icu::MeasureUnit::getKilometerPerHour(), "speed", 1 / 3.6, 0},
      {::icu::MeasureUnit::getMilePerHour(), "speed", 0.44704, 0},
      {::icu::MeasureUnit::getCelsius(), "temperature", 1, 0},
      {::icu::MeasureUnit::getFahrenheit(), "temperature", 5.0 / 9, -160.0 / 9},
      {::icu::MeasureUnit::getPercent(), "percent", 1, 0},
      // A number before it is an ordinal, whose years the other side may write ("the 19th
      // century", "in the 1850s"): a mark, not a measure.
      {::icu::MeasureUnit::getCentury(), "century", 100, 0},
  };
  const ::icu::Locale locale(code.c_str());
  std::unordered_set<std::string> seen;
  for (const Known& k : known)
    for (const UNumberUnitWidth width : {UNUM_UNIT_WIDTH_FULL_NAME, UNUM_UNIT_WIDTH_SHORT})
      for (const double value : {1.0, 2.0, 5.0, 1.5}) {  // every plural form
        UErrorCode status = U_ZERO_ERROR;
        const std::string written = to_utf8(::icu::number::NumberFormatter::withLocale(locale)
                                                .unit(k.unit)
                                                .unitWidth(width)
                                                .formatDouble(value, status)
                                                .toString(status));
        if (U_FAILURE(status)) continue;
        // The unit after the number and its spaces: "2 kilomètres" -> "kilomètres".
        std::size_t i = 0;
        while (i < written.size()) {
          std::size_t next = i;
          const char32_t c = utf8::next(written, next);
          if (!(c == U' ' || c == U'\u00A0' || c == U'\u202F' || c == U'.' || c == U',' ||
                (c >= U'0' && c <= U'9')))
            break;
          i = next;
        }
        if (i == 0 || i >= written.size()) continue;  // the unit first, or no unit
        const std::string form = annotate::case_fold(written.substr(i));
        if (seen.insert(form).second) units.push_back({form, k.dimension, k.factor, k.offset});
      }
}

const DisplayNames& Conventions::names() const {
  std::call_once(lazy_->names_once, [this] {
    if (has_data) lazy_->build_names(code);
  });
  return lazy_->names;
}

const Conventions& conventions(const std::string& code) {
  static std::mutex mutex;
  static std::unordered_map<std::string, std::unique_ptr<Conventions>> built;
  std::lock_guard<std::mutex> lock(mutex);
  auto& c = built[code];
  if (!c) c = std::make_unique<Conventions>(code);
  return *c;
}

const std::unordered_map<std::string, std::string>& city_names() {
  static const std::unordered_map<std::string, std::string> cities = [] {
    std::unordered_map<std::string, std::string> out;
    std::unordered_set<std::string> shared;  // keys of two zones or more
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<::icu::StringEnumeration> zones(::icu::TimeZone::createTimeZoneIDEnumeration(
        UCAL_ZONE_TYPE_CANONICAL_LOCATION, nullptr, nullptr, status));
    if (!found(status, "createTimeZoneIDEnumeration")) return out;
    std::vector<::icu::UnicodeString> ids;
    while (const ::icu::UnicodeString* id = zones->snext(status)) {
      if (U_FAILURE(status)) break;
      if (!id->startsWith(u"Antarctica/")) ids.push_back(*id);
    }
    for (const char* language : {"en", "fr", "de", "es", "it", "pt", "nl", "pl", "ru"}) {
      status = U_ZERO_ERROR;
      std::unique_ptr<::icu::TimeZoneNames> names(
          ::icu::TimeZoneNames::createInstance(::icu::Locale(language), status));
      if (!found(status, "TimeZoneNames")) continue;
      for (const ::icu::UnicodeString& id : ids) {
        ::icu::UnicodeString city;
        names->getExemplarLocationName(id, city);
        const std::string name = to_utf8(city);
        if (name.size() < 3) continue;
        const std::string zone = to_utf8(id);
        for (const std::string& key : {annotate::case_fold(name), annotate::fold(name)}) {
          const auto [it, added] = out.try_emplace(key, zone);
          if (!added && it->second != zone) shared.insert(key);
        }
      }
    }
    for (const std::string& key : shared) out.erase(key);
    return out;
  }();
  return cities;
}

std::optional<double> parse_spelled_number(const std::string& code, std::string_view words) {
  const Conventions& c = conventions(code);
  c.numbers();
  Conventions::Lazy& lazy = *c.lazy_;
  if (!lazy.spellout) return std::nullopt;
  // Every word must be made of words the rules write ("einundzwanzig": "ein", "und", "zwanzig"):
  // ICU takes tens of milliseconds to fail on other text.
  const std::vector<std::string> pieces = split_words(words, true);
  if (pieces.empty() || has_digit(words)) return std::nullopt;
  for (const std::string& piece : pieces)
    if (!made_of(annotate::fold(piece), lazy.vocabulary)) return std::nullopt;
  std::string text = without_soft_hyphens(words);
  text.erase(0, text.find_first_not_of(" \t\n"));
  text.erase(text.find_last_not_of(" \t\n") + 1);

  std::lock_guard<std::mutex> lock(lazy.parse_mutex);
  if (const auto known = lazy.parsed.find(text); known != lazy.parsed.end()) return known->second;
  const ::icu::UnicodeString input = to_unicode(text);
  const std::string target = squeezed(text);
  std::optional<double> out;
  for (::icu::RuleBasedNumberFormat* rules : {lazy.spellout.get(), lazy.lenient.get()}) {
    ::icu::Formattable result;
    ::icu::ParsePosition position(0);
    rules->parse(input, result, position);
    if (position.getIndex() != input.length()) continue;
    UErrorCode status = U_ZERO_ERROR;
    const double value = result.getDouble(status);
    if (U_FAILURE(status)) continue;
    const auto written = [&](const auto& set) {
      return squeezed(format(*lazy.spellout, value, set)) == target;
    };
    if (std::any_of(lazy.parse_sets.begin(), lazy.parse_sets.end(), written)) {
      out = value;
      break;
    }
  }
  if (lazy.parsed.size() >= Conventions::Lazy::kMaxParsed) lazy.parsed.clear();
  lazy.parsed.emplace(std::move(text), out);
  return out;
}

namespace {

// This thread's copy of a transliterator made once a process and cloned for each thread that uses
// it (ICU's transliterators are not to be shared between threads): `which` 0 turns any script
// into Latin ASCII letters, 1 turns Latin letters into ASCII ones.
::icu::Transliterator& transliterator(int which) {
  static const char* const ids[] = {"Russian-Latin/BGN; Any-Latin; Latin-ASCII", "Latin-ASCII"};
  static std::once_flag once[2];
  static std::unique_ptr<::icu::Transliterator> prototypes[2];
  thread_local std::unique_ptr<::icu::Transliterator> mine[2];
  if (!mine[which]) {
    std::call_once(once[which], [which] {
      UErrorCode status = U_ZERO_ERROR;
      prototypes[which].reset(
          ::icu::Transliterator::createInstance(invariant(ids[which]), UTRANS_FORWARD, status));
      icu::check(status, "Transliterator::createInstance");
    });
    mine[which].reset(prototypes[which]->clone());
  }
  return *mine[which];
}

bool is_latin_or_common(char32_t c) {
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &status);
  return script == USCRIPT_LATIN || script == USCRIPT_COMMON || script == USCRIPT_INHERITED;
}

// True when `s` has a letter of a script other than Latin.
bool other_script(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const char32_t c = utf8::next(s, i);
    if (c >= 0x80 && u_isalpha(static_cast<UChar32>(c)) && !is_latin_or_common(c)) return true;
  }
  return false;
}

// `key` (lower-case ASCII) with the spellings that transliteration conventions disagree on made
// one: tch, tsch, ch, sh, zh, shch -> S; w -> v; y, j -> i; z, ts, tz -> s; ou -> u; kh -> h...;
// letters only, doubled letters once.
std::string spelling(std::string_view key) {
  static const std::pair<std::string_view, std::string_view> rules[] = {
      {"shch", "S"}, {"tsch", "S"}, {"dzh", "i"}, {"sch", "S"}, {"tch", "S"}, {"sh", "S"},
      {"ch", "S"},   {"zh", "S"},   {"kh", "h"},  {"ck", "k"},  {"ph", "f"},  {"th", "t"},
      {"ou", "u"},   {"ts", "s"},   {"tz", "s"},  {"x", "ks"},  {"w", "v"},   {"z", "s"},
      {"c", "k"},    {"q", "k"},    {"y", "i"},   {"j", "i"},
  };
  std::string letters;
  for (char c : key)
    if (c >= 'a' && c <= 'z') letters.push_back(c);
  std::string out;
  for (std::size_t i = 0; i < letters.size();) {
    const std::string_view rest = std::string_view(letters).substr(i);
    bool replaced = false;
    for (const auto& [from, to] : rules)
      if (rest.substr(0, from.size()) == from) {
        out += to;
        i += from.size();
        replaced = true;
        break;
      }
    if (!replaced) out.push_back(letters[i++]);
  }
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::string consonants(std::string_view s) {
  std::string out;
  for (char c : s)
    if (std::string_view("aeiou").find(c) == std::string_view::npos) out.push_back(c);
  return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

}  // namespace

void prepare_latin_key() {
  transliterator(1);
  transliterator(0);
}

std::string latin_key(std::string_view word) {
  std::string latin;
  if (std::all_of(word.begin(), word.end(), [](char c) { return (c & 0x80) == 0; })) {
    latin.assign(word);
  } else if (!other_script(word)) {
    latin = annotate::fold(word);
    if (!std::all_of(latin.begin(), latin.end(), [](char c) { return (c & 0x80) == 0; })) {
      ::icu::UnicodeString u = to_unicode(latin);
      transliterator(1).transliterate(u);
      latin = to_utf8(u);
    }
  } else {
    ::icu::UnicodeString u = to_unicode(word);
    transliterator(0).transliterate(u);
    latin = annotate::fold(to_utf8(u));
  }
  std::string out;
  for (std::size_t i = 0; i < latin.size();) {
    const char32_t c = utf8::next(latin, i);
    if (is_apostrophe_or_mark(c)) continue;
    utf8::append(out, c >= U'A' && c <= U'Z' ? c + 32 : c);
  }
  return out;
}

namespace {

bool vowel(char c) { return std::string_view("aeiouy").find(c) != std::string_view::npos; }

// Spellings of English that stand for two sounds, tried both ways (sound_skeleton's `variant`).
constexpr unsigned kHardCh = 1;  // ch as k (Michael, Майкл) rather than as a sibilant
constexpr unsigned kWAsV = 2;  // a w after a consonant as v (Twitter, Твиттер), not a vowel
constexpr unsigned kVariants = 4;

// The sound skeleton of a name's Latin key for comparison across scripts: its consonants, once
// the spellings of one sound in English and in transliteration are made one. `transliterated`:
// the key comes from another script (BGN/PCGN for Cyrillic), where an initial u before a vowel
// writes a w (Уэст, West). In Latin names: gh is silent (Brighton, Kavanaugh), g and c before e,
// i, y are soft (Gerrard, Джеррард; Syracuse), ch before a consonant is k (Christine). On both
// sides an h (kh) after the first letter is silent or part of a digraph (John, Sarah, Whitehall;
// Уайтхолл), and so is a w (Cownie, Коуни; Matthew, Мэтью); an initial h is a g (Hague, Гаага).
// v and f are one (Vettel, Феттель), so are an initial w and v (Washington, Вашингтон); the
// sibilants (sh, ch, ts, z, s) are one, and so are j, dzh and zh. Vowels are left out, a sound
// repeated is written once; an initial vowel is kept as '_' so that one-consonant names (Ayr, Эр)
// are told from names that start with a consonant.
std::string sound_skeleton(std::string_view key, bool transliterated, unsigned variant = 0) {
  static const std::pair<std::string_view, char> digraphs[] = {
      {"shch", 's'}, {"tsch", 's'}, {"tch", 's'}, {"dzh", 'j'}, {"zh", 'j'}, {"sh", 's'},
      {"tz", 's'},   {"ph", 'f'},   {"th", 't'},  {"wh", 'f'},  {"ck", 'k'},
  };
  std::string letters;
  for (char c : key)
    if (c >= 'a' && c <= 'z' && (letters.empty() || letters.back() != c)) letters.push_back(c);
  std::string out;
  const auto push = [&](char c) {
    if (out.empty() || out.back() != c) out.push_back(c);
  };
  for (std::size_t i = 0; i < letters.size();) {
    const std::string_view rest = std::string_view(letters).substr(i);
    const char next = rest.size() > 1 ? rest[1] : '\0';
    const char after = rest.size() > 2 ? rest[2] : '\0';
    const bool first = i == 0;
    const auto starts = [&](std::string_view p) { return rest.substr(0, p.size()) == p; };
    if (first && vowel(rest[0])) {
      push(transliterated && rest[0] == 'u' && vowel(next) ? 'f' : '_');
      ++i;
      continue;
    }
    const auto digraph = std::find_if(std::begin(digraphs), std::end(digraphs),
                                      [&](const auto& d) { return starts(d.first); });
    if (digraph != std::end(digraphs)) {
      push(digraph->second);
      i += digraph->first.size();
    } else if (starts("kh") || starts("gh")) {
      if (first) push('g');
      i += 2;
    } else if (starts("ch")) {
      const bool hard =
          !transliterated && ((after != '\0' && !vowel(after)) || (variant & kHardCh));
      push(hard ? 'k' : 's');
      i += 2;
    } else if (starts("ts") && (transliterated || rest.size() == 2)) {
      push('s');  // one sound (ц) in transliteration; in English at the end only (not Watson)
      i += 2;
    } else {
      const char c = rest[0];
      const bool soft = !transliterated && (next == 'e' || next == 'i' || next == 'y');
      ++i;
      if (vowel(c)) continue;
      switch (c) {
        case 'h':
          if (first) push('g');
          break;
        case 'w':
          if (first || ((variant & kWAsV) && out.back() != '_' && !vowel(letters[i - 2])))
            push('f');
          break;
        case 'v':
        case 'f':
          push('f');
          break;
        case 'z':
          push('s');
          break;
        case 'q':
          push('k');
          break;
        case 'x':
          push('k');
          push('s');
          break;
        case 'g':
          push(soft ? 'j' : 'g');
          break;
        case 'c':
          push(soft ? 's' : 'k');
          break;
        default:
          push(c);
      }
    }
  }
  return out;
}

// `key` (a transliterated Latin key) without a case ending of a Slavic name that adds a consonant
// (Кимом, Феттелем, Джеррардом: -om, -em, -ym, -im, -am, -yam, -ami, -yami, -akh, -yakh), or
// empty if it has none.
std::string without_case_ending(std::string_view key) {
  for (const std::string_view ending :
       {"yami", "ami", "yakh", "akh", "yam", "om", "em", "ym", "im", "am"})
    if (key.size() >= ending.size() + 3 && key.ends_with(ending))
      return std::string(key.substr(0, key.size() - ending.size()));
  return {};
}

// Whether two sound skeletons are those of one name: the same; or, from three consonants on, the
// same first sound and one consonant in three differing (with three, one more or fewer only:
// Lehaucourt, Лёукур; not West, Уотсон).
bool skeletons_match(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return false;
  if (a == b) return a.size() >= 2 || a != "_";
  const std::size_t fewest = std::min(a.size(), b.size());
  if (fewest < 3 || a[0] != b[0]) return false;
  const std::size_t distance = edit_distance(a, b);
  return fewest == 3 ? distance == 1 && a.size() != b.size() : distance <= (fewest + 1) / 3;
}

// Whether names `a` (Latin) and `b` (another script) sound alike by their skeletons.
bool sound_match(std::string_view a, std::string_view b) {
  const std::string la = latin_key(a), lb = latin_key(b);
  const std::string sb = sound_skeleton(lb, true), stem = without_case_ending(lb);
  const std::string sb_stem = stem.empty() ? std::string() : sound_skeleton(stem, true);
  // An initial h may be silent (Hernan, Эрнан).
  for (const std::string_view latin :
       {std::string_view(la), std::string_view(la).substr(la.starts_with('h') ? 1 : la.size())}) {
    if (latin.empty()) continue;
    for (unsigned variant = 0; variant < kVariants; ++variant) {
      if (((variant & kHardCh) && latin.find("ch") == std::string_view::npos) ||
          ((variant & kWAsV) && latin.find('w') == std::string_view::npos))
        continue;
      const std::string sa = sound_skeleton(latin, false, variant);
      if (skeletons_match(sa, sb) || skeletons_match(sa, sb_stem)) return true;
    }
  }
  return false;
}

}  // namespace

bool names_match(std::string_view a, std::string_view b) {
  // Across scripts the sounds decide (sound_match).
  if (const bool oa = other_script(a), ob = other_script(b); oa != ob)
    return sound_match(oa ? b : a, oa ? a : b);
  const std::string ka = spelling(latin_key(a)), kb = spelling(latin_key(b));
  if (ka.empty() || kb.empty()) return false;
  if (ka == kb) return true;
  // One letter apart, in long names only.
  return std::min(ka.size(), kb.size()) >= 8 && edit_distance(ka, kb) <= 1 && ka[0] == kb[0];
}

std::string name_key(std::string_view word) {
  std::string key = consonants(spelling(latin_key(word)));
  std::erase(key, 'h');  // English h: dropped (Johnson, Джонсон), kh or g in other scripts
  return key;
}

}  // namespace wirealign::lang
