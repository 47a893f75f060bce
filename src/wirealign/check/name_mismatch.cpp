// name-mismatch: a proper name of the source with no counterpart in the aligned target (neither
// the same name, accent-free or transliterated, nor a dictionary translation) while the target
// block has a name of its own that the source lacks, at about the same place: what replaced it.
// A lost name with nothing in its place is omission's (check/name_comparison.h compares them).
#include <algorithm>
#include <cmath>
#include <set>
#include <string>

#include "wirealign/check/checks.h"
#include "wirealign/check/name_comparison.h"
#include "wirealign/check/names.h"
#include "wirealign/lang/conventions.h"
#include "wirealign/lexicon/freedict.h"
#include "wirealign/pipeline/compiled_lexicon.h"

namespace wirealign::check {
namespace {

// How far apart in their sentences (0 = start, 1 = end) a lost name and its replacement may be.
constexpr double kMaxPlaceDistance = 0.4;

class NameMismatch final : public Check {
 public:
  explicit NameMismatch(const Setup& setup)
      : comparison_(setup),
        cross_script_(lang::conventions(setup.src_language.code).script !=
                      lang::conventions(setup.tgt_language.code).script),
        tgt_headwords_(lexicon::common_words(setup.tgt_language.code, true,
                                             lexicon::default_dictd_dir(),
                                             pipeline::default_lexicon_dir())) {}

  std::vector<Finding> run(const Context& context) const override {
    std::vector<Finding> findings;
    for (const BlockNames& block : compared_names(context, comparison_)) {
      const std::vector<NameRun>& lost_runs = block.lost;
      const std::vector<NameRun>& intruder_runs = block.intruders;
      const bool lost_common_word = block.lost_common_word;
      const std::set<const annotate::Token*>& weak = block.weak;
      // Each lost name is paired with an unpaired intruder at about the same place in its
      // sentence: first a lost word whose name kept its other words with the word beside them
      // ("Brett Kavanaugh", "Brett Gewesen"), wherever they are; then the countries with countries
      // (a country that became another), then the other names with the nearest intruder left. Lost
      // names that are all dictionary words (a German noun the translation rendered in other words)
      // are weak evidence: they pair only when no other name was lost, and only with the intruder
      // of the same rank. A name lost with nothing in its place is left to omission.
      const auto names_place = [&](const NameRun& run) {
        return std::any_of(run.tokens.begin(), run.tokens.end(),
                           [&](const annotate::Token* t) { return block.places.count(t) != 0; });
      };
      const auto common_only = [&](const NameRun& run) {
        return std::all_of(run.tokens.begin(), run.tokens.end(),
                           [&](const annotate::Token* t) { return block.common_lost.count(t); });
      };
      enum class Pairing { anchored, country, nearest, rank };
      std::vector<bool> taken(intruder_runs.size(), false), paired(lost_runs.size(), false);
      std::vector<std::pair<std::size_t, Pairing>> order;  // lost run, and how it pairs
      // A lost word whose name kept its other words pairs with the word beside them first.
      const auto run_of = [](const std::vector<NameRun>& runs, const annotate::Token* t) {
        for (std::size_t r = 0; r < runs.size(); ++r)
          if (std::find(runs[r].tokens.begin(), runs[r].tokens.end(), t) != runs[r].tokens.end())
            return r;
        return runs.size();
      };
      std::vector<std::size_t> anchor(lost_runs.size(), intruder_runs.size());
      for (const auto& [lost, intruder] : block.anchored) {
        const std::size_t l = run_of(lost_runs, lost), r = run_of(intruder_runs, intruder);
        if (l < lost_runs.size() && r < intruder_runs.size() && anchor[l] == intruder_runs.size()) {
          anchor[l] = r;
          order.push_back({l, Pairing::anchored});
        }
      }
      for (std::size_t r = 0; r < lost_runs.size(); ++r)
        if (names_place(lost_runs[r])) order.push_back({r, Pairing::country});
      const bool uncommon = std::any_of(lost_runs.begin(), lost_runs.end(),
                                        [&](const NameRun& run) { return !common_only(run); });
      for (std::size_t r = 0; r < lost_runs.size(); ++r)
        if (!common_only(lost_runs[r]))
          order.push_back({r, Pairing::nearest});
        else if (!uncommon)
          order.push_back({r, Pairing::rank});
      for (const auto& [l, pairing] : order) {
        if (paired[l]) continue;
        std::size_t best = intruder_runs.size();
        double best_distance = kMaxPlaceDistance;
        for (std::size_t r = 0; r < intruder_runs.size(); ++r) {
          if (taken[r] || (pairing == Pairing::country && !names_place(intruder_runs[r])) ||
              (pairing == Pairing::rank && r != l) ||
              (pairing == Pairing::anchored && r != anchor[l]))
            continue;
          const double distance =
              std::fabs(place(context.src, lost_runs[l]) - place(context.tgt, intruder_runs[r]));
          if (distance <= best_distance || pairing == Pairing::anchored) {
            best = r;
            best_distance = distance;
          }
        }
        if (best == intruder_runs.size()) continue;
        paired[l] = true;
        taken[best] = true;
        const std::size_t r = best;
        Finding f = report(context, lost_runs[l], intruder_runs[r]);
        // A replacement the target's dictionaries know as a name may be an exonym they list
        // (Pékin for Beijing) or a name translated: not sure enough for an error.
        const auto& run = intruder_runs[r].tokens;
        const bool known_name = std::any_of(run.begin(), run.end(), [&](const annotate::Token* t) {
          return known_word(tgt_headwords_, t->lower());
        });
        const bool common = std::any_of(run.begin(), run.end(),
                                        [&](const annotate::Token* t) { return weak.count(t); });
        // A lost name one edit away from a source word may be a misspelt common word
        // (Europa Leaguge) that the translation translated.
        const auto& lost = lost_runs[l].tokens;
        const bool misspelt = std::any_of(lost.begin(), lost.end(), [&](const annotate::Token* t) {
          return comparison_.misspelt_source_word(context.src.input.view(t->span));
        });
        // CLDR names the two countries: one became the other, whatever the dictionaries know.
        const bool place_lost = names_place(lost_runs[l]) && names_place(intruder_runs[r]);
        if (!place_lost && (known_name || lost_common_word || common || misspelt)) {
          f.severity = Severity::warning;
          // Beside the rest of the name, even a dictionary word stands in the lost one's place.
          f.confidence = pairing == Pairing::anchored ? 0.6 : common ? 0.4 : 0.5;
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
  // Where a run starts in its sentence, from 0 (start) to 1 (end).
  static double place(const Document& doc, const NameRun& run) {
    const Span s = doc.sentences[run.sentence].span;
    return s.size() == 0
               ? 0
               : static_cast<double>(run.span().begin - s.begin) / static_cast<double>(s.size());
  }

  static Finding report(const Context& context, const NameRun& lost, const NameRun& replacement) {
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

  NameComparison comparison_;
  const bool cross_script_;                 // the two languages are written in different scripts
  const lexicon::WordList& tgt_headwords_;  // the target's dictionaries' headwords, names included
};

}  // namespace

std::unique_ptr<Check> make_name_mismatch(const Setup& setup) {
  return std::make_unique<NameMismatch>(setup);
}

}  // namespace wirealign::check
