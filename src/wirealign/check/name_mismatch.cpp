// name-mismatch: a proper name of the source with no counterpart in the aligned target (neither
// the same name, accent-free or transliterated, nor a dictionary translation) while the target
// block has a name of its own that the source lacks, at about the same place: what replaced it.
// A lost name with nothing in its place is omission's (check/name_comparison.h compares them).
#include <algorithm>
#include <set>
#include <string>

#include "wirealign/check/checks.h"
#include "wirealign/check/name_comparison.h"
#include "wirealign/check/names.h"
#include "wirealign/lang/conventions.h"

namespace wirealign::check {
namespace {

class NameMismatch final : public Check {
 public:
  explicit NameMismatch(const Setup& setup)
      : comparison_(setup),
        cross_script_(lang::conventions(setup.src_language.code).script !=
                      lang::conventions(setup.tgt_language.code).script),
        tgt_headwords_(headwords(setup.tgt_language, setup)) {}

  std::vector<Finding> run(const Context& context) const override {
    std::vector<Finding> findings;
    for (const BlockNames& block : compared_names(context, comparison_)) {
      const std::vector<NameRun>& lost_runs = block.lost;
      const std::vector<NameRun>& intruder_runs = block.intruders;
      const bool lost_common_word = block.lost_common_word;
      const std::set<const annotate::Token*>& weak = block.weak;
      const auto names_place = [&](const NameRun& run) {
        return std::any_of(run.tokens.begin(), run.tokens.end(),
                           [&](const annotate::Token* t) { return block.places.count(t) != 0; });
      };
      std::vector<bool> taken(intruder_runs.size(), false);
      for (const NamePair& pair : block.pairs) {
        const std::size_t l = pair.lost, r = pair.intruder;
        taken[r] = true;
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
        // A well-known name (Vienna) may be adapted in a way the dictionary does not know (Wien).
        const bool proper = std::any_of(lost.begin(), lost.end(), [&](const annotate::Token* t) {
          return block.proper_lost.count(t) != 0;
        });
        // CLDR names the two countries: one became the other, whatever the dictionaries know.
        const bool place_lost = names_place(lost_runs[l]) && names_place(intruder_runs[r]);
        if (!place_lost && (known_name || lost_common_word || block.lost_kept_word || common ||
                            misspelt || proper)) {
          f.severity = Severity::warning;
          // Beside the rest of the name, even a dictionary word stands in the lost one's place.
          f.confidence = pair.anchored ? 0.6 : common ? 0.4 : 0.5;
        }
        // Across scripts a name is transliterated by conventions names_match only partly
        // knows, and inflected (Джеррарда for Gerrard): a name that does not match may still
        // be the same one.
        // Without a dictionary that knows the target's common words, a capitalised word
        // there may be a noun or an adjective as well (Союза, Олимпиаду): a hint, not a
        // warning.
        if (cross_script_) {
          // An acronym standing where a dictionary word of a name was lost mostly renders the
          // name's institution or country another way (Navy, ВМС США; Secretary, США).
          const bool acronym = std::all_of(run.begin(), run.end(),
                                           [](const annotate::Token* t) { return t->acronym(); });
          const bool lost_words = std::all_of(
              lost.begin(), lost.end(),
              [&](const annotate::Token* t) { return block.common_lost.count(t) != 0; });
          if (acronym && lost_words) continue;
          f.severity = Severity::info;
          f.confidence = std::min(f.confidence, 0.3);
          f.message += " (the names are in different scripts: check the transliteration)";
        }
        findings.push_back(std::move(f));
      }
      // A name no dictionary knows that stands for nothing of the source, and replaced no lost
      // name found above: the source may name it otherwise (a translation the dictionaries lack)
      // or not at all.
      for (std::size_t r = 0; r < intruder_runs.size(); ++r) {
        const auto& run = intruder_runs[r].tokens;
        if (taken[r] || !std::all_of(run.begin(), run.end(), [&](const annotate::Token* t) {
              return block.unexplained.count(t) != 0;
            }))
          continue;
        findings.push_back(
            unexplained(context, context.alignment.beads[block.bead], intruder_runs[r]));
      }
    }
    return findings;
  }

 private:
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

  static Finding unexplained(const Context& context, const Bead& bead, const NameRun& name) {
    Finding f;
    f.kind = "name-mismatch";
    f.severity = Severity::warning;
    f.confidence = 0.5;
    for (std::uint32_t i = bead.src_begin; i < bead.src_end; ++i) f.src_sentences.push_back(i);
    f.tgt_sentences = {name.sentence};
    f.tgt_spans = {name.span()};
    const std::string text(context.tgt.input.view(name.span()));
    f.message = "the translation names " + text +
                ", which the source does not name and no dictionary knows";
    f.suggestion = "check " + text + " against the source: it may replace a name, or be added";
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
