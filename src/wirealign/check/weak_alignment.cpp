// weak-alignment: in a document of a few blocks, a 1-1 block whose sentences share almost no
// lexical evidence (no common names, numbers, cognates or dictionary translations) although both
// are long enough to have some (evidence.h, little_shared): the target may translate something
// else, or be a wrong translation. In a longer document, omission reports such a block.
#include <algorithm>
#include <string>

#include "wirealign/check/checks.h"
#include "wirealign/check/evidence.h"

namespace wirealign::check {

namespace {

class WeakAlignment : public Check {
 public:
  std::vector<Finding> run(const Context& context) const override {
    std::vector<Finding> findings;
    const CoverageNorm norm = coverage_norm(context);
    // In a document of a few blocks the place of a pair says nothing, and a pair with little in
    // common is a possible mistranslation. Elsewhere it is a translation replaced by something
    // else, which omission reports.
    if (!short_document(context)) return findings;
    for (const Bead& bead : context.alignment.beads) {
      const auto shares = little_shared(context, bead, norm);
      if (!shares) continue;
      Finding f;
      f.kind = "weak-alignment";
      f.severity = Severity::warning;
      f.confidence = std::max(0.45, 1.0 - bead.confidence);
      f.src_sentences = {bead.src_begin};
      f.tgt_sentences = {bead.tgt_begin};
      f.message = std::string("little in common between the sentences paired here: ") +
                  shares->describe() +
                  " have a counterpart (name, number, cognate or dictionary translation)";
      f.suggestion = "check that the target translates this source sentence";
      findings.push_back(std::move(f));
    }
    return findings;
  }
};

}  // namespace

std::unique_ptr<Check> make_weak_alignment(const Setup&) {
  return std::make_unique<WeakAlignment>();
}

}  // namespace wirealign::check
