// number-mismatch: numbers, clock times, months and weekdays of an aligned block that differ
// between source and target once each side is read with its own conventions (1,500 = 1 500,
// 3.5 = 3,5, "September 11" = "11 septembre", "$5 million" = "5 millions de dollars",
// "40 miles" = "64 km", "9:30 pm" = "21 h 30"; see numbers.h). Only a figure that replaced
// another is reported here; a figure of the source with no counterpart at all is an omission.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "wirealign/check/checks.h"
#include "wirealign/check/evidence.h"
#include "wirealign/check/numbers.h"

namespace wirealign::check {
namespace {

class NumberMismatch final : public Check {
 public:
  explicit NumberMismatch(const Setup& setup)
      : src_(setup.src_language, setup.data_dir), tgt_(setup.tgt_language, setup.data_dir) {}

  std::vector<Finding> run(const Context& context) const override {
    const BlockQuantities& q = block_quantities(context, src_, tgt_);
    const CoverageNorm coverage = coverage_norm(context);
    std::vector<Finding> findings;
    const auto& beads = context.alignment.beads;
    for (std::size_t b = 0; b < beads.size(); ++b) {
      const Bead& bead = beads[b];
      if (bead.src_size() == 0 || bead.tgt_size() == 0) continue;
      // A block that translates nothing of its source is an omission and an addition.
      if (unrelated(context, {bead.src_begin, bead.src_end}, {bead.tgt_begin, bead.tgt_end},
                    coverage))
        continue;
      const auto [s_left, t_left] = q.unmatched(b);
      for (const QuantityKind kind :
           {QuantityKind::number, QuantityKind::time, QuantityKind::month, QuantityKind::weekday}) {
        // Numbers in words count when the other side has a figure, or a number in words too
        // (not "one", which is an article in most languages: un, ein, uno).
        std::vector<const Quantity*> a, c;
        bool src_hard = false, tgt_hard = false;
        for (const Quantity* x : s_left)
          if (x->kind() == kind && comparable(*x)) {
            a.push_back(x);
            src_hard = src_hard || !x->soft;
          }
        for (const Quantity* x : t_left)
          if (x->kind() == kind && comparable(*x)) {
            c.push_back(x);
            tgt_hard = tgt_hard || !x->soft;
          }
        // A century answers only another ("19th century", "XIXe siècle", "the 1850s").
        const auto century = [](const Quantity* x) { return x->century; };
        if (std::any_of(a.begin(), a.end(), century) != std::any_of(c.begin(), c.end(), century)) {
          std::erase_if(a, century);
          std::erase_if(c, century);
        }
        // A scale word alone answers only another ("Millions", "billones").
        const auto bare_scale = [&](const Quantity* x) {
          return kind == QuantityKind::number && x->bare;
        };
        if (std::any_of(a.begin(), a.end(), bare_scale) !=
            std::any_of(c.begin(), c.end(), bare_scale)) {
          std::erase_if(a, bare_scale);
          std::erase_if(c, bare_scale);
        }
        if (a.empty() || c.empty()) continue;
        if (kind == QuantityKind::number && century_in_years(a, c)) continue;
        // Words on one side against a figure on the other may be a phrase rephrased ("octavos
        // de final", the last 16): sure only with a figure on both sides.
        findings.push_back(report(context, a, c, kind, src_hard && tgt_hard));
      }
    }
    return findings;
  }

 private:
  // Whether `q` may be reported as changed: a figure, or a number in words other than one.
  static bool comparable(const Quantity& q) { return !q.soft || q.readings.front().value >= 2; }

  // Whether the source's figures left over are all whole numbers from 1 to 21 (a century's
  // ordinal) and every target figure left over is a year of one of those centuries, the century
  // word written in a way the reader does not know ("19. Jh.", "19. Jahrunderts" for "the
  // 1850s"): a century rendered by its years. Figures for figures, not numbers in words.
  static bool century_in_years(const std::vector<const Quantity*>& s,
                               const std::vector<const Quantity*>& t) {
    const auto small = [](const Quantity* x) {
      const double v = x->readings.front().value;
      return !x->soft && v >= 1 && v <= 21 && v == std::floor(v);
    };
    if (!std::all_of(s.begin(), s.end(), small)) return false;
    return std::all_of(t.begin(), t.end(), [&](const Quantity* y) {
      const double year = y->readings.front().value;
      return !y->soft && year >= 1000 && std::any_of(s.begin(), s.end(), [&](const Quantity* x) {
        const double n = x->readings.front().value;
        return year > (n - 1) * 100 && year <= n * 100;
      });
    });
  }

  // `s` replaced by `t`; `hard`: a figure among each side's (else numbers in words on one side
  // at least).
  static Finding report(const Context& context, const std::vector<const Quantity*>& s,
                        const std::vector<const Quantity*>& t, QuantityKind kind, bool hard) {
    Finding f;
    f.kind = "number-mismatch";
    // As many figures replaced as replacing ones is a substitution; otherwise the translator may
    // have rephrased ("in the 50s of the 19th century" -> "in the 1850s"). Numbers in words are
    // more often rephrased ("a couple" -> "deux").
    const bool one_for_one = s.size() == t.size();
    const bool sure = one_for_one && hard;
    f.severity = sure ? Severity::error : Severity::warning;
    f.confidence = sure ? 0.85 : one_for_one ? 0.6 : 0.45;
    std::string src_words, tgt_words;
    for (const Quantity* q : s) {
      f.src_sentences.push_back(q->sentence);
      f.src_spans.push_back(q->span);
      src_words += (src_words.empty() ? "" : ", ") + std::string(context.src.input.view(q->span));
    }
    for (const Quantity* q : t) {
      f.tgt_sentences.push_back(q->sentence);
      f.tgt_spans.push_back(q->span);
      tgt_words += (tgt_words.empty() ? "" : ", ") + std::string(context.tgt.input.view(q->span));
    }
    for (auto* v : {&f.src_sentences, &f.tgt_sentences}) {
      std::sort(v->begin(), v->end());
      v->erase(std::unique(v->begin(), v->end()), v->end());
    }
    const char* what = kind == QuantityKind::time      ? "the time "
                       : kind == QuantityKind::month   ? "the month "
                       : kind == QuantityKind::weekday ? "the day "
                                                       : "";
    f.message = std::string(what) + src_words + " in the source became " + tgt_words +
                " in the translation";
    f.suggestion = "check the figure against the source, which says " + src_words;
    return f;
  }

  NumberReader src_, tgt_;
};

}  // namespace

std::unique_ptr<Check> make_number_mismatch(const Setup& setup) {
  return std::make_unique<NumberMismatch>(setup);
}

}  // namespace wirealign::check
