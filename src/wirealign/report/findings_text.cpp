// The human report of an audit: findings grouped by severity, each with its sentences quoted and
// the words concerned marked (bold and coloured on a terminal, ⟦between brackets⟧ otherwise).
#include <algorithm>
#include <string>
#include <string_view>

#include "wirealign/core/utf8.h"
#include "wirealign/report/findings.h"
#include "wirealign/report/locations.h"
#include "wirealign/report/printable.h"

namespace wirealign::report {

namespace {

constexpr std::string_view kOpenMark = "\u27E6";   // ⟦
constexpr std::string_view kCloseMark = "\u27E7";  // ⟧

// ANSI sequences.
constexpr std::string_view kReset = "\x1B[0m";
constexpr std::string_view kBold = "\x1B[1m";
constexpr std::string_view kDim = "\x1B[2m";

std::string_view severity_colour(Severity s) {
  switch (s) {
    case Severity::error:
      return "\x1B[31m";  // red
    case Severity::warning:
      return "\x1B[33m";  // yellow
    case Severity::info:
      return "\x1B[36m";  // cyan
  }
  return "";
}


// Columns a code point takes on a terminal: 0 for combining marks and zero-width characters,
// 2 for East Asian wide characters and emoji, 1 otherwise (a close approximation of wcwidth).
int columns(char32_t c) {
  if ((c >= 0x300 && c <= 0x36F) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF) ||
      (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE20 && c <= 0xFE2F) || (c >= 0x200B && c <= 0x200F))
    return 0;
  if ((c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
      (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
      (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
      (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
      (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD))
    return 2;
  return 1;
}

std::size_t width_of(std::string_view s) {
  std::size_t w = 0;
  for (std::size_t i = 0; i < s.size();) w += static_cast<std::size_t>(columns(utf8::next(s, i)));
  return w;
}

// `n` code points forward from byte `i` of `s` (or its end).
std::size_t forward(std::string_view s, std::size_t i, std::size_t n) {
  while (n-- > 0 && i < s.size()) utf8::next(s, i);
  return i;
}

// `n` code points back from byte `i` of `s` (or its start).
std::size_t backward(std::string_view s, std::size_t i, std::size_t n) {
  while (n-- > 0 && i > 0) utf8::prev(s, i);
  return i;
}

// A piece of a quoted sentence.
struct Run {
  enum Style { plain, marked, elided };
  std::string text;  // visible text, no line breaks
  Style style = plain;
};

// The words concerned inside `sentence`, as byte ranges relative to the sentence's start, sorted
// and merged, on code point boundaries.
std::vector<Span> marks_in(const Document& doc, const Sentence& sentence,
                           const std::vector<Span>& spans) {
  const std::string_view text = doc.input.view(sentence.span);
  std::vector<Span> marks;
  for (const Span& s : spans) {
    std::uint32_t b = std::max(s.begin, sentence.span.begin);
    std::uint32_t e = std::min(s.end, sentence.span.end);
    if (b >= e) continue;
    b -= sentence.span.begin;
    e -= sentence.span.begin;
    while (b > 0 && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) --b;
    while (e < text.size() && (static_cast<unsigned char>(text[e]) & 0xC0) == 0x80) ++e;
    marks.push_back({b, e});
  }
  std::sort(marks.begin(), marks.end(),
            [](const Span& x, const Span& y) { return x.begin < y.begin; });
  std::vector<Span> merged;
  for (const Span& m : marks) {
    if (!merged.empty() && m.begin <= merged.back().end)
      merged.back().end = std::max(merged.back().end, m.end);
    else
      merged.push_back(m);
  }
  return merged;
}

// Moves a cut at byte `i` of `s` to a word boundary within `slack` code points: back to just
// after a space when `back`, else forward to a space. Stays put when there is none.
std::size_t snap(std::string_view s, std::size_t i, bool back, std::size_t slack) {
  std::size_t j = i;
  for (std::size_t n = 0; n < slack; ++n) {
    if (back) {
      if (j == 0) return 0;
      if (s[j - 1] == ' ') return j;
      utf8::prev(s, j);
    } else {
      if (j >= s.size()) return s.size();
      if (s[j] == ' ') return j;
      utf8::next(s, j);
    }
  }
  return i;
}

// The runs of one quoted sentence: the words concerned marked and, when the sentence is long,
// the parts far from them elided.
std::vector<Run> sentence_runs(const Document& doc, const Sentence& sentence,
                               const std::vector<Span>& spans, std::size_t long_sentence) {
  const std::string_view text = doc.input.view(sentence.span);
  const std::vector<Span> marks = marks_in(doc, sentence, spans);
  // The byte ranges of the sentence that are shown.
  std::vector<Span> keep;
  const std::size_t length = width_of(text);
  if (long_sentence == 0 || length <= long_sentence) {
    keep.push_back({0, static_cast<std::uint32_t>(text.size())});
  } else if (marks.empty()) {
    const std::size_t head = snap(text, forward(text, 0, long_sentence * 2 / 3), true, 20);
    const std::size_t tail = snap(text, backward(text, text.size(), long_sentence / 3), false, 20);
    keep.push_back({0, static_cast<std::uint32_t>(head)});
    keep.push_back({static_cast<std::uint32_t>(std::max(head, tail)),
                    static_cast<std::uint32_t>(text.size())});
  } else {
    const std::size_t context = std::max<std::size_t>(long_sentence / 5, 10);
    for (const Span& m : marks) {
      const std::size_t b = snap(text, backward(text, m.begin, context), true, 15);
      const std::size_t e = snap(text, forward(text, m.end, context), false, 15);
      const Span k{static_cast<std::uint32_t>(std::min<std::size_t>(b, m.begin)),
                   static_cast<std::uint32_t>(std::max<std::size_t>(e, m.end))};
      // Parts separated by a few characters only are joined: an ellipsis would hide nothing.
      if (!keep.empty() && k.begin <= forward(text, keep.back().end, 12))
        keep.back().end = std::max(keep.back().end, k.end);
      else
        keep.push_back(k);
    }
    if (keep.front().begin <= forward(text, 0, 12)) keep.front().begin = 0;
    if (backward(text, text.size(), 12) <= keep.back().end)
      keep.back().end = static_cast<std::uint32_t>(text.size());
  }

  std::vector<Run> runs;
  auto add = [&](std::string_view s, Run::Style style) {
    if (s.empty()) return;
    if (!runs.empty() && runs.back().style == style)
      runs.back().text += printable(s);
    else
      runs.push_back({printable(s), style});
  };
  auto ltrim = [](std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    return s;
  };
  auto rtrim = [](std::string_view s) {
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return s;
  };
  std::uint32_t shown_to = 0;
  for (std::size_t k = 0; k < keep.size(); ++k) {
    if (keep[k].begin > shown_to) add(k == 0 ? "\u2026 " : " \u2026 ", Run::elided);
    std::uint32_t at = keep[k].begin;
    // Whitespace next to an ellipsis is dropped so that "word … word" reads evenly.
    const bool cut_before = keep[k].begin > 0, cut_after = keep[k].end < text.size();
    for (const Span& m : marks) {
      if (m.end <= at || m.begin >= keep[k].end) continue;
      std::string_view before = text.substr(at, m.begin - at);
      if (at == keep[k].begin && cut_before) before = ltrim(before);
      add(before, Run::plain);
      add(text.substr(m.begin, m.size()), Run::marked);
      at = m.end;
    }
    std::string_view rest = text.substr(at, keep[k].end - at);
    if (cut_after) rest = rtrim(rest);
    if (at == keep[k].begin && cut_before) rest = ltrim(rest);
    add(rest, Run::plain);
    shown_to = keep[k].end;
  }
  if (shown_to < text.size()) add(" \u2026", Run::elided);
  return runs;
}

// Writes text made of styled runs, wrapped at `style.width`: the first line starts with `label`
// (of `indent` columns), the following ones with `indent` spaces.
class Printer {
 public:
  Printer(std::ostream& out, const TextStyle& style) : out_(out), style_(style) {}

  void wrapped(const std::string& label, std::size_t indent, const std::vector<Run>& runs,
               Severity severity, std::string_view colour = {}) {
    // Words: pieces of runs between spaces, each piece keeping its style.
    struct Piece {
      std::string text;
      Run::Style style;
    };
    std::vector<std::vector<Piece>> words(1);
    for (const Run& r : runs) {
      std::string text = r.text;
      if (r.style == Run::marked && !style_.colour)
        text = std::string(kOpenMark) + text + std::string(kCloseMark);
      std::size_t start = 0;
      while (start <= text.size()) {
        const std::size_t space = text.find(' ', start);
        const std::size_t end = space == std::string::npos ? text.size() : space;
        if (end > start) words.back().push_back({text.substr(start, end - start), r.style});
        if (space == std::string::npos) break;
        if (!words.back().empty()) words.emplace_back();
        start = space + 1;
      }
    }
    if (words.back().empty()) words.pop_back();

    out_ << label;
    std::size_t column = indent;
    bool line_empty = true;
    for (const auto& word : words) {
      std::size_t w = 0;
      for (const Piece& p : word) w += width_of(p.text);
      if (!line_empty && style_.width > 0 && column + 1 + w > style_.width) {
        out_ << '\n' << std::string(indent, ' ');
        column = indent;
        line_empty = true;
      }
      if (!line_empty) {
        out_ << ' ';
        ++column;
      }
      for (const Piece& p : word) {
        if (!style_.colour) {
          out_ << p.text;
        } else if (p.style == Run::marked) {
          out_ << kBold << severity_colour(severity) << p.text << kReset;
        } else if (p.style == Run::elided) {
          out_ << kDim << p.text << kReset;
        } else if (!colour.empty()) {
          out_ << colour << p.text << kReset;
        } else {
          out_ << p.text;
        }
      }
      column += w;
      line_empty = false;
    }
    out_ << '\n';
  }

  // `text` in `codes` when colour is on.
  std::string styled(std::string_view codes, std::string_view text) const {
    if (!style_.colour) return std::string(text);
    return std::string(codes) + std::string(text) + std::string(kReset);
  }

 private:
  std::ostream& out_;
  const TextStyle& style_;
};

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

}  // namespace

void write_findings_text(std::ostream& out, const CheckedPair& pair, const TextStyle& style) {
  std::size_t counts[3] = {0, 0, 0};
  for (const Finding& f : pair.findings) ++counts[static_cast<int>(f.severity)];
  const std::string sentences = std::to_string(pair.src.sentences.size()) + " source / " +
                                std::to_string(pair.tgt.sentences.size()) + " target sentences";
  const std::string muted = pair.muted == 0 ? std::string()
                                            : "; " + plural(pair.muted, "finding", "findings") +
                                                  " muted by the ignore list";
  Printer printer(out, style);
  // The notices first: what the reader should know before trusting the findings.
  if (pair.notices)
    for (const Notice& n : *pair.notices) {
      if (n.kind == "muted") continue;  // counted on the summary line
      const std::string text = n.subject.empty() ? n.message : n.subject + ": " + n.message;
      printer.wrapped(printer.styled(kBold, "notice") + " ", 7, {{printable(text), Run::plain}},
                      Severity::info);
    }
  if (pair.findings.empty()) {
    out << "No findings in " << sentences << muted << ".\n";
    return;
  }
  out << printer.styled(kBold, plural(counts[2], "error", "errors") + ", " +
                                   plural(counts[1], "warning", "warnings") + ", " +
                                   std::to_string(counts[0]) + " info")
      << " in " << sentences << muted << "\n";
  out << printer.styled(kDim, "Sentences are numbered from 1; FILE:LINE is a line of an input.")
      << "\n";

  const Lines src_lines(pair.src.input), tgt_lines(pair.tgt.input);
  const Severity order[] = {Severity::error, Severity::warning, Severity::info};
  const char* headings[] = {"Errors", "Warnings", "Info"};
  for (int g = 0; g < 3; ++g) {
    const Severity severity = order[g];
    const std::size_t n = counts[static_cast<int>(severity)];
    if (n == 0) continue;
    const std::string heading = std::string(headings[g]) + " (" + std::to_string(n) + ")";
    out << "\n"
        << printer.styled(std::string(kBold) + std::string(severity_colour(severity)), heading)
        << "\n";
    for (const Finding& f : pair.findings) {
      if (f.severity != severity) continue;
      // Head line: severity, kind, where.
      const std::string src_at = file_lines(pair.src, src_lines, f.src_sentences);
      const std::string tgt_at = file_lines(pair.tgt, tgt_lines, f.tgt_sentences);
      std::string at = src_at;
      if (!src_at.empty() && !tgt_at.empty()) at += " \u2192 ";
      at += tgt_at;
      if (at.empty()) at = "whole document";
      const std::string kind = printable(f.kind);
      // The location goes on a line of its own when the line would be too long.
      const bool fits =
          style.width == 0 ||
          severity_name(severity).size() + 1 + width_of(kind) + 2 + width_of(at) <= style.width;
      out << "\n"
          << printer.styled(severity_colour(severity), std::string(severity_name(severity))) << ' '
          << printer.styled(kBold, kind) << (fits ? "  " : "\n  ") << at << "\n";

      // The sentences, labelled "src 3" / "tgt 4" and aligned on the widest label.
      struct Quoted {
        std::string label;
        std::vector<Run> runs;
      };
      std::vector<Quoted> quoted;
      auto quote = [&](const Document& doc, const std::vector<std::uint32_t>& ids,
                       const std::vector<Span>& spans, const char* side) {
        for (std::uint32_t i : ids) {
          if (i >= doc.sentences.size()) continue;
          quoted.push_back({std::string(side) + " " + std::to_string(i + 1),
                            sentence_runs(doc, doc.sentences[i], spans, style.long_sentence)});
        }
      };
      quote(pair.src, f.src_sentences, f.src_spans, "src");
      quote(pair.tgt, f.tgt_sentences, f.tgt_spans, "tgt");
      std::size_t label_width = 0;
      for (const Quoted& q : quoted) label_width = std::max(label_width, q.label.size());
      const std::size_t indent = 2 + label_width + 2;
      for (const Quoted& q : quoted) {
        std::string label = "  " + q.label + std::string(label_width - q.label.size() + 2, ' ');
        label = printer.styled(kDim, label);
        printer.wrapped(label, indent, q.runs, severity);
      }
      if (!f.message.empty())
        printer.wrapped("  ", 2, {{printable(f.message), Run::plain}}, severity);
      if (!f.suggestion.empty())
        printer.wrapped("  " + printer.styled(kBold, "\u2192") + " ", 4,
                        {{printable(f.suggestion), Run::plain}}, severity);
      if (!f.fingerprint.empty())
        out << printer.styled(kDim, "  fingerprint " + printable(f.fingerprint)) << "\n";
    }
  }
}

}  // namespace wirealign::report
