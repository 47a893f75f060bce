// Finding quotations in a document: marks told apart by their neighbours, nesting, paragraph scope.
#include "wirealign/check/quotes.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <memory>
#include <optional>

#include "wirealign/check/evidence.h"
#include "wirealign/core/error.h"
#include "wirealign/core/utf8.h"

namespace wirealign::check {

namespace {

bool is_space(char32_t c) { return c == 0 || u_isUWhiteSpace(static_cast<UChar32>(c)); }
bool is_word(char32_t c) { return c != 0 && u_isalnum(static_cast<UChar32>(c)); }
// Characters after which a straight quote opens: brackets, dashes, slashes, other opening marks.
bool opens_after(char32_t c) {
  return is_space(c) || c == '(' || c == '[' || c == '{' || c == '-' || c == 0x2013 ||
         c == 0x2014 || c == '/' || c == 0xAB || c == 0x201C || c == 0x2018 || c == 0x201E ||
         c == 0x201A || c == ':';
}

// Whether a mark followed by `c` has nothing to open: a space, the end of the text, or a
// punctuation mark that ends a phrase ("Zwerge‘‘." has a second closing mark, not an opening one).
bool nothing_after(char32_t c) {
  return is_space(c) || c == '.' || c == ',' || c == ';' || c == '!' || c == '?' || c == ')' ||
         c == ']' || c == 0x2026;
}

// Where a sentence's quotations stand while the document is read.
struct Reader {
  const Document& doc;
  Quotes out;
  std::vector<std::size_t> stack;  // indices in out.quotations of the open ones, innermost last
  std::vector<bool> tentative;     // per quotation: a single quote that may be an elision mark

  // The index in `stack` of the innermost open quotation of `kind`.
  std::optional<std::size_t> innermost(QuoteKind kind) const {
    for (std::size_t i = stack.size(); i-- > 0;)
      if (out.quotations[stack[i]].kind == kind) return i;
    return std::nullopt;
  }

  // The end of the scope of an unclosed quotation: the end of its paragraph (`paragraph_end`,
  // the last sentence of it) when that paragraph is short, else the end of its own sentence: a
  // "paragraph" of many sentences means the input had no paragraph breaks.
  void end_unclosed(std::size_t q, std::uint32_t last_sentence, std::uint32_t limit) {
    Quotation& quotation = out.quotations[q];
    std::uint32_t last = last_sentence;
    if (last - quotation.first_sentence >= 8) last = quotation.first_sentence;
    std::uint32_t end = doc.sentences[last].span.end;
    if (end > limit) end = limit;
    if (end < quotation.inside.begin) end = quotation.inside.begin;
    quotation.inside.end = end;
    quotation.close = {end, end};
    quotation.last_sentence = last;
    quotation.closed = false;
  }

  // Pops every quotation above stack position `level` (exclusive) as never closed, dropping
  // tentative single quotes.
  void pop_above(std::size_t level, std::uint32_t sentence, std::uint32_t limit) {
    while (stack.size() > level) {
      const std::size_t q = stack.back();
      stack.pop_back();
      if (tentative[q])
        out.quotations[q].depth = UINT32_MAX;  // removed at the end
      else
        end_unclosed(q, sentence, limit);
    }
  }

  void open(QuoteKind kind, Span mark, std::uint32_t sentence, bool at_start, bool maybe_elision) {
    Quotation q;
    q.kind = kind;
    q.open = mark;
    q.inside = {mark.end, mark.end};
    q.first_sentence = q.last_sentence = sentence;
    q.depth = static_cast<std::uint32_t>(stack.size());
    q.at_sentence_start = at_start;
    stack.push_back(out.quotations.size());
    out.quotations.push_back(q);
    tentative.push_back(maybe_elision);
  }

  void close(std::size_t level, Span mark, std::uint32_t sentence) {
    pop_above(level + 1, sentence, mark.begin);
    const std::size_t q = stack.back();
    stack.pop_back();
    Quotation& quotation = out.quotations[q];
    quotation.close = mark;
    quotation.inside.end = mark.begin;
    quotation.last_sentence = sentence;
    quotation.closed = true;
  }

  void read_sentence(std::uint32_t s, bool paragraph_start) {
    const std::string& text = doc.input.text;
    const Span span = doc.sentences[s].span;
    bool at_start = true;  // only spaces, dashes and quotation marks so far in the sentence
    bool after_colon = false;
    for (std::size_t i = span.begin; i < span.end;) {
      const std::size_t begin = i;
      const char32_t c = utf8::next(text, i);
      const Span mark{static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(i)};
      char32_t before = 0, after = 0;
      if (begin > 0) {
        std::size_t j = begin;
        before = utf8::prev(text, j);
      }
      if (i < text.size()) {
        std::size_t j = i;
        after = utf8::next(text, j);
      }
      const bool opening_position = at_start || after_colon;
      // A sentence-start opening mark of a quotation still open (from an earlier sentence, not
      // too far back) continues it.
      auto continues = [&](QuoteKind kind) {
        const auto level = innermost(kind);
        if (!at_start || !level) return false;
        const Quotation& q = out.quotations[stack[*level]];
        return q.first_sentence < s && (paragraph_start || s - q.first_sentence <= 6);
      };
      auto open_or_continue = [&](QuoteKind kind) {
        if (continues(kind)) return;
        if (at_start) {
          // An older quotation of this kind, too far back to continue, was never closed.
          if (const auto level = innermost(kind)) pop_above(*level, s - 1, mark.begin);
        }
        open(kind, mark, s, opening_position, false);
      };
      auto close_or_stray = [&](QuoteKind kind) {
        if (const auto level = innermost(kind))
          close(*level, mark, s);
        else
          out.stray.push_back({kind, mark, s});
      };
      bool is_mark = true;
      switch (c) {
        case 0xAB:  // «
          open_or_continue(QuoteKind::guillemets);
          break;
        case 0xBB:  // »
          if (paragraph_start && at_start && s > 0 && innermost(QuoteKind::guillemets))
            break;  // French continuation mark at the start of a paragraph
          close_or_stray(QuoteKind::guillemets);
          break;
        case 0x2039:  // ‹
          open_or_continue(QuoteKind::single_guillemets);
          break;
        case 0x203A:  // ›
          close_or_stray(QuoteKind::single_guillemets);
          break;
        case 0x201E:  // „
          open(QuoteKind::curly_double, mark, s, opening_position, false);
          break;
        case 0x201C: {  // “ opens, or closes a „ quotation
          const auto level = innermost(QuoteKind::curly_double);
          if (level && text.compare(out.quotations[stack[*level]].open.begin, 3, "\u201E") == 0)
            close(*level, mark, s);
          else if (nothing_after(after) && !is_space(before))
            close_or_stray(QuoteKind::curly_double);
          else
            open_or_continue(QuoteKind::curly_double);
          break;
        }
        case 0x201D:  // ”
          close_or_stray(QuoteKind::curly_double);
          break;
        case 0x201A:  // ‚ (German, Polish, Czech... inner quotation)
          open(QuoteKind::curly_single, mark, s, opening_position, false);
          break;
        case 0x2018: {  // ‘ opens, or closes a ‚ quotation
          const auto level = innermost(QuoteKind::curly_single);
          if (level && text.compare(out.quotations[stack[*level]].open.begin, 3, "\u201A") == 0)
            close(*level, mark, s);
          else if (!is_space(before) && !opens_after(before) && !is_word(after) && level)
            close(*level, mark, s);  // ‘ as a closing mark after a word ('…‘)
          else if (nothing_after(after) && !is_space(before))
            close_or_stray(QuoteKind::curly_single);
          else
            open_or_continue(QuoteKind::curly_single);
          break;
        }
        case 0x2019:  // ’
        case '\'': {  // '
          const bool typographic = c == 0x2019;
          const QuoteKind kind = typographic ? QuoteKind::curly_single : QuoteKind::straight_single;
          const bool left = !is_space(after) && opens_after(before) && !is_word(before);
          const bool right = !is_space(before) && !opens_after(before) && !is_word(after);
          const auto level = innermost(kind);
          if (is_word(before) && is_word(after)) {
            out.apostrophes.push_back({mark, typographic, s});
          } else if (right && level) {
            close(*level, mark, s);
          } else if (left && !typographic) {
            if (!continues(kind)) open(kind, mark, s, opening_position, true);
          } else if (is_word(before) || is_word(after)) {
            out.apostrophes.push_back({mark, typographic, s});  // students' , ’90s
          } else {
            is_mark = false;
          }
          break;
        }
        case '"': {
          const bool left = !is_space(after) && opens_after(before);
          const bool right = !is_space(before) && !opens_after(before);
          const auto level = innermost(QuoteKind::straight_double);
          if (left && !right) {
            // Inside an open one, a quotation within the quotation (plain text writes both
            // levels with ").
            if (!continues(QuoteKind::straight_double))
              open(QuoteKind::straight_double, mark, s, opening_position, false);
          } else if (right && !left) {
            close_or_stray(QuoteKind::straight_double);
          } else if (level) {
            close(*level, mark, s);
          } else {
            open(QuoteKind::straight_double, mark, s, opening_position, false);
          }
          break;
        }
        default:
          is_mark = false;
      }
      // A quotation mark keeps the position it was found in ("« “", ": «").
      if (!is_mark && !is_space(c) && c != '-' && c != 0x2013 && c != 0x2014) {
        at_start = false;
        after_colon = c == ':';
      }
    }
  }
};

}  // namespace

std::string_view quote_kind_marks(QuoteKind kind) {
  switch (kind) {
    case QuoteKind::guillemets:
      return "« »";
    case QuoteKind::curly_double:
      return "“ ”";
    case QuoteKind::straight_double:
      return "\" \"";
    case QuoteKind::curly_single:
      return "‘ ’";
    case QuoteKind::straight_single:
      return "' '";
    case QuoteKind::single_guillemets:
      return "‹ ›";
  }
  return "";
}

std::string QuoteStyle::preferred_marks() const {
  return outer.empty() ? std::string() : std::string(quote_kind_marks(outer.front()));
}

QuoteStyle load_quote_style(const std::filesystem::path& data_dir, const std::string& code) {
  QuoteStyle style;
  const auto path = data_dir / "lang" / code / "quotes.tsv";
  lang::read_table(path, [&](int line, const std::vector<std::string>& f) {
    auto fail = [&](const std::string& what) {
      throw ConfigError(path.string() + ", line " + std::to_string(line) + ": " + what);
    };
    if (f.size() < 2) fail("expected a role and a mark");
    if (f[0] == "apostrophe") {
      style.apostrophe = f[1];
      return;
    }
    if (f[0] != "outer" && f[0] != "inner") fail("unknown role '" + f[0] + "'");
    static const std::pair<std::string_view, QuoteKind> marks[] = {
        {"«", QuoteKind::guillemets},       {"“", QuoteKind::curly_double},
        {"„", QuoteKind::curly_double},     {"\"", QuoteKind::straight_double},
        {"‘", QuoteKind::curly_single},     {"'", QuoteKind::straight_single},
        {"‹", QuoteKind::single_guillemets}};
    const auto* found = std::find_if(std::begin(marks), std::end(marks),
                                     [&](const auto& m) { return m.first == f[1]; });
    if (found == std::end(marks)) fail("unknown opening quotation mark '" + f[1] + "'");
    (f[0] == "outer" ? style.outer : style.inner).push_back(found->second);
    style.has_data = true;
  });
  return style;
}

bool Quotes::in_short_quotation(Span s, std::size_t max_bytes) const {
  for (const Quotation& q : quotations)
    if (q.closed && q.first_sentence == q.last_sentence && q.inside.size() <= max_bytes &&
        q.inside.begin <= s.begin && s.end <= q.inside.end)
      return true;
  return false;
}

bool Quotes::quoted(Span s) const {
  for (const Quotation& q : quotations)
    if (q.inside.begin <= s.begin && s.end <= q.inside.end) return true;
  return false;
}

const Quotes& quotes_of(const Context& context, bool source) {
  std::shared_ptr<const Quotes>& kept = source ? context.src_quotes : context.tgt_quotes;
  if (!kept) kept = std::make_shared<const Quotes>(find_quotes(source ? context.src : context.tgt));
  return *kept;
}

Quotes find_quotes(const Document& doc) {
  Reader reader{doc, {}, {}, {}};
  const std::string& text = doc.input.text;
  const auto n = static_cast<std::uint32_t>(doc.sentences.size());
  for (std::uint32_t s = 0; s < n; ++s) {
    const bool paragraph_start =
        s == 0 || doc.sentences[s].paragraph != doc.sentences[s - 1].paragraph;
    if (paragraph_start && s > 0 && !reader.stack.empty()) {
      // A quotation open at the end of a paragraph goes on only if the next one starts with a mark.
      std::size_t i = doc.sentences[s].span.begin;
      const char32_t first = i < text.size() ? utf8::next(text, i) : 0;
      const bool continued = first == 0xAB || first == 0xBB || first == 0x201C || first == '"' ||
                             first == 0x2018 || first == '\'' || first == 0x201E || first == 0x201A;
      if (!continued) reader.pop_above(0, s - 1, doc.sentences[s - 1].span.end);
    }
    reader.read_sentence(s, paragraph_start);
  }
  if (n > 0) reader.pop_above(0, n - 1, doc.sentences[n - 1].span.end);
  // Drop the single quotes that never closed: elision marks ('90s, 'em), not quotations.
  std::vector<Quotation> kept;
  for (std::size_t q = 0; q < reader.out.quotations.size(); ++q)
    if (reader.out.quotations[q].depth != UINT32_MAX) kept.push_back(reader.out.quotations[q]);
  reader.out.quotations = std::move(kept);
  return std::move(reader.out);
}

bool reads_as(const std::vector<annotate::Token>& tokens, const lang::LanguageData& language,
              const lang::LanguageData& other) {
  int mine = 0, theirs = 0;
  for (const annotate::Token& t : tokens) {
    const std::string w(t.lower());
    const bool a = language.function_words.count(w) > 0;
    const bool b = other.function_words.count(w) > 0;
    if (a && !b) ++mine;
    if (b && !a) ++theirs;
  }
  return mine >= 3 && mine > theirs;
}

std::string excerpt(std::string_view view, std::size_t max_bytes) {
  std::string whole(view);
  for (char& c : whole)
    if (c == '\n' || c == '\t' || c == '\r') c = ' ';
  std::string_view text = whole;
  auto space_at_front = [&] {
    return text.starts_with(" ") || text.starts_with("\u00A0") || text.starts_with("\u202F");
  };
  auto space_at_back = [&] {
    return text.ends_with(" ") || text.ends_with("\u00A0") || text.ends_with("\u202F");
  };
  while (space_at_front()) text.remove_prefix(text[0] == ' ' ? 1 : text[0] == '\xC2' ? 2 : 3);
  while (space_at_back())
    text.remove_suffix(text.back() == ' ' ? 1 : text.ends_with("\u00A0") ? 2 : 3);
  return shorten(text, max_bytes);
}

}  // namespace wirealign::check
