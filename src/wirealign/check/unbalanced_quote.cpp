// unbalanced-quote: a quotation of the target opened and never closed within its paragraph, or a
// closing mark with no opening one. Imbalances the source has in the aligned block are left out:
// the translation only follows its original there.
#include <algorithm>
#include <cctype>

#include "wirealign/check/checks.h"
#include "wirealign/check/quotes.h"
#include "wirealign/core/utf8.h"

namespace wirealign::check {

namespace {

// The opening and closing mark of `kind` ("«", "»").
std::pair<std::string, std::string> marks_of(QuoteKind kind) {
  const std::string_view both = quote_kind_marks(kind);
  const auto space = both.find(' ');
  return {std::string(both.substr(0, space)), std::string(both.substr(space + 1))};
}

// The double quotation marks of sentences [begin, end) of `doc`: " “ ” „ « ».
std::size_t double_marks(const Document& doc, std::uint32_t begin, std::uint32_t end) {
  std::size_t n = 0;
  for (std::uint32_t i = begin; i < end; ++i) {
    const std::string& text = doc.sentences[i].text;
    for (std::size_t p = 0; p < text.size();) {
      const char32_t c = utf8::next(text, p);
      n += c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0xAB || c == 0xBB;
    }
  }
  return n;
}

class UnbalancedQuote : public Check {
 public:
  explicit UnbalancedQuote(const Setup& setup)
      : src_language_(setup.src_language), tgt_language_(setup.tgt_language) {}

  std::vector<Finding> run(const Context& context) const override {
    const Quotes& src_quotes = quotes_of(context, true);
    const Quotes& tgt_quotes = quotes_of(context, false);
    // Blocks whose source has an imbalance of its own.
    std::vector<bool> src_unbalanced(context.alignment.beads.size(), false);
    for (const Quotation& q : src_quotes.quotations)
      if (!q.closed) src_unbalanced[context.src_bead[q.first_sentence]] = true;
    for (const StrayMark& m : src_quotes.stray) src_unbalanced[context.src_bead[m.sentence]] = true;

    // Blocks joined by a quotation of the source: the beads of its opening and closing marks.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> src_spans;
    for (const Quotation& q : src_quotes.quotations)
      if (q.closed && q.first_sentence != q.last_sentence)
        src_spans.emplace_back(context.src_bead[q.first_sentence],
                               context.src_bead[q.last_sentence]);
    const auto src_quotes_across = [&](std::uint32_t from, std::uint32_t to) {
      return std::find(src_spans.begin(), src_spans.end(), std::pair{from, to}) != src_spans.end();
    };

    // A quotation opened with one kind of mark and closed with another ("„…"", "“…""), in the
    // same sentence or a later one: mixed styles (quote-style's business), not an imbalance.
    // Later in the same block, or where the source quotes from the block of the opening mark to
    // the block of the closing one (a speech over several sentences).
    // An opening ‘ or ' before a digit is the apostrophe of an elided year ('80s).
    const std::string_view text = context.tgt.input.text;
    std::vector<bool> open_paired(tgt_quotes.quotations.size(), false);
    std::vector<bool> stray_paired(tgt_quotes.stray.size(), false);
    for (std::size_t q = 0; q < tgt_quotes.quotations.size(); ++q) {
      const Quotation& quotation = tgt_quotes.quotations[q];
      if (quotation.closed) continue;
      if (quotation.open.end < text.size() &&
          std::isdigit(static_cast<unsigned char>(text[quotation.open.end]))) {
        open_paired[q] = true;
        continue;
      }
      for (std::size_t m = 0; m < tgt_quotes.stray.size(); ++m) {
        const StrayMark& mark = tgt_quotes.stray[m];
        if (stray_paired[m] || mark.mark.begin < quotation.open.end) continue;
        const std::uint32_t from = context.tgt_bead[quotation.first_sentence],
                            to = context.tgt_bead[mark.sentence];
        if (!(from == to && mark.sentence <= quotation.first_sentence + 2) &&
            !src_quotes_across(from, to))
          continue;
        open_paired[q] = stray_paired[m] = true;
        break;
      }
    }
    // A closing mark after a quotation opened (and closed with another kind of mark) in its
    // sentence or the two before: the same mixed styles, a quotation over several sentences.
    for (std::size_t m = 0; m < tgt_quotes.stray.size(); ++m) {
      const StrayMark& mark = tgt_quotes.stray[m];
      for (const Quotation& quotation : tgt_quotes.quotations)
        if (quotation.open.begin < mark.mark.begin &&
            quotation.first_sentence + 2 >= mark.sentence &&
            quotation.first_sentence <= mark.sentence && quotation.kind != mark.kind)
          stray_paired[m] = true;
      // A sentence opening with a straight quotation mark that find_quotes took for a closing
      // one of the sentence before.
      const Span sentence = context.tgt.sentences[mark.sentence].span;
      if (sentence.size() > 0 && (text[sentence.begin] == '"' || text[sentence.begin] == '\''))
        stray_paired[m] = true;
    }

    std::vector<Finding> findings;
    // Blocks with as many double quotation marks as their source, of whatever kinds, from two
    // blocks before to two after, follow the source: marks of mixed kinds ("“catalizzatore."
    // then "Vogliono … rispetto”"), which quote-style reports, not a mark left out.
    const auto& beads = context.alignment.beads;
    auto same_marks = [&](std::uint32_t b) {
      const Bead& first = beads[b >= 2 ? b - 2 : 0];
      const Bead& last = beads[std::min<std::size_t>(b + 2, beads.size() - 1)];
      return beads[b].src_size() > 0 &&
             double_marks(context.src, first.src_begin, last.src_end) ==
                 double_marks(context.tgt, first.tgt_begin, last.tgt_end);
    };
    auto skip = [&](std::uint32_t k) {
      const std::uint32_t b = context.tgt_bead[k];
      return src_unbalanced[b] || same_marks(b) ||
             reads_as(context.tgt_tokens.sentences[k], src_language_, tgt_language_);
    };
    auto start = [&](std::uint32_t k, Span mark) {
      Finding f;
      f.kind = "unbalanced-quote";
      f.severity = Severity::warning;
      f.tgt_sentences = {k};
      f.src_sentences = context.src_of_tgt(k);
      f.tgt_spans = {mark};
      return f;
    };
    for (std::size_t n = 0; n < tgt_quotes.quotations.size(); ++n) {
      const Quotation& q = tgt_quotes.quotations[n];
      if (q.closed || open_paired[n] || skip(q.first_sentence)) continue;
      const auto [open, close] = marks_of(q.kind);
      const Span sentence = context.tgt.sentences[q.first_sentence].span;
      Finding f = start(q.first_sentence, {q.open.begin, std::min(sentence.end, q.inside.end)});
      f.message = "quotation opened with " + open +
                  " and never closed: " + excerpt(context.tgt.input.view(f.tgt_spans[0]), 70);
      f.suggestion = "close it with " + close + " where the quoted words end";
      findings.push_back(std::move(f));
    }
    for (std::size_t n = 0; n < tgt_quotes.stray.size(); ++n) {
      const StrayMark& m = tgt_quotes.stray[n];
      if (stray_paired[n] || skip(m.sentence)) continue;
      auto [open, close] = marks_of(m.kind);
      // The mark as written: “ and ‘ close the „ and ‚ of German and Polish.
      const std::string_view written = context.tgt.input.view(m.mark);
      if (written != close && (written == "\u201C" || written == "\u2018")) {
        open = written == "\u201C" ? "\u201E" : "\u201A";
        close = std::string(written);
      }
      const Span sentence = context.tgt.sentences[m.sentence].span;
      Finding f = start(m.sentence, m.mark);
      f.message = "closing " + close + " with no opening " + open + ": " +
                  excerpt(context.tgt.input.view({sentence.begin, m.mark.end}), 70);
      f.suggestion = "open the quotation with " + open +
                     " where the quoted words begin, or remove the " + close;
      findings.push_back(std::move(f));
    }
    std::sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
      return a.tgt_spans[0].begin < b.tgt_spans[0].begin;
    });
    return findings;
  }

 private:
  lang::LanguageData src_language_;
  lang::LanguageData tgt_language_;
};

}  // namespace

std::unique_ptr<Check> make_unbalanced_quote(const Setup& setup) {
  return std::make_unique<UnbalancedQuote>(setup);
}

}  // namespace wirealign::check
