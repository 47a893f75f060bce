// inconsistent-term: one source term rendered two ways in the translation, each way used where the
// other is not ("Sergei is rendered Sergueï in 2 sentences and Sergei in 1"). Only terms with
// strong evidence are judged, so that the synonyms news prose chooses for style stay quiet:
//   - names: a capitalised source word with no dictionary translation, rendered by two spellings
//     of one name (a transliteration applied in some places and not in others, a misspelling);
//   - multiword names that are translated ("Foreign Ministry", "North Korea"): their dictionary
//     words, each rendered by two different dictionary translations;
//   - runs of common words used three times or more ("rapid reaction force"): likewise;
//   - acronyms with two target-language forms, one of them taught by the document. An acronym
//     left in the source language is untranslated-acronym's finding, never this one.
// A term counts when it occurs in at least two blocks and each occurrence compared has all its
// words rendered close together in one target sentence; forms that differ only by inflection
// (plural, gender, a stem cut shorter: Corée, coréen) or accents are the same rendering. One
// target term used for several source terms is not judged: news prose does that on purpose.
#include <algorithm>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <set>

#include "wirealign/check/acronyms.h"
#include "wirealign/check/checks.h"
#include "wirealign/check/evidence.h"
#include "wirealign/check/names.h"
#include "wirealign/core/utf8.h"

namespace wirealign::check {
namespace {

// A multiword rendering must lie within this many tokens more than the term has ("Corée du
// Nord", "ministère des Affaires étrangères"); for terms of common words, within one more
// ("force d'intervention rapide").
constexpr std::size_t kMaxExtraTokens = 3;
constexpr std::size_t kMaxCommonExtraTokens = 1;
// Terms of common words need this many letters in each word (short words are too polysemous),
// this many occurrences (a phrase used twice is rarely a term: "lovely garden", "very soon"),
// and their most frequent rendering this many uses.
constexpr std::size_t kMinCommonLetters = 4;
constexpr std::size_t kMinCommonOccurrences = 3;
constexpr int kMinCommonMajority = 2;

// One occurrence of a source term: the block it lies in and its words.
struct Occurrence {
  std::uint32_t bead = 0;
  std::uint32_t sentence = 0;                 // source sentence
  std::vector<const annotate::Token*> words;  // the term's tokens, in order
};

// A source term and where it occurs (one occurrence per block).
struct Term {
  std::vector<bool> judged;  // judged[w]: whether word w's renderings are compared
  std::vector<bool> name;    // name[w]: word w is a name (matched by spelling, not dictionary)
  bool common = false;       // a term of common words, not of names
  std::vector<Occurrence> occurrences;
};

// How an occurrence was rendered: the keys of each word's renderings, and the tokens shown.
struct Rendering {
  std::uint32_t sentence = 0;               // target sentence
  std::vector<std::set<std::string>> keys;  // keys[w]: rendering keys of word w
  std::vector<Span> spans;                  // the target words of the rendering
  std::string text;                         // the rendering as written
};

// The first `n` code points of `s`.
std::string prefix(std::string_view s, std::size_t n) {
  std::size_t i = 0;
  for (std::size_t letters = 0; i < s.size() && letters < n; ++letters) utf8::next(s, i);
  return std::string(s.substr(0, i));
}

// Number of code points of `s`.
std::size_t letters(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++n) utf8::next(s, i);
  return n;
}

// A name's spelling without a plural or feminine ending (Tadjiks, tadjike -> tadjik).
std::string name_key(std::string_view folded) {
  for (const std::string_view ending : {"es", "s", "e"})
    if (folded.size() > ending.size() + 3 && folded.ends_with(ending))
      return "n" + std::string(folded.substr(0, folded.size() - ending.size()));
  return "n" + std::string(folded);
}

// The rendering key of target token `t` for source word `s`, or "" when `t` does not render it.
// Names match by spelling (same name, capitalised); other words by a dictionary translation,
// keyed by the first four letters of the target stem without accents, so that inflected forms
// and stems the stemmers cut differently are one rendering.
std::string key(const annotate::Token& s, bool name, const annotate::Token& t,
                const align::Bilingual& lexicon) {
  if (!t.number().empty() || t.function_word() || t.acronym()) return {};
  if (name)
    return t.capitalised() && same_name(s.folded(), t.folded()) ? name_key(t.folded())
                                                                : std::string();
  const align::Translations tr = lexicon.translations(s.stem());
  for (const std::string_view w : tr)
    if (w == t.stem() || (w.size() >= 3 && t.folded().starts_with(annotate::fold(w)) &&
                          t.folded().size() <= w.size() + 3))
      return "d" + prefix(annotate::fold(t.stem()), 4);
  return {};
}

// Whether tokens a and b of one text are adjacent words: only a space or a hyphen between.
bool adjacent(const Document& doc, const annotate::Token& a, const annotate::Token& b) {
  if (b.span.begin < a.span.end) return false;
  const std::string_view between = doc.input.view({a.span.end, b.span.begin});
  return between.size() == 1 && (between[0] == ' ' || between[0] == '-');
}

class InconsistentTerm final : public Check {
 public:
  explicit InconsistentTerm(const Setup& setup)
      : src_language_(setup.src_language), acronyms_(load_acronyms(setup)) {}

  std::vector<Finding> run(const Context& context) const override {
    std::vector<std::pair<std::string, Term>> terms = collect(context);
    std::vector<Finding> findings;
    for (auto& [label, term] : terms)
      if (auto f = judge(context, label, term)) findings.push_back(std::move(*f));
    acronym_findings(context, findings);
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
      return a.tgt_sentences.front() < b.tgt_sentences.front();
    });
    return findings;
  }

 private:
  // The candidate terms of the source text, in order of first occurrence, with their label (the
  // source words as first written).
  std::vector<std::pair<std::string, Term>> collect(const Context& context) const {
    std::map<std::string, std::size_t> index;
    std::vector<std::pair<std::string, Term>> terms;
    auto add = [&](const std::string& id, std::uint32_t i,
                   std::vector<const annotate::Token*> words, std::vector<bool> judged,
                   std::vector<bool> name, bool common = false) {
      auto [it, fresh] = index.emplace(id, terms.size());
      if (fresh) {
        const Span s{words.front()->span.begin, words.back()->span.end};
        terms.push_back({std::string(context.src.input.view(s)), {judged, name, common, {}}});
      }
      Term& term = terms[it->second].second;
      const std::uint32_t bead = context.src_bead[i];
      if (!term.occurrences.empty() && term.occurrences.back().bead == bead) return;
      term.occurrences.push_back({bead, i, std::move(words)});
    };
    const align::Bilingual& lexicon = context.lexicon;
    auto translated = [&](const annotate::Token& t) { return lexicon.has(t.stem()); };
    // Pure names: words taken for a name somewhere, without a dictionary translation. Once
    // known, every capitalised use counts, at the start of a sentence too.
    std::set<std::string_view> names;
    for (const auto& tokens : context.src_tokens.sentences)
      for (std::size_t j = 0; j < tokens.size(); ++j)
        if (is_name(context.src, tokens, j, src_language_) && !translated(tokens[j]))
          names.insert(tokens[j].folded());
    for (std::uint32_t i = 0; i < context.src_tokens.sentences.size(); ++i) {
      const auto& tokens = context.src_tokens.sentences[i];
      for (const annotate::Token& t : tokens)
        if (t.capitalised() && !t.acronym() && names.count(t.folded()))
          add("n" + std::string(t.folded()), i, {&t}, {true}, {true});
      std::vector<bool> is_name_at(tokens.size());
      for (std::size_t j = 0; j < tokens.size(); ++j)
        is_name_at[j] = is_name(context.src, tokens, j, src_language_);
      for (std::size_t j = 0; j < tokens.size();) {
        if (!is_name_at[j]) {
          ++j;
          continue;
        }
        // A run of name words: each pure name is a term of its own; a run of two or more with
        // a dictionary word is a translated name.
        std::size_t e = j + 1;
        while (e < tokens.size() && is_name_at[e] &&
               adjacent(context.src, tokens[e - 1], tokens[e]))
          ++e;
        std::vector<const annotate::Token*> words;
        std::vector<bool> judged, name;
        std::string id = "r";
        bool any_translated = false;
        for (std::size_t p = j; p < e; ++p) {
          const bool pure = !translated(tokens[p]);
          words.push_back(&tokens[p]);
          judged.push_back(!pure);
          name.push_back(pure);
          any_translated = any_translated || !pure;
          id += ' ';
          id += tokens[p].folded();
        }
        if (e - j >= 2 && any_translated) add(id, i, words, judged, name);
        j = e;
      }
      // Runs of two or more adjacent common words with dictionary translations.
      auto common = [&](const annotate::Token& t) {
        return !t.capitalised() && t.number().empty() && !t.function_word() &&
               letters(t.lower()) >= kMinCommonLetters && translated(t);
      };
      for (std::size_t j = 0; j < tokens.size();) {
        std::size_t e = j;
        while (e < tokens.size() && common(tokens[e]) &&
               (e == j || adjacent(context.src, tokens[e - 1], tokens[e])))
          ++e;
        if (e - j >= 2) {
          std::vector<const annotate::Token*> words;
          std::string id = "c";
          for (std::size_t p = j; p < e; ++p) {
            words.push_back(&tokens[p]);
            id += ' ';
            id += tokens[p].stem();
          }
          add(id, i, words, std::vector<bool>(e - j, true), std::vector<bool>(e - j, false), true);
        }
        j = std::max(e, j + 1);
      }
    }
    return terms;
  }

  // How occurrence `o` is rendered in its block: the first target sentence where every word of
  // the term has a rendering, all within a short window. None when the block has no such place.
  static std::optional<Rendering> render(const Context& context, const Term& term,
                                         const Occurrence& o) {
    const Bead& bead = context.alignment.beads[o.bead];
    const std::size_t n = o.words.size();
    for (std::uint32_t k = bead.tgt_begin; k < bead.tgt_end; ++k) {
      const auto& tokens = context.tgt_tokens.sentences[k];
      // keyed[w]: (position, key) of the tokens rendering word w.
      std::vector<std::vector<std::pair<std::size_t, std::string>>> keyed(n);
      for (std::size_t w = 0; w < n; ++w)
        for (std::size_t p = 0; p < tokens.size(); ++p) {
          std::string k2 = key(*o.words[w], term.name[w], tokens[p], context.lexicon);
          if (!k2.empty()) keyed[w].push_back({p, std::move(k2)});
        }
      if (std::any_of(keyed.begin(), keyed.end(), [](const auto& v) { return v.empty(); }))
        continue;
      // The narrowest window holding a rendering of every word, anchored on the first word.
      std::size_t best_first = 0, best_last = 0,
                  best_width = std::numeric_limits<std::size_t>::max();
      for (const auto& anchored : keyed[0]) {
        const std::size_t anchor = anchored.first;
        std::size_t first = anchor, last = anchor;
        for (std::size_t w = 1; w < n; ++w) {
          auto distance = [&](std::size_t p) { return p > anchor ? p - anchor : anchor - p; };
          std::size_t nearest = keyed[w][0].first;
          for (const auto& [p, unused2] : keyed[w])
            if (distance(p) < distance(nearest)) nearest = p;
          first = std::min(first, nearest);
          last = std::max(last, nearest);
        }
        if (last - first < best_width) {
          best_width = last - first;
          best_first = first;
          best_last = last;
        }
      }
      if (n > 1 && best_width + 1 > n + (term.common ? kMaxCommonExtraTokens : kMaxExtraTokens))
        continue;
      Rendering r;
      r.sentence = k;
      r.keys.resize(n);
      for (std::size_t w = 0; w < n; ++w)
        for (const auto& [p, k2] : keyed[w])
          if (n == 1 || (p >= best_first && p <= best_last)) {
            r.keys[w].insert(k2);
            r.spans.push_back(tokens[p].span);
          }
      if (n == 1) {
        // A single name may appear more than once in the sentence: show the first.
        r.spans = {tokens[keyed[0][0].first].span};
        r.text = context.tgt.input.view(r.spans[0]);
      } else {
        r.text = quote_tokens(context.tgt.input.text, tokens, best_first, best_last);
      }
      std::sort(r.spans.begin(), r.spans.end(),
                [](const Span& a, const Span& b) { return a.begin < b.begin; });
      r.spans.erase(std::unique(r.spans.begin(), r.spans.end()), r.spans.end());
      return r;
    }
    return std::nullopt;
  }

  // Merges the keys of word `w` that are one the other's beginning (the stems cor and core of
  // Corée and coréen; inflection the stemmer left): each becomes the shortest such key.
  static void canonical_keys(std::vector<std::pair<const Occurrence*, Rendering>>& rendered,
                             std::size_t w) {
    std::set<std::string> all;
    for (const auto& [o, r] : rendered) all.insert(r.keys[w].begin(), r.keys[w].end());
    for (auto& [o, r] : rendered) {
      std::set<std::string> merged;
      for (const std::string& k : r.keys[w]) {
        std::string shortest = k;
        for (const std::string& other : all)
          if (other.size() < shortest.size() && other.size() >= 3 && k.starts_with(other))
            shortest = other;
        merged.insert(shortest);
      }
      r.keys[w] = std::move(merged);
    }
  }

  // Whether two accent-free spellings are variants of one name: the same consonant skeleton, or
  // nearly the same letters.
  static bool variants(std::string_view a, std::string_view b) {
    const std::string sa = skeleton(a), sb = skeleton(b);
    return (sa.size() >= 3 && sa == sb) || edit_similarity(a, b) >= 0.8;
  }

  // A finding when a judged word of `term` has two renderings, each used in a block without the
  // other.
  static std::optional<Finding> judge(const Context& context, const std::string& label,
                                      const Term& term) {
    if (term.occurrences.size() < (term.common ? kMinCommonOccurrences : 2)) return std::nullopt;
    std::vector<std::pair<const Occurrence*, Rendering>> rendered;
    for (const Occurrence& o : term.occurrences)
      if (auto r = render(context, term, o)) rendered.push_back({&o, std::move(*r)});
    if (rendered.size() < 2) return std::nullopt;
    for (std::size_t w = 0; w < term.judged.size(); ++w) {
      if (!term.judged[w]) continue;
      canonical_keys(rendered, w);
      std::map<std::string, int> uses;
      for (const auto& [o, r] : rendered)
        for (const std::string& k : r.keys[w]) ++uses[k];
      if (uses.size() < 2) continue;
      const std::string a =
          std::max_element(uses.begin(), uses.end(), [](const auto& x, const auto& y) {
            return x.second < y.second;
          })->first;
      // The other rendering used most often where `a` is not.
      std::map<std::string, int> without_a;
      for (const auto& [o, r] : rendered)
        if (!r.keys[w].count(a))
          for (const std::string& k : r.keys[w]) ++without_a[k];
      if (without_a.empty()) continue;
      const std::string b =
          std::max_element(without_a.begin(), without_a.end(), [](const auto& x, const auto& y) {
            return x.second < y.second;
          })->first;
      std::vector<const std::pair<const Occurrence*, Rendering>*> as, bs;
      for (const auto& entry : rendered) {
        if (entry.second.keys[w].count(a))
          as.push_back(&entry);
        else if (entry.second.keys[w].count(b))
          bs.push_back(&entry);
      }
      const bool a_alone = std::any_of(as.begin(), as.end(),
                                       [&](const auto* e) { return !e->second.keys[w].count(b); });
      if (!a_alone || bs.empty()) continue;
      if (term.common && uses[a] < kMinCommonMajority) continue;
      // Two spellings of a name must be variants of one name (Sergei, Sergueï), not two words
      // of one family (Catalan, Catalogne).
      if (term.name[w] && !variants(std::string_view(a).substr(1), std::string_view(b).substr(1)))
        continue;
      return report(label, as, bs);
    }
    return std::nullopt;
  }

  static Finding report(const std::string& label,
                        const std::vector<const std::pair<const Occurrence*, Rendering>*>& as,
                        const std::vector<const std::pair<const Occurrence*, Rendering>*>& bs) {
    Finding f;
    f.kind = "inconsistent-term";
    f.severity = Severity::warning;
    std::set<std::uint32_t> src, tgt;
    for (const auto* group : {&as, &bs})
      for (const auto* e : *group) {
        src.insert(e->first->sentence);
        f.src_spans.push_back(
            {e->first->words.front()->span.begin, e->first->words.back()->span.end});
        tgt.insert(e->second.sentence);
        f.tgt_spans.insert(f.tgt_spans.end(), e->second.spans.begin(), e->second.spans.end());
      }
    auto by_begin = [](const Span& x, const Span& y) { return x.begin < y.begin; };
    std::sort(f.src_spans.begin(), f.src_spans.end(), by_begin);
    std::sort(f.tgt_spans.begin(), f.tgt_spans.end(), by_begin);
    f.src_sentences.assign(src.begin(), src.end());
    f.tgt_sentences.assign(tgt.begin(), tgt.end());
    // Each group is shown by its most frequent text, and counted in target sentences.
    auto describe = [](const std::vector<const std::pair<const Occurrence*, Rendering>*>& group) {
      std::map<std::string, int> texts;
      std::set<std::uint32_t> sentences;
      for (const auto* e : group) {
        ++texts[e->second.text];
        sentences.insert(e->second.sentence);
      }
      const std::string text =
          std::max_element(texts.begin(), texts.end(), [](const auto& x, const auto& y) {
            return x.second < y.second;
          })->first;
      return std::pair{text, sentences.size()};
    };
    const auto [a_text, a_count] = describe(as);
    const auto [b_text, b_count] = describe(bs);
    auto sentences = [](std::size_t n) {
      return std::to_string(n) + (n == 1 ? " sentence" : " sentences");
    };
    f.message = label + " is rendered " + a_text + " in " + sentences(a_count) + " and " + b_text +
                " in " + std::to_string(b_count);
    f.suggestion = "choose one rendering of " + label + " (" + a_text + " or " + b_text +
                   ") and use it throughout";
    return f;
  }

  // Source acronyms rendered by two different target-language forms (ILO as OIT and BIT), each
  // used where the other is not. The source form itself is never counted here.
  void acronym_findings(const Context& context, std::vector<Finding>& findings) const {
    const AcronymPairs pairs = learn_acronyms(context, acronyms_);
    // Source acronym -> per block: source sentence and span, target forms used with their spans.
    struct Use {
      std::uint32_t src_sentence;
      Span src_span;
      std::map<std::string, std::vector<std::pair<std::uint32_t, Span>>> forms;
    };
    std::map<std::string, std::map<std::uint32_t, Use>> uses;
    for (std::uint32_t i = 0; i < context.src_tokens.sentences.size(); ++i)
      for (const annotate::Token& s : context.src_tokens.sentences[i]) {
        if (!s.acronym()) continue;
        const std::string x(surface(context.src, s));
        std::vector<std::string> forms = pairs.target_forms(x);
        forms.erase(std::remove(forms.begin(), forms.end(), x), forms.end());
        if (forms.size() < 2) continue;
        const std::uint32_t b = context.src_bead[i];
        auto [it, fresh] = uses[x].emplace(b, Use{i, s.span, {}});
        if (!fresh) continue;
        const Bead& bead = context.alignment.beads[b];
        for (std::uint32_t k = bead.tgt_begin; k < bead.tgt_end; ++k)
          for (const annotate::Token& t : context.tgt_tokens.sentences[k]) {
            const std::string y(surface(context.tgt, t));
            if (t.acronym() && std::find(forms.begin(), forms.end(), y) != forms.end())
              it->second.forms[y].push_back({k, t.span});
          }
      }
    for (const auto& [x, blocks] : uses) {
      std::map<std::string, int> alone;  // form -> blocks where it is the only form
      for (const auto& [b, use] : blocks)
        if (use.forms.size() == 1) ++alone[use.forms.begin()->first];
      if (alone.size() < 2) continue;
      std::vector<std::pair<int, std::string>> ranked;
      for (const auto& [y, n] : alone) ranked.push_back({n, y});
      std::sort(ranked.rbegin(), ranked.rend());
      const std::string& a = ranked[0].second;
      const std::string& b = ranked[1].second;
      // Two forms the table gives are both right (ILO: OIT for the organisation, BIT for its
      // office); only a form the document taught makes a choice.
      if (pairs.evidence.at({x, a}) == "table" && pairs.evidence.at({x, b}) == "table") continue;
      Finding f;
      f.kind = "inconsistent-term";
      f.severity = Severity::warning;
      std::set<std::uint32_t> src, tgt;
      std::set<std::uint32_t> a_sentences, b_sentences;
      for (const auto& [bead, use] : blocks) {
        bool used = false;
        for (const auto& [y, places] : use.forms) {
          if (y != a && y != b) continue;
          used = true;
          for (const auto& [k, span] : places) {
            tgt.insert(k);
            f.tgt_spans.push_back(span);
            (y == a ? a_sentences : b_sentences).insert(k);
          }
        }
        if (!used) continue;
        src.insert(use.src_sentence);
        f.src_spans.push_back(use.src_span);
      }
      f.src_sentences.assign(src.begin(), src.end());
      f.tgt_sentences.assign(tgt.begin(), tgt.end());
      std::sort(f.tgt_spans.begin(), f.tgt_spans.end(),
                [](const Span& p, const Span& q) { return p.begin < q.begin; });
      f.message = x + " is rendered " + a + " in " + std::to_string(a_sentences.size()) +
                  (a_sentences.size() == 1 ? " sentence" : " sentences") + " and " + b + " in " +
                  std::to_string(b_sentences.size());
      f.suggestion =
          "choose one rendering of " + x + " (" + a + " or " + b + ") and use it throughout";
      findings.push_back(std::move(f));
    }
  }

  const lang::LanguageData& src_language_;
  AcronymTable acronyms_;
};

}  // namespace

std::unique_ptr<Check> make_inconsistent_term(const Setup& setup) {
  return std::make_unique<InconsistentTerm>(setup);
}

}  // namespace wirealign::check
