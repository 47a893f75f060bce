// length-ratio: a 1-1 block (or a 1-0 block beside its 0-1 partner) whose length ratio is far from
// the document's usual one (median and median absolute deviation of the log ratio), not judged on
// short sentences. A target cut short or rendering only part of its source is left to the omission
// check, which says which words are missing.
#include <cmath>
#include <cstdio>
#include <string>

#include "wirealign/check/checks.h"
#include "wirealign/check/evidence.h"

namespace wirealign::check {

namespace {

// The shorter sentence of the pair needs this many characters to be judged, unless the ratio is
// off by kShortFactor or more (headlines and short lines vary freely in length).
constexpr std::size_t kMinCharacters = 40;
constexpr double kShortFactor = 3.0;
// Reported when the log ratio is this many spreads from the median...
constexpr double kMinSpreads = 4.0;
// ...and at least this factor away from the usual ratio; warning from kWarningFactor on.
constexpr double kMinFactor = 1.8;
constexpr double kWarningFactor = 2.5;

class LengthRatio : public Check {
 public:
  std::vector<Finding> run(const Context& context) const override {
    std::vector<Finding> findings;
    const LengthNorm norm = length_norm(context);
    const auto& beads = context.alignment.beads;
    for (std::size_t b = 0; b < beads.size(); ++b) {
      const Bead& bead = beads[b];
      std::uint32_t i = bead.src_begin, k = bead.tgt_begin;
      if (bead.src_size() == 1 && bead.tgt_size() == 0) {
        // A pair the alignment split in two because their lengths disagree: judge it too.
        const auto partner = unaligned_partner(context, b);
        if (!partner) continue;
        k = beads[*partner].tgt_begin;
      } else if (bead.src_size() != 1 || bead.tgt_size() != 1) {
        continue;
      }
      const std::size_t src_chars = characters(context.src.sentences[i]);
      const std::size_t tgt_chars = characters(context.tgt.sentences[k]);
      const double r = log_length_ratio(context, {i, i + 1}, {k, k + 1});
      const double off = r - norm.median;
      if (std::abs(norm.z(r)) < kMinSpreads || std::abs(off) < std::log(kMinFactor)) continue;
      if (off < 0 &&
          (truncated_tail(context, i, {k, k + 1}, norm) ||
           (bead.tgt_size() == 1 && part_left_out(context, i, k, norm, coverage_norm(context)))))
        continue;
      const double factor = std::exp(std::abs(off));
      if (std::min(src_chars, tgt_chars) < kMinCharacters && factor < kShortFactor) continue;
      char times[32];
      std::snprintf(times, sizeof times, "%.1f", factor);
      Finding f;
      f.kind = "length-ratio";
      f.severity = factor >= kWarningFactor ? Severity::warning : Severity::info;
      f.src_sentences = {i};
      f.tgt_sentences = {k};
      f.message = std::string("the target is ") + times + " times " +
                  (off < 0 ? "shorter" : "longer") +
                  " than the document's usual ratio would give (" + std::to_string(tgt_chars) +
                  " characters for " + std::to_string(src_chars) + " in the source)";
      f.suggestion = off < 0 ? "check that nothing of the source was left out"
                             : "check that nothing was added or repeated";
      findings.push_back(std::move(f));
    }
    return findings;
  }
};

}  // namespace

std::unique_ptr<Check> make_length_ratio(const Setup&) { return std::make_unique<LengthRatio>(); }

}  // namespace wirealign::check
