// quote-style: quotation marks of several kinds in one translation (« » beside " "), or both
// apostrophes (' and ’). One finding per document for each kind that stands out, listing every
// place: a translator fixes them together, and a long document does not drown in repeats.
// Sentences left in the source language are not counted (the untranslated check reports them).
#include <algorithm>
#include <map>

#include "wirealign/check/checks.h"
#include "wirealign/check/quotes.h"

namespace wirealign::check {

namespace {

class QuoteStyleCheck : public Check {
 public:
  explicit QuoteStyleCheck(const Setup& setup)
      : style_(load_quote_style(setup.data_dir, setup.tgt_language.code)),
        src_language_(setup.src_language),
        tgt_language_(setup.tgt_language) {}

  std::vector<Finding> run(const Context& context) const override {
    const Quotes& quotes = quotes_of(context, false);
    std::vector<bool> foreign(context.tgt.sentences.size());
    for (std::size_t k = 0; k < foreign.size(); ++k)
      foreign[k] = reads_as(context.tgt_tokens.sentences[k], src_language_, tgt_language_);
    std::vector<Finding> findings;
    quotation_marks(context, quotes, foreign, findings);
    apostrophes(context, quotes, foreign, findings);
    return findings;
  }

 private:
  void quotation_marks(const Context& context, const Quotes& quotes,
                       const std::vector<bool>& foreign, std::vector<Finding>& findings) const {
    // Outermost quotations by kind, in order of first use.
    std::vector<QuoteKind> order;
    std::map<QuoteKind, std::vector<const Quotation*>> by_kind;
    for (const Quotation& q : quotes.quotations) {
      if (q.depth > 0 || foreign[q.first_sentence]) continue;
      if (!by_kind.count(q.kind)) order.push_back(q.kind);
      by_kind[q.kind].push_back(&q);
    }
    if (order.size() < 2) return;
    auto usual = [&](QuoteKind k) {
      return std::find(style_.outer.begin(), style_.outer.end(), k) != style_.outer.end();
    };
    const bool any_usual = std::any_of(order.begin(), order.end(), usual);
    // The kind the document mostly uses (the first used on a tie).
    QuoteKind main = order.front();
    for (const QuoteKind k : order)
      if (by_kind[k].size() > by_kind[main].size()) main = k;
    if (any_usual && !usual(main))
      for (const QuoteKind k : order)
        if (usual(k)) {
          main = k;
          break;
        }
    for (const QuoteKind k : order) {
      if (k == main || (any_usual && usual(k))) continue;
      const auto& list = by_kind[k];
      Finding f;
      f.kind = "quote-style";
      // Marks the language does not use for a quotation are an artifact; a mix of usual ones is
      // style.
      f.severity = any_usual ? Severity::warning : Severity::info;
      for (const Quotation* q : list) {
        f.tgt_sentences.push_back(q->first_sentence);
        f.tgt_spans.push_back(q->open);
        if (q->closed) {
          f.tgt_sentences.push_back(q->last_sentence);
          f.tgt_spans.push_back(q->close);
        }
      }
      std::sort(f.tgt_sentences.begin(), f.tgt_sentences.end());
      f.tgt_sentences.erase(std::unique(f.tgt_sentences.begin(), f.tgt_sentences.end()),
                            f.tgt_sentences.end());
      const std::string marks(quote_kind_marks(k)), main_marks(quote_kind_marks(main));
      const Quotation& first = *list.front();
      f.message =
          "quotation marks " + marks + " used " + times(list.size()) +
          " in a text that quotes with " + main_marks + " (" + times(by_kind[main].size()) + "): " +
          excerpt(context.tgt.input.view(
                      {first.open.begin, first.closed ? first.close.end : first.inside.end}),
                  60);
      f.suggestion = "write these quotations with " + main_marks + " like the rest of the text";
      findings.push_back(std::move(f));
    }
  }

  void apostrophes(const Context& context, const Quotes& quotes, const std::vector<bool>& foreign,
                   std::vector<Finding>& findings) const {
    std::vector<const Apostrophe*> straight, typographic;
    for (const Apostrophe& a : quotes.apostrophes)
      if (!foreign[a.sentence]) (a.typographic ? typographic : straight).push_back(&a);
    if (straight.empty() || typographic.empty()) return;
    const std::string preferred = style_.apostrophe;
    // The odd ones out: the fewer, or on a tie the one the language does not prefer.
    bool flag_straight = straight.size() < typographic.size();
    if (straight.size() == typographic.size()) flag_straight = preferred != "'";
    const auto& odd = flag_straight ? straight : typographic;
    const std::string odd_mark = flag_straight ? "'" : "’";
    const std::string usual_mark = flag_straight ? "’" : "'";
    Finding f;
    f.kind = "quote-style";
    f.severity = Severity::info;
    for (const Apostrophe* a : odd) {
      if (f.tgt_sentences.empty() || f.tgt_sentences.back() != a->sentence)
        f.tgt_sentences.push_back(a->sentence);
      f.tgt_spans.push_back(a->mark);
    }
    const Span first = context.tgt.sentences[odd.front()->sentence].span;
    const Span word = word_around(context.tgt.input.text, odd.front()->mark, first);
    f.message = "apostrophe " + odd_mark + " used " + times(odd.size()) +
                " in a text that otherwise writes " + usual_mark + " (" +
                times((flag_straight ? typographic : straight).size()) +
                "): " + std::string(context.tgt.input.view(word));
    f.suggestion = "write one apostrophe throughout";
    if (!preferred.empty()) f.suggestion += " (" + preferred + " is the typographic one)";
    findings.push_back(std::move(f));
  }

  // The word around an apostrophe at `mark` ("d'information"), within `sentence`.
  static Span word_around(const std::string& text, Span mark, Span sentence) {
    auto boundary = [](char c) {
      return c == ' ' || c == '\n' || c == '\t' || c == ',' || c == '.' || c == ';' || c == '(' ||
             c == ')' || c == '"';
    };
    std::uint32_t b = mark.begin, e = mark.end;
    while (b > sentence.begin && !boundary(text[b - 1])) --b;
    while (e < sentence.end && !boundary(text[e])) ++e;
    return {b, e};
  }

  static std::string times(std::size_t n) { return n == 1 ? "once" : std::to_string(n) + " times"; }

  QuoteStyle style_;
  lang::LanguageData src_language_;
  lang::LanguageData tgt_language_;
};

}  // namespace

std::unique_ptr<Check> make_quote_style(const Setup& setup) {
  return std::make_unique<QuoteStyleCheck>(setup);
}

}  // namespace wirealign::check
