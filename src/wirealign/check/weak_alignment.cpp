// weak-alignment: a 1-1 block whose sentences share almost no lexical evidence (no common names,
// numbers, cognates or dictionary translations) although both are long enough to have some: the
// target may translate something else, or be a wrong translation.
#include <algorithm>
#include <cstdio>
#include <string>

#include "wirealign/check/checks.h"
#include "wirealign/check/evidence.h"

namespace wirealign::check {

namespace {

// Both sentences need this many content words to be judged.
constexpr std::size_t kMinContentWords = 5;
// A pair that shares no content word at all is unrelated (evidence.h), which omission reports.
// Reported here: neither side has more than kMaxShare of its token weight covered and the
// block's confidence, which weighs the translation evidence of the pair (dictionary, what the
// aligner learned from the document, numbers, names, length) and not only its place, says it is
// more likely not a translation than one. In a document whose order vouches for its pairs, a
// free translation of a pair in its place shares little too, so the confidence must be at
// kMaxConfidence or below, where the place doubts the pair as well; in a short document (below),
// where the place says nothing, at kMaxConfidenceShort or below.
constexpr double kMaxShare = 0.15;
constexpr double kMaxConfidence = 0.25;
constexpr double kMaxConfidenceShort = 0.5;

// Free translations of short sentences often share no word at all ("He was speechless" / "La
// nouvelle le laissa sans voix"), so the second rule judges sentences of kMinContentWordsShort
// content words or more only in a short document (fewer blocks than kMaxBlocksShortDocument, too
// few for their order to vouch for a pair), where nothing else would report an unrelated pair.
constexpr std::size_t kMinContentWordsShort = 3;
constexpr std::size_t kMaxBlocksShortDocument = 4;

// The document's pairs must usually share at least this much (with no dictionary for the pair,
// or another script, a pair with little in common is the norm, not a warning).
constexpr double kMinNormDoubtful = 0.3;

class WeakAlignment : public Check {
 public:
  std::vector<Finding> run(const Context& context) const override {
    std::vector<Finding> findings;
    const CoverageNorm norm = coverage_norm(context);
    const bool short_document = context.alignment.beads.size() < kMaxBlocksShortDocument;
    for (const Bead& bead : context.alignment.beads) {
      if (bead.src_size() != 1 || bead.tgt_size() != 1) continue;
      const std::uint32_t i = bead.src_begin, k = bead.tgt_begin;
      // Sentences that are not translations at all are an omission and an addition.
      if (unrelated(context, {i, i + 1}, {k, k + 1}, norm)) continue;
      const std::size_t words = std::min(content_words(context.src_tokens.sentences[i]),
                                         content_words(context.tgt_tokens.sentences[k]));
      const bool long_enough = words >= kMinContentWords;
      if (!long_enough && !(short_document && words >= kMinContentWordsShort)) continue;
      const Coverage src = src_coverage(context, i, {k, k + 1});
      const Coverage tgt = tgt_coverage(context, k, {i, i + 1});
      const double src_share = src.share(), tgt_share = tgt.share();
      const bool doubtful =
          src_share <= kMaxShare && tgt_share <= kMaxShare &&
          bead.confidence <= (short_document ? kMaxConfidenceShort : kMaxConfidence) &&
          norm.median >= kMinNormDoubtful;
      if (!doubtful) continue;
      char shares[64];
      std::snprintf(shares, sizeof shares, "%.0f%% of the source words, %.0f%% of the target words",
                    100 * src_share, 100 * tgt_share);
      Finding f;
      f.kind = "weak-alignment";
      f.severity = Severity::warning;
      f.confidence = std::max(0.45, 1.0 - bead.confidence);
      f.src_sentences = {i};
      f.tgt_sentences = {k};
      f.message = std::string("little in common between the sentences paired here: ") + shares +
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
