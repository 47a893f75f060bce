// number-mismatch: numbers, dates and amounts of an aligned block that differ between source and
// target once each side is read with its own conventions (1,500 = 1 500, 3.5 = 3,5,
// "September 11" = "11 septembre", "$5 million" = "5 millions de dollars", "40 miles" = "64 km").
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "wirealign/check/checks.h"
#include "wirealign/core/utf8.h"

namespace wirealign::check {
namespace {

// How one language writes and qualifies numbers (corpora/lang/<code>/numbers.tsv, months.tsv,
// units.tsv).
struct NumberWords {
  std::map<std::string, double, std::less<>> words;          // "two" -> 2
  std::map<std::string, double, std::less<>> scales;         // "million" -> 1e6, after a space
  std::map<std::string, double, std::less<>> suffix_scales;  // "bn" -> 1e9, attached
  std::map<std::string, double, std::less<>> suffixes;       // "th", attached, value unchanged
  std::map<std::string, double, std::less<>> decades;        // "s": "1980s" also reads "80s"
  std::map<std::string, double, std::less<>> clock;          // "h": "10h15" is a time
  std::vector<std::string> afternoon;                        // "p.m.": plus 12 hours
  std::map<std::string, int, std::less<>> months;            // "september" -> 9
  struct Unit {
    std::string form;       // "miles", "km/h"
    std::string dimension;  // "length"
    double factor;          // size in the SI unit of the dimension
    double offset;          // added after the factor (temperatures)
  };
  std::vector<Unit> units;  // longest forms first
};

double parse_value(const std::string& s) { return std::strtod(s.c_str(), nullptr); }

NumberWords load_words(const std::filesystem::path& dir) {
  NumberWords w;
  lang::read_table(dir / "numbers.tsv", [&](int, const std::vector<std::string>& f) {
    if (f.size() < 3) return;
    const double v = parse_value(f[2]);
    if (f[1] == "word")
      w.words[f[0]] = v;
    else if (f[1] == "scale")
      w.scales[f[0]] = v;
    else if (f[1] == "suffix-scale")
      w.suffix_scales[f[0]] = v;
    else if (f[1] == "suffix")
      w.suffixes[f[0]] = v;
    else if (f[1] == "decade")
      w.decades[f[0]] = v;
    else if (f[1] == "clock")
      w.clock[f[0]] = v;
    else if (f[1] == "afternoon")
      w.afternoon.push_back(f[0]);
  });
  lang::read_table(dir / "months.tsv", [&](int, const std::vector<std::string>& f) {
    if (f.size() >= 2) w.months[f[0]] = std::atoi(f[1].c_str());
  });
  lang::read_table(dir / "units.tsv", [&](int, const std::vector<std::string>& f) {
    if (f.size() >= 3)
      w.units.push_back({f[0], f[1], parse_value(f[2]), f.size() > 3 ? parse_value(f[3]) : 0.0});
  });
  std::stable_sort(w.units.begin(), w.units.end(),
                   [](const auto& a, const auto& b) { return a.form.size() > b.form.size(); });
  return w;
}

// One reading of a quantity: a plain value, or a value converted to an SI unit (compared with a
// tolerance, since converted figures are rounded).
struct Reading {
  double value = 0;
  std::string dimension;  // empty for a plain value
};

// A number, month or amount found in a sentence.
struct Quantity {
  std::vector<Reading> readings;  // every value it may stand for
  int month = 0;                  // 1-12 for a month name, else 0
  bool soft = false;              // spelled-out word: used to match, never reported
  std::uint32_t sentence = 0;
  Span span;  // the words, in the normalised text
};

bool is_space(char32_t c) { return c == U' ' || c == 0xA0 || c == 0x202F || c == 0x2009; }
bool is_letter_or_digit(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

// End of `form` if the text at `pos`, after spaces, starts with it (ASCII case-insensitive)
// and no letter or digit follows; else 0.
std::size_t follows(std::string_view text, std::size_t pos, std::string_view form) {
  std::size_t p = pos;
  while (p < text.size()) {
    std::size_t q = p;
    if (!is_space(utf8::next(text, q))) break;
    p = q;
  }
  if (p == pos && !form.empty() && std::isalpha(static_cast<unsigned char>(form[0]))) {
    // A unit or scale word written against the digits is read as a suffix instead.
    return 0;
  }
  if (text.size() - p < form.size()) return 0;
  for (std::size_t i = 0; i < form.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(text[p + i])) !=
        std::tolower(static_cast<unsigned char>(form[i])))
      return 0;
  const std::size_t end = p + form.size();
  if (end < text.size() && is_letter_or_digit(static_cast<unsigned char>(text[end])) &&
      is_letter_or_digit(static_cast<unsigned char>(form.back())))
    return 0;
  return end;
}

bool same(double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(a)); }

// `a` written with the precision of `b` (its last non-zero digit) equals `b`.
bool rounds_to(double a, double b) {
  if (b == 0) return false;
  double unit = 1;
  while (std::fabs(std::fmod(b, unit * 10)) < 1e-9 && unit < 1e15) unit *= 10;
  while (std::fabs(b / unit - std::round(b / unit)) > 1e-9 && unit > 1e-6) unit /= 10;
  return same(std::round(a / unit) * unit, b);
}

// Exact agreement of two quantities (same value or month).
bool exact_match(const Quantity& a, const Quantity& b) {
  if (a.month && b.month) return a.month == b.month;
  for (const Reading& x : a.readings)
    for (const Reading& y : b.readings)
      if (x.dimension.empty() && y.dimension.empty() && same(x.value, y.value)) return true;
  return false;
}

// Agreement up to rounding: a converted unit (5% or the other's precision), or a decimal
// written as a whole number (33.3% = 33 %).
bool near_match(const Quantity& a, const Quantity& b) {
  for (const Reading& x : a.readings)
    for (const Reading& y : b.readings) {
      if (x.dimension != y.dimension) continue;
      const double big = std::max(std::fabs(x.value), std::fabs(y.value));
      if (!x.dimension.empty()) {
        if (std::fabs(x.value - y.value) <= 0.05 * big || rounds_to(x.value, y.value) ||
            rounds_to(y.value, x.value))
          return true;
      } else if (big >= 1 && std::fabs(x.value - y.value) < 1 &&
                 (std::floor(x.value) == x.value) != (std::floor(y.value) == y.value) &&
                 (rounds_to(x.value, y.value) || rounds_to(y.value, x.value) ||
                  std::floor(x.value) == std::floor(y.value))) {
        return true;
      }
    }
  return false;
}

class NumberMismatch final : public Check {
 public:
  explicit NumberMismatch(const Setup& setup)
      : src_(load_words(setup.data_dir / "lang" / setup.src_language.code)),
        tgt_(load_words(setup.data_dir / "lang" / setup.tgt_language.code)) {}

  std::vector<Finding> run(const Context& context) const override {
    std::vector<std::vector<Quantity>> src_q(context.src.sentences.size());
    std::vector<std::vector<Quantity>> tgt_q(context.tgt.sentences.size());
    for (std::uint32_t i = 0; i < src_q.size(); ++i)
      src_q[i] = quantities(context.src, context.src_tokens.sentences[i], i, src_);
    for (std::uint32_t k = 0; k < tgt_q.size(); ++k)
      tgt_q[k] = quantities(context.tgt, context.tgt_tokens.sentences[k], k, tgt_);

    std::vector<Finding> findings;
    const auto& beads = context.alignment.beads;
    for (std::size_t b = 0; b < beads.size(); ++b) {
      const Bead& bead = beads[b];
      if (bead.src_size() == 0 || bead.tgt_size() == 0) continue;
      std::vector<const Quantity*> s = gather(src_q, bead.src_begin, bead.src_end);
      std::vector<const Quantity*> t = gather(tgt_q, bead.tgt_begin, bead.tgt_end);
      std::vector<const Quantity*> s_left = unmatched(s, t), t_left = unmatched(t, s);
      // Figures found again in a neighbouring block (a sentence merged or split across the
      // block boundary) are not wrong.
      std::vector<const Quantity*> s_near, t_near;
      for (std::size_t n : {b - 1, b + 1}) {
        if (n >= beads.size()) continue;
        for (const Quantity* q : gather(tgt_q, beads[n].tgt_begin, beads[n].tgt_end))
          t_near.push_back(q);
        for (const Quantity* q : gather(src_q, beads[n].src_begin, beads[n].src_end))
          s_near.push_back(q);
      }
      s_left = unmatched(s_left, t_near, true);
      t_left = unmatched(t_left, s_near, true);
      // Only a figure that replaced another one is reported: a figure left out or added is
      // too often a rewording (two -> deux, "last year" -> "en 2017").
      for (const bool months : {false, true}) {
        std::vector<const Quantity*> a, c;
        for (const Quantity* q : s_left)
          if (!q->soft && (q->month != 0) == months) a.push_back(q);
        for (const Quantity* q : t_left)
          if (!q->soft && (q->month != 0) == months) c.push_back(q);
        if (a.empty() || c.empty()) continue;
        findings.push_back(report(context, a, c, months));
      }
    }
    return findings;
  }

 private:
  static std::vector<const Quantity*> gather(const std::vector<std::vector<Quantity>>& q,
                                             std::uint32_t begin, std::uint32_t end) {
    std::vector<const Quantity*> out;
    for (std::uint32_t i = begin; i < end && i < q.size(); ++i)
      for (const Quantity& x : q[i]) out.push_back(&x);
    return out;
  }

  // The quantities of `from` that agree with none of `other`: exactly, or (for those left on
  // both sides) up to rounding. With `all_near`, rounding is tried against every one of `other`.
  static std::vector<const Quantity*> unmatched(const std::vector<const Quantity*>& from,
                                                const std::vector<const Quantity*>& other,
                                                bool all_near = false) {
    std::vector<const Quantity*> exact_left_other;
    for (const Quantity* o : other) {
      bool hit = false;
      for (const Quantity* f : from) hit = hit || exact_match(*o, *f);
      if (!hit || all_near) exact_left_other.push_back(o);
    }
    std::vector<const Quantity*> out;
    for (const Quantity* f : from) {
      bool hit = false;
      for (const Quantity* o : other) hit = hit || exact_match(*f, *o);
      for (const Quantity* o : exact_left_other) hit = hit || near_match(*f, *o);
      if (!hit) out.push_back(f);
    }
    return out;
  }

  // Every number, amount and dated month of one sentence.
  static std::vector<Quantity> quantities(const Document& doc,
                                          const std::vector<annotate::Token>& tokens,
                                          std::uint32_t sentence, const NumberWords& w) {
    const std::string_view text = doc.input.text;
    std::vector<Quantity> out;
    auto is_number = [&](std::size_t j) {
      if (j >= tokens.size()) return false;
      if (!tokens[j].number().empty()) return true;
      const std::string_view s = text.substr(tokens[j].span.begin, tokens[j].span.size());
      return !s.empty() && std::isdigit(static_cast<unsigned char>(s[0]));
    };
    for (std::size_t j = 0; j < tokens.size(); ++j) {
      const annotate::Token& tok = tokens[j];
      const std::string_view surface = text.substr(tok.span.begin, tok.span.size());
      Quantity q;
      q.sentence = sentence;
      q.span = tok.span;
      double value = 0;
      double raw_alternative = -1;
      bool afternoon = false;
      const bool letters = std::any_of(surface.begin(), surface.end(), [](char c) {
        return std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
      });
      if (!tok.number().empty() && !letters) {
        value = parse_value(std::string(tok.number()));
      } else if (!surface.empty() && std::isdigit(static_cast<unsigned char>(surface[0]))) {
        // Digits with an attached suffix: "30th", "1990s", "$5m", "3pm", "1er".
        std::size_t d = 0;
        while (d < surface.size() && (std::isdigit(static_cast<unsigned char>(surface[d])) ||
                                      surface[d] == '.' || surface[d] == ','))
          ++d;
        const std::string digits(surface.substr(0, d));
        const std::string suffix(tok.lower().substr(std::min(d, tok.lower().size())));
        if (digits.find_first_of(".,") != std::string::npos) continue;
        value = parse_value(digits);
        if (const Quantity* time = clock_time(w, suffix, value, sentence, tok.span)) {
          // "10h15": the hour (also read as 10.15, English "4.40 pm") and the minutes.
          out.push_back(time[0]);
          out.push_back(time[1]);
          continue;
        }
        if (auto it = w.suffix_scales.find(suffix); it != w.suffix_scales.end()) {
          raw_alternative = value;
          value *= it->second;
        } else if (w.suffixes.count(suffix) != 0) {
        } else if (w.decades.count(suffix) != 0) {
          if (value >= 1000) raw_alternative = std::fmod(value, 100);
        } else if (std::find(w.afternoon.begin(), w.afternoon.end(), suffix) != w.afternoon.end()) {
          afternoon = true;
        } else {
          continue;  // "G20", "3D", "4x4": a name, not a figure
        }
      } else if (auto it = w.words.find(tok.lower()); it != w.words.end()) {
        q.soft = true;
        value = it->second;
      } else if (auto m = w.months.find(tok.lower()); m != w.months.end()) {
        // A month counts only in a date, next to a day or a year.
        if (!is_number(j + 1) && !(j > 0 && is_number(j - 1))) continue;
        q.month = m->second;
        q.readings.push_back({static_cast<double>(m->second), ""});
        out.push_back(q);
        continue;
      } else {
        continue;
      }
      std::size_t end = tok.span.end;
      // A scale word after the number: "5 million", "1,5 milliard".
      for (const auto& [form, factor] : w.scales) {
        if (const std::size_t e = follows(text, end, form)) {
          value *= factor;
          end = e;
          break;
        }
      }
      q.readings.push_back({value, ""});
      if (raw_alternative >= 0) q.readings.push_back({raw_alternative, ""});
      for (const std::string& form : w.afternoon)
        if (follows(text, end, form)) afternoon = true;
      if (afternoon && value < 12) q.readings.push_back({value + 12, ""});
      for (const NumberWords::Unit& u : w.units) {
        if (follows(text, end, u.form)) {
          q.readings.push_back({value * u.factor + u.offset, u.dimension});
          break;
        }
      }
      // "2018-19" stands for 2018-2019.
      if (!q.soft && value >= 0 && value < 100 && surface.size() == 2 && j > 0 &&
          tok.span.begin >= 1) {
        const char before = text[tok.span.begin - 1];
        const annotate::Token& prev = tokens[j - 1];
        if ((before == '-' || before == '/') && prev.span.end + 1 == tok.span.begin &&
            prev.number().size() == 4) {
          const double century = std::floor(parse_value(std::string(prev.number())) / 100) * 100;
          q.readings.push_back({century + value, ""});
        }
      }
      q.span.end = static_cast<std::uint32_t>(std::max<std::size_t>(end, tok.span.end));
      out.push_back(q);
    }
    // A range shares its unit: "3 to 6 inches" is 3 inches to 6 inches.
    for (std::size_t i = out.size(); i-- > 1;) {
      Quantity& a = out[i - 1];
      const Quantity& next = out[i];
      const bool has_unit = std::any_of(a.readings.begin(), a.readings.end(),
                                        [](const Reading& r) { return !r.dimension.empty(); });
      if (has_unit || a.month || next.month || next.span.begin - a.span.end > 8) continue;
      for (const Reading& r : next.readings) {
        if (r.dimension.empty() || next.readings.empty() || next.readings[0].value == 0) continue;
        a.readings.push_back({a.readings[0].value * r.value / next.readings[0].value, r.dimension});
      }
    }
    return out;
  }

  // The two quantities of a clock time written "10h15" (suffix "h15" with `w.clock` "h"), or
  // nullptr. The result lives until the next call on this thread.
  static const Quantity* clock_time(const NumberWords& w, const std::string& suffix, double hour,
                                    std::uint32_t sentence, Span span) {
    thread_local Quantity time[2];
    for (const auto& [mark, unused] : w.clock) {
      if (suffix.size() != mark.size() + 2 || suffix.compare(0, mark.size(), mark) != 0) continue;
      const std::string minutes = suffix.substr(mark.size());
      if (!std::isdigit(static_cast<unsigned char>(minutes[0])) ||
          !std::isdigit(static_cast<unsigned char>(minutes[1])))
        continue;
      const double m = parse_value(minutes);
      time[0] =
          Quantity{{{hour, ""}, {hour + m / 100, ""}, {hour + 12, ""}}, 0, false, sentence, span};
      time[1] = Quantity{{{m, ""}}, 0, true, sentence, span};
      return time;
    }
    return nullptr;
  }

  static Finding report(const Context& context, const std::vector<const Quantity*>& s,
                        const std::vector<const Quantity*>& t, bool months) {
    Finding f;
    f.kind = "number-mismatch";
    f.severity = Severity::error;
    std::string src_words, tgt_words;
    for (const Quantity* q : s) {
      f.src_sentences.push_back(q->sentence);
      f.src_spans.push_back(q->span);
      src_words += (src_words.empty() ? "" : ", ") + std::string(context.src.input.view(q->span));
    }
    for (const Quantity* q : t) {
      f.tgt_sentences.push_back(q->sentence);
      f.tgt_spans.push_back(q->span);
      tgt_words += (tgt_words.empty() ? "" : ", ") + std::string(context.tgt.input.view(q->span));
    }
    for (auto* v : {&f.src_sentences, &f.tgt_sentences}) {
      std::sort(v->begin(), v->end());
      v->erase(std::unique(v->begin(), v->end()), v->end());
    }
    const char* what = months ? "the month " : "";
    f.message = std::string(what) + src_words + " in the source became " + tgt_words +
                " in the translation";
    f.suggestion = "check the figure against the source, which says " + src_words;
    return f;
  }

  NumberWords src_, tgt_;
};

}  // namespace

std::unique_ptr<Check> make_number_mismatch(const Setup& setup) {
  return std::make_unique<NumberMismatch>(setup);
}

}  // namespace wirealign::check
