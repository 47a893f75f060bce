// duplicate: a target sentence printed again later (a repeated headline or paragraph) when the
// source does not repeat it.
#include <string>

#include "wirealign/check/checks.h"
#include "wirealign/check/evidence.h"
#include "wirealign/check/repeats.h"

namespace wirealign::check {

namespace {

class Duplicate : public Check {
 public:
  std::vector<Finding> run(const Context& context) const override {
    const std::vector<std::uint32_t> tgt_twin = repeated_sentences(context.tgt_tokens);
    const std::vector<std::uint32_t> src_twin = repeated_sentences(context.src_tokens);
    std::vector<Finding> findings;
    for (std::uint32_t k = 0; k < tgt_twin.size(); ++k) {
      const std::uint32_t j = tgt_twin[k];
      if (j == kNoTwin || j > k) continue;
      const Bead& first = context.alignment.beads[context.tgt_bead[j]];
      const Bead& again = context.alignment.beads[context.tgt_bead[k]];
      if (source_repeats(first, again, src_twin)) continue;
      Finding f;
      f.kind = "duplicate";
      f.severity = Severity::warning;
      f.tgt_sentences = {j, k};
      for (const Bead* b : {&first, &again})
        for (std::uint32_t i = b->src_begin; i < b->src_end; ++i)
          if (f.src_sentences.empty() || f.src_sentences.back() < i) f.src_sentences.push_back(i);
      f.message = "the target sentence \"" + shorten(context.tgt.sentences[k].text, 70) +
                  "\" is printed twice" +
                  (k == j + 1 ? ", one copy right after the other" : "") +
                  "; the source has it once";
      f.suggestion = "delete the second copy";
      findings.push_back(std::move(f));
    }
    return findings;
  }

 private:
  // Whether the source repeats the sentence too: a source sentence of one block has a twin in
  // the other block.
  static bool source_repeats(const Bead& first, const Bead& again,
                             const std::vector<std::uint32_t>& src_twin) {
    for (std::uint32_t i = again.src_begin; i < again.src_end; ++i) {
      const std::uint32_t t = src_twin[i];
      if (t != kNoTwin && t >= first.src_begin && t < first.src_end) return true;
    }
    return false;
  }
};

}  // namespace

std::unique_ptr<Check> make_duplicate(const Setup&) { return std::make_unique<Duplicate>(); }

}  // namespace wirealign::check
