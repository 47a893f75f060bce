// untranslated: a target sentence, a long stretch of one, or single words left in the source
// language. Evidence: function words that belong to the source language and not to the target
// one, and words copied unchanged from the aligned source; for single words, the dictionaries of
// both languages (a word of the source language, not of the target one). Names, titles,
// acronyms, numbers and URLs are not words of either language here, so a line of them is never
// taken for the source language.
#include <unicode/uchar.h>

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "wirealign/check/checks.h"
#include "wirealign/check/evidence.h"
#include "wirealign/check/names.h"
#include "wirealign/check/quotes.h"
#include "wirealign/core/utf8.h"
#include "wirealign/spell/hunspell.h"

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
  return chunk.find("://") != std::string_view::npos ||
         chunk.find("www.") != std::string_view::npos || chunk.find('@') != std::string_view::npos;
}

// A single word is judged when it has at least this many letters (function words of the source
// language are judged whatever their length).
constexpr std::size_t kMinStrayLetters = 3;
// A content word is judged only against a target word list of this size (a thin dictionary
// misses too many words spelt alike in both languages: incursion, situation).
constexpr std::size_t kMinTargetWords = 100000;

class Untranslated : public Check {
 public:
  explicit Untranslated(const Setup& setup)
      : src_language_(setup.src_language),
        tgt_language_(setup.tgt_language),
        src_words_(common_words(setup.src_language, setup)),
        tgt_words_(common_words(setup.tgt_language, setup)),
        tgt_dictionary_(spell::shared_dictionary(setup.data_dir, setup.tgt_language.code)),
        src_dictionary_(spell::shared_dictionary(setup.data_dir, setup.src_language.code)) {
    for (const std::string& w : setup.src_language.function_words)
      if (!setup.tgt_language.function_words.count(w)) src_only_.insert(w);
    for (const std::string& w : setup.tgt_language.function_words)
      if (!setup.src_language.function_words.count(w)) tgt_only_.insert(w);
  }

  std::vector<Finding> run(const Context& context) const override {
    std::vector<Finding> findings;
    std::vector<Finding> whole;  // whole target sentences in the source language
    std::size_t judged = 0;      // target sentences long enough to judge
    const Quotes* const quotes[2] = {&quotes_of(context, true), &quotes_of(context, false)};
    // In how many target sentences each word (folded) is written: a borrowing the translation
    // uses throughout ("hip-hop", "pubs") is a term kept on purpose.
    std::unordered_map<std::string_view, std::uint32_t> sentences_with;
    for (const auto& sentence : context.tgt_tokens.sentences) {
      std::unordered_set<std::string_view> seen;
      for (const annotate::Token& t : sentence)
        if (seen.insert(t.folded()).second) ++sentences_with[t.folded()];
    }
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
      if (words < kMinWords) {
        // A short line: left untranslated when every word of it is, or when it is its source
        // sentence word for word with a word of the source language in it ("Why? she asked.").
        // A short line found so counts among the judged ones.
        if (auto f = stray_words(context, k, bead, quotes, sentences_with, true)) {
          whole.push_back(std::move(*f));
          ++judged;
        } else if (words >= 2 && copies_source(context, k, bead)) {
          if (auto g = stray_words(context, k, bead, quotes, sentences_with, false)) {
            g->message = "target sentence left in the source language: \"" +
                         shorten(context.tgt.sentences[k].text) + "\"";
            g->suggestion = "translate it";
            whole.push_back(std::move(*g));
            ++judged;
          }
        }
        continue;
      }
      ++judged;
      const bool by_function_words =
          !src_only_.empty() && src_fw >= kMinSrcFunctionWords &&
          static_cast<double>(src_fw) >= kMinSrcFunctionShare * static_cast<double>(words) &&
          src_fw > 2 * tgt_fw;
      const bool by_copy =
          !src_only_.empty() &&
          static_cast<double>(copied) >= kMinCopiedShare * static_cast<double>(words) &&
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
      if (auto f = copied_run(context, k, bead, *quotes[1])) {
        findings.push_back(std::move(*f));
        continue;
      }
      if (auto f = stray_words(context, k, bead, quotes, sentences_with, false))
        findings.push_back(std::move(*f));
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
  // The target language's hunspell dictionary, waited for on first use; null without one.
  const spell::Dictionary* target_dictionary() const { return tgt_dictionary_.get().get(); }

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
  std::optional<Finding> copied_run(const Context& context, std::uint32_t k, const Bead& bead,
                                    const Quotes& tgt_quotes) const {
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
    // Words in quotation marks, or most of them capitalised, are a title or a name quoted as
    // the original has it (a book, a film, a slogan): translators keep those on purpose.
    std::size_t capitalised = 0, content = 0;
    for (std::size_t p = best_at; p < best_at + best_len; ++p) {
      if (tokens[p].function_word() || !tokens[p].number().empty()) continue;
      ++content;
      capitalised += tokens[p].capitalised();
    }
    if (tgt_quotes.in_short_quotation(f.tgt_spans[0], 160) || 2 * capitalised >= content) {
      f.severity = Severity::info;
      f.confidence = 0.3;
      f.message = "words in the source language, perhaps a title kept as the original has it: \"" +
                  quote_tokens(context.tgt.input.text, tokens, best_at, best_at + best_len - 1) +
                  "\"";
      f.suggestion = "translate them unless they are a title or name kept on purpose";
    }
    return f;
  }

  // Whether an apostrophe (' or ’) and a word of two letters or more follow position `end` of
  // `text` directly: an elision ("all’intero"), not a possessive or a clitic ("sismo's").
  static bool elided(std::string_view text, std::size_t end) {
    std::size_t i = end;
    if (i >= text.size()) return false;
    const char32_t mark = utf8::next(text, i);
    if (mark != U'\'' && mark != U'\u2019') return false;
    std::size_t letters = 0;
    while (i < text.size() && u_isalpha(static_cast<UChar32>(utf8::next(text, i)))) ++letters;
    return letters >= 2;
  }

  // The words of target sentence `k` left in the source language: spelt as a word of its block's
  // source (`bead`), which is a word of the source language (a function word of it alone, or a
  // dictionary word) and not of the target language, and not a name. Adjacent ones are one
  // stretch; one finding for the sentence. Words quoted on both sides (a slogan, a title) are
  // kept on purpose, and in a quoted speech only a phrase counts. `quotes`: those of the source and
  // the target. With `whole`, only when every word of the sentence is such a word, reported as the
  // sentence left untranslated.
  std::optional<Finding> stray_words(
      const Context& context, std::uint32_t k, const Bead& bead, const Quotes* const (&quotes)[2],
      const std::unordered_map<std::string_view, std::uint32_t>& sentences_with, bool whole) const {
    const auto& tokens = context.tgt_tokens.sentences[k];
    std::vector<std::pair<std::uint32_t, std::size_t>> source;  // per token: source match
    std::vector<bool> stray(tokens.size(), false);
    std::vector<bool> speech(tokens.size(), false);  // quoted on both sides, in a long quotation
    // Not a loan a speaker would use: in lower case, the target's hunspell dictionary does not
    // know it and the bilingual dictionary translates its source word.
    std::vector<bool> unborrowed(tokens.size(), false);
    std::size_t words = 0, strays = 0;
    bool strong = false;  // a word no reader would take for one of the target language
    bool speech_word = false;  // a single word of a quoted speech is reported
    for (std::size_t p = 0; p < tokens.size(); ++p) {
      const annotate::Token& t = tokens[p];
      if (!t.number().empty() || t.acronym() || in_address(context.tgt.input.text, t)) continue;
      ++words;
      // A word elided before an apostrophe is the target's ("all’intero", "dell’anno").
      if (elided(context.tgt.input.text, t.span.end)) continue;
      const auto match = source_word(context, bead, t);
      if (!match) continue;
      const annotate::Token& s = context.src_tokens.sentences[match->first][match->second];
      // Quoted on both sides: a term or a title of a few words ("operazioni lumaca") is kept on
      // purpose; in a quoted speech, only a phrase or a word no loan would be counts (below).
      if (quotes[0]->quoted(s.span) && quotes[1]->quoted(t.span)) {
        if (whole || quoted_term(*quotes[0], context.src_tokens.sentences[match->first], s.span) ||
            quoted_term(*quotes[1], tokens, t.span))
          continue;
        speech[p] = true;
      }
      const bool src_function = src_only_.count(std::string(s.lower())) != 0;
      if (t.function_word() || (!src_function && t.folded().size() < kMinStrayLetters)) continue;
      // A capitalised word inside a source sentence is a name, unless the language capitalises
      // its nouns and the dictionary knows it.
      const bool src_capital_inside =
          s.capitalised() &&
          !starts_sentence(context.src, context.src_tokens.sentences[match->first], match->second);
      if (src_capital_inside && !src_language_.nouns_capitalised) continue;
      // A capitalised word at the start of both sentences may be a name of either language.
      if (s.capitalised() && t.capitalised() && !src_capital_inside &&
          starts_sentence(context.tgt, tokens, p))
        continue;
      const bool src_word = src_function || known_source_word(context, s);
      if (!src_word) continue;
      // Capitalised on both sides (a headline, a title, a team: "Rangers", "Muppets"): a name
      // kept as the original writes it, more often than a word left untranslated.
      // A language that capitalises its nouns (German) says nothing by its capitals: there the
      // word must be a noun the dictionary translates by another word (Krankenhaus, not Paris).
      if (s.capitalised() && t.capitalised() && !src_function) {
        if (!src_language_.nouns_capitalised) continue;
        const align::Translations translations = context.lexicon.translations(s.stem());
        if (!translations ||
            std::find(translations.begin(), translations.end(), t.stem()) != translations.end() ||
            std::find(translations.begin(), translations.end(), t.lower()) != translations.end())
          continue;
      }
      if (s.capitalised() &&
          in_name(context, context.src_tokens.sentences[match->first], match->second))
        continue;
      if (tgt_language_.function_words.count(std::string(t.lower())) || target_word(context, t))
        continue;
      // Capitalised inside its sentence, a word that the target's hunspell dictionary knows only
      // so is the target's own: a name ("argentina" as "of Argentina"), or where nouns have a
      // capital, a noun of the language (German "Farm" for "farm").
      if (t.capitalised() && !starts_sentence(context.tgt, tokens, p) &&
          known_only_capitalised(target_dictionary(), t.lower(), context.tgt.input.view(t.span)))
        continue;
      // Whether a content word is not one of the target language: the target's hunspell
      // dictionary says so best; without it, only a word list large enough. Otherwise only the
      // source language's own function words are evidence.
      // A content word the translation writes in several sentences is a borrowing it keeps.
      bool by_hunspell = false;
      if (!src_function) {
        if (!whole && sentences_with.at(t.folded()) >= 2) continue;
        if (tgt_words_.size() < kMinTargetWords) {
          const spell::Dictionary* dictionary = target_dictionary();
          if (dictionary == nullptr || dictionary->spell(context.tgt.input.view(t.span))) continue;
          by_hunspell = true;
        }
      }
      stray[p] = true;
      ++strays;
      const bool translated = context.lexicon.has(s.stem());
      if (speech[p] && !src_function && !t.capitalised() && translated) {
        const spell::Dictionary* dictionary = target_dictionary();
        unborrowed[p] = dictionary != nullptr && !dictionary->spell(context.tgt.input.view(t.span));
      }
      // A word hunspell does not know may be a borrowing the dictionary lacks: not an error.
      strong = strong || src_function || (!by_hunspell && !t.capitalised() && translated);
    }
    // A word beside another copied from the source, or beside a word in lower case that is not
    // one of the target language either, is part of a term kept whole ("reality show",
    // "line-up", "green card"), which a speaker may use as a loan. (A word is unborrowed only
    // where the target has a hunspell dictionary.)
    const spell::Dictionary* dictionary = target_dictionary();
    for (std::size_t p = 0; p < tokens.size(); ++p) {
      if (!unborrowed[p]) continue;
      for (const std::size_t n : {p - 1, p + 1}) {
        if (n >= tokens.size() || tokens[n].function_word() || !tokens[n].number().empty())
          continue;  // p - 1 wraps around for the first token
        const annotate::Token& u = tokens[n];
        if (source_word(context, bead, u) || source_stem(context, bead, u) ||
            (!u.capitalised() && !dictionary->spell(context.tgt.input.view(u.span))))
          unborrowed[p] = false;
      }
    }
    if (!whole) {
      // Function words inside a name or title (Member of the Welsh Parliament, The Guardian,
      // Moon Jae-in) belong to it.
      for (std::size_t p = 0; p < tokens.size(); ++p) {
        if (!stray[p]) continue;
        std::size_t q = p;
        while (q + 1 < tokens.size() && stray[q + 1]) ++q;
        // A speaker may use a loan ("Power", "reality show"): in a quoted speech, only a stretch
        // of two words or more with a function word of the source counts ("un cambio"), or a
        // word no loan would be (see unborrowed).
        bool quoted = false, phrase = false, plain = false;
        for (std::size_t r = p; r <= q; ++r) {
          quoted = quoted || speech[r];
          phrase = phrase || (q > p && src_only_.count(std::string(tokens[r].lower())) != 0);
          plain = plain || unborrowed[r];
        }
        // A speaker's word is never beyond doubt: a warning at most.
        if (quoted && !phrase && plain) speech_word = true;
        phrase = phrase || plain;
        if (inside_name(context.tgt, tokens, p, q) || (quoted && !phrase))
          for (std::size_t r = p; r <= q; ++r) {
            stray[r] = false;
            --strays;
          }
        p = q;
      }
    }
    if (strays == 0 || (whole && strays < words)) return std::nullopt;
    // Function words of the source alone, one or two of them, are no evidence when they are
    // short words that other languages spell alike ("a", "to", "die") or part of a name the
    // translation keeps ("the Guardian"). A stray content word, a function word of three
    // letters or more that the target language's dictionaries do not know ("und", "nicht"), or
    // a longer stretch is needed.
    if (!whole && strays <= 2) {
      bool content = false;
      for (std::size_t p = 0; p < tokens.size(); ++p)
        content = content || (stray[p] && (!src_only_.count(std::string(tokens[p].lower())) ||
                                           foreign_function_word(context, tokens[p])));
      if (!content) return std::nullopt;
    }
    Finding f;
    f.kind = "untranslated";
    strong = strong && !speech_word;
    f.severity = strong ? Severity::error : Severity::warning;
    f.confidence = strong ? 0.8 : 0.55;
    f.tgt_sentences = {k};
    f.src_sentences = context.src_of_tgt(k);
    std::string quoted;
    for (std::size_t p = 0; p < tokens.size(); ++p) {
      if (!stray[p]) continue;
      std::size_t q = p;
      while (q + 1 < tokens.size() && stray[q + 1]) ++q;
      f.tgt_spans.push_back({tokens[p].span.begin, tokens[q].span.end});
      quoted += (quoted.empty() ? "\"" : ", \"") +
                quote_tokens(context.tgt.input.text, tokens, p, q) + "\"";
      p = q;
    }
    if (whole) {
      f.message = "target sentence left in the source language: \"" +
                  shorten(context.tgt.sentences[k].text) + "\"";
      f.suggestion = "translate it";
    } else {
      f.message =
          std::string(strays == 1 ? "a word" : "words") + " left in the source language: " + quoted;
      f.suggestion = "translate " + std::string(strays == 1 ? "it" : "them") +
                     ", or mark a quotation or a term kept on purpose";
    }
    return f;
  }

  // Whether `span` is inside a quotation of one sentence of at most four words of `tokens` (its
  // sentence's): a term or a title quoted, rather than a speech.
  static bool quoted_term(const Quotes& quotes, const std::vector<annotate::Token>& tokens,
                          Span span) {
    constexpr std::size_t kMaxTermWords = 4;
    for (const Quotation& q : quotes.quotations) {
      if (!q.closed || q.first_sentence != q.last_sentence || q.inside.begin > span.begin ||
          span.end > q.inside.end)
        continue;
      std::size_t words = 0;
      for (const annotate::Token& t : tokens)
        words += q.inside.begin <= t.span.begin && t.span.end <= q.inside.end;
      if (words <= kMaxTermWords) return true;
    }
    return false;
  }

  // Whether target token `t` is a word of the target language's word list, or one of its words
  // with a plural or feminine ending that the language's hunspell dictionary, where installed,
  // also accepts ("capitals" is no French plural of "capital"). A capitalised word is left to
  // the list: a loan with a plural ending of the language ("Rebounds" in German) is the
  // language's own, and newer than its dictionary.
  bool target_word(const Context& context, const annotate::Token& t) const {
    if (tgt_words_.contains(t.lower())) return true;
    if (!known_word(tgt_words_, t.lower())) return false;
    if (t.capitalised()) return true;
    const spell::Dictionary* dictionary = target_dictionary();
    return dictionary == nullptr || dictionary->spell(context.tgt.input.view(t.span));
  }

  // Whether target token `t`, a function word of the source language alone, is no word of the
  // target language: three letters or more, in lower case, unknown to its word list and to its
  // hunspell dictionary (a language without one says nothing here).
  bool foreign_function_word(const Context& context, const annotate::Token& t) const {
    if (t.capitalised() || t.folded().size() < kMinStrayLetters ||
        known_word(tgt_words_, t.lower()))
      return false;
    const spell::Dictionary* dictionary = target_dictionary();
    return dictionary != nullptr && !dictionary->spell(context.tgt.input.view(t.span));
  }

  // Whether target tokens [p, q] are part of a name or title: between two capitalised words,
  // joined to one by a hyphen, or a capitalised function word inside the sentence.
  static bool inside_name(const Document& doc, const std::vector<annotate::Token>& tokens,
                          std::size_t p, std::size_t q) {
    const std::string_view text = doc.input.text;
    const bool hyphen_before = p > 0 && tokens[p].span.begin == tokens[p - 1].span.end + 1 &&
                               text[tokens[p - 1].span.end] == '-';
    const bool hyphen_after = q + 1 < tokens.size() &&
                              tokens[q + 1].span.begin == tokens[q].span.end + 1 &&
                              text[tokens[q].span.end] == '-';
    if ((hyphen_before && tokens[p - 1].capitalised()) ||
        (hyphen_after && tokens[q + 1].capitalised()))
      return true;
    const bool capital_before = p > 0 && tokens[p - 1].capitalised();
    const bool capital_after = q + 1 < tokens.size() && tokens[q + 1].capitalised();
    if (capital_before && capital_after) return true;
    return tokens[p].capitalised() && tokens[p].function_word() == false &&
           tokens[p].lower().size() <= 3 && !starts_sentence(doc, tokens, p) && capital_after;
  }

  // Whether source token `s` is a word of the source language's dictionaries: the bilingual
  // lexicon, its word list, or, for a word of kMinSpelledLetters letters or more in lower case,
  // its hunspell dictionary (which knows the inflected forms a thin word list lacks:
  // "inmigrantes", "convirtieron").
  bool known_source_word(const Context& context, const annotate::Token& s) const {
    if (context.lexicon.has(s.stem()) || known_word(src_words_, s.lower())) return true;
    if (s.capitalised() || s.lower().size() < kMinSpelledLetters) return false;
    const spell::Dictionary* dictionary = src_dictionary_.get().get();
    return dictionary != nullptr && dictionary->spell(s.lower());
  }
  static constexpr std::size_t kMinSpelledLetters = 4;

  // Whether capitalised token j of source sentence `tokens` stands beside a capitalised word the
  // dictionaries do not know (Henry Kissinger, Graf Zeppelin): part of a name.
  bool in_name(const Context& context, const std::vector<annotate::Token>& tokens,
               std::size_t j) const {
    for (const std::size_t n : {j - 1, j + 1}) {
      if (n >= tokens.size()) continue;  // j - 1 wraps around for the first token
      const annotate::Token& u = tokens[n];
      if (u.capitalised() && !u.function_word() && u.number().empty() &&
          !known_source_word(context, u))
        return true;
    }
    return false;
  }

  // Whether target sentence `k` is a source sentence of block `bead` word for word.
  static bool copies_source(const Context& context, std::uint32_t k, const Bead& bead) {
    const auto& target = context.tgt_tokens.sentences[k];
    for (std::uint32_t i = bead.src_begin; i < bead.src_end; ++i) {
      const auto& source = context.src_tokens.sentences[i];
      if (std::equal(source.begin(), source.end(), target.begin(), target.end(),
                     [](const annotate::Token& a, const annotate::Token& b) {
                       return a.folded() == b.folded();
                     }))
        return true;
    }
    return false;
  }

  // The source token (sentence, index) of block `bead` spelt like target token `t`, if any; one
  // with the same capital first ("rivoluzione" for "rivoluzione", not "Rivoluzione francese").
  static std::optional<std::pair<std::uint32_t, std::size_t>> source_word(
      const Context& context, const Bead& bead, const annotate::Token& t) {
    std::optional<std::pair<std::uint32_t, std::size_t>> other_case;
    for (std::uint32_t i = bead.src_begin; i < bead.src_end; ++i) {
      const auto& src = context.src_tokens.sentences[i];
      for (std::size_t j = 0; j < src.size(); ++j)
        if (src[j].folded() == t.folded()) {
          if (src[j].capitalised() == t.capitalised()) return std::pair{i, j};
          if (!other_case) other_case = std::pair{i, j};
        }
    }
    return other_case;
  }

  // Whether target token `t`, of three letters or more, is a word of block `bead`'s source less
  // an ending of one or two letters ("card" for "cards").
  static bool source_stem(const Context& context, const Bead& bead, const annotate::Token& t) {
    const std::string_view w = t.folded();
    if (w.size() < 3) return false;
    for (std::uint32_t i = bead.src_begin; i < bead.src_end; ++i)
      for (const annotate::Token& s : context.src_tokens.sentences[i])
        if (s.folded().size() > w.size() && s.folded().size() <= w.size() + 2 &&
            s.folded().starts_with(w))
          return true;
    return false;
  }

  const lang::LanguageData& src_language_;
  const lang::LanguageData& tgt_language_;
  const lexicon::WordList& src_words_;  // dictionary words of the source language
  const lexicon::WordList& tgt_words_;  // dictionary words of the target language
  // The target language's hunspell dictionary, shared with the spelling check.
  std::shared_future<std::shared_ptr<const spell::Dictionary>> tgt_dictionary_;
  // The source language's, for words its word list lacks.
  std::shared_future<std::shared_ptr<const spell::Dictionary>> src_dictionary_;
  std::unordered_set<std::string> src_only_;  // function words of the source language only
  std::unordered_set<std::string> tgt_only_;  // function words of the target language only
};

}  // namespace

std::unique_ptr<Check> make_untranslated(const Setup& setup) {
  return std::make_unique<Untranslated>(setup);
}

}  // namespace wirealign::check
