// untranslated: a target sentence, or a long stretch of one, left in the source language.
// Evidence: function words that belong to the source language and not to the target one, and
// words copied unchanged from the aligned source. Names, titles, acronyms, numbers and URLs are
// not words of either language here, so a line of them is never taken for the source language.
#include <string>
#include <unordered_set>

#include "wirealign/check/checks.h"
#include "wirealign/check/evidence.h"

namespace wirealign::check {

namespace {

// A sentence needs this many words (letters, not numbers) to be judged at all.
constexpr std::size_t kMinWords = 4;
// Whole sentence, by function words: at least this many source-only function words, this share
// of its words, and more than twice as many as target-only ones.
constexpr std::size_t kMinSrcFunctionWords = 2;
constexpr double kMinSrcFunctionShare = 0.15;
// Whole sentence, by copying: this share of its words spelt as in the aligned source, and at least
// kMinCommonWords lower-case words (so not a line of names or a title).
constexpr double kMinCopiedShare = 0.7;
constexpr std::size_t kMinCommonWords = 2;
// A stretch inside a sentence: this many consecutive words copied in order from the aligned
// source, with at least kMinSrcFunctionWords source-only function words among them.
constexpr std::size_t kMinCopiedRun = 6;
// When at least this many target sentences, and this share of those long enough to judge, are
// whole sentences in the source language (the same file given twice, a page never translated),
// one finding says so instead of one a sentence.
constexpr std::size_t kMinWholeDocument = 10;
constexpr double kMinWholeDocumentShare = 0.5;

// Whether `token` lies in a web or e-mail address: the run of non-space characters around it
// contains "://", "www." or '@'. Such words belong to no language.
bool in_address(const std::string& text, const annotate::Token& token) {
  std::size_t b = token.span.begin, e = token.span.end;
  while (b > 0 && text[b - 1] != ' ' && text[b - 1] != '\n' && text[b - 1] != '\t') --b;
  while (e < text.size() && text[e] != ' ' && text[e] != '\n' && text[e] != '\t') ++e;
  const std::string_view chunk = std::string_view(text).substr(b, e - b);
  return chunk.find("://") != std::string_view::npos || chunk.find("www.") != std::string_view::npos ||
         chunk.find('@') != std::string_view::npos;
}

class Untranslated : public Check {
 public:
  explicit Untranslated(const Setup& setup) {
    for (const std::string& w : setup.src_language.function_words)
      if (!setup.tgt_language.function_words.count(w)) src_only_.insert(w);
    for (const std::string& w : setup.tgt_language.function_words)
      if (!setup.src_language.function_words.count(w)) tgt_only_.insert(w);
  }

  std::vector<Finding> run(const Context& context) const override {
    std::vector<Finding> findings;
    if (src_only_.empty()) return findings;  // no data to tell the languages apart
    std::vector<Finding> whole;              // whole target sentences in the source language
    std::size_t judged = 0;                  // target sentences long enough to judge
    for (std::uint32_t k = 0; k < context.tgt.sentences.size(); ++k) {
      const auto& tokens = context.tgt_tokens.sentences[k];
      const Bead& bead = context.alignment.beads[context.tgt_bead[k]];
      std::unordered_set<std::string_view> source_words;
      for (std::uint32_t i = bead.src_begin; i < bead.src_end; ++i)
        for (const auto& t : context.src_tokens.sentences[i]) source_words.insert(t.folded());

      std::size_t words = 0, src_fw = 0, tgt_fw = 0, copied = 0, common = 0;
      for (const auto& t : tokens) {
        if (!t.number().empty() || t.acronym() || in_address(context.tgt.input.text, t)) continue;
        ++words;
        src_fw += src_only_.count(std::string(t.lower()));
        tgt_fw += tgt_only_.count(std::string(t.lower()));
        copied += source_words.count(t.folded());
        common += !t.capitalised();
      }
      if (words < kMinWords) continue;
      ++judged;
      const bool by_function_words = src_fw >= kMinSrcFunctionWords &&
                                     static_cast<double>(src_fw) >= kMinSrcFunctionShare * static_cast<double>(words) &&
                                     src_fw > 2 * tgt_fw;
      const bool by_copy = static_cast<double>(copied) >= kMinCopiedShare * static_cast<double>(words) &&
                           common >= kMinCommonWords && tgt_fw <= src_fw;
      if (by_function_words || by_copy) {
        Finding f;
        f.kind = "untranslated";
        f.severity = Severity::error;
        f.tgt_sentences = {k};
        f.src_sentences = context.src_of_tgt(k);
        f.message = "target sentence left in the source language: \"" +
                    shorten(context.tgt.sentences[k].text) + "\"";
        f.suggestion = "translate it";
        whole.push_back(std::move(f));
        continue;
      }
      if (auto f = copied_run(context, k, bead)) findings.push_back(std::move(*f));
    }
    if (whole.size() >= kMinWholeDocument &&
        static_cast<double>(whole.size()) >= kMinWholeDocumentShare * static_cast<double>(judged)) {
      findings.push_back(whole_document(context, whole, judged));
    } else {
      for (Finding& f : whole) findings.push_back(std::move(f));
    }
    return findings;
  }

 private:
  // One finding for a target mostly left in the source language, pointing at its first
  // untranslated sentence.
  static Finding whole_document(const Context& context, const std::vector<Finding>& whole,
                                std::size_t judged) {
    Finding f = whole.front();
    f.message = "the target is left in the source language: " + std::to_string(whole.size()) +
                " of its " + std::to_string(judged) + " sentences, from \"" +
                shorten(context.tgt.sentences[f.tgt_sentences.front()].text) + "\"";
    f.suggestion =
        "translate the document; if it is already translated, check that the two files are not "
        "the same one given twice";
    return f;
  }

  // The longest stretch of target sentence `k` copied word for word from its block's source.
  std::optional<Finding> copied_run(const Context& context, std::uint32_t k,
                                    const Bead& bead) const {
    const auto& tokens = context.tgt_tokens.sentences[k];
    std::size_t best_len = 0, best_at = 0, best_src = 0;
    std::uint32_t best_i = 0;
    for (std::uint32_t i = bead.src_begin; i < bead.src_end; ++i) {
      const auto& src = context.src_tokens.sentences[i];
      // Longest common substring of folded forms (sentences are short: quadratic is fine).
      std::vector<std::size_t> prev(src.size() + 1, 0), cur(src.size() + 1, 0);
      for (std::size_t a = 1; a <= tokens.size(); ++a) {
        for (std::size_t s = 1; s <= src.size(); ++s) {
          cur[s] = tokens[a - 1].folded() == src[s - 1].folded() ? prev[s - 1] + 1 : 0;
          if (cur[s] > best_len) {
            best_len = cur[s];
            best_at = a - cur[s];
            best_src = s - cur[s];
            best_i = i;
          }
        }
        std::swap(prev, cur);
      }
    }
    if (best_len < kMinCopiedRun) return std::nullopt;
    std::size_t src_fw = 0, common = 0;
    for (std::size_t p = best_at; p < best_at + best_len; ++p) {
      src_fw += src_only_.count(std::string(tokens[p].lower()));
      common += !tokens[p].capitalised() && tokens[p].number().empty();
    }
    if (src_fw < kMinSrcFunctionWords || common < kMinCommonWords + 1) return std::nullopt;
    const auto& src = context.src_tokens.sentences[best_i];
    Finding f;
    f.kind = "untranslated";
    f.severity = Severity::error;
    f.src_sentences = {best_i};
    f.tgt_sentences = {k};
    f.src_spans = {{src[best_src].span.begin, src[best_src + best_len - 1].span.end}};
    f.tgt_spans = {{tokens[best_at].span.begin, tokens[best_at + best_len - 1].span.end}};
    f.message = "words left in the source language: \"" +
                quote_tokens(context.tgt.input.text, tokens, best_at, best_at + best_len - 1) +
                "\"";
    f.suggestion = "translate them, or mark them as a quotation if they are one";
    return f;
  }

  std::unordered_set<std::string> src_only_;  // function words of the source language only
  std::unordered_set<std::string> tgt_only_;  // function words of the target language only
};

}  // namespace

std::unique_ptr<Check> make_untranslated(const Setup& setup) {
  return std::make_unique<Untranslated>(setup);
}

}  // namespace wirealign::check
