// Sentence segmentation: paragraphs and lines first, then ICU's iterator inside each block of
// running text, then wirealign's corrections of ICU's boundaries.
#include "wirealign/segment/segment.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>
#include <mutex>
#include <string>
#include <unordered_set>

#include "wirealign/core/error.h"
#include "wirealign/core/utf8.h"
#include "wirealign/icu/icu.h"

namespace wirealign::segment {
namespace {

using Pos = std::size_t;

bool is_space(char32_t c) { return u_isUWhiteSpace(static_cast<UChar32>(c)); }
bool is_alnum(char32_t c) { return u_isalnum(static_cast<UChar32>(c)); }
bool is_lower(char32_t c) { return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_LOWERCASE); }
bool is_upper(char32_t c) { return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_UPPERCASE); }
std::int8_t category(char32_t c) { return u_charType(static_cast<UChar32>(c)); }

// Marks that can close a quotation or a parenthesis: » ” › ) ] and straight quotes.
bool is_closer(char32_t c) {
  const auto t = category(c);
  return t == U_END_PUNCTUATION || t == U_FINAL_PUNCTUATION || c == U'"' || c == U'\'';
}
// Unambiguous closers: everything but straight quotes and the apostrophe.
bool is_strict_closer(char32_t c) {
  return is_closer(c) && c != U'"' && c != U'\'' && c != U'\u2019';
}
// Marks that can open a sentence before its first word: « “ ( [ ¿ ¡ dashes and straight quotes.
bool is_opener(char32_t c) {
  const auto t = category(c);
  return t == U_START_PUNCTUATION || t == U_INITIAL_PUNCTUATION || t == U_DASH_PUNCTUATION ||
         c == U'"' || c == U'\'' || c == U'¿' || c == U'¡';
}
bool is_terminal(char32_t c) {
  return c == U'…' || u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_S_TERM);
}

// The first letter or digit at or after `i` once spaces and opening marks are skipped, or 0.
char32_t first_word_char(std::string_view s, Pos i, Pos end) {
  while (i < end) {
    const char32_t c = utf8::next(s, i);
    if (is_space(c) || is_opener(c)) continue;
    return c;
  }
  return 0;
}

// The last character before `i` once spaces and quotation marks and brackets are skipped; `at`
// receives its position. Returns 0 if there is none after `begin`.
char32_t last_mark(std::string_view s, Pos i, Pos begin, Pos& at) {
  while (i > begin) {
    Pos j = i;
    const char32_t c = utf8::prev(s, j);
    if (is_space(c) || is_closer(c) || (is_opener(c) && category(c) != U_DASH_PUNCTUATION)) {
      i = j;
      continue;
    }
    at = j;
    return c;
  }
  return 0;
}

// The word that ends with the full stop at `dot`, the stop included ("Mr.", "J.-C.", "U.S."),
// without opening punctuation before it.
std::string_view word_before_dot(std::string_view s, Pos dot, Pos begin) {
  Pos i = dot;
  while (i > begin) {
    Pos j = i;
    const char32_t c = utf8::prev(s, j);
    if (is_space(c) || !(u_isalpha(static_cast<UChar32>(c)) || c == U'.' || c == U'-' ||
                         c == U'\'' || c == U'\u2019'))
      break;
    i = j;
  }
  // Quotes glued in front of the word are not part of it ("'M." is "M.").
  while (i < dot && (s[i] == '\'' || s[i] == '-')) ++i;
  if (s.compare(i, 3, "\u2019") == 0) i += 3;
  return s.substr(i, dot + 1 - i);
}

// Whether the full stop at `dot` follows an ordinal number written with a dot ("am 3.",
// "im 19."): one to three digits after a word among `function_words` (compared in lower case).
bool ordinal_before(std::string_view s, Pos dot, Pos begin,
                    const std::unordered_set<std::string>& function_words) {
  Pos i = dot;
  while (i > begin && i + 3 > dot && s[i - 1] >= '0' && s[i - 1] <= '9') --i;
  if (i == dot || i == begin || s[i - 1] != ' ') return false;  // four digits or more: a year
  const Pos end = i - 1;
  Pos b = end;
  while (b > begin) {
    Pos j = b;
    if (!u_isalpha(static_cast<UChar32>(utf8::prev(s, j)))) break;
    b = j;
  }
  std::string word;
  for (Pos k = b; k < end;)
    utf8::append(word, static_cast<char32_t>(u_tolower(static_cast<UChar32>(utf8::next(s, k)))));
  return !word.empty() && function_words.count(word) > 0;
}

// "F.", "J.-C.", "J.R.R.": single capital letters each followed by a full stop.
bool is_initials(std::string_view w) {
  Pos i = 0;
  bool any = false;
  while (i < w.size()) {
    if (!is_upper(utf8::next(w, i))) return false;
    if (i >= w.size() || w[i] != '.') return false;
    ++i;
    any = true;
    if (i < w.size() && w[i] == '-') ++i;
  }
  return any;
}

bool is_decoration(std::string_view line) {
  int marks = 0;
  Pos i = 0;
  while (i < line.size()) {
    const char32_t c = utf8::next(line, i);
    // U+FFFD stands for bytes that could not be decoded, in a word as often as not.
    if (is_alnum(c) || c == U'\uFFFD') return false;
    if (!is_space(c)) ++marks;
  }
  return marks >= 3;
}

// A run of three or more symbols such as "*****" or "=====" standing alone among words.
bool is_decoration_token(std::string_view token) {
  int marks = 0;
  Pos i = 0;
  while (i < token.size()) {
    const char32_t c = utf8::next(token, i);
    // Dashes are left out: a run of them inside a sentence marks elided words ("le ----").
    if (is_alnum(c) || is_terminal(c) || is_opener(c) || is_closer(c) || c == U',' || c == U';' ||
        c == U':' || c == U'\uFFFD')
      return false;
    ++marks;
  }
  return marks >= 3;
}

// Cuts around decoration tokens inside running text: before the token and after it.
std::vector<Pos> decoration_cuts(std::string_view s) {
  std::vector<Pos> out;
  Pos i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    const Pos b = i;
    while (i < s.size() && s[i] != ' ') ++i;
    if (i > b && is_decoration_token(s.substr(b, i - b))) {
      out.push_back(b);
      Pos e = i;
      while (e < s.size() && s[e] == ' ') ++e;
      out.push_back(e);
    }
  }
  return out;
}

struct Line {
  Pos begin = 0;
  Pos end = 0;
  bool blank = true;
  bool decoration = false;
  bool ends_terminal = false;  // last mark (after closers) ends a sentence
  bool starts_lower = false;   // first letter is lower case
};

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  Pos b = 0;
  while (b <= text.size()) {
    Pos e = text.find('\n', b);
    if (e == std::string_view::npos) e = text.size();
    Line l{b, e};
    const std::string_view v = text.substr(b, e - b);
    Pos i = 0;
    while (i < v.size() && l.blank) l.blank = is_space(utf8::next(v, i));
    if (!l.blank) {
      l.decoration = is_decoration(v);
      Pos at = 0;
      l.ends_terminal = is_terminal(last_mark(text, e, b, at));
      l.starts_lower = is_lower(first_word_char(text, b, e));
    }
    lines.push_back(l);
    if (e == text.size()) break;
    b = e + 1;
  }
  return lines;
}

// Hard-wrapped prose: a good share of line breaks inside paragraphs fall in mid-sentence.
bool looks_wrapped(const std::vector<Line>& lines) {
  int pairs = 0, mid_sentence = 0;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const Line& a = lines[i - 1];
    const Line& b = lines[i];
    if (a.blank || b.blank || a.decoration || b.decoration) continue;
    ++pairs;
    if (!a.ends_terminal && b.starts_lower) ++mid_sentence;
  }
  return pairs >= 4 && mid_sentence * 4 >= pairs;
}

}  // namespace

void SegmentOptions::validate() const {}

struct Segmenter::Impl {
  lang::LanguageData language;
  SegmentOptions options;
  std::unique_ptr<::icu::BreakIterator> prototype;
  mutable std::mutex clone_mutex;

  std::unique_ptr<::icu::BreakIterator> iterator() const {
    std::lock_guard<std::mutex> lock(clone_mutex);
    return std::unique_ptr<::icu::BreakIterator>(prototype->clone());
  }

  // ICU's boundaries inside `s` (excluding 0 and s.size()).
  static std::vector<Pos> icu_boundaries(::icu::BreakIterator& it, std::string_view s) {
    icu::TextHandle ut = icu::open_utf8(s);
    UErrorCode status = U_ZERO_ERROR;
    it.setText(ut.get(), status);
    icu::check(status, "BreakIterator::setText");
    std::vector<Pos> out;
    for (std::int32_t p = it.next(); p != ::icu::BreakIterator::DONE; p = it.next())
      if (static_cast<Pos>(p) < s.size()) out.push_back(static_cast<Pos>(p));
    return out;
  }

  // Whether a sentence boundary belongs at `cut` in `s` (the text before ends a sentence and the
  // text from `cut` starts one).
  bool keep(std::string_view s, Pos cut) const {
    Pos at = 0;
    const char32_t t = last_mark(s, cut, 0, at);
    const char32_t next = first_word_char(s, cut, s.size());
    if (next == 0) return false;
    if (t == U'.') {
      const std::string w(word_before_dot(s, at, 0));
      if (language.nonfinal_abbreviations.count(w)) return false;
      if (language.numeral_abbreviations.count(w) && u_isdigit(static_cast<UChar32>(next)))
        return false;
      if (!language.final_abbreviations.count(w) && is_initials(w)) return false;
      if (language.ordinal_dot && ordinal_before(s, at, 0, language.function_words)) return false;
      return true;
    }
    if (is_terminal(t) && is_lower(next)) return false;  // "Nous coulons ! nous coulons !"
    return true;
  }

  // Whether the straight quote at `q` (followed by white space) closes a quotation, judged by
  // the number of such quotes since `from`, the start of the sentence: odd means one is open.
  // An apostrophe between two letters ("don't") is not a quote.
  static bool closes(std::string_view s, Pos from, Pos q) {
    const char quote = s[q];
    int count = 0;
    for (Pos i = from; i < q; ++i) {
      if (s[i] != quote) continue;
      if (quote == '\'' && i > from && i + 1 < s.size() &&
          std::isalpha(static_cast<unsigned char>(s[i - 1])) &&
          std::isalpha(static_cast<unsigned char>(s[i + 1])))
        continue;
      ++count;
    }
    return count % 2 == 1;
  }

  // Where a sentence that ICU starts at `c` really starts. A quotation that closes after its
  // final ? ! or . belongs to the sentence before: ICU cuts before "»" when French spacing puts a
  // space in front of it. A straight quote glued to the next word opens; one followed by a space
  // closes, unless the language spaces the inside of quotation marks: then it closes only when a
  // quotation is open in the sentence before.
  Pos past_closers(std::string_view s, Pos from, Pos c) const {
    Pos cut = c;
    for (;;) {
      Pos i = cut;
      if (i >= s.size()) break;
      const char32_t ch = utf8::next(s, i);
      const bool straight = ch == U'"' || ch == U'\'';
      const bool spaced = i >= s.size() || s[i] == ' ';
      const bool closing_quote =
          straight && spaced && (!language.quotes_spaced_inside || closes(s, from, cut));
      if (!(is_strict_closer(ch) || closing_quote)) break;
      while (i < s.size() && s[i] == ' ') ++i;
      cut = i;
    }
    return cut;
  }

  // Candidate cuts before a dialogue dash ("-- Je suis", "— Et pourtant") after the end of a
  // sentence: ICU never breaks there, as dashes continue sentences in its rules.
  static std::vector<Pos> dash_candidates(std::string_view s) {
    std::vector<Pos> out;
    for (Pos i = 0; i + 1 < s.size(); ++i) {
      const bool dash = s.compare(i, 2, "--") == 0 || s.compare(i, 3, "\u2014") == 0 ||
                        s.compare(i, 3, "\u2013") == 0;
      if (!dash || i == 0 || s[i - 1] != ' ') continue;
      Pos at = 0;
      if (!is_terminal(last_mark(s, i, 0, at))) continue;
      Pos j = i;
      while (j < s.size() && (s[j] == '-' || s[j] == ' ' || s.compare(j, 3, "\u2014") == 0 ||
                              s.compare(j, 3, "\u2013") == 0))
        j += static_cast<unsigned char>(s[j]) < 0x80 ? 1 : 3;
      const char32_t next = first_word_char(s, j, s.size());
      if (is_upper(next)) out.push_back(i);
      i = j;
    }
    return out;
  }

  // Sentence starts inside the running text `s` (a unit with soft line breaks made spaces).
  std::vector<Pos> cuts(::icu::BreakIterator& it, std::string_view s) const {
    std::vector<Pos> candidates = icu_boundaries(it, s);
    const std::vector<Pos> dashes = dash_candidates(s);
    if (!dashes.empty()) {
      candidates.insert(candidates.end(), dashes.begin(), dashes.end());
      std::sort(candidates.begin(), candidates.end());
    }
    std::vector<Pos> out;
    for (Pos c : candidates) {
      const Pos from = out.empty() ? 0 : out.back();
      const Pos cut = past_closers(s, from, c);
      if (cut >= s.size() || cut <= from) continue;
      if (keep(s, cut)) out.push_back(cut);
    }
    const std::vector<Pos> forced = decoration_cuts(s);
    if (!forced.empty()) {
      out.insert(out.end(), forced.begin(), forced.end());
      std::sort(out.begin(), out.end());
      out.erase(std::unique(out.begin(), out.end()), out.end());
      out.erase(std::remove_if(out.begin(), out.end(),
                               [&](Pos p) { return p == 0 || p >= s.size(); }),
                out.end());
    }
    return out;
  }

  void add_sentence(Document& doc, Pos b, Pos e, std::uint32_t paragraph) const {
    const std::string_view t(doc.input.text);
    while (b < e) {
      Pos i = b;
      if (!is_space(utf8::next(t, i))) break;
      b = i;
    }
    while (e > b) {
      Pos j = e;
      if (!is_space(utf8::prev(t, j))) break;
      e = j;
    }
    if (b == e) return;
    const std::size_t limit = options.max_sentence_bytes;
    if (limit > 0 && e - b > limit) {
      // Too long to be one sentence: pieces of at most `limit` bytes, cut after white space in
      // the second half of the piece when there is some, else at a character boundary.
      while (e - b > limit) {
        Pos cut = b + limit;
        while (cut > b + limit / 2 && t[cut - 1] != ' ' && t[cut - 1] != '\t' && t[cut - 1] != '\n')
          --cut;
        if (cut == b + limit / 2) {
          cut = b + limit;
          while (cut > b + 1 && (static_cast<unsigned char>(t[cut]) & 0xC0) == 0x80) --cut;
        }
        add_sentence(doc, b, cut, paragraph);
        b = cut;
      }
      add_sentence(doc, b, e, paragraph);
      return;
    }
    Sentence s;
    s.span = {static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)};
    s.original = doc.input.original_span(s.span);
    s.paragraph = paragraph;
    s.text.assign(t.substr(b, e - b));
    std::replace_if(s.text.begin(), s.text.end(), [](char c) { return c == '\n' || c == '\t'; }, ' ');
    doc.sentences.push_back(std::move(s));
  }

  void segment_lines(Document& doc, const std::vector<Line>& lines) const {
    std::uint32_t paragraph = 0;
    bool in_paragraph = false;
    for (const Line& l : lines) {
      if (l.blank) {
        if (in_paragraph) ++paragraph;
        in_paragraph = false;
        continue;
      }
      in_paragraph = true;
      add_sentence(doc, l.begin, l.end, paragraph);
    }
    doc.paragraphs = paragraph + (in_paragraph ? 1 : 0);
  }

  void segment_plain(Document& doc, const std::vector<Line>& lines) const {
    auto it = iterator();
    const std::string_view t(doc.input.text);
    std::vector<Pos> starts{0};
    for (Pos p : icu_boundaries(*it, t)) starts.push_back(p);
    starts.push_back(t.size());
    // Paragraph of a position: the number of blank-line gaps before it.
    std::vector<Pos> gaps;
    bool after_text = false, gap = false;
    for (const Line& l : lines) {
      if (l.blank) {
        gap = after_text;
      } else {
        if (gap) gaps.push_back(l.begin);
        gap = false;
        after_text = true;
      }
    }
    for (std::size_t k = 0; k + 1 < starts.size(); ++k) {
      Pos b = starts[k];
      while (b < starts[k + 1] && is_space(static_cast<unsigned char>(t[b]))) ++b;
      const auto paragraph = static_cast<std::uint32_t>(
          std::upper_bound(gaps.begin(), gaps.end(), b) - gaps.begin());
      add_sentence(doc, starts[k], starts[k + 1], paragraph);
    }
    doc.paragraphs = static_cast<std::uint32_t>(gaps.size() + (after_text ? 1 : 0));
  }

  void segment_running(Document& doc, const std::vector<Line>& lines) const {
    auto it = iterator();
    const std::string_view t(doc.input.text);
    const bool wrapped = looks_wrapped(lines);
    std::uint32_t paragraph = 0;
    bool in_paragraph = false;
    std::size_t i = 0;
    while (i < lines.size()) {
      if (lines[i].blank) {
        if (in_paragraph) ++paragraph;
        in_paragraph = false;
        ++i;
        continue;
      }
      in_paragraph = true;
      // A unit: lines joined by soft line breaks.
      std::size_t j = i + 1;
      while (j < lines.size() && !lines[j].blank && !lines[j].decoration &&
             !lines[j - 1].decoration && (wrapped || lines[j].starts_lower))
        ++j;
      const Pos b = lines[i].begin;
      const Pos e = lines[j - 1].end;
      std::string unit(t.substr(b, e - b));
      std::replace(unit.begin(), unit.end(), '\n', ' ');
      Pos prev = 0;
      for (Pos c : cuts(*it, unit)) {
        add_sentence(doc, b + prev, b + c, paragraph);
        prev = c;
      }
      add_sentence(doc, b + prev, e, paragraph);
      i = j;
    }
    doc.paragraphs = paragraph + (in_paragraph ? 1 : 0);
  }
};

Segmenter::Segmenter(lang::LanguageData language, SegmentOptions options)
    : impl_(std::make_unique<Impl>()) {
  options.validate();
  impl_->language = std::move(language);
  impl_->options = options;
  UErrorCode status = U_ZERO_ERROR;
  impl_->prototype.reset(
      ::icu::BreakIterator::createSentenceInstance(::icu::Locale(impl_->language.code.c_str()), status));
  icu::check(status, "BreakIterator::createSentenceInstance");
}

Segmenter::~Segmenter() = default;
Segmenter::Segmenter(Segmenter&&) noexcept = default;
Segmenter& Segmenter::operator=(Segmenter&&) noexcept = default;

const lang::LanguageData& Segmenter::language() const { return impl_->language; }

Document Segmenter::segment(const Text& text) const { return segment(Text(text)); }

Document Segmenter::segment(Text&& text) const {
  Document doc;
  doc.lang = impl_->language.code;
  doc.input = std::move(text);
  const std::vector<Line> lines = split_lines(doc.input.text);
  if (impl_->options.presegmented) impl_->segment_lines(doc, lines);
  else if (impl_->options.plain_icu) impl_->segment_plain(doc, lines);
  else impl_->segment_running(doc, lines);
  return doc;
}

Document segment(const Text& text, const lang::LanguageData& language,
                 const SegmentOptions& options) {
  return Segmenter(language, options).segment(text);
}

}  // namespace wirealign::segment
