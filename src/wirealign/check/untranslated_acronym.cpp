// untranslated-acronym: a source-language acronym left in the translation where the target
// language has its own (CSTO in a French text, where French writes OTSC). Each occurrence is
// reported with the target form as suggestion, and notes when the text also uses that form.
#include <algorithm>

#include "wirealign/check/acronyms.h"
#include "wirealign/check/checks.h"
#include "wirealign/check/quotes.h"

namespace wirealign::check {
namespace {

// Whether most words of a sentence are in capitals (a shouted headline, where any short word
// looks like an acronym).
bool mostly_capitals(const std::vector<annotate::Token>& tokens) {
  std::size_t caps = 0, words = 0;
  for (const annotate::Token& t : tokens) {
    if (!t.number().empty()) continue;
    ++words;
    caps += t.acronym();
  }
  return words >= 3 && 2 * caps > words;
}

// Whether token j is part of a longer proper name ("AI Next", "Radio NHK"): a capitalised word
// (not sentence-initial) right beside it, with only a space between.
bool in_name(std::string_view text, const std::vector<annotate::Token>& tokens, std::size_t j) {
  auto name_word = [&](std::size_t i) {
    return tokens[i].capitalised() && !tokens[i].acronym() && tokens[i].number().empty();
  };
  const Span s = tokens[j].span;
  if (j + 1 < tokens.size() && name_word(j + 1) && tokens[j + 1].span.begin == s.end + 1 &&
      text[s.end] == ' ')
    return true;
  return j >= 2 && name_word(j - 1) && tokens[j - 1].span.end + 1 == s.begin &&
         text[s.begin - 1] == ' ';
}

std::string quoted_list(const std::vector<std::string>& forms) {
  std::string out;
  for (std::size_t i = 0; i < forms.size(); ++i)
    out += (i == 0 ? "" : i + 1 == forms.size() ? " or " : ", ") + forms[i];
  return out;
}

class UntranslatedAcronym final : public Check {
 public:
  explicit UntranslatedAcronym(const Setup& setup)
      : src_name_(lang::display_name(setup.src_language.code)),
        tgt_name_(lang::display_name(setup.tgt_language.code)),
        table_(load_acronyms(setup)) {}

  std::vector<Finding> run(const Context& context) const override {
    const AcronymPairs pairs = learn_acronyms(context, table_);
    // Where each target acronym is used, to say when both forms appear.
    std::set<std::string> used;
    for (const auto& sentence : context.tgt_tokens.sentences)
      for (const annotate::Token& t : sentence)
        if (t.acronym() || t.capitalised()) used.emplace(surface(context.tgt, t));

    const Quotes& tgt_quotes = quotes_of(context, false);
    const std::string_view text = context.tgt.input.text;
    std::vector<Finding> findings;
    for (std::uint32_t k = 0; k < context.tgt_tokens.sentences.size(); ++k) {
      const auto& tokens = context.tgt_tokens.sentences[k];
      if (mostly_capitals(tokens)) continue;
      for (std::size_t j = 0; j < tokens.size(); ++j) {
        const annotate::Token& t = tokens[j];
        if (!t.acronym() || in_name(context.tgt.input.text, tokens, j)) continue;
        // The first part of a compound keeps the international form where the word alone does
        // not (German US-Präsident beside USA); a quoted title keeps the original's words.
        if ((t.span.end < text.size() && text[t.span.end] == '-') ||
            tgt_quotes.in_short_quotation(t.span))
          continue;
        const std::string x(surface(context.tgt, t));
        if (table_.same.count(x)) continue;
        std::vector<std::string> forms = pairs.target_forms(x);
        forms.erase(std::remove(forms.begin(), forms.end(), x), forms.end());
        if (forms.empty()) continue;
        // The acronym the source has in the aligned block, if any.
        const Bead& bead = context.alignment.beads[context.tgt_bead[k]];
        Finding f;
        for (std::uint32_t i = bead.src_begin; i < bead.src_end; ++i)
          for (const annotate::Token& s : context.src_tokens.sentences[i])
            if (s.acronym() && surface(context.src, s) == x) {
              f.src_spans.push_back(s.span);
              if (f.src_sentences.empty() || f.src_sentences.back() != i)
                f.src_sentences.push_back(i);
            }
        // A word the target language also writes in capitals counts only when the source
        // has the same acronym there.
        if (table_.collisions.count(x) && f.src_spans.empty()) continue;
        std::vector<std::string> also;
        for (const std::string& y : forms)
          if (used.count(y)) also.push_back(y);
        f.kind = "untranslated-acronym";
        f.severity = Severity::error;
        f.tgt_sentences = {k};
        f.tgt_spans = {t.span};
        f.message =
            x + " is the " + src_name_ + " acronym; " + tgt_name_ + " writes " + quoted_list(forms);
        if (!also.empty()) f.message += ", as this text does elsewhere";
        f.suggestion = "replace " + x + " with " + quoted_list(forms);
        findings.push_back(std::move(f));
      }
    }
    return findings;
  }

 private:
  std::string src_name_, tgt_name_;  // language names for messages ("English")
  AcronymTable table_;
};

}  // namespace

std::unique_ptr<Check> make_untranslated_acronym(const Setup& setup) {
  return std::make_unique<UntranslatedAcronym>(setup);
}

}  // namespace wirealign::check
