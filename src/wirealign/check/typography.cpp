// typography: target-language spacing around punctuation, from corpora/lang/<tgt>/typography.tsv
// (French: a no-break space before ; : ! ? and inside « »). A missing space is reported; an
// ordinary space only when the text uses no-break spaces elsewhere, so a text typed with plain
// spaces throughout is left alone. One finding per sentence. Clock times (12:30), addresses
// (https://, www.) and runs of marks (?!) are not checked.
#include <algorithm>

#include "wirealign/check/checks.h"
#include "wirealign/check/quotes.h"
#include "wirealign/core/error.h"
#include "wirealign/core/utf8.h"

namespace wirealign::check {

namespace {

enum class Space { none, plain, no_break };

// A finding quotes this many of its sentence's marks and counts the others.
constexpr std::size_t kMaxListed = 3;

// Whether byte `c` continues a UTF-8 sequence (a cut there would split a character).
bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

class Typography : public Check {
 public:
  explicit Typography(const Setup& setup)
      : src_language_(setup.src_language), tgt_language_(setup.tgt_language) {
    const auto path = setup.data_dir / "lang" / setup.tgt_language.code / "typography.tsv";
    lang::read_table(path, [&](int line, const std::vector<std::string>& f) {
      if (f.size() < 2 || (f[0] != "before" && f[0] != "after"))
        throw ConfigError(path.string() + ", line " + std::to_string(line) +
                          ": expected before|after and a mark");
      std::size_t i = 0;
      const char32_t mark = utf8::next(f[1], i);
      (f[0] == "before" ? before_ : after_).push_back(mark);
    });
  }

  std::vector<Finding> run(const Context& context) const override {
    if (before_.empty() && after_.empty()) return {};
    struct Hit {
      std::uint32_t sentence;
      Span mark;
      Space space;
      bool before;
      char32_t c;
    };
    const std::string& text = context.tgt.input.text;
    std::vector<Hit> hits;
    bool uses_no_break = false;
    for (std::uint32_t k = 0; k < context.tgt.sentences.size(); ++k) {
      if (reads_as(context.tgt_tokens.sentences[k], src_language_, tgt_language_)) continue;
      const Span s = context.tgt.sentences[k].span;
      for (std::size_t i = s.begin; i < s.end;) {
        const std::size_t at = i;
        const char32_t c = utf8::next(text, i);
        const bool b = std::find(before_.begin(), before_.end(), c) != before_.end();
        const bool a = std::find(after_.begin(), after_.end(), c) != after_.end();
        if (!b && !a) continue;
        const Span mark{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(i)};
        if (in_address(text, s, mark)) continue;
        if (b && at > s.begin) {
          std::size_t j = at;
          const char32_t prev = utf8::prev(text, j);
          char32_t next = 0;
          if (i < text.size()) {
            std::size_t n = i;
            next = utf8::next(text, n);
          }
          if (c == ':' && is_digit(prev) && is_digit(next)) continue;  // 12:30
          const Space space = space_of(prev);
          if (space == Space::no_break) uses_no_break = true;
          if (space == Space::none && !word_end(prev)) continue;  // ?! …? ":"
          if (space != Space::no_break) hits.push_back({k, mark, space, true, c});
        }
        if (a && i < s.end) {
          std::size_t n = i;
          const char32_t next = utf8::next(text, n);
          const Space space = space_of(next);
          if (space == Space::no_break) uses_no_break = true;
          if (space == Space::none && !is_word(next)) continue;
          if (space != Space::no_break) hits.push_back({k, mark, space, false, c});
        }
      }
    }
    std::vector<Finding> findings;
    for (const Hit& h : hits) {
      if (h.space == Space::plain && !uses_no_break) continue;
      if (findings.empty() || findings.back().tgt_sentences[0] != h.sentence) {
        Finding f;
        f.kind = "typography";
        f.severity = Severity::info;
        f.tgt_sentences = {h.sentence};
        f.src_sentences = context.src_of_tgt(h.sentence);
        f.suggestion = "put a no-break space (U+202F or U+00A0) " +
                       std::string(h.before ? "before" : "after") + " the mark";
        findings.push_back(std::move(f));
      }
      Finding& f = findings.back();
      f.tgt_spans.push_back(h.mark);
      std::string mark_text(context.tgt.input.view(h.mark));
      // The mark with the word it belongs to: "intéressés ?", "«Bonjour".
      const Span sentence = context.tgt.sentences[h.sentence].span;
      std::size_t b = h.mark.begin, e = h.mark.end;
      if (h.before) {
        if (h.space == Space::plain) --b;
        while (b > sentence.begin && text[b - 1] != ' ' && h.mark.begin - b < 30) --b;
        while (b < h.mark.begin && is_continuation(text[b])) ++b;  // not inside a character
      } else {
        if (h.space == Space::plain) ++e;
        while (e < sentence.end && text[e] != ' ' && e - h.mark.end < 30) ++e;
        while (e > h.mark.end && e < text.size() && is_continuation(text[e])) --e;
      }
      const std::string what = (h.space == Space::none ? "no space " : "an ordinary space ") +
                               std::string(h.before ? "before " : "after ") + mark_text + " in \"" +
                               excerpt(std::string_view(text).substr(b, e - b), 40) + "\"";
      if (f.message.empty())
        f.message =
            what + (h.space == Space::plain ? " (the text uses no-break spaces elsewhere)" : "");
      else if (f.tgt_spans.size() <= kMaxListed && f.message.find(what) == std::string::npos)
        f.message += "; " + what;
    }
    // A sentence with many of them (a line of »»»»): the first few are quoted, the rest counted.
    for (Finding& f : findings)
      if (f.tgt_spans.size() > kMaxListed)
        f.message += "; and " + std::to_string(f.tgt_spans.size() - kMaxListed) + " more";
    return findings;
  }

 private:
  static bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
  static bool is_word(char32_t c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0xC0;
  }
  // A character a word or a quotation ends with: then a space must follow it before the mark.
  static bool word_end(char32_t c) {
    return is_word(c) || c == ')' || c == ']' || c == 0xBB || c == 0x201D || c == '"' || c == '%';
  }
  static Space space_of(char32_t c) {
    if (c == 0xA0 || c == 0x202F || c == 0x2009) return Space::no_break;
    if (c == ' ') return Space::plain;
    return Space::none;
  }
  // Whether `mark` lies in a web address (a run of non-space text with :// or starting www.).
  static bool in_address(const std::string& text, Span sentence, Span mark) {
    std::size_t b = mark.begin, e = mark.end;
    while (b > sentence.begin && text[b - 1] != ' ' && text[b - 1] != '\n') --b;
    while (e < sentence.end && text[e] != ' ' && text[e] != '\n') ++e;
    const std::string_view run = std::string_view(text).substr(b, e - b);
    return run.find("://") != std::string_view::npos || run.starts_with("www.") ||
           run.find('@') != std::string_view::npos;
  }

  lang::LanguageData src_language_;
  lang::LanguageData tgt_language_;
  std::vector<char32_t> before_, after_;
};

}  // namespace

std::unique_ptr<Check> make_typography(const Setup& setup) {
  return std::make_unique<Typography>(setup);
}

}  // namespace wirealign::check
