// Reading numbers, clock times, months and weekdays with a language's conventions.
#include "wirealign/check/numbers.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <unordered_map>

#include "wirealign/core/utf8.h"
#include "wirealign/lang/conventions.h"

namespace wirealign::check {

namespace {

// Markers of a time given in universal time, after four digits ("0930 GMT"); the same in every
// language.
constexpr std::string_view kZones[] = {"gmt", "utc", "z"};

// The dimension lang::Conventions::units() gives the percent sign and words.
constexpr std::string_view kPercent = "percent";

double parse_value(std::string_view s) { return std::strtod(std::string(s).c_str(), nullptr); }

bool is_space(char32_t c) { return c == U' ' || c == 0xA0 || c == 0x202F || c == 0x2009; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter_or_digit(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), is_digit);
}

// End of `form` if the text at `pos`, after spaces (none needed when `attached`), starts with it
// (ASCII letters in any case) and no letter or digit follows; else 0. A form that starts with a
// letter must be separated by a space unless `attached`.
std::size_t follows(std::string_view text, std::size_t pos, std::string_view form,
                    bool attached = false) {
  std::size_t p = pos;
  while (p < text.size()) {
    std::size_t q = p;
    if (!is_space(utf8::next(text, q))) break;
    p = q;
  }
  if (!attached && p == pos && !form.empty() && std::isalpha(static_cast<unsigned char>(form[0])))
    return 0;
  if (form.empty() || text.size() - p < form.size()) return 0;
  for (std::size_t i = 0; i < form.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(text[p + i])) !=
        std::tolower(static_cast<unsigned char>(form[i])))
      return 0;
  const std::size_t end = p + form.size();
  if (end < text.size() && is_letter_or_digit(static_cast<unsigned char>(form.back()))) {
    // A letter or a digit after it, or any other character beyond ASCII but a punctuation mark
    // (», ”): what follows a unit in "11 h 15" is a no-break space, and "h" no unit there.
    std::size_t next = end;
    const auto c = static_cast<UChar32>(utf8::next(text, next));
    if (u_isalnum(c) || (c >= 0x80 && !u_ispunct(c))) return 0;
  }
  return end;
}

// The values that figures written with separators may stand for, the most likely first, for a
// language whose decimal separator is `decimal` and thousands separator `grouping` (0 when it is
// neither '.' nor ','): "1,500" (en) 1500; "1.500" (de) 1500; "1.500" (fr) 1500 or 1.5; "16.5"
// (fr) 16.5; "3,500" (fr) 3.5 or 3500. Spaces group thousands. Empty if not a figure.
std::vector<double> figure_values(std::string_view surface, char decimal, char grouping) {
  std::string s;
  for (std::size_t i = 0; i < surface.size();) {
    const char32_t c = utf8::next(surface, i);
    if (is_space(c)) continue;
    if (c > 0x7F) return {};
    s += static_cast<char>(c);
  }
  if (s.empty() || !is_digit(s.front()) || !is_digit(s.back())) return {};
  const std::size_t dots = std::count(s.begin(), s.end(), '.');
  const std::size_t commas = std::count(s.begin(), s.end(), ',');
  if (dots + commas == 0) return {parse_value(s)};
  auto without = [](std::string t, char c) {
    t.erase(std::remove(t.begin(), t.end(), c), t.end());
    return t;
  };
  // Groups of three digits after each `c` (and at most three before the first).
  auto grouped = [&](char c) {
    std::size_t start = 0, first = s.find(c);
    if (first == 0 || first > 3) return false;
    for (std::size_t at = first; at != std::string::npos; at = s.find(c, start)) {
      const std::size_t next = s.find_first_of(".,", at + 1);
      const std::size_t len = (next == std::string::npos ? s.size() : next) - at - 1;
      if (len != 3) return false;
      start = at + 1;
      if (next != std::string::npos && s[next] != c) break;
    }
    return true;
  };
  if (dots && commas) {
    // The last separator is the decimal point; the others group thousands.
    const std::size_t last = s.find_last_of(".,");
    const char point = s[last];
    const char group = point == '.' ? ',' : '.';
    if (std::count(s.begin(), s.end(), point) != 1) return {};
    std::string t = without(s, group);
    t[t.find(point)] = '.';
    return {parse_value(t)};
  }
  const char c = dots ? '.' : ',';
  const std::size_t count = dots + commas;
  const bool can_group = grouped(c);
  if (count > 1)
    return can_group ? std::vector<double>{parse_value(without(s, c))} : std::vector<double>{};
  std::string as_decimal = s;
  as_decimal[as_decimal.find(c)] = '.';
  const double point_value = parse_value(as_decimal);
  if (!can_group) return {point_value};
  const double group_value = parse_value(without(s, c));
  if (c == decimal) return {point_value, group_value};
  if (c == grouping) return {group_value};
  return {group_value, point_value};
}

// Minutes after midnight of `hour`:`minutes`, with what the text says of the half of the day:
// +1 afternoon, -1 morning, 0 nothing (then a time up to 12 h is also read 12 hours later).
std::vector<Reading> clock_readings(double hour, double minutes, int half) {
  double m = hour * 60 + minutes;
  std::vector<Reading> out;
  auto add = [&](double v) { out.push_back({QuantityKind::time, std::fmod(v + 1440, 1440), ""}); };
  if (half > 0) {
    add(hour < 12 ? m + 720 : m);
  } else if (half < 0) {
    add(hour == 12 ? m - 720 : m);
  } else {
    add(m);
    if (hour <= 12) add(m + 720);
  }
  return out;
}

// A foot and an inch in metres.
constexpr double kFoot = 0.3048;
constexpr double kInch = 0.0254;

bool same(double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(a)); }

// `a` written with the precision of `b` (its last non-zero digit) equals `b`.
bool rounds_to(double a, double b) {
  if (b == 0) return false;
  double unit = 1;
  while (std::fabs(std::fmod(b, unit * 10)) < 1e-9 && unit < 1e15) unit *= 10;
  while (std::fabs(b / unit - std::round(b / unit)) > 1e-9 && unit > 1e-6) unit /= 10;
  return same(std::round(a / unit) * unit, b);
}

template <typename Map>
const typename Map::mapped_type* find(const Map& map, std::string_view key) {
  const auto it = map.find(key);
  return it == map.end() ? nullptr : &it->second;
}

}  // namespace

bool Quantity::significant() const {
  if (soft || bare || century) return false;
  if (kind() != QuantityKind::number) return true;
  for (const Reading& r : readings)
    if (!r.dimension.empty()) return true;
  const double v = readings.front().value;
  return std::fabs(v) >= 10 || v != std::floor(v) || joined;
}

std::optional<std::pair<int, std::size_t>> NumberReader::weekday(
    std::string_view text, const std::vector<annotate::Token>& tokens, std::size_t j) const {
  const annotate::Token& tok = tokens[j];
  for (const std::string_view form : {tok.lower(), tok.folded()}) {
    if (const int* day = find(weekdays_, form)) return std::pair{*day, j};
    // A part of the day joined to the name: "samstagabend".
    for (const std::string& part : day_parts_)
      if (form.size() > part.size() && form.ends_with(part))
        if (const int* day = find(weekdays_, form.substr(0, form.size() - part.size())))
          return std::pair{*day, j};
    // An adjective of the day: its stem and an ending of one to three letters.
    for (const auto& [stem, day] : weekday_stems_)
      if (form.size() > stem.size() && form.starts_with(stem) &&
          utf8::length(form.substr(stem.size())) <= 3)
        return std::pair{day, j};
  }
  for (const auto& [parts, day] : weekday_phrases_) {
    if (j + parts.size() > tokens.size()) continue;
    bool all = true;
    for (std::size_t k = 0; k < parts.size() && all; ++k) {
      const annotate::Token& t = tokens[j + k];
      all = (t.lower() == parts[k] || t.folded() == parts[k]) &&
            (k == 0 || tokens[j + k - 1].span.end + 1 == t.span.begin);
      if (all && k > 0) {
        const char gap = text[t.span.begin - 1];
        all = gap == '-' || gap == ' ';
      }
    }
    if (all) return std::pair{day, j + parts.size() - 1};
  }
  return std::nullopt;
}

bool NumberReader::spelled_in(std::string_view lower, double value) const {
  const double tens = value < 100 ? std::floor(value / 10) * 10 : -1;
  for (const auto& [word, v] : words_) {
    if (v != value && v != tens) continue;
    const std::size_t n = std::min<std::size_t>(word.size(), 6);
    if (n >= 3 && lower.substr(0, n) == std::string_view(word).substr(0, n)) return true;
  }
  return false;
}

NumberReader::NumberReader(const lang::LanguageData& language,
                           const std::filesystem::path& data_dir)
    : code_(language.code), decimal_(language.decimal_separator) {
  const lang::Conventions& c = lang::conventions(language.code);
  if (c.grouping == "." || c.grouping == ",") grouping_ = c.grouping[0];
  for (const auto& [name, month] : c.months) months_.emplace(name, month);
  months_capitalised_ = c.months_capitalised;
  // Full weekday names only (five bytes or more): abbreviations are words too (es "mar", en
  // "sun").
  for (const auto& [name, day] : c.weekdays) {
    if (name.size() < 5) continue;
    weekdays_.emplace(name, day);
    // Written in two words by a hyphen or a space ("sexta-feira"): matched word by word.
    std::vector<std::string> parts(1);
    for (const char ch : name)
      if (ch == '-' || ch == ' ')
        parts.emplace_back();
      else
        parts.back() += ch;
    if (parts.size() > 1) weekday_phrases_.push_back({std::move(parts), day});
  }
  for (const std::string& m : c.am) morning_.push_back(m);
  for (const std::string& m : c.pm) afternoon_.push_back(m);
  const lang::NumberWords& n = c.numbers();
  for (const auto& [word, value] : n.number_words) words_.emplace(word, value);
  for (const auto& [word, value] : n.ordinal_words) words_.emplace(word, value);
  for (const auto& [word, value] : n.scale_words) scales_.emplace(word, value);
  for (const auto& [form, value] : n.compact_scales) {
    std::string lower = form;
    for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    suffix_scales_.emplace(lower, value);
    if (lower.size() > 1) scales_.emplace(lower, value);
  }
  for (const std::string& s : n.ordinal_suffixes) suffixes_.emplace(s, 1);
  const std::filesystem::path dir = data_dir / "lang" / language.code;
  lang::read_table(dir / "numbers.tsv", [&](int, const std::vector<std::string>& f) {
    if (f.size() < 3) return;
    const double v = parse_value(f[2]);
    if (f[1] == "word")
      words_.emplace(f[0], v);
    else if (f[1] == "scale")
      scales_.emplace(f[0], v);
    else if (f[1] == "suffix-scale")
      suffix_scales_.emplace(f[0], v);
    else if (f[1] == "suffix")
      suffixes_.emplace(f[0], v);
    else if (f[1] == "decade")
      decades_.emplace(f[0], v);
    else if (f[1] == "clock")
      clock_.push_back(f[0]);
    else if (f[1] == "morning")
      morning_.push_back(f[0]);
    else if (f[1] == "afternoon")
      afternoon_.push_back(f[0]);
  });
  lang::read_table(dir / "months.tsv", [&](int, const std::vector<std::string>& f) {
    if (f.size() >= 2) months_.emplace(f[0], std::atoi(f[1].c_str()));
  });
  // Case forms CLDR lacks ("пятницу", "sobotę"), the parts of a day joined to its name
  // ("-abend": "Samstagabend") and the stems of its adjectives ("sobotni*").
  lang::read_table(dir / "weekdays.tsv", [&](int, const std::vector<std::string>& f) {
    if (f.size() < 2) return;
    if (f[0].starts_with('-'))
      day_parts_.push_back(annotate::case_fold(f[0].substr(1)));
    else if (f[0].size() > 1 && f[0].ends_with('*'))
      weekday_stems_.emplace_back(annotate::case_fold(f[0].substr(0, f[0].size() - 1)),
                                  std::atoi(f[1].c_str()));
    else
      weekdays_.emplace(annotate::case_fold(f[0]), std::atoi(f[1].c_str()));
  });
  lang::read_table(dir / "units.tsv", [&](int, const std::vector<std::string>& f) {
    if (f.size() >= 3)
      units_.push_back({f[0], f[1], parse_value(f[2]), f.size() > 3 ? parse_value(f[3]) : 0.0});
  });
  // CLDR's unit names, where the data file has none of that form; not a form that is a function
  // word as well (English "in" for inches). The names of the century give stems: the longest
  // beginning the long names share, four bytes at least ("Jahrhundert", "Jahrhunderte").
  for (const lang::UnitName& u : c.units()) {
    if (u.dimension != "century" || u.form.size() < 4 || u.form.find('.') != std::string::npos)
      continue;
    if (century_stem_.empty()) {
      century_stem_ = u.form;
    } else if (u.form.size() >= 5) {
      std::size_t shared = 0;
      while (shared < century_stem_.size() && shared < u.form.size() &&
             century_stem_[shared] == u.form[shared])
        ++shared;
      if (shared >= 4) century_stem_.resize(shared);
    }
  }
  for (const lang::UnitName& u : c.units())
    if (u.dimension != "century" && !language.function_words.count(u.form) &&
        std::none_of(units_.begin(), units_.end(),
                     [&](const Unit& known) { return known.form == u.form; }))
      units_.push_back({u.form, u.dimension, u.factor, u.offset});
  std::stable_sort(units_.begin(), units_.end(),
                   [](const Unit& a, const Unit& b) { return a.form.size() > b.form.size(); });
  const auto starts = [&](std::string_view w) { word_starts_.set(start_bit(w, 2)); };
  for (const auto& [w, value] : months_) starts(w);
  for (const auto& [w, value] : weekdays_) starts(w);
  for (const auto& [w, value] : weekday_stems_) starts(w);
  for (const auto& [w, value] : words_) starts(w);
  for (const auto& [w, value] : scales_) starts(w);
  for (const WeekdayPhrase& phrase : weekday_phrases_) starts(phrase.words.front());
}

std::vector<Quantity> NumberReader::read(const Document& doc,
                                         const std::vector<annotate::Token>& tokens,
                                         std::uint32_t sentence) const {
  const std::string_view text = doc.input.text;
  std::vector<Quantity> out;
  auto surface = [&](std::size_t j) {
    return text.substr(tokens[j].span.begin, tokens[j].span.size());
  };
  auto is_number = [&](std::size_t j) {
    return j < tokens.size() && !surface(j).empty() && is_digit(surface(j)[0]);
  };
  // The end of a marker of `list` after `pos` (a space allowed before it, or attached), or 0.
  auto marker = [&](const std::vector<std::string>& list, std::size_t pos) -> std::size_t {
    for (const std::string& m : list)
      if (const std::size_t e = follows(text, pos, m, true)) return e;
    return 0;
  };
  auto half_after = [&](std::size_t pos, std::size_t& end) {
    if (const std::size_t e = marker(afternoon_, pos)) {
      end = e;
      return 1;
    }
    if (const std::size_t e = marker(morning_, pos)) {
      end = e;
      return -1;
    }
    return 0;
  };
  auto zone_after = [&](std::size_t pos) -> std::size_t {
    for (const std::string_view z : kZones)
      if (const std::size_t e = follows(text, pos, z)) return e;
    return 0;
  };
  auto time = [&](std::size_t first, std::size_t end, std::vector<Reading> readings) {
    Quantity q;
    q.readings = std::move(readings);
    q.sentence = sentence;
    q.span = {tokens[first].span.begin, static_cast<std::uint32_t>(end)};
    out.push_back(std::move(q));
  };

  for (std::size_t j = 0; j < tokens.size(); ++j) {
    const annotate::Token& tok = tokens[j];
    const std::string_view s = surface(j);
    std::size_t end = tok.span.end;

    if (!s.empty() && is_digit(s[0])) {
      // Digits, then maybe a separator and two digits, then maybe letters: "9.30", "9h30",
      // "11.35pm", "0930", "30th", "5bn".
      // The figure: digits, separators and the spaces that group thousands ("20 000").
      std::size_t d = 0;
      for (std::size_t i = 0; i < s.size();) {
        std::size_t next = i;
        const char32_t c = utf8::next(s, next);
        if (!(c < 0x80 && (is_digit(static_cast<char>(c)) || c == '.' || c == ',')) && !is_space(c))
          break;
        i = next;
        if (c < 0x80 && is_digit(static_cast<char>(c))) d = i;
      }
      const std::string_view digits = s.substr(0, d);
      std::string suffix(tok.lower().substr(std::min(d, tok.lower().size())));

      // Clock times.
      const std::size_t sep = digits.find_first_of(".,");
      if (digits.size() >= 3 && sep != std::string_view::npos && sep <= 2 &&
          digits.size() == sep + 3 && all_digits(digits.substr(0, sep)) &&
          all_digits(digits.substr(sep + 1))) {
        // "9.30": a time when a clock word or am/pm says so, else a decimal or a time.
        const double h = parse_value(digits.substr(0, sep)),
                     m = parse_value(digits.substr(sep + 1));
        std::size_t mark_end = end;
        int half = 0;
        if (!suffix.empty()) half = half_after(tok.span.begin + d, mark_end);
        if (half == 0) half = half_after(end, mark_end);
        const std::size_t clock_end = half == 0 ? marker(clock_, end) : 0;
        if (h <= 24 && m < 60 && (half != 0 || clock_end || zone_after(end))) {
          time(j, std::max({mark_end, clock_end, end}), clock_readings(h, m, half));
          continue;
        }
        // A scale word or a unit after it makes it a figure ("3.26 million", "2.50 m").
        const bool measured =
            (j + 1 < tokens.size() && tokens[j + 1].span.begin <= end + 4 &&
             (find(scales_, tokens[j + 1].lower()) || find(scales_, tokens[j + 1].folded()))) ||
            std::any_of(units_.begin(), units_.end(),
                        [&](const Unit& u) { return follows(text, end, u.form) != 0; });
        if (h <= 24 && m < 60 && suffix.empty() && !measured) {
          Quantity q;
          for (const double v : figure_values(digits, decimal_, grouping_))
            q.readings.push_back({QuantityKind::number, v, ""});
          for (const Reading& r : clock_readings(h, m, 0)) q.readings.push_back(r);
          q.sentence = sentence;
          q.span = tok.span;
          out.push_back(std::move(q));
          continue;
        }
      }
      if (all_digits(digits) && digits.size() <= 2 && suffix.size() == 3 &&
          std::find(clock_.begin(), clock_.end(), suffix.substr(0, 1)) != clock_.end() &&
          all_digits(suffix.substr(1))) {
        // "9h30".
        time(j, end, clock_readings(parse_value(digits), parse_value(suffix.substr(1)), 0));
        continue;
      }
      if (all_digits(digits) && digits.size() <= 2 && suffix.empty()) {
        const double h = parse_value(digits);
        // "09:30", "3:40 a.m.": the minutes are the next token, after a colon.
        if (j + 1 < tokens.size() && tokens[j + 1].span.begin == tok.span.end + 1 &&
            text[tok.span.end] == ':' && surface(j + 1).size() == 2 && all_digits(surface(j + 1))) {
          const double m = parse_value(surface(j + 1));
          std::size_t mark_end = tokens[j + 1].span.end;
          const int half = half_after(mark_end, mark_end);
          if (h <= 24 && m < 60) {
            time(j, std::max(mark_end, static_cast<std::size_t>(tokens[j + 1].span.end)),
                 clock_readings(h, m, half));
            ++j;
            continue;
          }
        }
        // "9 h 30", "15 h. 30", "15 h", "15 Uhr".
        if (const std::size_t clock_end = marker(clock_, end); clock_end && h <= 24) {
          double m = 0;
          std::size_t last = clock_end;
          // A one-letter mark abbreviated with a full stop ("h."); not a word ending a sentence
          // ("um 15 Uhr. 30 Minuten später").
          const std::size_t dot = j + 1 < tokens.size() && surface(j + 1).size() == 1 &&
                                          clock_end < text.size() && text[clock_end] == '.'
                                      ? 1
                                      : 0;
          if (j + 2 < tokens.size() && tokens[j + 1].span.end == clock_end &&
              surface(j + 2).size() == 2 && all_digits(surface(j + 2)) &&
              tokens[j + 2].span.begin <= clock_end + dot + 1) {
            m = parse_value(surface(j + 2));
            last = tokens[j + 2].span.end;
            j += 2;
          } else if (j + 1 < tokens.size() && tokens[j + 1].span.end == clock_end) {
            ++j;
          }
          if (m < 60) {
            time(j, last, clock_readings(h, m, 0));
            out.back().span.begin = tok.span.begin;
            continue;
          }
        }
        // "3 pm", "3 p.m.".
        std::size_t mark_end = end;
        if (const int half = half_after(end, mark_end); half != 0 && h <= 12 && h >= 1) {
          time(j, mark_end, clock_readings(h, 0, half));
          while (j + 1 < tokens.size() && tokens[j + 1].span.end <= mark_end) ++j;
          continue;
        }
      }
      if (all_digits(digits) && digits.size() == 4 && suffix.empty() && zone_after(end)) {
        // "0930 GMT".
        const double h = parse_value(digits.substr(0, 2)), m = parse_value(digits.substr(2));
        if (h < 24 && m < 60) {
          time(j, zone_after(end), {{QuantityKind::time, h * 60 + m, ""}});
          continue;
        }
      }
      if (!suffix.empty() && all_digits(digits) && digits.size() <= 2) {
        // "3pm", "11am".
        std::size_t mark_end = end;
        const int half = half_after(tok.span.begin + d, mark_end);
        if (half != 0 && mark_end >= end) {
          time(j, mark_end, clock_readings(parse_value(digits), 0, half));
          continue;
        }
      }

      // Figures.
      std::vector<double> values = figure_values(digits, decimal_, grouping_);
      if (values.empty()) continue;
      Quantity q;
      q.sentence = sentence;
      q.span = tok.span;
      std::vector<double> alternatives;
      std::optional<double> unit_value;  // "5m" may be five metres as well as five million
      if (!suffix.empty()) {
        if (const double* scale = find(suffix_scales_, suffix)) {
          for (double& v : values) {
            alternatives.push_back(v);
            v *= *scale;
          }
          unit_value = alternatives.front();
        } else if (find(suffixes_, suffix) != nullptr) {
        } else if (find(decades_, suffix) != nullptr) {
          if (values.front() >= 1000) alternatives.push_back(std::fmod(values.front(), 100));
        } else {
          bool is_unit = false;
          for (const Unit& u : units_)
            if (u.form == suffix || u.form == std::string(s.substr(d))) is_unit = true;
          if (!is_unit) continue;  // "G20", "3D", "4x4": a name, not a figure
        }
      }
      // Scale words after the figure: "5 million", "1,5 milliard", "5 Mrd.", and two in a row
      // ("9 mil milhões": nine thousand millions).
      for (int scales = 0; scales < 2 && j + 1 < tokens.size(); ++scales) {
        const annotate::Token& next = tokens[j + 1];
        const double* scale = find(scales_, next.lower());
        if (scale == nullptr) scale = find(scales_, next.folded());
        if (scale == nullptr || next.span.begin > end + 4) break;
        for (double& v : values) v *= *scale;
        end = next.span.end;
        if (end < text.size() && text[end] == '.') ++end;
        ++j;
      }
      for (const double v : values) q.readings.push_back({QuantityKind::number, v, ""});
      q.century = j + 1 < tokens.size() && values.front() <= 21 && !century_stem_.empty() &&
                  tokens[j + 1].lower().starts_with(century_stem_);
      for (const double v : alternatives) q.readings.push_back({QuantityKind::number, v, ""});
      // "2018-19" stands for 2018-2019.
      if (digits.size() == 2 && suffix.empty() && j > 0 && tok.span.begin >= 1) {
        const char before = text[tok.span.begin - 1];
        if ((before == '-' || before == '/') && tokens[j - 1].span.end + 1 == tok.span.begin &&
            surface(j - 1).size() == 4 && all_digits(surface(j - 1))) {
          const double century = std::floor(parse_value(surface(j - 1)) / 100) * 100;
          q.readings.push_back({QuantityKind::number, century + values.front(), ""});
        }
      }
      // A unit of measure after the figure, or attached to it ("40 miles", "5km", "70°F"), or
      // joined by a hyphen ("10-mile"); feet and the inches after them ("6-foot-6", "6 ft 2").
      const double base = unit_value.value_or(values.front());
      for (const Unit& u : units_) {
        std::size_t unit_end = follows(text, end, u.form);
        if (unit_end == 0) unit_end = follows(text, tok.span.begin + d, u.form, true);
        if (unit_end == 0 && end < text.size() && text[end] == '-')
          unit_end = follows(text, end + 1, u.form, true);
        if (unit_end == 0) continue;
        if (u.dimension == kPercent) {
          q.percent = true;
          end = std::max(end, unit_end);
          break;
        }
        double value = base * u.factor + u.offset;
        if (std::fabs(u.factor - kFoot) < 1e-9 && j + 1 < tokens.size()) {
          // The inches: a number below 12 right after the unit, by a hyphen or a space.
          std::size_t k = j + 1;  // the first token after the unit
          while (k < tokens.size() && tokens[k].span.begin < unit_end) ++k;
          if (k < tokens.size()) {
            const annotate::Token& next = tokens[k];
            const std::string_view gap = text.substr(unit_end, next.span.begin - unit_end);
            const std::string_view inches = text.substr(next.span.begin, next.span.size());
            if ((gap == "-" || gap == " ") && all_digits(inches) && inches.size() <= 2 &&
                parse_value(inches) < 12) {
              value += parse_value(inches) * kInch;
              end = next.span.end;
              j = k;
            }
          }
        }
        q.readings.push_back({QuantityKind::number, value, u.dimension});
        break;
      }
      q.span.end = static_cast<std::uint32_t>(std::max<std::size_t>(end, tok.span.end));
      out.push_back(std::move(q));
      continue;
    }

    // Words: months (beside a day or a year, or on their own: "bare"), weekdays, numbers in
    // words.
    if (!may_be_word(tok.lower()) && !may_be_word(tok.folded())) continue;
    const int* month = find(months_, tok.lower());
    // Without its accents a short word may be an abbreviated month ("się", "sie" for sierpień).
    if (month == nullptr && tok.folded().size() > 4) month = find(months_, tok.folded());
    const bool beside_number = is_number(j + 1) || (j > 0 && is_number(j - 1));
    // Joined by a hyphen to the next word, a month's abbreviation is part of a name (Сент-Луис).
    if (month != nullptr && !beside_number && tok.span.end < text.size() &&
        text[tok.span.end] == '-')
      month = nullptr;
    // A month name that is also a function word ("się") or a number in words (fr "sept") is a
    // month only beside a number; where months are capitalised, a word in lower case ("may") is
    // none.
    const double* word = find(words_, tok.lower());
    if (word == nullptr) word = find(words_, tok.folded());
    const bool number_word = word != nullptr;
    if (month != nullptr && (beside_number || !(tok.function_word() || number_word)) &&
        (tok.capitalised() || !months_capitalised_)) {
      Quantity q;
      q.readings = {{QuantityKind::month, static_cast<double>(*month), ""}};
      q.bare = !beside_number;
      q.sentence = sentence;
      q.span = tok.span;
      out.push_back(std::move(q));
      continue;
    }
    if (const std::optional<std::pair<int, std::size_t>> day = weekday(text, tokens, j)) {
      Quantity q;
      q.readings = {{QuantityKind::weekday, static_cast<double>(day->first), ""}};
      q.sentence = sentence;
      q.span = {tok.span.begin, tokens[day->second].span.end};
      out.push_back(std::move(q));
      j = day->second;
      continue;
    }
    if (word == nullptr) {
      // A scale word alone ("Millions of people", "Milliarden von Menschen"): compared only with
      // another such.
      const double* scale = find(scales_, tok.lower());
      if (scale == nullptr) scale = find(scales_, tok.folded());
      if (scale == nullptr || !tok.number().empty() || tok.acronym()) continue;
      // After a function word it may end a longer phrase ("miles de millones": billions).
      if (j >= 1 && tokens[j - 1].function_word()) continue;
      Quantity q;
      q.span = tok.span;
      const double value = *scale;
      q.soft = true;
      q.bare = true;
      q.sentence = sentence;
      q.readings = {{QuantityKind::number, value, ""}};
      out.push_back(std::move(q));
      continue;
    }
    // A number in several words ("twenty-one", "vingt et un"): the longest run ICU reads.
    Quantity q;
    q.soft = true;
    q.sentence = sentence;
    q.span = tok.span;
    double value = *word;
    std::size_t last = j;
    for (std::size_t k = j + 1; k < tokens.size() && k <= j + 4; ++k) {
      if (tokens[k].span.begin > tokens[k - 1].span.end + 1) break;
      const bool in_words = find(words_, tokens[k].lower()) || find(words_, tokens[k].folded());
      if (!in_words && k + 1 < tokens.size() &&
          !(find(words_, tokens[k + 1].lower()) || find(words_, tokens[k + 1].folded())))
        break;
      if (!in_words) continue;
      const Span run{tok.span.begin, tokens[k].span.end};
      if (const auto v = lang::parse_spelled_number(code_, doc.input.view(run))) {
        value = *v;
        last = k;
      }
    }
    j = last;
    q.span.end = tokens[last].span.end;
    // Scale words after it: "five million", "dois mil milhões".
    for (int scales = 0; scales < 2 && j + 1 < tokens.size(); ++scales) {
      const double* scale = find(scales_, tokens[j + 1].lower());
      if (scale == nullptr) break;
      value *= *scale;
      q.span.end = tokens[++j].span.end;
    }
    q.readings = {{QuantityKind::number, value, ""}};
    // A unit after it: "two-foot", "five miles".
    if (j + 1 < tokens.size())
      for (const Unit& u : units_)
        if (u.form == tokens[j + 1].lower()) {
          if (u.dimension == kPercent)
            q.percent = true;
          else
            q.readings.push_back({QuantityKind::number, value * u.factor + u.offset, u.dimension});
          break;
        }
    out.push_back(std::move(q));
  }
  // A range shares its unit: "3 to 6 inches" is 3 inches to 6 inches.
  for (std::size_t i = out.size(); i-- > 1;) {
    Quantity& a = out[i - 1];
    const Quantity& next = out[i];
    if (a.kind() != QuantityKind::number || next.kind() != QuantityKind::number) continue;
    if (next.percent && next.span.begin - a.span.end <= 8) a.percent = true;
    const bool has_unit = std::any_of(a.readings.begin(), a.readings.end(),
                                      [](const Reading& r) { return !r.dimension.empty(); });
    if (has_unit || next.span.begin - a.span.end > 8) continue;
    for (const Reading& r : next.readings) {
      if (r.dimension.empty() || next.readings[0].value == 0) continue;
      a.readings.push_back({QuantityKind::number,
                            a.readings[0].value * r.value / next.readings[0].value, r.dimension});
    }
  }
  // Figures joined by a hyphen, an en dash, a colon or a slash, with nothing else between them.
  const auto joiner = [&](std::size_t begin, std::size_t end) {
    const std::string_view gap = text.substr(begin, end - begin);
    return gap == "-" || gap == ":" || gap == "/" || gap == "\u2013";
  };
  for (std::size_t i = 0; i + 1 < out.size(); ++i) {
    Quantity& a = out[i];
    Quantity& b = out[i + 1];
    if (a.soft || b.soft || a.kind() != QuantityKind::number || b.kind() != QuantityKind::number ||
        b.span.begin < a.span.end || !joiner(a.span.end, b.span.begin))
      continue;
    a.joined = b.joined = true;
  }
  return out;
}

bool exact_match(const Quantity& a, const Quantity& b) {
  for (const Reading& x : a.readings)
    for (const Reading& y : b.readings)
      if (x.kind == y.kind && x.dimension.empty() && y.dimension.empty() && same(x.value, y.value))
        return true;
  return false;
}

namespace {

// The sizes, in the SI unit of a dimension of units.tsv, of the units a figure is usually
// converted into: a converted figure whose unit the reader does not know ("209 km" in a language
// without units.tsv) is read bare, and agrees in one of them.
const std::vector<double>& usual_units(const std::string& dimension) {
  static const std::unordered_map<std::string, std::vector<double>> sizes = {
      {"length", {1, 1000, 0.01, 0.001}},  // m, km, cm, mm
      {"area", {1, 1e6, 1e4}},             // m², km², ha
      {"mass", {1, 0.001, 1000}},          // kg, g, t
      {"volume", {1, 0.001, 1000}},        // l, ml, m³
      {"speed", {1, 1 / 3.6}},             // m/s, km/h
      {"temperature", {1}},                // °C
  };
  static const std::vector<double> none;
  const auto it = sizes.find(dimension);
  return it == sizes.end() ? none : it->second;
}

// Whether `bare` (a figure without unit) is `measured` (converted to its SI unit) expressed in one
// of the usual units of its dimension, within 10 % (a converted figure is rounded: 40 miles,
// 60 km).
bool converted_bare(const Reading& measured, const Reading& bare) {
  if (bare.value == 0 || std::fabs(bare.value) < 2) return false;
  for (const double size : usual_units(measured.dimension)) {
    const double value = measured.value / size;
    if (std::fabs(value - bare.value) <= 0.1 * std::max(std::fabs(value), std::fabs(bare.value)))
      return true;
  }
  return false;
}

}  // namespace

bool near_match(const Quantity& a, const Quantity& b, bool whole) {
  for (const Reading& x : a.readings)
    for (const Reading& y : b.readings) {
      if (x.kind != QuantityKind::number || y.kind != QuantityKind::number) continue;
      if (x.dimension != y.dimension) {
        if ((y.dimension.empty() && converted_bare(x, y)) ||
            (x.dimension.empty() && converted_bare(y, x)))
          return true;
        continue;
      }
      const double big = std::max(std::fabs(x.value), std::fabs(y.value));
      if (!x.dimension.empty()) {
        if (std::fabs(x.value - y.value) <= 0.05 * big || rounds_to(x.value, y.value) ||
            rounds_to(y.value, x.value))
          return true;
      } else if (whole && big >= 1 && std::fabs(x.value - y.value) < 1 &&
                 (std::floor(x.value) == x.value) != (std::floor(y.value) == y.value) &&
                 (rounds_to(x.value, y.value) || rounds_to(y.value, x.value) ||
                  std::floor(x.value) == std::floor(y.value))) {
        return true;
      }
    }
  return false;
}

BlockQuantities::BlockQuantities(const Context& context, const NumberReader& src,
                                 const NumberReader& tgt)
    : context_(context), src_(context.src.sentences.size()), tgt_(context.tgt.sentences.size()) {
  for (std::uint32_t i = 0; i < src_.size(); ++i)
    src_[i] = src.read(context.src, context.src_tokens.sentences[i], i);
  for (std::uint32_t k = 0; k < tgt_.size(); ++k)
    tgt_[k] = tgt.read(context.tgt, context.tgt_tokens.sentences[k], k);
}

std::vector<const Quantity*> BlockQuantities::gather(bool src, std::size_t b) const {
  const Bead& bead = context_.alignment.beads[b];
  const auto& q = src ? src_ : tgt_;
  std::vector<const Quantity*> out;
  for (std::uint32_t i = src ? bead.src_begin : bead.tgt_begin;
       i < (src ? bead.src_end : bead.tgt_end); ++i)
    for (const Quantity& x : q[i]) out.push_back(&x);
  return out;
}

namespace {

// A number in words for one: also the indefinite article of most languages (un, ein, uno).
bool article_like(const Quantity& q) { return q.soft && q.readings.front().value == 1; }

// The quantities of `from` that agree with none of `other`: exactly, or (for those left on
// both sides) up to rounding. Within a block, each quantity of `other` agrees with one of
// `from` at most, taken in order, figures with figures first: "three meetings in five months"
// against "drei Treffen in drei Monaten" leaves five and the second drei. With `all_near` (the
// quantities of a neighbouring block), any of `other` may agree with several, and rounding is tried
// against each, for converted units only: a decimal rounded to a figure of the block beside
// ("6,6" and "6-foot-6") is more often a changed figure of this block than a moved one.
std::vector<const Quantity*> unmatched_in(const std::vector<const Quantity*>& from,
                                          const std::vector<const Quantity*>& other,
                                          bool all_near = false) {
  std::vector<bool> used(other.size(), false), done(from.size(), false);
  // Figures are paired with figures and numbers in words with numbers in words first ("1
  // October" with "am 1. Oktober", not with "ein Urteil"; "first" with "eerste", leaving "1-2"
  // for "2-2"); then across, though not a figure joined to another with a word for one, which
  // is also the article of most languages (the 1 of a score, "1-0", is no "eine").
  for (const bool same_kind : {true, false})
    for (const bool soft : {false, true})
      for (std::size_t i = 0; i < from.size(); ++i) {
        const Quantity* f = from[i];
        if (done[i] || f->soft != soft) continue;
        for (std::size_t o = 0; o < other.size() && !done[i]; ++o)
          if ((all_near || !used[o]) && (!same_kind || other[o]->soft == f->soft) &&
              !(f->joined && article_like(*other[o])) && !(article_like(*f) && other[o]->joined) &&
              exact_match(*f, *other[o])) {
            done[i] = true;
            used[o] = true;
          }
      }
  std::vector<const Quantity*> left;  // of `from`, with no exact match
  for (std::size_t i = 0; i < from.size(); ++i)
    if (!done[i]) left.push_back(from[i]);
  std::vector<const Quantity*> out;
  for (const Quantity* f : left) {
    bool hit = false;
    for (std::size_t o = 0; o < other.size() && !hit; ++o)
      hit = (all_near || !used[o]) && near_match(*f, *other[o], !all_near);
    if (!hit) out.push_back(f);
  }
  return out;
}

}  // namespace

std::pair<std::vector<const Quantity*>, std::vector<const Quantity*>> BlockQuantities::unmatched(
    std::size_t b) const {
  const std::vector<const Quantity*> s = gather(true, b), t = gather(false, b);
  std::vector<const Quantity*> s_left = unmatched_in(s, t), t_left = unmatched_in(t, s);
  // A figure that crossed the boundary is missing from its own block: only the quantities a
  // neighbouring block leaves unmatched may stand for this block's ("Friday" translated in the
  // block before does not excuse "viernes" here for "Saturday").
  std::vector<const Quantity*> s_near, t_near;
  for (const std::size_t n : {b - 1, b + 1}) {
    if (n >= context_.alignment.beads.size()) continue;  // b - 1 wraps around for the first
    const std::vector<const Quantity*> ns = gather(true, n), nt = gather(false, n);
    for (const Quantity* q : unmatched_in(nt, ns)) t_near.push_back(q);
    for (const Quantity* q : unmatched_in(ns, nt)) s_near.push_back(q);
  }
  return {unmatched_in(s_left, t_near, true), unmatched_in(t_left, s_near, true)};
}

const BlockQuantities& block_quantities(const Context& context, const NumberReader& src,
                                        const NumberReader& tgt) {
  if (!context.quantities)
    context.quantities = std::make_shared<BlockQuantities>(context, src, tgt);
  return *context.quantities;
}

}  // namespace wirealign::check
