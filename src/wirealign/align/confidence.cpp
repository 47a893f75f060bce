// Translation and position evidence of the final blocks, and the confidence models.
#include "wirealign/align/confidence.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_set>

#include "wirealign/core/parallel.h"
#include "wirealign/core/utf8.h"
#include "wirealign/lang/conventions.h"

namespace wirealign::align {
namespace {

// A letter of a script other than Latin (Greek, Cyrillic and beyond; Latin Extended Additional
// excepted).
bool other_script(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const char32_t c = utf8::next(s, i);
    if (c >= 0x370 && !(c >= 0x1E00 && c <= 0x1EFF)) return true;
  }
  return false;
}

// What the evidence needs to know of each word form of a side.
struct FormInfo {
  bool content = false;  // a number, or a word of three bytes or more, not a function word
  bool number = false;
  bool capitalised = false;  // a name where it stands inside a sentence
  std::string skeleton;      // names, and every content word across scripts; empty if none
};

std::vector<FormInfo> form_info(const SideKeys& side, bool across_scripts) {
  std::vector<FormInfo> out(side.forms.size());
  for (std::size_t f = 0; f < side.forms.size(); ++f) {
    const annotate::Token& t = *side.forms[f];
    FormInfo& x = out[f];
    x.number = !t.number().empty();
    x.content = is_content_word(t);
    x.capitalised = !x.number && t.capitalised() && !t.function_word() && t.lower().size() > 1;
    if (x.content && !x.number && (x.capitalised || across_scripts)) {
      // The consonants once transliteration conventions are made one (lang::name_key):
      // "trump" and Трамп give "trmp".
      x.skeleton = lang::name_key(t.folded());
      if (x.skeleton.size() < 3) x.skeleton.clear();
    }
  }
  return out;
}

// Whether more than a third of the content words of the side are in another script than Latin.
bool mostly_other_script(const SideKeys& side) {
  std::size_t other = 0, all = 0;
  for (std::size_t f = 0; f < side.forms.size() && all < 200; ++f) {
    const annotate::Token& t = *side.forms[f];
    if (!is_content_word(t) || !t.number().empty()) continue;
    ++all;
    other += other_script(t.folded());
  }
  return all > 0 && 3 * other > all;
}

// One side of a block as the other side sees it: its keys and skeletons.
struct Offer {
  std::vector<Key> keys;  // sorted
  std::unordered_set<std::string_view> skeletons;
};

Offer offer(const SideKeys& side, const std::vector<FormInfo>& info, std::uint32_t begin,
            std::uint32_t end) {
  Offer o;
  for (std::uint32_t s = begin; s < end; ++s)
    for (std::uint32_t k = side.sentences[s].begin; k < side.sentences[s].end; ++k) {
      const std::uint32_t f = side.tokens[k];
      o.keys.insert(o.keys.end(), side.keys_begin(f), side.keys_end(f));
      if (!info[f].skeleton.empty()) o.skeletons.insert(info[f].skeleton);
    }
  std::sort(o.keys.begin(), o.keys.end());
  o.keys.erase(std::unique(o.keys.begin(), o.keys.end()), o.keys.end());
  return o;
}

// Coverage of the sentences [begin, end) of `side` by `other`.
struct SideCoverage {
  double weight = 0, covered_weight = 0;
  // The same for the first and the second half of the side's tokens.
  std::array<double, 2> half_weight{}, half_covered{};
  std::uint32_t words = 0, covered_words = 0;
  // The content words of each half, and those covered.
  std::array<std::uint32_t, 2> half_words{}, half_covered_words{};
  // The longest run of content words in a row with no counterpart, and the current one.
  std::uint32_t longest_gap = 0, gap = 0;
  std::uint32_t numbers = 0, lone_numbers = 0, names = 0, lone_names = 0;
  double share() const { return weight > 0 ? covered_weight / weight : 0; }
  double worse_half() const {
    double out = 1;
    for (int h = 0; h < 2; ++h)
      if (half_weight[h] > 0) out = std::min(out, half_covered[h] / half_weight[h]);
    return out;
  }
};

SideCoverage cover(const SideKeys& side, const std::vector<FormInfo>& info, std::uint32_t begin,
                   std::uint32_t end, const Offer& other) {
  SideCoverage c;
  const std::uint32_t first = side.sentences[begin].begin, last = side.sentences[end - 1].end;
  for (std::uint32_t s = begin; s < end; ++s) {
    const SentenceKeys& sk = side.sentences[s];
    for (std::uint32_t k = sk.begin; k < sk.end; ++k) {
      const std::uint32_t f = side.tokens[k];
      const FormInfo& x = info[f];
      bool hit = false;
      for (const Key* key = side.keys_begin(f); key != side.keys_end(f) && !hit; ++key)
        hit = std::binary_search(other.keys.begin(), other.keys.end(), *key);
      if (!hit && !x.skeleton.empty()) hit = other.skeletons.count(x.skeleton) > 0;
      const double w = kClassWeight[side.form_class[f]];
      c.weight += w;
      if (hit) c.covered_weight += w;
      const int half = 2 * (k - first) >= last - first ? 1 : 0;
      c.half_weight[half] += w;
      if (hit) c.half_covered[half] += w;
      if (x.content) {
        ++c.words;
        c.covered_words += hit;
        ++c.half_words[half];
        c.half_covered_words[half] += hit;
        c.gap = hit ? 0 : c.gap + 1;
        c.longest_gap = std::max(c.longest_gap, c.gap);
      }
      if (x.number) {
        ++c.numbers;
        c.lone_numbers += !hit;
      } else if (x.capitalised && k > sk.begin) {
        ++c.names;
        c.lone_names += !hit;
      }
    }
  }
  return c;
}

double median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
  return v[v.size() / 2];
}

double logistic(double x) { return 1.0 / (1.0 + std::exp(-x)); }

}  // namespace

bool is_content_word(const annotate::Token& t) {
  return !t.number().empty() || (!t.function_word() && t.lower().size() > 2);
}

double half_evidence(const std::array<std::uint32_t, 2>& words,
                     const std::array<std::uint32_t, 2>& covered, double expected_share) {
  const double p = std::clamp(expected_share, 0.2, 0.8);  // a translation
  constexpr double q = 1.0 / 12;                          // chance
  double worst = std::numeric_limits<double>::infinity();
  for (int h = 0; h < 2; ++h)
    worst = std::min(worst, covered[h] * std::log(p / q) +
                                (words[h] - covered[h]) * std::log((1 - p) / (1 - q)));
  return std::clamp(worst, -8.0, 6.0);
}

std::vector<BlockEvidence> block_evidence(const SideKeys& src_keys, const SideKeys& tgt_keys,
                                          const Scorer& owner, const std::vector<Bead>& beads,
                                          std::size_t lexicon_size) {
  const bool across = mostly_other_script(src_keys) != mostly_other_script(tgt_keys);
  const std::vector<FormInfo> src_info = form_info(src_keys, across);
  const std::vector<FormInfo> tgt_info = form_info(tgt_keys, across);
  const auto n = static_cast<std::uint32_t>(src_keys.sentences.size());
  const auto m = static_cast<std::uint32_t>(tgt_keys.sentences.size());
  // The character ratio of the document, drawn towards 1 as if kPriorSentences sentence pairs of
  // equal length had been seen: one pair says little about the ratio of its languages.
  constexpr double kPriorSentences = 8;
  const double doc_log_ratio =
      std::log(std::max(tgt_keys.chars.back(), 1.0) / std::max(src_keys.chars.back(), 1.0)) *
      std::min(n, m) / (std::min(n, m) + kPriorSentences);
  std::vector<BlockEvidence> out(beads.size());
  // For each block, the share it gives the usual share of the document (NaN when none).
  std::vector<double> block_share(beads.size(), std::numeric_limits<double>::quiet_NaN());
  auto evaluate = [&](std::size_t b, const Scorer& scorer) {
    const Bead& bead = beads[b];
    BlockEvidence& e = out[b];
    const std::uint32_t i0 = bead.src_begin, i1 = bead.src_end, j0 = bead.tgt_begin,
                        j1 = bead.tgt_end;
    if (bead.src_size() == 0 || bead.tgt_size() == 0) {
      for (int d = -2; d <= 2; ++d) {
        if (bead.src_size() > 0) {
          const long j = long(j0) + d;
          if (j >= 0 && j < long(m))
            e.neighbour_z =
                std::max(e.neighbour_z, scorer.z(i0, i1, std::uint32_t(j), std::uint32_t(j + 1)));
        } else {
          const long i = long(i0) + d;
          if (i >= 0 && i < long(n))
            e.neighbour_z =
                std::max(e.neighbour_z, scorer.z(std::uint32_t(i), std::uint32_t(i + 1), j0, j1));
        }
      }
      return;
    }
    const Offer src_offer = offer(src_keys, src_info, i0, i1);
    const Offer tgt_offer = offer(tgt_keys, tgt_info, j0, j1);
    const SideCoverage s = cover(src_keys, src_info, i0, i1, tgt_offer);
    const SideCoverage t = cover(tgt_keys, tgt_info, j0, j1, src_offer);
    e.src_share = s.share();
    e.tgt_share = t.share();
    e.half_share = std::min(s.worse_half(), t.worse_half());
    e.src_half_words = s.half_words;
    e.src_half_covered = s.half_covered_words;
    e.tgt_half_words = t.half_words;
    e.tgt_half_covered = t.half_covered_words;
    e.uncovered_run = std::max(s.longest_gap, t.longest_gap);
    e.src_words = s.words;
    e.tgt_words = t.words;
    e.numbers = (s.numbers - s.lone_numbers) + (t.numbers - t.lone_numbers);
    e.lone_numbers = s.lone_numbers + t.lone_numbers;
    e.names = (s.names - s.lone_names) + (t.names - t.lone_names);
    e.lone_names = s.lone_names + t.lone_names;
    const double src_chars = src_keys.chars[i1] - src_keys.chars[i0];
    const double tgt_chars = tgt_keys.chars[j1] - tgt_keys.chars[j0];
    e.length_delta = std::log(std::max(tgt_chars, 1.0) / std::max(src_chars, 1.0)) - doc_log_ratio;
    e.z = scorer.z(i0, i1, j0, j1);
    e.length_cost = scorer.length(i0, i1, j0, j1);
    if (bead.src_size() == 1 && bead.tgt_size() == 1) {
      const double similarity = scorer.similarity(i0, i1, j0, j1);
      double best = 0;
      if (j0 > 0) best = std::max(best, scorer.similarity(i0, i1, j0 - 1, j0));
      if (j1 < m) best = std::max(best, scorer.similarity(i0, i1, j1, j1 + 1));
      if (i0 > 0) best = std::max(best, scorer.similarity(i0 - 1, i0, j0, j1));
      if (i1 < n) best = std::max(best, scorer.similarity(i1, i1 + 1, j0, j1));
      e.margin = similarity - best;
      // Rivals further away: a sentence moved, or a target line taken from elsewhere.
      constexpr long kRivalWindow = 12;
      double rival = 0;
      // Along the row, then along the column, so that the scorer keeps one table for each.
      for (long d = -kRivalWindow; d <= kRivalWindow; ++d) {
        const long j = long(j0) + d;
        if (d != 0 && j >= 0 && j < long(m))
          rival =
              std::max(rival, scorer.similarity(i0, i1, std::uint32_t(j), std::uint32_t(j + 1)));
      }
      for (long d = -kRivalWindow; d <= kRivalWindow; ++d) {
        const long i = long(i0) + d;
        if (d != 0 && i >= 0 && i < long(n))
          rival =
              std::max(rival, scorer.similarity(std::uint32_t(i), std::uint32_t(i + 1), j0, j1));
      }
      e.rival = rival - similarity;
      if (s.words >= 4 && t.words >= 4) block_share[b] = std::min(e.src_share, e.tgt_share);
    }
  };
  // A long document's blocks are shared among the threads, each with a reader of the scorer.
  constexpr std::size_t kBlocksPerThread = 500;
  const std::size_t threads = std::max<std::size_t>(
      1, std::min<std::size_t>(owner.threads(), beads.size() / kBlocksPerThread));
  std::vector<Scorer> readers;  // of the other threads
  readers.reserve(threads - 1);
  for (std::size_t k = 1; k < threads; ++k) readers.push_back(owner.reader());
  in_parallel(threads, [&](std::size_t part) {
    const Scorer& scorer = part == 0 ? owner : readers[part - 1];
    for (std::size_t b = beads.size() * part / threads; b < beads.size() * (part + 1) / threads;
         ++b)
      evaluate(b, scorer);
  });
  std::vector<double> shares;
  for (const double x : block_share)
    if (!std::isnan(x)) shares.push_back(x);
  // The usual share of a translated pair, drawn towards a prior as if kPriorPairs pairs had
  // reached it: about 0.6 with a full dictionary, less with a small one or none.
  constexpr double kPriorPairs = 5;
  const double prior = lexicon_size >= 10000 ? 0.6 : lexicon_size > 0 ? 0.5 : 0.4;
  const double expected = (median(shares) * double(shares.size()) + prior * kPriorPairs) /
                          (double(shares.size()) + kPriorPairs);
  for (BlockEvidence& e : out) e.expected_share = expected;
  return out;
}

// The models, fitted by scripts/fit-confidence on the tune half of every development set with
// gold alignments (news in eight languages, literary, with non-translations planted as
// scripts/eval-filter plants them: 7,623 blocks with both sides, 785 without). Refit with
//   cmake --build build --target confidence_features && scripts/fit-confidence
// and paste its output here; the features below must stay those of its pair_features().
// The intercept of the pair model is moved (by +2.503) so that 98.5% of the right 1-1 blocks of
// the tune half reach 0.9: the planted sets hold one non-translation in five, far more than a
// real corpus, and a corpus is filtered at 0.9.
double confidence(const Bead& b, const BlockEvidence& e) {
  if (b.src_size() == 0 || b.tgt_size() == 0)
    return logistic(0.7594 + 0.5186 * e.neighbour_z - (b.src_size() > 0 ? 0.4085 : 0.0));
  const std::size_t n = b.src_size() + b.tgt_size();
  const double low = std::min(e.src_share, e.tgt_share);
  const double high = std::max(e.src_share, e.tgt_share);
  // A pair whose better side has less than a quarter of the share a translated pair of the
  // document usually has covered, graded by how many content words the shorter side has, up to
  // three (a short pair may have nothing to share).
  const double no_evidence = high < 0.25 * e.expected_share
                                 ? std::min<double>(std::min(e.src_words, e.tgt_words), 3) / 3.0
                                 : 0.0;
  const double src_half = half_evidence(e.src_half_words, e.src_half_covered, e.expected_share) / 4;
  const double tgt_half = half_evidence(e.tgt_half_words, e.tgt_half_covered, e.expected_share) / 4;
  const double x =
      7.946 - 0.5209 * low - 2.103 * high + 2.971 * (low - e.expected_share) +
      1.402 * e.half_share - 0.7738 * std::min<double>(e.lone_numbers, 3) +
      0.2951 * std::min<double>(e.numbers, 3) - 0.3382 * std::min<double>(e.lone_names, 3) -
      3.143 * std::max(-e.length_delta, 0.0) + 1.283 * std::max(e.length_delta, 0.0) - 3.608 * e.z +
      0.3107 * e.margin - 3.967 * e.rival - 2.025 * std::min(e.length_cost, 10.0) / 5.0 -
      (n == 3 ? 0.5528 : 0.0) - (n >= 4 ? 2.025 : 0.0) + 0.6498 * src_half + 0.8852 * tgt_half -
      0.9005 * std::min<double>(e.uncovered_run, 10) / 5.0 - 2.17 * no_evidence;
  // Position alone never makes a translation: without shared evidence the probability is halved
  // from three content words a side, so that it stays at 0.5 or below wherever the pair sits.
  return logistic(x) * (1.0 - no_evidence / 2);
}

}  // namespace wirealign::align
