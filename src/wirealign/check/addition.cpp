// addition: target sentences with no source. Consecutive ones form one finding; those that match
// the target language's boilerplate cues (corpora/lang/<tgt>/boilerplate.txt) or carry no words
// ("*****") are reported as republisher boilerplate, at severity info.
#include <string>

#include "wirealign/check/boilerplate.h"
#include "wirealign/check/checks.h"
#include "wirealign/check/evidence.h"
#include "wirealign/check/repeats.h"

namespace wirealign::check {

namespace {

// A sentence with no block of its own whose words appear this much in the source sentences of a
// neighbouring block is the rest of their translation (a split the alignment did not join).
constexpr double kSplitShare = 0.5;
// A target sentence that the alignment joined to others in a block was added when it has this
// many content words and at most one, and little of its weight, with a counterpart in the
// block's source (four-letter stem keys meet by chance), while the others cover at least
// kJoinedOthersShare of the source, in a document whose pairs usually share kJoinedMinNorm. A
// shorter one, of kJoinedShortWords content words, must have none.
constexpr std::size_t kJoinedMinWords = 4;
constexpr std::size_t kJoinedShortWords = 3;
constexpr std::size_t kJoinedMaxCovered = 1;
constexpr double kJoinedMaxShare = 0.15;
constexpr double kJoinedOthersShare = 0.2;
constexpr double kJoinedMinNorm = 0.3;

class Addition : public Check {
 public:
  explicit Addition(const Setup& setup) : boilerplate_(setup) {}

  std::vector<Finding> run(const Context& context) const override {
    const auto& beads = context.alignment.beads;
    const auto n = static_cast<std::uint32_t>(context.tgt.sentences.size());
    const std::vector<std::uint32_t> twin = repeated_sentences(context.tgt_tokens);
    const CoverageNorm coverage = coverage_norm(context);
    // Which target sentences were added, which of them are boilerplate, and which stand in the
    // place of a source sentence's translation.
    std::vector<bool> added(n, false), boilerplate(n, false), replacing(n, false);
    for (std::size_t b = 0; b < beads.size(); ++b) {
      const Bead& bead = beads[b];
      const Range src{bead.src_begin, bead.src_end};
      const Range translating = src.empty() ? Range{} : translating_part(context, bead, boilerplate_);
      // A block doubtfully unrelated is left to omission: the source's translation may be free.
      const bool unrelated_block =
          !translating.empty() &&
          unrelated(context, src, translating, coverage).value_or(0) > kDoubtfullyUnrelated;
      for (std::uint32_t k = bead.tgt_begin; k < bead.tgt_end; ++k) {
        if (twin[k] != kNoTwin) continue;  // a repeated sentence: the duplicate check reports it
        boilerplate[k] = boilerplate_.matches(context.tgt_tokens.sentences[k]);
        if (!src.empty()) {
          // Boilerplate the alignment paired with source sentences translates none of them; a
          // sentence joined to their translation may add to it; a whole block may say something
          // else than its source.
          added[k] = boilerplate_.intruder(context, k, src) || joined(context, bead, k, coverage);
          if (!added[k] && unrelated_block && k >= translating.begin && k < translating.end)
            added[k] = replacing[k] = true;
        } else {
          // A sentence that goes with its neighbours' translation is left to the alignment.
          added[k] = boilerplate[k] ||
                     (!unaligned_partner(context, b) && !split_part(context, b, k));
        }
      }
    }
    // The last target sentence that translates something: what follows it was appended.
    std::uint32_t last_translated = n;
    for (std::uint32_t k = n; k-- > 0;)
      if (!added[k] && twin[k] == kNoTwin) {
        last_translated = k;
        break;
      }
    std::vector<Finding> findings;
    for (std::uint32_t k = 0; k < n;) {
      if (!added[k]) {
        ++k;
        continue;
      }
      std::vector<std::uint32_t> run;
      bool any_boilerplate = false, any_replacing = false;
      for (; k < n && added[k]; ++k) {
        run.push_back(k);
        any_boilerplate = any_boilerplate || boilerplate[k];
        any_replacing = any_replacing || replacing[k];
      }
      const bool appended = last_translated != n && run.front() > last_translated;
      findings.push_back(report(context, run, any_boilerplate, appended, any_replacing));
    }
    return findings;
  }

 private:
  // Whether target sentence `k` (of block `b`, which has no source) translates part of the
  // source sentences of the nearest blocks before or after it.
  static bool split_part(const Context& context, std::size_t b, std::uint32_t k) {
    const auto& beads = context.alignment.beads;
    std::size_t words = 0;
    for (const auto& t : context.tgt_tokens.sentences[k]) words += is_content(t);
    if (words == 0) return false;
    for (int step : {-1, 1}) {
      for (std::size_t n = b;;) {
        if (step < 0 && n == 0) break;
        n += step;
        if (n >= beads.size()) break;
        if (beads[n].src_size() == 0) continue;
        if (tgt_coverage(context, k, {beads[n].src_begin, beads[n].src_end}).share() >= kSplitShare)
          return true;
        break;
      }
    }
    return false;
  }

  // Whether target sentence `k` of block `bead` (which has source sentences) adds to their
  // translation: long enough to carry evidence, almost nothing with a counterpart in the block's
  // source, while the block's other target sentences translate it.
  static bool joined(const Context& context, const Bead& bead, std::uint32_t k,
                     const CoverageNorm& coverage) {
    if (bead.tgt_size() < 2 || coverage.median < kJoinedMinNorm) return false;
    const Range src{bead.src_begin, bead.src_end};
    const auto& tokens = context.tgt_tokens.sentences[k];
    const std::size_t words = content_words(tokens);
    if (words < kJoinedShortWords) return false;
    const Coverage own = tgt_coverage(context, k, src);
    if (covered_content(tokens, own) > (words < kJoinedMinWords ? 0 : kJoinedMaxCovered) ||
        own.share() > kJoinedMaxShare)
      return false;
    // The others, on either side of k, must translate the source on their own.
    for (std::uint32_t i = src.begin; i < src.end; ++i) {
      double best = 0;
      for (std::uint32_t other = bead.tgt_begin; other < bead.tgt_end; ++other)
        if (other != k) best = std::max(best, src_coverage(context, i, {other, other + 1}).share());
      if (best < kJoinedOthersShare) return false;
    }
    return true;
  }

  static Finding report(const Context& context, const std::vector<std::uint32_t>& run,
                        bool boilerplate, bool appended, bool replacing) {
    Finding f;
    f.kind = "addition";
    f.severity = boilerplate ? Severity::info : Severity::warning;
    f.confidence = boilerplate ? 0.9 : 0.75;
    f.tgt_sentences = run;
    auto quoted = [&](std::uint32_t k) {
      std::string q = "\"";
      q += shorten(context.tgt.sentences[k].text, 60);
      q += '"';
      return q;
    };
    const std::string first = quoted(run.front()), last = quoted(run.back());
    const std::string what = run.size() == 1
                                 ? first
                                 : std::to_string(run.size()) + " sentences, from " + first +
                                       " to " + last;
    if (boilerplate) {
      f.message = std::string("republisher boilerplate") +
                  (appended ? " appended at the end" : "") + ", not in the source: " + what;
      f.suggestion = "remove it if the translation should match the original";
    } else if (replacing) {
      f.message = "added in the place of a source sentence's translation, with no counterpart "
                  "in the source: " + what;
    } else {
      f.message = std::string(appended ? "appended at the end" : "added") +
                  ", with no counterpart in the source: " + what;
      f.suggestion = "check that the source does not say it; remove it if it was added";
    }
    return f;
  }

  Boilerplate boilerplate_;
};

}  // namespace

std::unique_ptr<Check> make_addition(const Setup& setup) {
  return std::make_unique<Addition>(setup);
}

}  // namespace wirealign::check
