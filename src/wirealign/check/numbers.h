// Numbers, clock times, months and weekdays of a sentence, read with its language's conventions
// (CLDR's separators, month and weekday names, numbers in words, scale words, through
// lang::Conventions) and the few words CLDR lacks (corpora/lang/<code>/numbers.tsv, units.tsv,
// weekdays.tsv).
// Shared by number-mismatch (a figure that changed) and omission (a figure that vanished).
// Internal to the check stage.
//
//   const check::NumberReader fr(setup.tgt_language, setup.data_dir);
//   for (const check::Quantity& q : fr.read(doc, tokens, k)) ...
//   if (check::exact_match(a, b)) ...     // "1,500" (en) and "1 500" (fr); "9:30 pm" and "21 h 30"
//
// What is read, and how it compares:
// - figures, with either separator: a separator followed by three digits may group thousands,
//   any other is a decimal point, so "1.500" in French reads 1500 (or 1.5), "16.5" reads 16.5
//   whatever the language; "$5m", "5bn", "5 Mrd.", "five million" with their scale; ordinals
//   ("1st", "1er", "19."), decades ("1990s" is also 90), "2018-19" (also 2019);
// - clock times, as minutes after midnight: "09:30", "9.30 Uhr", "9h30", "9 h 30", "0930 GMT",
//   "11.35pm"; a time without am/pm below 13 h is also read 12 hours later;
// - numbers in words ("twenty-one", "vingt et un"): matched, never reported on their own;
// - months next to a day or a year, and weekdays (full names, also of two words, "sexta-feira",
//   and the forms of corpora/lang/<code>/weekdays.tsv: "пятницу", "Samstagabend");
// - units of measure after a figure ("40 miles"), converted to the SI unit, compared within 5 %
//   or the precision of the rounder figure ("64 km").
#pragma once

#include <bitset>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "wirealign/annotate/annotate.h"
#include "wirealign/check/check.h"
#include "wirealign/core/hash.h"
#include "wirealign/core/types.h"
#include "wirealign/lang/language.h"

namespace wirealign::check {

// What a reading of a quantity is.
enum class QuantityKind : std::uint8_t {
  number,   // a figure or a number in words
  time,     // a clock time, in minutes after midnight
  month,    // 1..12
  weekday,  // 1 (Monday) .. 7 (Sunday)
};

// One value a quantity may stand for.
struct Reading {
  QuantityKind kind = QuantityKind::number;
  double value = 0;
  std::string dimension;  // the SI dimension of a converted unit ("length"); empty otherwise
};

// A number, time, month or weekday of a sentence.
struct Quantity {
  std::vector<Reading> readings;  // every value it may stand for; the first is the main one
  bool soft = false;              // a number written in words
  // A month with no day or year beside it: also an ordinary word in some languages (may, mars),
  // so compared only with a month of the other side. A scale word with no number before it
  // ("millions of people"): compared only with another such.
  bool bare = false;
  // Followed by a percent sign or word (CLDR's: "%", "percent", "Prozent", "por ciento"), or in a
  // range that ends so. Not a reading: 19 % and 19 compare as figures.
  bool percent = false;
  // Followed by the word for a century (CLDR's unit name: "century", "Jahrhunderts", "siècle"):
  // the other side may write years of that century instead ("in den 50ern des 19.
  // Jahrhunderts", "in the 1850s"), or the century in Roman numerals ("XIXe siècle").
  bool century = false;
  // A figure joined to another by a hyphen, a dash, a colon or a slash ("3-1", "0:9", "2-4"): a
  // score, a range or a ratio, whose 1 the other side does not render by its word for one, the
  // article of most languages ("1-0" is no "eine").
  bool joined = false;
  std::uint32_t sentence = 0;
  Span span;  // the words, in the normalised text
  // The kind of the main reading.
  QuantityKind kind() const { return readings.front().kind; }
  // Whether a quantity with no counterpart at all is worth reporting: a figure of two digits or
  // more, with decimals, with a unit, or joined to another (a score, a range: "5-3"); a time, a
  // dated month or a weekday. Other figures of one digit and numbers in words are too often
  // rephrased or left implicit.
  bool significant() const;
};

// Reads the quantities of one language. Built once per check; read() is const and thread-safe.
class NumberReader {
 public:
  // The conventions of `language` and its data files under `data_dir`/lang/<code>/ (none: CLDR
  // alone).
  NumberReader(const lang::LanguageData& language, const std::filesystem::path& data_dir);

  // The quantities of sentence `sentence` of `doc`, whose tokens are `tokens`, in order.
  std::vector<Quantity> read(const Document& doc, const std::vector<annotate::Token>& tokens,
                             std::uint32_t sentence) const;

  // Whether `lower`, a word in lower case, starts like a number word of this language worth
  // `value` or, below 100, its tens (the first six letters, or the whole number word if shorter):
  // a compound that writes the number in words ("vierentwintigjarige" for 24, "trentunenne"
  // for 31, "czterdziestojednoletni" for 41).
  bool spelled_in(std::string_view lower, double value) const;

  // A unit of measure after a figure.
  struct Unit {
    std::string form;       // "miles", "km/h"
    std::string dimension;  // "length"
    double factor = 1;      // size in the SI unit of the dimension
    double offset = 0;      // added after the factor (temperatures)
  };

 private:
  // The weekday that token `j` of `tokens` (in `text`) starts, and the last of its tokens.
  std::optional<std::pair<int, std::size_t>> weekday(std::string_view text,
                                                     const std::vector<annotate::Token>& tokens,
                                                     std::size_t j) const;

  std::string code_;
  char decimal_ = '.';   // the language's decimal separator, '.' or ','
  char grouping_ = 0;    // its thousands separator when it is '.' or ','; else 0
  StringMap<double> scales_;         // after a space: "million"
  StringMap<double> suffix_scales_;  // attached: "bn", "m"
  StringMap<double> suffixes_;       // attached, value kept: "th"
  StringMap<double> decades_;        // "s": "1980s" also reads 80
  StringMap<double> words_;          // numbers in words: "two"
  StringMap<int> months_;            // "september" -> 9
  StringMap<int> weekdays_;          // "wednesday" -> 3, "sobotę" -> 6
  struct WeekdayPhrase {
    std::vector<std::string> words;  // "sexta", "feira"
    int day = 0;
  };
  std::vector<WeekdayPhrase> weekday_phrases_;  // names of two words or more
  std::vector<std::string> day_parts_;          // joined after a weekday: "abend", "avond"
  // The stems of a weekday's adjective, followed by an ending of one to three letters:
  // "sobotni" (sobotnie popołudnie, sobotniego wypadku).
  std::vector<std::pair<std::string, int>> weekday_stems_;
  std::vector<std::string> clock_;      // after or inside a clock time: "h", "uhr"
  std::vector<std::string> morning_;    // "am", "a.m."
  std::vector<std::string> afternoon_;  // "pm", "p.m."
  std::vector<Unit> units_;             // longest forms first
  // The beginning of the words for a century (CLDR's long unit names without their plural
  // endings: "centur", "jahrhundert", "siècle", "век"), case-folded; empty: none.
  std::string century_stem_;
  bool months_capitalised_ = false;     // a month in lower case is no month (lang::Conventions)
  // The first two bytes (see start_bit) of every month, weekday, number word and scale word, and
  // of the first word of every weekday phrase: a word with none of them is none of those.
  std::bitset<1 << 16> word_starts_;
  static std::size_t start_bit(std::string_view w, std::size_t bytes) {
    const auto byte = [&](std::size_t i) {
      return i < w.size() && i < bytes ? static_cast<unsigned char>(w[i]) : 0u;
    };
    return (std::size_t{byte(0)} << 8) | byte(1);
  }
  // Whether `w` or a word it starts with (a weekday in "samstagabend") may be one of them.
  bool may_be_word(std::string_view w) const {
    return word_starts_.test(start_bit(w, 2)) || word_starts_.test(start_bit(w, 1));
  }
};

// Whether two quantities agree exactly: one reading of each of the same kind and value (clock
// times modulo a day), without a unit.
bool exact_match(const Quantity& a, const Quantity& b);

// Whether two quantities agree up to rounding: converted units within 5 % or the precision of
// the rounder one, and with `whole` a decimal written as a whole number (33.3 % and 33 %).
bool near_match(const Quantity& a, const Quantity& b, bool whole = true);

// The quantities of every sentence of an aligned pair, and which of them the other side of their
// block lacks. Holds references to `context`.
class BlockQuantities {
 public:
  BlockQuantities(const Context& context, const NumberReader& src, const NumberReader& tgt);

  // The quantities of block `b` of the alignment with no counterpart on the other side, source
  // then target: matched exactly, or (those left on both sides) up to rounding. Figures found
  // again in a neighbouring block (a sentence merged or split across the block boundary) are not
  // missing.
  std::pair<std::vector<const Quantity*>, std::vector<const Quantity*>> unmatched(
      std::size_t b) const;

  // The quantities of block `b`, on the source side when `src`, in order.
  std::vector<const Quantity*> gather(bool src, std::size_t b) const;

 private:
  const Context& context_;
  std::vector<std::vector<Quantity>> src_, tgt_;  // per sentence
};

// BlockQuantities(context, src, tgt), read by the first check that asks and kept in the context
// (number-mismatch and omission read the same quantities).
const BlockQuantities& block_quantities(const Context& context, const NumberReader& src,
                                        const NumberReader& tgt);

}  // namespace wirealign::check
