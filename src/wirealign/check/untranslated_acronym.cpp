// untranslated-acronym: a source-language acronym left in the translation where the target
// language has its own (CSTO in a French text, where French writes OTSC). Each occurrence is
// reported with the target form as suggestion, and notes when the text also uses that form.
#include <algorithm>
#include <string_view>

#include "wirealign/annotate/annotate.h"
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

// Whether text[begin, end) is one space: ASCII or no-break (U+00A0, U+202F).
bool one_space(std::string_view text, std::uint32_t begin, std::uint32_t end) {
  const std::string_view between = text.substr(begin, end > begin ? end - begin : 0);
  return between == " " || between == "\u00A0" || between == "\u202F";
}

// Whether token j is part of a longer proper name: a capitalised word right beside it, with
// only a space between. After it ("AI Next"); before it ("Team USA") only when that word is in
// the aligned source too (`in_source`, asked of its folded form): a name kept as the original
// writes it, where a translated word before the acronym is more likely a genitive ("Zgromadzeniu
// Ogólnym UN").
template <typename InSource>
bool in_name(std::string_view text, const std::vector<annotate::Token>& tokens, std::size_t j,
             const InSource& in_source) {
  auto name_word = [&](std::size_t i) {
    return tokens[i].capitalised() && !tokens[i].acronym() && tokens[i].number().empty();
  };
  const Span s = tokens[j].span;
  if (j + 1 < tokens.size() && name_word(j + 1) && one_space(text, s.end, tokens[j + 1].span.begin))
    return true;
  return j >= 2 && name_word(j - 1) && one_space(text, tokens[j - 1].span.end, s.begin) &&
         in_source(tokens[j - 1].folded());
}

// An acronym written with dots ("U.N.", "U.S") without them ("UN"); empty for any other word.
std::string undotted(std::string_view word) {
  std::string out;
  bool dots = false;
  for (const char c : word) {
    if (c == '.') {
      dots = true;
    } else if (c >= 'A' && c <= 'Z') {
      out += c;
    } else {
      return {};
    }
  }
  return dots && out.size() >= 2 ? out : std::string();
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
      const Bead& bead = context.alignment.beads[context.tgt_bead[k]];
      // Whether the aligned source writes a word so, for names kept as the original writes them.
      const auto in_source = [&](std::string_view folded) {
        for (std::uint32_t i = bead.src_begin; i < bead.src_end; ++i)
          for (const annotate::Token& s : context.src_tokens.sentences[i])
            if (s.folded() == folded) return true;
        return false;
      };
      for (std::size_t j = 0; j < tokens.size(); ++j) {
        const annotate::Token& t = tokens[j];
        if (!t.acronym() || in_name(context.tgt.input.text, tokens, j, in_source)) continue;
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
        Finding f;
        for (std::uint32_t i = bead.src_begin; i < bead.src_end; ++i)
          for (const annotate::Token& s : context.src_tokens.sentences[i])
            if ((s.acronym() && surface(context.src, s) == x) ||
                undotted(surface(context.src, s)) == x) {
              f.src_spans.push_back(s.span);
              if (f.src_sentences.empty() || f.src_sentences.back() != i)
                f.src_sentences.push_back(i);
            }
        // A word the target language also writes in capitals counts only when the source
        // has the same acronym there.
        if (table_.collisions.count(x) && f.src_spans.empty() && !full_name_in(context, bead, x))
          continue;
        std::vector<std::string> also;
        for (const std::string& y : forms)
          if (used.count(y)) also.push_back(y);
        f.kind = "untranslated-acronym";
        // Known from the table of all languages alone, and the text never writes the target's
        // form: a warning.
        const bool sure = !table_.shared_only.count(x) || !also.empty();
        f.severity = sure ? Severity::error : Severity::warning;
        f.confidence = sure ? 1.0 : 0.7;
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
  // Whether the source sentences of `bead` spell out acronym `x` by one of its full names
  // ("United Nations" for UN), compared in lower case.
  bool full_name_in(const Context& context, const Bead& bead, const std::string& x) const {
    const auto it = table_.full_names.find(x);
    if (it == table_.full_names.end()) return false;
    for (std::uint32_t i = bead.src_begin; i < bead.src_end; ++i) {
      const std::string text = annotate::fold(context.src.sentences[i].text);
      for (const std::string& name : it->second)
        if (text.find(annotate::fold(name)) != std::string::npos) return true;
    }
    return false;
  }

  std::string src_name_, tgt_name_;  // language names for messages ("English")
  AcronymTable table_;
};

}  // namespace

std::unique_ptr<Check> make_untranslated_acronym(const Setup& setup) {
  return std::make_unique<UntranslatedAcronym>(setup);
}

}  // namespace wirealign::check
