// name-mismatch: a proper name of the source with no counterpart in the aligned target (neither
// the same name, accent-free or transliterated, nor a dictionary translation). When the target
// block has a name of its own that the source lacks, it is reported as what replaced it.
#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string_view>
#include <unordered_set>

#include "wirealign/check/checks.h"
#include "wirealign/check/names.h"
#include "wirealign/core/utf8.h"
#include "wirealign/lang/conventions.h"
#include "wirealign/lexicon/freedict.h"
#include "wirealign/pipeline/compiled_lexicon.h"
#include "wirealign/spell/hunspell.h"

namespace wirealign::check {
namespace {

// A name of one side: adjacent name tokens of one sentence ("El Salvador").
struct Run {
  std::uint32_t sentence = 0;
  std::vector<const annotate::Token*> tokens;
  Span span() const { return {tokens.front()->span.begin, tokens.back()->span.end}; }
};

// Groups tokens (in order, with their sentence) into runs of adjacent words.
std::vector<Run> runs(const std::vector<std::pair<std::uint32_t, const annotate::Token*>>& words,
                      const Document& doc) {
  std::vector<Run> out;
  for (const auto& [sentence, token] : words) {
    if (!out.empty() && out.back().sentence == sentence) {
      const Span last = out.back().tokens.back()->span;
      const std::string_view between =
          doc.input.view({last.end, std::max(last.end, token->span.begin)});
      if (between.size() <= 1 && between.find_first_not_of(" -") == std::string_view::npos) {
        out.back().tokens.push_back(token);
        continue;
      }
    }
    out.push_back({sentence, {token}});
  }
  return out;
}

// `s` up to its first space or hyphen.
std::string_view first_word(std::string_view s) { return s.substr(0, s.find_first_of(" -")); }

// What place_codes() looks up for a language, made once a process: its region codes, and the
// first words of its territory and language names (a token that is none starts no name).
struct PlaceIndex {
  std::unordered_set<std::string> codes, first_words;
};

const PlaceIndex& place_index(const std::string& code) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<const PlaceIndex>> made;
  std::lock_guard<std::mutex> lock(mutex);
  std::unique_ptr<const PlaceIndex>& index = made[code];
  if (!index) {
    const lang::DisplayNames& names = lang::conventions(code).names();
    auto built = std::make_unique<PlaceIndex>();
    for (const auto& [name, region] : names.territories) {
      built->codes.insert(region);
      built->first_words.emplace(first_word(name));
    }
    for (const auto& [name, language] : names.languages) built->first_words.emplace(first_word(name));
    index = std::move(built);
  }
  return *index;
}

// The codes of the territories and languages that runs of one to three adjacent tokens of
// `tokens` (in text order) name in language `code`, by CLDR's display names ("Allemagne" -> DE,
// "Royaume-Uni" -> GB, "gallois" -> cy): exonyms name the same place in both languages.
std::set<std::string> place_codes(const std::vector<const annotate::Token*>& tokens,
                                  const std::string& code) {
  const lang::DisplayNames& names = lang::conventions(code).names();
  const PlaceIndex& index = place_index(code);
  std::set<std::string> codes;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    // A region's code written as an acronym names it too (the US, EU members: "US").
    if (tokens[i]->acronym() && tokens[i]->lower().size() == 2) {
      std::string text(tokens[i]->lower());
      for (char& c : text) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
      if (index.codes.count(text)) codes.insert(std::string(text));
    }
    if (!index.first_words.count(std::string(first_word(tokens[i]->folded())))) continue;
    std::string spaced, hyphened;
    for (std::size_t n = 0; n < 3 && i + n < tokens.size(); ++n) {
      const annotate::Token& t = *tokens[i + n];
      if (n > 0 && t.span.begin > tokens[i + n - 1]->span.end + 1) break;
      spaced += (n ? " " : "") + std::string(t.folded());
      hyphened += (n ? "-" : "") + std::string(t.folded());
      for (const std::string* key : {&spaced, &hyphened}) {
        if (const auto it = names.territories.find(*key); it != names.territories.end())
          codes.insert(it->second);
        if (const auto it = names.languages.find(*key); it != names.languages.end())
          codes.insert(it->second);
      }
    }
  }
  return codes;
}

class NameMismatch final : public Check {
 public:
  explicit NameMismatch(const Setup& setup)
      : src_language_(setup.src_language),
        tgt_language_(setup.tgt_language),
        cross_script_(lang::conventions(setup.src_language.code).script !=
                      lang::conventions(setup.tgt_language.code).script),
        src_words_(common_words(setup.src_language)),
        tgt_words_(common_words(setup.tgt_language)),
        tgt_headwords_(lexicon::common_words(setup.tgt_language.code, true,
                                             lexicon::default_dictd_dir(),
                                             pipeline::default_lexicon_dir())),
        tgt_dictionary_(spell::shared_dictionary(setup.data_dir, setup.tgt_language.code)) {}

  std::vector<Finding> run(const Context& context) const override {
    std::vector<Finding> findings;
    const auto& beads = context.alignment.beads;
    for (std::size_t b = 0; b < beads.size(); ++b) {
      const Bead& bead = beads[b];
      if (bead.src_size() == 0 || bead.tgt_size() == 0) continue;
      // The words of this block and of its neighbours (a sentence merged or split across the
      // block boundary keeps its names there).
      // Only blocks that join or split sentences, or are unsure, lend their neighbours' words.
      const auto one_to_one = [&](std::size_t n) {
        return beads[n].src_size() == 1 && beads[n].tgt_size() == 1 && beads[n].confidence >= 0.5;
      };
      std::vector<const annotate::Token*> src_near, tgt_near;
      for (std::size_t n = (b == 0 ? 0 : b - 1); n <= b + 1 && n < beads.size(); ++n) {
        if (n != b && one_to_one(b) && one_to_one(n)) continue;
        for (std::uint32_t i = beads[n].src_begin; i < beads[n].src_end; ++i)
          for (const annotate::Token& t : context.src_tokens.sentences[i]) src_near.push_back(&t);
        for (std::uint32_t k = beads[n].tgt_begin; k < beads[n].tgt_end; ++k)
          for (const annotate::Token& t : context.tgt_tokens.sentences[k]) tgt_near.push_back(&t);
      }
      std::vector<std::pair<std::uint32_t, const annotate::Token*>> lost, intruders;
      std::set<const annotate::Token*> weak;  // intruders that are also dictionary words
      bool lost_common_word = false;  // a lost name that is also a dictionary word (Morning)
      // Places and languages the target names (exonyms: Pékin, Allemagne, gallois).
      const std::set<std::string> tgt_places = place_codes(tgt_near, tgt_language_.code);
      const std::set<std::string> src_places = place_codes(src_near, src_language_.code);
      for (std::uint32_t i = bead.src_begin; i < bead.src_end; ++i) {
        const auto& tokens = context.src_tokens.sentences[i];
        for (std::size_t j = 0; j < tokens.size(); ++j) {
          if (!is_name(context.src, tokens, j, src_language_)) continue;
          const bool found = std::any_of(tgt_near.begin(), tgt_near.end(), [&](const auto* t) {
            return renders(tokens[j], *t, context.lexicon);
          });
          if (found || names_place_in(tokens, j, src_language_.code, tgt_places)) continue;
          lost.push_back({i, &tokens[j]});
          lost_common_word = lost_common_word ||
                             context.lexicon.translations(tokens[j].stem()) != nullptr ||
                             known_word(src_words_, tokens[j].lower());
        }
      }
      if (lost.empty()) continue;
      for (std::uint32_t k = bead.tgt_begin; k < bead.tgt_end; ++k) {
        const auto& tokens = context.tgt_tokens.sentences[k];
        for (std::size_t j = 0; j < tokens.size(); ++j) {
          const annotate::Token& t = tokens[j];
          if (!t.capitalised() || t.acronym() || !t.number().empty() || t.function_word() ||
              is_abbreviation(context.tgt.input.view(t.span), tgt_language_))
            continue;
          if (title_case(tokens, tgt_language_)) continue;
          // Any word starts a sentence with a capital: there, only a name lost in the source
          // that is no dictionary word may have been replaced ("It said Lloyds" -> "Moreau").
          if (lost_common_word && starts_sentence(context.tgt, tokens, j)) continue;
          const bool known = std::any_of(src_near.begin(), src_near.end(), [&](const auto* s) {
            return renders(*s, t, context.lexicon);
          });
          if (known || common_word(context, t) || in_source(context, t) ||
              (tgt_language_.nouns_capitalised && compound_noun(t)) ||
              calendar_word(t, tgt_language_) ||
              names_place_in(tokens, j, tgt_language_.code, src_places))
            continue;
          // A capitalised dictionary word inside a sentence may be a surname (Perry, Ford) as
          // well as part of a title: kept, less surely, only when the names lost are no
          // dictionary words and the language does not capitalise its nouns.
          if (target_word(t.lower())) {
            if (lost_common_word || tgt_language_.nouns_capitalised ||
                starts_sentence(context.tgt, tokens, j))
              continue;
            weak.insert(&t);
          }
          intruders.push_back({k, &t});
        }
      }
      const std::vector<Run> lost_runs = runs(lost, context.src);
      const std::vector<Run> intruder_runs = runs(intruders, context.tgt);
      // Lost names and intruders are paired in order. A name lost with nothing in its place is
      // not reported: translations drop, shorten and translate names too often.
      // A pair must sit at about the same place in its sentence.
      for (std::size_t r = 0; r < lost_runs.size() && r < intruder_runs.size(); ++r)
        if (std::fabs(place(context.src, lost_runs[r]) - place(context.tgt, intruder_runs[r])) <=
            0.4) {
          Finding f = report(context, lost_runs[r], intruder_runs[r]);
          // A replacement the target's dictionaries know as a name may be an exonym they list
          // (Pékin for Beijing) or a name translated: not sure enough for an error.
          const auto& run = intruder_runs[r].tokens;
          const bool known_name = std::any_of(
              run.begin(), run.end(),
              [&](const annotate::Token* t) { return known_word(tgt_headwords_, t->lower()); });
          const bool common = std::any_of(run.begin(), run.end(),
                                          [&](const annotate::Token* t) { return weak.count(t); });
          if (known_name || lost_common_word || common) {
            f.severity = Severity::warning;
            f.confidence = common ? 0.4 : 0.5;
          }
          // Across scripts a name is transliterated by conventions names_match only partly
          // knows, and inflected (Джеррарда for Gerrard): a name that does not match may still
          // be the same one.
          // Without a dictionary that knows the target's common words, a capitalised word
          // there may be a noun or an adjective as well (Союза, Олимпиаду): a hint, not a
          // warning.
          if (cross_script_) {
            f.severity = Severity::info;
            f.confidence = std::min(f.confidence, 0.3);
            f.message += " (the names are in different scripts: check the transliteration)";
          }
          findings.push_back(std::move(f));
        }
    }
    return findings;
  }

 private:
  // Whether `lower` is a common word of the target language: in its word list, or, seven
  // letters or more, accepted in lower case by its hunspell dictionary (which knows inflected
  // forms: Kościoła, Hooggerechtshof). Shorter words hunspell knows are often surnames too
  // (Martin, Moreau).
  bool target_word(std::string_view lower) const {
    if (known_word(tgt_words_, lower)) return true;
    std::size_t letters = 0;
    for (std::size_t i = 0; i < lower.size() && letters < kMinHunspellLetters; ++letters)
      utf8::next(lower, i);
    if (letters < kMinHunspellLetters) return false;
    const spell::Dictionary* dictionary = tgt_dictionary_.get().get();
    return dictionary != nullptr && dictionary->spell(lower);
  }
  static constexpr std::size_t kMinHunspellLetters = 7;

  // Whether `t` ends with a word of the target's word list of five bytes or more, after three
  // letters or more: a compound noun (Außenminister, Vizepräsidentin) in a language that
  // capitalises nouns and writes compounds as one word, not a name.
  bool compound_noun(const annotate::Token& t) const {
    for (const std::string_view form : {t.lower(), t.stem()}) {
      std::size_t i = 0;
      for (std::size_t letters = 0; i < form.size() && letters < 3; ++letters) utf8::next(form, i);
      for (; i + 5 <= form.size();) {
        if (known_word(tgt_words_, form.substr(i))) return true;
        utf8::next(form, i);
      }
    }
    return false;
  }

  // Whether token j of `tokens` is part of the name of a territory or language (in language
  // `code`) among `places`.
  static bool names_place_in(const std::vector<annotate::Token>& tokens, std::size_t j,
                             const std::string& code, const std::set<std::string>& places) {
    if (places.empty()) return false;
    std::vector<const annotate::Token*> around;
    for (std::size_t n = j >= 2 ? j - 2 : 0; n <= j + 2 && n < tokens.size(); ++n)
      around.push_back(&tokens[n]);
    for (const std::string& c : place_codes(around, code))
      if (places.count(c)) return true;
    return false;
  }

  // Whether target word `t` is a name of the source text, anywhere.
  static bool in_source(const Context& context, const annotate::Token& t) {
    for (const auto& sentence : context.src_tokens.sentences)
      for (const annotate::Token& s : sentence)
        if (s.capitalised() && same_name(s.folded(), t.folded())) return true;
    return false;
  }

  // Whether target word `t` also appears in lower case in the target text (a common word).
  static bool common_word(const Context& context, const annotate::Token& t) {
    for (const auto& sentence : context.tgt_tokens.sentences)
      for (const annotate::Token& u : sentence)
        if (!u.capitalised() && u.lower() == t.lower()) return true;
    return false;
  }

  // Where a run starts in its sentence, from 0 (start) to 1 (end).
  static double place(const Document& doc, const Run& run) {
    const Span s = doc.sentences[run.sentence].span;
    return s.size() == 0
               ? 0
               : static_cast<double>(run.span().begin - s.begin) / static_cast<double>(s.size());
  }

  static Finding report(const Context& context, const Run& lost, const Run& replacement) {
    Finding f;
    f.kind = "name-mismatch";
    f.severity = Severity::error;
    f.confidence = 0.8;
    f.src_sentences = {lost.sentence};
    f.src_spans = {lost.span()};
    const std::string name(context.src.input.view(lost.span()));
    f.tgt_sentences = {replacement.sentence};
    f.tgt_spans = {replacement.span()};
    const std::string other(context.tgt.input.view(replacement.span()));
    f.message = name + " in the source became " + other + " in the translation";
    f.suggestion = "check the name: the source says " + name + ", not " + other;
    return f;
  }

  const lang::LanguageData& src_language_;
  const lang::LanguageData& tgt_language_;
  const bool cross_script_;                 // the two languages are written in different scripts
  const lexicon::WordList& src_words_;      // common words of the source language
  const lexicon::WordList& tgt_words_;      // common words of the target language
  const lexicon::WordList& tgt_headwords_;  // its dictionaries' headwords, names included
  // The target language's hunspell dictionary, shared with the spelling check.
  std::shared_future<std::shared_ptr<const spell::Dictionary>> tgt_dictionary_;
};

}  // namespace

std::unique_ptr<Check> make_name_mismatch(const Setup& setup) {
  return std::make_unique<NameMismatch>(setup);
}

}  // namespace wirealign::check
