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

// Weight of a token in the similarity: function words and very short tokens carry little. Only
// these three values are used (weight_of counts bits per value).
float token_weight(const annotate::Token& t) {
  if (!t.number.empty()) return 1.0f;
  if (t.function_word) return 0.15f;
  if (t.lower.size() <= 2) return 0.3f;
  return 1.0f;
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

 private:
  std::unordered_map<std::string, Key> ids_;
};

constexpr Key kNoKey = 0xFFFFFFFFu;

struct TokenKeys {
  float weight = 0;
  std::uint32_t begin = 0, end = 0;  // range in SideKeys::keys
};

struct SentenceKeys {
  std::vector<TokenKeys> tokens;
  std::vector<Key> table;            // open-addressing hash set of its keys (kNoKey = empty)
  std::uint32_t mask = 0;            // table.size() - 1

  bool contains(Key k) const {
    for (std::uint32_t h = (k * 2654435761u) & mask;; h = (h + 1) & mask) {
      if (table[h] == k) return true;
      if (table[h] == kNoKey) return false;
    }
  }
  std::vector<float> slot;           // token weight by bit (token index mod 64), long sentences only
  // For sentences of at most 64 tokens, the bits of each weight class (1, 0.3, 0.15), so that a
  // covered weight is three popcounts.
  std::uint64_t heavy = 0, medium = 0, light = 0;
  bool short_enough = true;
  float total = 0;                   // sum of token weights
  double chars = 0;                  // length in code points
  bool repeated = false;             // same text as one of the two sentences before it
};

struct SideKeys {
  std::vector<Key> keys;
  std::vector<SentenceKeys> sentences;
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

// Keys of every token of one side. `source` sides get translation keys, target sides their stem.
SideKeys build_keys(const Side& side, bool source, const Bilingual* lexicon, const Learned* learned,
                    const AlignOptions& o, KeySpace& space) {
  SideKeys out;
  out.sentences.resize(side.doc.sentences.size());
  std::unordered_map<std::string, std::vector<Key>> cache;
  std::vector<Key> scratch;
  for (std::size_t s = 0; s < side.doc.sentences.size(); ++s) {
    SentenceKeys& sk = out.sentences[s];
    sk.chars = static_cast<double>(code_points(side.doc.sentences[s].text));
    const std::string& text = side.doc.sentences[s].text;
    // A duplicate printed by mistake follows its original closely (a headline printed twice).
    for (std::size_t back = 1; back <= 2 && back <= s; ++back)
      sk.repeated = sk.repeated || (side.tokens.sentences[s].size() >= 3 &&
                                    side.doc.sentences[s - back].text == text);
    const auto& tokens = side.tokens.sentences[s];
    const std::size_t first_key = out.keys.size();
    for (std::size_t k = 0; k < tokens.size(); ++k) {
      const annotate::Token& t = tokens[k];
      TokenKeys tk;
      tk.weight = token_weight(t);
      tk.begin = static_cast<std::uint32_t>(out.keys.size());
      // The keys depend on the word form only: compute them once per form.
      std::string form(t.number.empty() ? t.folded : t.number);
      form += '\x01';
      form += t.stem;
      form += t.function_word ? '\x02' : '\x03';
      if (auto c = cache.find(form); c != cache.end()) {
        out.keys.insert(out.keys.end(), c->second.begin(), c->second.end());
      } else if (!t.number.empty()) {
        out.keys.push_back(space.id(prefixed('n', t.number)));
      } else {
        out.keys.push_back(space.id(prefixed('i', t.folded)));
        if (o.use_cognates && !t.function_word) {
          const std::string_view p = cognate_prefix(t.folded);
          if (!p.empty()) out.keys.push_back(space.id(prefixed('c', p)));
        }
        if (!source) {
          out.keys.push_back(space.id(prefixed('t', t.stem)));
        } else {
          if (lexicon && o.use_dictionary && !t.function_word)
            if (const auto* tr = lexicon->translations(std::string(t.stem)))
              for (const std::string& x : *tr) out.keys.push_back(space.id(prefixed('t', x)));
          if (learned)
            if (auto it = learned->find(std::string(t.stem)); it != learned->end())
              for (const std::string& x : it->second) out.keys.push_back(space.id(prefixed('t', x)));
        }
      }
      tk.end = static_cast<std::uint32_t>(out.keys.size());
      if (!cache.count(form))
        cache.emplace(std::move(form), std::vector<Key>(out.keys.begin() + tk.begin, out.keys.end()));
      if (tokens.size() > 64) {
        if (sk.slot.empty()) sk.slot.assign(64, 0.0f);
        sk.slot[k % 64] += tk.weight;
      }
      const std::uint64_t bit = std::uint64_t{1} << (k % 64);
      if (tk.weight >= 1.0f) sk.heavy |= bit;
      else if (tk.weight >= 0.3f) sk.medium |= bit;
      else sk.light |= bit;
      sk.total += tk.weight;
      sk.tokens.push_back(tk);
    }
    sk.short_enough = tokens.size() <= 64;
    // The distinct keys of the sentence, in a hash set twice their number.
    scratch.assign(out.keys.begin() + first_key, out.keys.end());
    std::sort(scratch.begin(), scratch.end());
    scratch.erase(std::unique(scratch.begin(), scratch.end()), scratch.end());
    std::uint32_t size = 8;
    while (size < 2 * scratch.size()) size *= 2;
    sk.table.assign(size, kNoKey);
    sk.mask = size - 1;
    for (Key k : scratch) {
      std::uint32_t h = (k * 2654435761u) & sk.mask;
      while (sk.table[h] != kNoKey) h = (h + 1) & sk.mask;
      sk.table[h] = k;
    }
  }
  return out;
}

// Bits of the tokens of `a` that share a key with sentence `b`.
std::uint64_t covered(const SideKeys& side_a, const SentenceKeys& a, const SentenceKeys& b) {
  std::uint64_t mask = 0;
  for (std::size_t k = 0; k < a.tokens.size(); ++k) {
    const TokenKeys& t = a.tokens[k];
    for (std::uint32_t x = t.begin; x < t.end; ++x)
      if (b.contains(side_a.keys[x])) {
        mask |= std::uint64_t{1} << (k % 64);
        break;
      }
  }
  return mask;
}

float weight_of(const SentenceKeys& s, std::uint64_t mask) {
  if (s.short_enough)
    return static_cast<float>(std::popcount(mask & s.heavy)) +
           0.3f * static_cast<float>(std::popcount(mask & s.medium)) +
           0.15f * static_cast<float>(std::popcount(mask & s.light));
  float w = 0;
  while (mask) {
    w += s.slot[static_cast<std::size_t>(std::countr_zero(mask))];
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

// The cost model of one document pair with fixed keys.
class Scorer : public CostModel {
 public:
  Scorer(const SideKeys& src, const SideKeys& tgt, const AlignOptions& o)
      : src_(src), tgt_(tgt), o_(o) {
    double sc = 0, tc = 0;
    for (const auto& s : src.sentences) sc += s.chars;
    for (const auto& s : tgt.sentences) tc += s.chars;
    ratio_ = sc > 0 && tc > 0 ? tc / sc : 1.0;
    baseline_ = random_baseline();
    for (std::uint32_t k = 0; k < bases_.size(); ++k) bases_[k] = 1.0 - std::pow(1.0 - baseline_, k);
  }

  // Covered-weight share of both sides of the block, in [0, 1].
  double similarity(std::uint32_t i0, std::uint32_t i1, std::uint32_t j0, std::uint32_t j1) const {
    double matched = 0, total = 0;
    for (std::uint32_t i = i0; i < i1; ++i) {
      matched += src_covered(i, j0, j1);
      total += src_.sentences[i].total;
    }
    for (std::uint32_t j = j0; j < j1; ++j) {
      matched += tgt_covered(j, i0, i1);
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
    double sum = 0;
    const double base_src = base_for(j1 - j0), base_tgt = base_for(i1 - i0);
    for (std::uint32_t i = i0; i < i1; ++i) {
      const double t = src_.sentences[i].total;
      const double share = t > 0 ? src_covered(i, j0, j1) / t : base_src;
      sum += 1.0 - std::clamp((share - base_src) / (1.0 - base_src), 0.0, 1.0);
    }
    for (std::uint32_t j = j0; j < j1; ++j) {
      const double t = tgt_.sentences[j].total;
      const double share = t > 0 ? tgt_covered(j, i0, i1) / t : base_tgt;
      sum += 1.0 - std::clamp((share - base_tgt) / (1.0 - base_tgt), 0.0, 1.0);
    }
    return sum;
  }

  double length(std::uint32_t i0, std::uint32_t i1, std::uint32_t j0, std::uint32_t j1) const {
    double sc = 0, tc = 0;
    for (std::uint32_t i = i0; i < i1; ++i) sc += src_.sentences[i].chars;
    for (std::uint32_t j = j0; j < j1; ++j) tc += tgt_.sentences[j].chars;
    return length_cost(sc, tc, ratio_);
  }

  double cost(std::uint32_t i0, std::uint32_t i1, std::uint32_t j0,
              std::uint32_t j1) const override {
    const std::uint32_t a = i1 - i0, b = j1 - j0;
    if (a == 0 || b == 0) {
      // A sentence repeated on its own side (a headline printed twice) is most likely added.
      const auto& side = a == 0 ? tgt_.sentences[j0] : src_.sentences[i0];
      return o_.skip_cost * (a + b) * (side.repeated ? o_.repeated_skip_factor : 1.0);
    }
    const double lexical = uncovered(i0, i1, j0, j1);
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

  // Lays out the cache of masks for the cells a search pass will read: source row k is read by
  // blocks ending in rows k+1 to k+kMaxSide, whose target ranges reach back kMaxSide columns.
  void prepare(const std::vector<std::uint32_t>& lo,
               const std::vector<std::uint32_t>& hi) const override {
    constexpr std::uint32_t kMaxSide = 4;
    const auto n = static_cast<std::uint32_t>(src_.sentences.size());
    const auto m = static_cast<std::uint32_t>(tgt_.sentences.size());
    old_lo_ = row_lo_;
    old_offset_ = row_offset_;
    row_lo_.assign(n, 0);
    row_offset_.assign(n + 1, 0);
    std::vector<std::uint32_t> row_hi(n, 0);
    for (std::uint32_t k = 0; k < n; ++k) {
      std::uint32_t l = m, h = 0;
      for (std::uint32_t i = k + 1; i <= std::min(n, k + kMaxSide) && i < lo.size(); ++i) {
        l = std::min(l, lo[i] >= kMaxSide ? lo[i] - kMaxSide : 0);
        h = std::max(h, hi[i]);
      }
      row_lo_[k] = l;
      row_hi[k] = std::min(h, m);
      row_offset_[k + 1] = row_offset_[k] + (row_hi[k] > l ? row_hi[k] - l : 0);
    }
    // Masks already computed (an earlier round of the same pass) are kept.
    std::vector<Entry> table(row_offset_[n]);
    if (!table_.empty()) {
      for (std::uint32_t k = 0; k < n && k + 1 < old_offset_.size(); ++k) {
        const std::uint32_t old_lo = old_lo_[k];
        const std::uint64_t old_width = old_offset_[k + 1] - old_offset_[k];
        const std::uint64_t width = row_offset_[k + 1] - row_offset_[k];
        for (std::uint64_t c = 0; c < width; ++c) {
          const std::uint64_t j = row_lo_[k] + c;
          if (j >= old_lo && j - old_lo < old_width) table[row_offset_[k] + c] = table_[old_offset_[k] + (j - old_lo)];
        }
      }
    }
    table_ = std::move(table);
  }

 private:
  // Weight of the tokens of source sentence i covered by target sentences [j0, j1).
  double src_covered(std::uint32_t i, std::uint32_t j0, std::uint32_t j1) const {
    std::uint64_t m = 0;
    for (std::uint32_t j = j0; j < j1; ++j) m |= masks(i, j).first;
    return weight_of(src_.sentences[i], m);
  }
  // Weight of the tokens of target sentence j covered by source sentences [i0, i1).
  double tgt_covered(std::uint32_t j, std::uint32_t i0, std::uint32_t i1) const {
    std::uint64_t m = 0;
    for (std::uint32_t i = i0; i < i1; ++i) m |= masks(i, j).second;
    return weight_of(tgt_.sentences[j], m);
  }
  // Expected covered share of a sentence by k random sentences of the other side.
  double base_for(std::uint32_t k) const {
    return k < bases_.size() ? bases_[k] : 1.0 - std::pow(1.0 - baseline_, k);
  }

  // (source tokens covered by target j, target tokens covered by source i), from the table laid
  // out by prepare() when the cell is in it.
  std::pair<std::uint64_t, std::uint64_t> masks(std::uint32_t i, std::uint32_t j) const {
    Entry* e = nullptr;
    if (i < row_lo_.size() && j >= row_lo_[i] && j - row_lo_[i] < row_offset_[i + 1] - row_offset_[i]) {
      e = &table_[row_offset_[i] + (j - row_lo_[i])];
      if (e->done) return {e->src, e->tgt};
    }
    const auto& s = src_.sentences[i];
    const auto& t = tgt_.sentences[j];
    const std::pair<std::uint64_t, std::uint64_t> m{covered(src_, s, t), covered(tgt_, t, s)};
    if (e) *e = Entry{m.first, m.second, true};
    return m;
  }

  struct Entry {
    std::uint64_t src = 0, tgt = 0;
    bool done = false;
  };

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

  const SideKeys& src_;
  const SideKeys& tgt_;
  const AlignOptions& o_;
  double ratio_ = 1;
  double baseline_ = 0;
  std::array<double, 6> bases_{};  // base_for(k) for small k
  mutable std::vector<Entry> table_;                 // masks of the cells of the current pass
  mutable std::vector<std::uint32_t> row_lo_;        // first target column of each row's cells
  mutable std::vector<std::uint64_t> row_offset_;    // first cell of each row in table_
  mutable std::vector<std::uint32_t> old_lo_;        // the layout of the previous round
  mutable std::vector<std::uint64_t> old_offset_;
};

// Pairs of sentences that share content keys found nowhere else near them, reduced to a monotone
// chain. "Near" is a window around where sentence i would be if the two sides were proportional,
// so that text repeated far away (a recurring phrase, a repeated section) does not hide anchors.
std::vector<Anchor> find_anchors(const SideKeys& src, const SideKeys& tgt) {
  constexpr std::size_t kMaxLocalDf = 2, kMaxPostings = 256;
  const auto n = src.sentences.size(), m = tgt.sentences.size();
  if (n == 0 || m == 0) return {};
  const double window = 100.0 + 0.01 * static_cast<double>(std::max(n, m));
  std::unordered_map<Key, std::vector<std::uint32_t>> postings, src_postings;
  for (std::uint32_t j = 0; j < m; ++j)
    for (Key k : tgt.sentences[j].table)
      if (k != kNoKey) postings[k].push_back(j);
  for (std::uint32_t i = 0; i < n; ++i)
    for (Key k : src.sentences[i].table)
      if (k != kNoKey) src_postings[k].push_back(i);
  // Number of entries of the sorted list `p` within [lo, hi].
  auto in_range = [](const std::vector<std::uint32_t>& p, double lo, double hi) {
    const auto b = std::lower_bound(p.begin(), p.end(), static_cast<std::uint32_t>(std::max(lo, 0.0)));
    const auto e = std::upper_bound(p.begin(), p.end(), static_cast<std::uint32_t>(std::max(hi, 0.0)));
    return std::pair{b, e};
  };

  struct Candidate {
    std::uint32_t i, j;
  };
  std::vector<Candidate> candidates;
  std::vector<std::pair<std::uint32_t, float>> score;
  for (std::uint32_t i = 0; i < n; ++i) {
    score.clear();
    const double centre = static_cast<double>(i) * static_cast<double>(m) / static_cast<double>(n);
    const double src_centre = static_cast<double>(i);
    for (const TokenKeys& t : src.sentences[i].tokens) {
      if (t.weight < 1.0f) continue;
      std::vector<std::uint32_t> seen;
      for (std::uint32_t x = t.begin; x < t.end; ++x) {
        const Key k = src.keys[x];
        auto p = postings.find(k);
        if (p == postings.end() || p->second.size() > kMaxPostings) continue;
        const auto [b, e] = in_range(p->second, centre - window, centre + window);
        if (b == e || std::size_t(e - b) > kMaxLocalDf) continue;
        const auto& sp = src_postings[k];
        const auto [sb, se] = in_range(sp, src_centre - window, src_centre + window);
        if (std::size_t(se - sb) > kMaxLocalDf) continue;
        for (auto it = b; it != e; ++it)
          if (std::find(seen.begin(), seen.end(), *it) == seen.end()) seen.push_back(*it);
      }
      for (std::uint32_t j : seen) {
        auto s = std::find_if(score.begin(), score.end(), [&](const auto& x) { return x.first == j; });
        if (s == score.end()) score.push_back({j, t.weight});
        else s->second += t.weight;
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
  std::unordered_map<std::string, std::uint32_t> e_ids, f_ids;
  std::vector<std::string> f_names;
  std::vector<std::pair<std::vector<std::uint32_t>, std::vector<std::uint32_t>>> pairs;
  auto content = [](const annotate::Token& t) { return !t.function_word && t.number.empty() && t.lower.size() > 2; };
  // At most kMaxBlocks blocks, evenly spaced: plenty to learn from, and a bound on the time.
  constexpr std::size_t kMaxBlocks = 4000;
  const std::size_t stride = beads.size() / kMaxBlocks + 1;
  for (std::size_t k = 0; k < beads.size(); k += stride) {
    const Bead& b = beads[k];
    if (b.src_size() != 1 || b.tgt_size() != 1) continue;
    if (scorer.z(b.src_begin, b.src_end, b.tgt_begin, b.tgt_end) < kMinZ) continue;
    std::vector<std::uint32_t> es, fs;
    for (const auto& t : src.tokens.sentences[b.src_begin])
      if (content(t))
        es.push_back(e_ids.try_emplace(std::string(t.stem), static_cast<std::uint32_t>(e_ids.size())).first->second);
    for (const auto& t : tgt.tokens.sentences[b.tgt_begin])
      if (content(t)) {
        auto [it, added] = f_ids.try_emplace(std::string(t.stem), static_cast<std::uint32_t>(f_ids.size()));
        if (added) f_names.emplace_back(t.stem);
        fs.push_back(it->second);
      }
    if (!es.empty() && !fs.empty()) pairs.emplace_back(std::move(es), std::move(fs));
  }
  // Every co-occurring (e, f) gets a slot; each sentence pair lists its slots, row by f.
  std::unordered_map<std::uint64_t, std::uint32_t> slot_of;
  std::vector<std::uint32_t> slot_e, slot_f;
  std::vector<double> cooc;
  std::vector<std::vector<std::uint32_t>> slots(pairs.size());
  for (std::size_t p = 0; p < pairs.size(); ++p) {
    const auto& [es, fs] = pairs[p];
    for (auto f : fs)
      for (auto e : es) {
        const std::uint64_t k = (std::uint64_t{e} << 32) | f;
        auto [it, added] = slot_of.try_emplace(k, static_cast<std::uint32_t>(slot_e.size()));
        if (added) {
          slot_e.push_back(e);
          slot_f.push_back(f);
          cooc.push_back(0);
        }
        cooc[it->second] += 1;
        slots[p].push_back(it->second);
      }
  }
  std::vector<double> t(slot_e.size(), 1.0), count(slot_e.size());
  std::vector<double> total(e_ids.size());
  for (int it = 0; it < kIterations; ++it) {
    std::fill(count.begin(), count.end(), 0.0);
    std::fill(total.begin(), total.end(), 0.0);
    for (std::size_t p = 0; p < pairs.size(); ++p) {
      const std::size_t ne = pairs[p].first.size();
      const auto& sl = slots[p];
      for (std::size_t r = 0; r < sl.size(); r += ne) {  // one row per target word f
        double denom = 0;
        for (std::size_t c = 0; c < ne; ++c) denom += t[sl[r + c]];
        for (std::size_t c = 0; c < ne; ++c) {
          const double x = t[sl[r + c]] / denom;
          count[sl[r + c]] += x;
          total[slot_e[sl[r + c]]] += x;
        }
      }
    }
    for (std::size_t k = 0; k < t.size(); ++k) t[k] = count[k] / total[slot_e[k]];
  }
  std::vector<std::string> e_names(e_ids.size());
  for (const auto& [name, id] : e_ids) e_names[id] = name;
  Learned learned;
  for (std::size_t k = 0; k < t.size(); ++k) {
    if (t[k] < kMinProbability || cooc[k] < 2) continue;
    const std::string& e = e_names[slot_e[k]];
    const std::string& f = f_names[slot_f[k]];
    if (e != f) learned[e].push_back(f);
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
  const SideKeys tgt_keys = build_keys(tgt, false, nullptr, nullptr, options, space);
  SideKeys src_keys = build_keys(src, true, &lexicon, nullptr, options, space);
  std::vector<Bead> beads;
  Learned learned;
  {
    Scorer scorer(src_keys, tgt_keys, options);
    const std::uint64_t cells = std::uint64_t(n + 1) * (m + 1);
    const std::vector<Anchor> anchors =
        cells > options.search.max_full_cells ? find_anchors(src_keys, tgt_keys) : std::vector<Anchor>{};
    SearchOptions first = options.search;
    first.verify = !options.use_learned_table;  // a rough first pass is enough to learn from
    beads = search(n, m, options.bead_types, scorer, anchors, first);
    if (options.use_learned_table) learned = learn_table(src, tgt, beads, scorer);
  }
  if (!learned.empty()) {
    src_keys = SideKeys{};  // free the first keys before building the second
    src_keys = build_keys(src, true, &lexicon, &learned, options, space);
  }
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
