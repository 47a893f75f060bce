// Block scoring from shared keys, anchors, the learned table, and the two alignment passes.
#include "wirealign/align/aligner.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <random>
#include <sstream>

#include "wirealign/core/error.h"
#include "wirealign/core/utf8.h"

namespace wirealign::align {
namespace {

using Key = std::uint32_t;
constexpr Key kNoKey = 0xFFFFFFFFu;
constexpr std::uint32_t kNone = 0xFFFFFFFFu;
constexpr std::uint32_t kMaxSide = 4;  // sentences a side of a block joins, at most

// Weight of a token in the similarity, by class: function words and very short tokens carry
// little.
enum WeightClass : std::uint8_t { kHeavy = 0, kMedium = 1, kLight = 2 };
constexpr std::array<float, 3> kClassWeight = {1.0f, 0.3f, 0.15f};

WeightClass weight_class(const annotate::Token& t) {
  if (!t.number.empty()) return kHeavy;
  if (t.function_word) return kLight;
  if (t.lower.size() <= 2) return kMedium;
  return kHeavy;
}

// Number of set bits (std::popcount is a library call on baseline x86-64).
inline float bit_count(std::uint64_t x) {
  x = x - ((x >> 1) & 0x5555555555555555ull);
  x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
  x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full;
  return static_cast<float>((x * 0x0101010101010101ull) >> 56);
}

// `tag` followed by `s`: a key string.
std::string prefixed(char tag, std::string_view s) {
  std::string out(1, tag);
  out += s;
  return out;
}

// Interned key strings.
class KeySpace {
 public:
  Key id(const std::string& s) {
    auto [it, added] = ids_.try_emplace(s, static_cast<Key>(ids_.size()));
    return it->second;
  }
  std::size_t size() const { return ids_.size(); }

 private:
  std::unordered_map<std::string, Key> ids_;
};

// One sentence: its tokens (as word forms) and their weights.
struct SentenceKeys {
  std::uint32_t begin = 0, end = 0;  // its tokens in SideKeys::tokens
  std::uint32_t slots = kNone;       // sentences of over 64 tokens: first of 64 weights in SideKeys::slots
  // The bits (token index mod 64) of each weight class, so that a covered weight of a sentence of
  // at most 64 tokens is three bit counts.
  std::uint64_t heavy = 0, medium = 0, light = 0;
  float total = 0;                   // sum of token weights
  bool repeated = false;             // same text as one of the two sentences before it
};

// The match keys of one side. Keys belong to word forms, and every token is a word form, so a
// document's keys take little room: one form number per token.
struct SideKeys {
  std::vector<std::uint32_t> tokens;         // word form of every token, sentence after sentence
  std::vector<SentenceKeys> sentences;
  std::vector<float> slots;                  // token weight by bit (index mod 64), long sentences
  std::vector<double> chars;                 // chars[s]: code points of the sentences before s
  std::vector<const annotate::Token*> forms; // one token of each word form
  std::vector<std::uint8_t> form_class;      // WeightClass of each word form
  std::vector<std::uint32_t> form_begin;     // keys of form f: keys[form_begin[f], form_begin[f + 1])
  std::vector<Key> keys;

  const Key* keys_begin(std::uint32_t form) const { return keys.data() + form_begin[form]; }
  const Key* keys_end(std::uint32_t form) const { return keys.data() + form_begin[form + 1]; }
};

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

std::string_view cognate_prefix(std::string_view folded) {
  std::size_t i = 0, letters = 0;
  while (i < folded.size() && letters < 5) {
    utf8::next(folded, i);
    ++letters;
  }
  if (letters < 5 || i >= folded.size()) return {};  // words of five letters or fewer: none
  return folded.substr(0, i);
}

using Learned = std::unordered_map<std::string, std::vector<std::string>>;

// The word forms, weights and lengths of one side; its keys come from assign_keys().
SideKeys index_side(const Side& side) {
  SideKeys out;
  const std::size_t n = side.doc.sentences.size();
  out.sentences.resize(n);
  out.chars.assign(n + 1, 0.0);
  std::size_t count = 0;
  for (const auto& s : side.tokens.sentences) count += s.size();
  out.tokens.reserve(count);
  // Token forms are views into one vocabulary, so a word form is the pair of pointers to its
  // case-folded form and its number value (every other form is a function of these).
  struct PairHash {
    std::size_t operator()(const std::pair<const char*, const char*>& p) const {
      return std::hash<const char*>()(p.first) * 31 + std::hash<const char*>()(p.second);
    }
  };
  std::unordered_map<std::pair<const char*, const char*>, std::uint32_t, PairHash> form_of;
  for (std::size_t s = 0; s < n; ++s) {
    SentenceKeys& sk = out.sentences[s];
    const std::string& text = side.doc.sentences[s].text;
    out.chars[s + 1] = out.chars[s] + static_cast<double>(code_points(text));
    const auto& tokens = side.tokens.sentences[s];
    // A duplicate printed by mistake follows its original closely (a headline printed twice).
    for (std::size_t back = 1; back <= 2 && back <= s; ++back)
      sk.repeated = sk.repeated || (tokens.size() >= 3 && side.doc.sentences[s - back].text == text);
    sk.begin = static_cast<std::uint32_t>(out.tokens.size());
    if (tokens.size() > 64) {
      sk.slots = static_cast<std::uint32_t>(out.slots.size());
      out.slots.resize(out.slots.size() + 64, 0.0f);
    }
    for (std::size_t k = 0; k < tokens.size(); ++k) {
      const annotate::Token& t = tokens[k];
      auto [it, added] = form_of.try_emplace({t.lower.data(), t.number.data()},
                                             static_cast<std::uint32_t>(out.forms.size()));
      if (added) {
        out.forms.push_back(&t);
        out.form_class.push_back(weight_class(t));
      }
      out.tokens.push_back(it->second);
      const auto c = static_cast<WeightClass>(out.form_class[it->second]);
      const float w = kClassWeight[c];
      if (sk.slots != kNone) out.slots[sk.slots + k % 64] += w;
      const std::uint64_t bit = std::uint64_t{1} << (k % 64);
      if (c == kHeavy) sk.heavy |= bit;
      else if (c == kMedium) sk.medium |= bit;
      else sk.light |= bit;
      sk.total += w;
    }
    sk.end = static_cast<std::uint32_t>(out.tokens.size());
  }
  return out;
}

// Sets the keys of every word form of `side`: its accent-stripped form (or number value), its
// cognate prefix, and on source sides the target stems of its translations (target sides: its
// own stem).
void assign_keys(SideKeys& side, bool source, const Bilingual* lexicon, const Learned* learned,
                 const AlignOptions& o, KeySpace& space) {
  side.keys.clear();
  side.form_begin.assign(1, 0);
  for (const annotate::Token* token : side.forms) {
    const annotate::Token& t = *token;
    if (!t.number.empty()) {
      side.keys.push_back(space.id(prefixed('n', t.number)));
    } else {
      side.keys.push_back(space.id(prefixed('i', t.folded)));
      if (o.use_cognates && !t.function_word) {
        const std::string_view p = cognate_prefix(t.folded);
        if (!p.empty()) side.keys.push_back(space.id(prefixed('c', p)));
      }
      if (!source) {
        side.keys.push_back(space.id(prefixed('t', t.stem)));
      } else {
        if (lexicon && o.use_dictionary && !t.function_word)
          if (const auto* tr = lexicon->translations(std::string(t.stem)))
            for (const std::string& x : *tr) side.keys.push_back(space.id(prefixed('t', x)));
        if (learned)
          if (auto it = learned->find(std::string(t.stem)); it != learned->end())
            for (const std::string& x : it->second) side.keys.push_back(space.id(prefixed('t', x)));
      }
    }
    side.form_begin.push_back(static_cast<std::uint32_t>(side.keys.size()));
  }
  side.keys.shrink_to_fit();
}

// The keys of one sentence, each with the bits of the sentence's tokens that have it: an
// open-addressing hash table, rebuilt for each sentence it is used for.
class KeyMasks {
 public:
  void build(const SideKeys& side, const SentenceKeys& s) {
    std::size_t count = 0;
    for (std::uint32_t k = s.begin; k < s.end; ++k) count += side.form_begin[side.tokens[k] + 1] - side.form_begin[side.tokens[k]];
    std::size_t size = 16;
    while (size < 2 * count) size *= 2;
    keys_.assign(size, kNoKey);
    masks_.resize(size);
    mask_ = static_cast<std::uint32_t>(size - 1);
    for (std::uint32_t k = s.begin; k < s.end; ++k) {
      const std::uint64_t bit = std::uint64_t{1} << ((k - s.begin) % 64);
      for (const Key* x = side.keys_begin(side.tokens[k]); x != side.keys_end(side.tokens[k]); ++x) {
        std::uint32_t h = (*x * 2654435761u) & mask_;
        while (keys_[h] != kNoKey && keys_[h] != *x) h = (h + 1) & mask_;
        if (keys_[h] == kNoKey) {
          keys_[h] = *x;
          masks_[h] = bit;
        } else {
          masks_[h] |= bit;
        }
      }
    }
  }
  // The bits of the tokens that have key `k`; 0 if none has.
  std::uint64_t find(Key k) const {
    for (std::uint32_t h = (k * 2654435761u) & mask_;; h = (h + 1) & mask_) {
      if (keys_[h] == k) return masks_[h];
      if (keys_[h] == kNoKey) return 0;
    }
  }

 private:
  std::vector<Key> keys_;
  std::vector<std::uint64_t> masks_;
  std::uint32_t mask_ = 0;
};

// Masks of a sentence pair: the source tokens (those of the sentence in `row`) that share a key
// with target sentence `t`, and the tokens of `t` that share a key with the source sentence.
struct PairMasks {
  std::uint64_t src = 0, tgt = 0;
};

PairMasks shared(const KeyMasks& row, const SideKeys& tgt, const SentenceKeys& t) {
  PairMasks m;
  for (std::uint32_t k = t.begin; k < t.end; ++k) {
    const std::uint64_t bit = std::uint64_t{1} << ((k - t.begin) % 64);
    for (const Key* x = tgt.keys_begin(tgt.tokens[k]); x != tgt.keys_end(tgt.tokens[k]); ++x)
      if (const std::uint64_t covered = row.find(*x)) {
        m.src |= covered;
        m.tgt |= bit;
      }
  }
  return m;
}

float weight_of(const SideKeys& side, const SentenceKeys& s, std::uint64_t mask) {
  if (s.slots == kNone)
    return bit_count(mask & s.heavy) + 0.3f * bit_count(mask & s.medium) +
           0.15f * bit_count(mask & s.light);
  float w = 0;
  while (mask) {
    w += side.slots[s.slots + static_cast<std::uint32_t>(std::countr_zero(mask))];
    mask &= mask - 1;
  }
  return std::min(w, s.total);
}

// -log P(|delta| > observed) for the Gale-Church length model, read from a table over |delta|
// (steps of 1/64, linear in between; the cost is capped at 25 nats).
double length_cost(double src_chars, double tgt_chars, double ratio) {
  constexpr double kVariance = 6.8, kStep = 1.0 / 64, kMax = 12.0;
  static const std::vector<double> table = [] {
    std::vector<double> t(static_cast<std::size_t>(kMax / kStep) + 2);
    for (std::size_t k = 0; k < t.size(); ++k) {
      const double p = std::erfc(static_cast<double>(k) * kStep / std::sqrt(2.0));
      t[k] = std::min(-std::log(std::max(p, 1e-12)), 25.0);
    }
    return t;
  }();
  const double l1 = std::max(src_chars, 1.0);
  const double delta = std::abs(tgt_chars - ratio * l1) / std::sqrt(l1 * kVariance);
  if (delta >= kMax) return table.back();
  const double x = delta / kStep;
  const auto k = static_cast<std::size_t>(x);
  return table[k] + (x - static_cast<double>(k)) * (table[k + 1] - table[k]);
}

// The cost model of one document pair with fixed keys. During a search pass it computes the
// coverage of each sentence by each run of one to four sentences of the other side once, row
// by row (prepare() and enter_row()), and sums them for every block; other calls compute
// directly.
class Scorer : public CostModel {
 public:
  Scorer(const SideKeys& src, const SideKeys& tgt, const AlignOptions& o)
      : src_(src), tgt_(tgt), o_(o) {
    const double sc = src.chars.back(), tc = tgt.chars.back();
    ratio_ = sc > 0 && tc > 0 ? tc / sc : 1.0;
    for (const BeadType& t : o.bead_types) {
      max_src_ = std::max<std::uint32_t>(max_src_, t.src);
      max_tgt_ = std::max<std::uint32_t>(max_tgt_, t.tgt);
    }
    baseline_ = random_baseline();
    for (std::uint32_t k = 0; k < bases_.size(); ++k) bases_[k] = 1.0 - std::pow(1.0 - baseline_, k);
  }

  // Covered-weight share of both sides of the block, in [0, 1].
  double similarity(std::uint32_t i0, std::uint32_t i1, std::uint32_t j0, std::uint32_t j1) const {
    const Block b = block_masks(i0, i1, j0, j1);
    double matched = 0, total = 0;
    for (std::uint32_t i = i0; i < i1; ++i) {
      matched += weight_of(src_, src_.sentences[i], b.src[i - i0]);
      total += src_.sentences[i].total;
    }
    for (std::uint32_t j = j0; j < j1; ++j) {
      matched += weight_of(tgt_, tgt_.sentences[j], b.tgt[j - j0]);
      total += tgt_.sentences[j].total;
    }
    return total > 0 ? matched / total : 0.0;
  }

  // Similarity rescaled so that random sentence pairs of this document score 0.
  double z(std::uint32_t i0, std::uint32_t i1, std::uint32_t j0, std::uint32_t j1) const {
    const double s = similarity(i0, i1, j0, j1);
    return std::clamp((s - baseline_) / (1.0 - baseline_), 0.0, 1.0);
  }

  // Sum over the sentences of the block of how badly each is covered by the other side: 1 minus
  // its covered share, rescaled so that a random sentence of the other side gives 1. Every
  // sentence counts the same, so a short sentence wrongly merged into a block costs as much as a
  // long one.
  double uncovered(std::uint32_t i0, std::uint32_t i1, std::uint32_t j0, std::uint32_t j1) const {
    const Block b = block_masks(i0, i1, j0, j1);
    double sum = 0;
    for (std::uint32_t i = i0; i < i1; ++i) sum += term(src_, src_.sentences[i], b.src[i - i0], j1 - j0);
    for (std::uint32_t j = j0; j < j1; ++j) sum += term(tgt_, tgt_.sentences[j], b.tgt[j - j0], i1 - i0);
    return sum;
  }

  double length(std::uint32_t i0, std::uint32_t i1, std::uint32_t j0, std::uint32_t j1) const {
    return length_cost(src_.chars[i1] - src_.chars[i0], tgt_.chars[j1] - tgt_.chars[j0], ratio_);
  }

  double cost(std::uint32_t i0, std::uint32_t i1, std::uint32_t j0,
              std::uint32_t j1) const override {
    const std::uint32_t a = i1 - i0, b = j1 - j0;
    if (a == 0 || b == 0) {
      // A sentence repeated on its own side (a headline printed twice) is most likely added.
      const auto& side = a == 0 ? tgt_.sentences[j0] : src_.sentences[i0];
      return o_.skip_cost * (a + b) * (side.repeated ? o_.repeated_skip_factor : 1.0);
    }
    double lexical = 0;
    if (!cached_uncovered(i0, i1, j0, j1, lexical)) lexical = uncovered(i0, i1, j0, j1);
    return lexical + o_.length_weight * length(i0, i1, j0, j1) + size_cost(a + b);
  }

  double minimum(std::uint32_t a, std::uint32_t b) const override {
    if (a == 0 || b == 0) return o_.skip_cost * (a + b) * std::min(1.0, o_.repeated_skip_factor);
    return size_cost(a + b);
  }

  // Extra cost of a block of n sentences.
  double size_cost(std::uint32_t n) const {
    return n <= 2 ? 0.0 : n == 3 ? o_.three_cost : o_.four_cost * (n - 3);
  }

  void prepare(const std::vector<std::uint32_t>& lo,
               const std::vector<std::uint32_t>& hi) const override {
    lo_ = lo;
    hi_ = hi;
    row_ = kNone;
    for (RowCache& r : rows_) r.sentence = kNone;
  }

  // Source sentence i-1 is complete from row i on: its masks against the target sentences that
  // blocks ending in rows i to i+max_src-1 reach, and its coverage terms for those blocks. Then
  // the coverage terms of the target sentences of blocks ending in row i.
  void enter_row(std::uint32_t i) const override {
    row_ = i;
    if (i == 0 || i >= lo_.size()) return;
    const auto n = static_cast<std::uint32_t>(src_.sentences.size());
    const auto m = static_cast<std::uint32_t>(tgt_.sentences.size());
    const std::uint32_t r = i - 1;
    RowCache& rc = rows_[r % max_src_];
    rc.sentence = r;
    std::uint32_t end_lo = m, end_hi = 0;
    for (std::uint32_t k = i; k <= std::min(n, r + max_src_); ++k) {
      end_lo = std::min(end_lo, lo_[k]);
      end_hi = std::max(end_hi, std::min(hi_[k], m));
    }
    rc.end_lo = end_lo;
    rc.mask_lo = end_lo >= max_tgt_ ? end_lo - max_tgt_ : 0;
    rc.masks.clear();
    rc.terms.clear();
    if (end_lo <= end_hi) {
      row_table_.build(src_, src_.sentences[r]);
      for (std::uint32_t c = rc.mask_lo; c < end_hi; ++c)
        rc.masks.push_back(shared(row_table_, tgt_, tgt_.sentences[c]));
      for (std::uint32_t j = end_lo; j <= end_hi; ++j) {
        std::uint64_t mask = 0;
        for (std::uint32_t b = 1; b <= max_tgt_; ++b) {
          if (j < b) {
            rc.terms.push_back(-1);
            continue;
          }
          mask |= rc.masks[j - b - rc.mask_lo].src;
          rc.terms.push_back(term(src_, src_.sentences[r], mask, b));
        }
      }
    }
    // Target sentences c of blocks ending in row i: [lo_[i] - max_tgt_, hi_[i]).
    tgt_lo_ = lo_[i] >= max_tgt_ ? lo_[i] - max_tgt_ : 0;
    tgt_terms_.clear();
    for (std::uint32_t c = tgt_lo_; c < std::min(hi_[i], m); ++c) {
      std::uint64_t mask = 0;
      for (std::uint32_t a = 1; a <= max_src_; ++a) {
        const RowCache& above = rows_[(i - a) % max_src_];
        if (a > i || above.sentence != i - a || c < above.mask_lo ||
            c - above.mask_lo >= above.masks.size()) {
          tgt_terms_.push_back(-1);
          continue;
        }
        mask |= above.masks[c - above.mask_lo].tgt;
        tgt_terms_.push_back(term(tgt_, tgt_.sentences[c], mask, a));
      }
    }
  }

 private:
  // Masks of the sentences of a block (at most kMaxSide a side): src[k], the tokens of source
  // sentence i0 + k covered by the target side; tgt[k] likewise.
  struct Block {
    std::array<std::uint64_t, kMaxSide> src{}, tgt{};
  };
  Block block_masks(std::uint32_t i0, std::uint32_t i1, std::uint32_t j0, std::uint32_t j1) const {
    Block b;
    for (std::uint32_t i = i0; i < i1; ++i) {
      if (direct_row_ != i) {
        direct_table_.build(src_, src_.sentences[i]);
        direct_row_ = i;
      }
      for (std::uint32_t j = j0; j < j1; ++j) {
        const PairMasks m = shared(direct_table_, tgt_, tgt_.sentences[j]);
        b.src[i - i0] |= m.src;
        b.tgt[j - j0] |= m.tgt;
      }
    }
    return b;
  }

  // How badly sentence `s` is covered (by `others` sentences of the other side) when `mask` are
  // its covered tokens: 1 minus its covered share, rescaled as in uncovered().
  double term(const SideKeys& side, const SentenceKeys& s, std::uint64_t mask,
              std::uint32_t others) const {
    const double base = base_for(others);
    const double t = s.total;
    const double share = t > 0 ? weight_of(side, s, mask) / t : base;
    return 1.0 - std::clamp((share - base) / (1.0 - base), 0.0, 1.0);
  }

  // uncovered() from the terms of the current row; false if one is not there.
  bool cached_uncovered(std::uint32_t i0, std::uint32_t i1, std::uint32_t j0, std::uint32_t j1,
                        double& sum) const {
    const std::uint32_t a = i1 - i0, b = j1 - j0;
    if (i1 != row_ || a > max_src_ || b > max_tgt_) return false;
    sum = 0;
    for (std::uint32_t i = i0; i < i1; ++i) {
      const RowCache& rc = rows_[i % max_src_];
      if (rc.sentence != i || j1 < rc.end_lo) return false;
      const std::size_t at = std::size_t(j1 - rc.end_lo) * max_tgt_ + (b - 1);
      if (at >= rc.terms.size() || rc.terms[at] < 0) return false;
      sum += rc.terms[at];
    }
    for (std::uint32_t j = j0; j < j1; ++j) {
      if (j < tgt_lo_) return false;
      const std::size_t at = std::size_t(j - tgt_lo_) * max_src_ + (a - 1);
      if (at >= tgt_terms_.size() || tgt_terms_[at] < 0) return false;
      sum += tgt_terms_[at];
    }
    return true;
  }

  // Expected covered share of a sentence by k random sentences of the other side.
  double base_for(std::uint32_t k) const {
    return k < bases_.size() ? bases_[k] : 1.0 - std::pow(1.0 - baseline_, k);
  }

  double random_baseline() const {
    const std::size_t n = src_.sentences.size(), m = tgt_.sentences.size();
    if (n == 0 || m == 0) return 0;
    std::mt19937 rng(12345);
    double sum = 0;
    const int samples = 300;
    for (int k = 0; k < samples; ++k) {
      const auto i = static_cast<std::uint32_t>(rng() % n), j = static_cast<std::uint32_t>(rng() % m);
      sum += similarity(i, i + 1, j, j + 1);
    }
    return std::min(sum / samples, 0.9);
  }

  // What a search pass has computed for one source sentence.
  struct RowCache {
    std::uint32_t sentence = kNone;  // the source sentence, kNone when empty
    std::uint32_t mask_lo = 0;       // masks[c - mask_lo]: with target sentence c
    std::vector<PairMasks> masks;
    std::uint32_t end_lo = 0;        // terms[(j - end_lo) * max_tgt_ + b - 1]: covered by [j - b, j)
    std::vector<double> terms;       // -1 where not computed
  };

  const SideKeys& src_;
  const SideKeys& tgt_;
  const AlignOptions& o_;
  double ratio_ = 1;
  double baseline_ = 0;
  std::uint32_t max_src_ = 1, max_tgt_ = 1;  // largest block sides
  std::array<double, 6> bases_{};  // base_for(k) for small k
  mutable std::vector<std::uint32_t> lo_, hi_;        // the band of the current pass
  mutable std::uint32_t row_ = kNone;                 // the row being searched
  mutable std::array<RowCache, kMaxSide> rows_;       // source sentence r in rows_[r % max_src_]
  mutable std::uint32_t tgt_lo_ = 0;                  // tgt_terms_[(c - tgt_lo_) * max_src_ + a - 1]:
  mutable std::vector<double> tgt_terms_;             // target c covered by [row_ - a, row_)
  mutable KeyMasks row_table_, direct_table_;
  mutable std::uint32_t direct_row_ = kNone;          // the sentence in direct_table_
};

// For each key, the sentences of one side that have it, in increasing order.
struct Postings {
  std::vector<std::uint32_t> begin;      // sentences with key k: sentence[begin[k], begin[k + 1])
  std::vector<std::uint32_t> sentence;

  std::pair<const std::uint32_t*, const std::uint32_t*> of(Key k) const {
    return {sentence.data() + begin[k], sentence.data() + begin[k + 1]};
  }
};

Postings postings(const SideKeys& side, std::size_t keys) {
  Postings p;
  p.begin.assign(keys + 1, 0);
  std::vector<std::uint32_t> last(keys, kNone);  // the last sentence counted for each key
  // Two passes: count the sentences of each key, then place them.
  for (int pass = 0; pass < 2; ++pass) {
    std::fill(last.begin(), last.end(), kNone);
    for (std::uint32_t s = 0; s < side.sentences.size(); ++s)
      for (std::uint32_t k = side.sentences[s].begin; k < side.sentences[s].end; ++k)
        for (const Key* x = side.keys_begin(side.tokens[k]); x != side.keys_end(side.tokens[k]); ++x) {
          if (last[*x] == s) continue;
          last[*x] = s;
          if (pass == 0) ++p.begin[*x + 1];
          else p.sentence[p.begin[*x]++] = s;
        }
    if (pass == 0) {
      for (std::size_t k = 0; k < keys; ++k) p.begin[k + 1] += p.begin[k];
      p.sentence.resize(p.begin[keys]);
    } else {
      // begin[k] now points at the end of key k's run, the start of key k + 1's.
      for (std::size_t k = keys; k > 0; --k) p.begin[k] = p.begin[k - 1];
      p.begin[0] = 0;
    }
  }
  return p;
}

// Pairs of sentences that share content keys found nowhere else near them, reduced to a monotone
// chain. "Near" is a window around where sentence i would be if the two sides were proportional,
// so that text repeated far away (a recurring phrase, a repeated section) does not hide anchors.
std::vector<Anchor> find_anchors(const SideKeys& src, const SideKeys& tgt, std::size_t keys) {
  constexpr std::size_t kMaxLocalDf = 2, kMaxPostings = 256;
  const auto n = src.sentences.size(), m = tgt.sentences.size();
  if (n == 0 || m == 0) return {};
  const double window = 100.0 + 0.01 * static_cast<double>(std::max(n, m));
  const Postings tgt_postings = postings(tgt, keys), src_postings = postings(src, keys);
  // Entries of the sorted range [b, e) within [lo, hi].
  auto in_range = [](const std::uint32_t* b, const std::uint32_t* e, double lo, double hi) {
    return std::pair{std::lower_bound(b, e, static_cast<std::uint32_t>(std::max(lo, 0.0))),
                     std::upper_bound(b, e, static_cast<std::uint32_t>(std::max(hi, 0.0)))};
  };

  struct Candidate {
    std::uint32_t i, j;
  };
  std::vector<Candidate> candidates;
  std::vector<std::pair<std::uint32_t, float>> score;
  std::vector<std::uint32_t> seen;
  for (std::uint32_t i = 0; i < n; ++i) {
    score.clear();
    const double centre = static_cast<double>(i) * static_cast<double>(m) / static_cast<double>(n);
    const double src_centre = static_cast<double>(i);
    const SentenceKeys& s = src.sentences[i];
    for (std::uint32_t t = s.begin; t < s.end; ++t) {
      const std::uint32_t form = src.tokens[t];
      if (src.form_class[form] != kHeavy) continue;
      seen.clear();
      for (const Key* x = src.keys_begin(form); x != src.keys_end(form); ++x) {
        const auto [pb, pe] = tgt_postings.of(*x);
        if (pb == pe || std::size_t(pe - pb) > kMaxPostings) continue;
        const auto [b, e] = in_range(pb, pe, centre - window, centre + window);
        if (b == e || std::size_t(e - b) > kMaxLocalDf) continue;
        const auto [spb, spe] = src_postings.of(*x);
        const auto [sb, se] = in_range(spb, spe, src_centre - window, src_centre + window);
        if (std::size_t(se - sb) > kMaxLocalDf) continue;
        for (auto it = b; it != e; ++it)
          if (std::find(seen.begin(), seen.end(), *it) == seen.end()) seen.push_back(*it);
      }
      const float weight = kClassWeight[kHeavy];
      for (std::uint32_t j : seen) {
        auto sc = std::find_if(score.begin(), score.end(), [&](const auto& x) { return x.first == j; });
        if (sc == score.end()) score.push_back({j, weight});
        else sc->second += weight;
      }
    }
    float best = 0, second = 0;
    std::uint32_t best_j = 0;
    for (const auto& [j, sc] : score) {
      if (sc > best) {
        second = best;
        best = sc;
        best_j = j;
      } else if (sc > second) {
        second = sc;
      }
    }
    if (best >= 2.0f && second <= 0.6f * best) candidates.push_back({i, best_j});
  }
  // Longest chain increasing on both sides (patience sorting with back links).
  std::vector<std::size_t> tails, prev(candidates.size(), SIZE_MAX);
  for (std::size_t c = 0; c < candidates.size(); ++c) {
    auto it = std::lower_bound(tails.begin(), tails.end(), candidates[c].j,
                               [&](std::size_t t, std::uint32_t j) { return candidates[t].j < j; });
    if (it != tails.begin()) prev[c] = *(it - 1);
    if (it == tails.end()) tails.push_back(c);
    else *it = c;
  }
  std::vector<Anchor> chain;
  for (std::size_t c = tails.empty() ? SIZE_MAX : tails.back(); c != SIZE_MAX; c = prev[c])
    chain.push_back({candidates[c].i, candidates[c].j});
  std::reverse(chain.begin(), chain.end());
  return chain;
}

// IBM Model 1 over the content stems of confident 1-1 blocks: for each source stem seen at least
// twice, the target stems it most probably translates to.
Learned learn_table(const Side& src, const Side& tgt, const std::vector<Bead>& beads,
                    const Scorer& scorer) {
  constexpr double kMinZ = 0.2, kMinProbability = 0.3;
  constexpr int kIterations = 5;
  std::unordered_map<std::string_view, std::uint32_t> e_ids, f_ids;
  std::vector<std::string_view> e_names, f_names;
  // The sentence pairs: stems of each side, as ids, in flat arrays.
  std::vector<std::uint32_t> es, fs, e_begin{0}, f_begin{0};
  auto content = [](const annotate::Token& t) { return !t.function_word && t.number.empty() && t.lower.size() > 2; };
  auto id = [](std::unordered_map<std::string_view, std::uint32_t>& ids,
               std::vector<std::string_view>& names, std::string_view stem) {
    auto [it, added] = ids.try_emplace(stem, static_cast<std::uint32_t>(names.size()));
    if (added) names.push_back(stem);
    return it->second;
  };
  // At most kMaxBlocks blocks, evenly spaced: plenty to learn from, and a bound on the time.
  constexpr std::size_t kMaxBlocks = 4000;
  const std::size_t stride = beads.size() / kMaxBlocks + 1;
  for (std::size_t k = 0; k < beads.size(); k += stride) {
    const Bead& b = beads[k];
    if (b.src_size() != 1 || b.tgt_size() != 1) continue;
    if (scorer.z(b.src_begin, b.src_end, b.tgt_begin, b.tgt_end) < kMinZ) continue;
    const std::size_t e0 = es.size(), f0 = fs.size();
    for (const auto& t : src.tokens.sentences[b.src_begin])
      if (content(t)) es.push_back(id(e_ids, e_names, t.stem));
    for (const auto& t : tgt.tokens.sentences[b.tgt_begin])
      if (content(t)) fs.push_back(id(f_ids, f_names, t.stem));
    if (es.size() == e0 || fs.size() == f0) {
      es.resize(e0);
      fs.resize(f0);
      continue;
    }
    e_begin.push_back(static_cast<std::uint32_t>(es.size()));
    f_begin.push_back(static_cast<std::uint32_t>(fs.size()));
  }
  const std::size_t pairs = e_begin.size() - 1;
  // Every co-occurring (e, f) gets a slot; each sentence pair lists its slots, row by f. The
  // slots are found through an open-addressing table of their codes e << 32 | f.
  std::size_t occurrences = 0;
  for (std::size_t p = 0; p < pairs; ++p)
    occurrences += std::size_t(e_begin[p + 1] - e_begin[p]) * (f_begin[p + 1] - f_begin[p]);
  int bits = 4;
  while ((std::size_t{1} << bits) < 2 * occurrences) ++bits;
  constexpr std::uint64_t kEmpty = ~std::uint64_t{0};
  std::vector<std::uint64_t> table_code(std::size_t{1} << bits, kEmpty);
  std::vector<std::uint32_t> table_slot(table_code.size());
  const std::size_t table_mask = table_code.size() - 1;
  std::vector<std::uint32_t> slots, slot_e, slot_f, cooc;
  slots.reserve(occurrences);
  for (std::size_t p = 0; p < pairs; ++p)
    for (std::uint32_t x = f_begin[p]; x < f_begin[p + 1]; ++x)
      for (std::uint32_t y = e_begin[p]; y < e_begin[p + 1]; ++y) {
        const std::uint64_t code = (std::uint64_t{es[y]} << 32) | fs[x];
        std::size_t h = static_cast<std::size_t>((code * 0x9E3779B97F4A7C15ull) >> (64 - bits));
        while (table_code[h] != kEmpty && table_code[h] != code) h = (h + 1) & table_mask;
        if (table_code[h] == kEmpty) {
          table_code[h] = code;
          table_slot[h] = static_cast<std::uint32_t>(slot_e.size());
          slot_e.push_back(es[y]);
          slot_f.push_back(fs[x]);
          cooc.push_back(0);
        }
        ++cooc[table_slot[h]];
        slots.push_back(table_slot[h]);
      }
  std::vector<std::uint64_t>().swap(table_code);
  std::vector<std::uint32_t>().swap(table_slot);
  std::vector<double> t(slot_e.size(), 1.0), count(slot_e.size());
  std::vector<double> total(e_names.size());
  for (int it = 0; it < kIterations; ++it) {
    std::fill(count.begin(), count.end(), 0.0);
    std::fill(total.begin(), total.end(), 0.0);
    std::size_t at = 0;
    for (std::size_t p = 0; p < pairs; ++p) {
      const std::size_t ne = e_begin[p + 1] - e_begin[p];
      const std::size_t end = at + ne * (f_begin[p + 1] - f_begin[p]);
      for (; at < end; at += ne) {  // one row per target word f
        double denom = 0;
        for (std::size_t c = 0; c < ne; ++c) denom += t[slots[at + c]];
        for (std::size_t c = 0; c < ne; ++c) {
          const double x = t[slots[at + c]] / denom;
          count[slots[at + c]] += x;
          total[slot_e[slots[at + c]]] += x;
        }
      }
    }
    for (std::size_t k = 0; k < t.size(); ++k) t[k] = count[k] / total[slot_e[k]];
  }
  Learned learned;
  for (std::size_t k = 0; k < t.size(); ++k) {
    if (t[k] < kMinProbability || cooc[k] < 2) continue;
    const std::string_view e = e_names[slot_e[k]];
    const std::string_view f = f_names[slot_f[k]];
    if (e != f) learned[std::string(e)].emplace_back(f);
  }
  return learned;
}

// Confidence of each block: the probability that it is exactly right, by logistic models fitted
// on the blocks of the development corpora (news, literary, Text+Berg; 4,662 blocks with both
// sides, 398 without), which predict correctness within a few points in every confidence band.
// Blocks with both sides: rescaled similarity, mean uncovered share, length cost and block size.
// Sentences left unaligned: how well the sentence matches its neighbours on the other side and
// which side it is on; these features say little, so the confidence stays near the 2 in 3 of
// such blocks that are right.
double logistic(double x) { return 1.0 / (1.0 + std::exp(-x)); }

double pair_confidence(const Scorer& scorer, const Bead& b) {
  const double z = scorer.z(b.src_begin, b.src_end, b.tgt_begin, b.tgt_end);
  const double n = b.src_size() + b.tgt_size();
  const double unc = scorer.uncovered(b.src_begin, b.src_end, b.tgt_begin, b.tgt_end) / n;
  const double len = std::min(scorer.length(b.src_begin, b.src_end, b.tgt_begin, b.tgt_end), 10.0);
  return logistic(2.306 + 2.096 * z + 0.331 * unc - 1.758 * len / 5.0 - (n == 3 ? 1.11 : 0.0) -
                  (n >= 4 ? 2.03 : 0.0));
}

double skip_confidence(const Scorer& scorer, const Bead& b, std::uint32_t n_src,
                       std::uint32_t n_tgt) {
  double best = 0;
  for (int d = -2; d <= 2; ++d) {
    if (b.src_size() > 0) {
      const long j = long(b.tgt_begin) + d;
      if (j >= 0 && j < long(n_tgt))
        best = std::max(best, scorer.z(b.src_begin, b.src_end, std::uint32_t(j), std::uint32_t(j + 1)));
    } else {
      const long i = long(b.src_begin) + d;
      if (i >= 0 && i < long(n_src))
        best = std::max(best, scorer.z(std::uint32_t(i), std::uint32_t(i + 1), b.tgt_begin, b.tgt_end));
    }
  }
  return logistic(0.762 + 0.86 * best - (b.src_size() > 0 ? 0.346 : 0.0));
}

void set_confidence(std::vector<Bead>& beads, const Scorer& scorer, std::uint32_t n_src,
                    std::uint32_t n_tgt) {
  for (Bead& b : beads)
    b.confidence = (b.src_size() > 0 && b.tgt_size() > 0) ? pair_confidence(scorer, b)
                                                           : skip_confidence(scorer, b, n_src, n_tgt);
}

}  // namespace

Bilingual Bilingual::from_pairs(const std::vector<lexicon::WordPair>& pairs,
                                const annotate::Annotator& src, const annotate::Annotator& tgt) {
  // Tokenise all phrases of each side in one pass: one phrase per line.
  std::string src_text, tgt_text;
  std::vector<std::uint32_t> src_starts, tgt_starts;
  for (const auto& p : pairs) {
    src_starts.push_back(static_cast<std::uint32_t>(src_text.size()));
    src_text += p.src;
    src_text += '\n';
    tgt_starts.push_back(static_cast<std::uint32_t>(tgt_text.size()));
    tgt_text += p.tgt;
    tgt_text += '\n';
  }
  const annotate::Annotated src_annotated = src.tokens(src_text);
  const annotate::Annotated tgt_annotated = tgt.tokens(tgt_text);
  const auto& src_tokens = src_annotated.sentences[0];
  const auto& tgt_tokens = tgt_annotated.sentences[0];
  auto group = [](const std::vector<annotate::Token>& tokens, const std::vector<std::uint32_t>& starts) {
    std::vector<std::vector<const annotate::Token*>> out(starts.size());
    std::size_t p = 0;
    for (const auto& t : tokens) {
      while (p + 1 < starts.size() && t.span.begin >= starts[p + 1]) ++p;
      out[p].push_back(&t);
    }
    return out;
  };
  const auto s = group(src_tokens, src_starts);
  const auto t = group(tgt_tokens, tgt_starts);
  Bilingual b;
  for (std::size_t k = 0; k < pairs.size(); ++k) {
    if (s[k].size() != 1 || s[k][0]->function_word || !s[k][0]->number.empty()) continue;
    std::vector<const annotate::Token*> content;
    for (const auto* x : t[k])
      if (!x->function_word && x->number.empty() && x->lower.size() > 2) content.push_back(x);
    if (content.empty() || content.size() > 3) continue;
    for (const auto* x : content) b.add(std::string(s[k][0]->stem), std::string(x->stem));
  }
  return b;
}

void Bilingual::add(const std::string& src_stem, const std::string& tgt_stem) {
  auto& v = table_[src_stem];
  if (std::find(v.begin(), v.end(), tgt_stem) == v.end()) v.push_back(tgt_stem);
}

const std::vector<std::string>* Bilingual::translations(const std::string& src_stem) const {
  auto it = table_.find(src_stem);
  return it == table_.end() ? nullptr : &it->second;
}

void AlignOptions::validate() const {
  if (bead_types.empty()) throw ConfigError("no block types allowed");
  for (const BeadType& t : bead_types)
    if (t.src > kMaxSide || t.tgt > kMaxSide || (t.src == 0 && t.tgt == 0))
      throw ConfigError("block types join 0 to 4 sentences a side, and at least one");
  if (std::find(bead_types.begin(), bead_types.end(), BeadType{1, 1}) == bead_types.end())
    throw ConfigError("block type 1-1 must be allowed");
  if (skip_cost < 0 || length_weight < 0 || three_cost < 0 || four_cost < 0 ||
      repeated_skip_factor < 0)
    throw ConfigError("alignment costs must not be negative");
  search.validate();
}

std::vector<BeadType> parse_bead_types(const std::string& list) {
  std::vector<BeadType> out;
  std::stringstream in(list);
  std::string item;
  while (std::getline(in, item, ',')) {
    const auto dash = item.find('-');
    const bool ok = item.size() == 3 && dash == 1 && item[0] >= '0' && item[0] <= '4' &&
                    item[2] >= '0' && item[2] <= '4' && !(item[0] == '0' && item[2] == '0');
    if (!ok)
      throw ConfigError("bad block type '" + item + "' (expected N-M with N, M from 0 to 4, e.g. 2-1)");
    const BeadType t{static_cast<std::uint8_t>(item[0] - '0'), static_cast<std::uint8_t>(item[2] - '0')};
    if (std::find(out.begin(), out.end(), t) == out.end()) out.push_back(t);
  }
  if (out.empty()) throw ConfigError("empty block type list");
  return out;
}

Alignment align(const Side& src, const Side& tgt, const Bilingual& lexicon,
                const AlignOptions& options) {
  options.validate();
  const auto n = static_cast<std::uint32_t>(src.doc.sentences.size());
  const auto m = static_cast<std::uint32_t>(tgt.doc.sentences.size());
  KeySpace space;
  SideKeys tgt_keys = index_side(tgt);
  assign_keys(tgt_keys, false, nullptr, nullptr, options, space);
  SideKeys src_keys = index_side(src);
  assign_keys(src_keys, true, &lexicon, nullptr, options, space);
  std::vector<Bead> beads;
  Learned learned;
  {
    Scorer scorer(src_keys, tgt_keys, options);
    const std::uint64_t cells = std::uint64_t(n + 1) * (m + 1);
    const std::vector<Anchor> anchors = cells > options.search.max_full_cells
                                            ? find_anchors(src_keys, tgt_keys, space.size())
                                            : std::vector<Anchor>{};
    SearchOptions first = options.search;
    first.verify = !options.use_learned_table;  // a rough first pass is enough to learn from
    beads = search(n, m, options.bead_types, scorer, anchors, first);
    if (options.use_learned_table) learned = learn_table(src, tgt, beads, scorer);
  }
  if (!learned.empty()) assign_keys(src_keys, true, &lexicon, &learned, options, space);
  Scorer scorer(src_keys, tgt_keys, options);
  if (options.use_learned_table) {
    std::vector<Anchor> anchors;
    for (const Bead& b : beads)
      if (b.src_size() == 1 && b.tgt_size() == 1) anchors.push_back({b.src_begin, b.tgt_begin});
    SearchOptions second = options.search;
    second.band = std::max<std::uint32_t>(1, second.band / 2);  // the anchors are dense now
    beads = search(n, m, options.bead_types, scorer, anchors, second);
  }
  set_confidence(beads, scorer, n, m);
  Alignment a;
  a.beads = std::move(beads);
  return a;
}

}  // namespace wirealign::align
