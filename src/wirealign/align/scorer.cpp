// Match keys per word form, sentence-pair masks, and the block cost model of the aligner.
#include "wirealign/align/scorer.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <numeric>
#include <random>

#include "wirealign/core/parallel.h"
#include "wirealign/core/utf8.h"

namespace wirealign::align {
namespace {

WeightClass weight_class(const annotate::Token& t) {
  if (!t.number().empty()) return kHeavy;
  if (t.function_word()) return kLight;
  if (t.lower().size() <= 2) return kMedium;
  return kHeavy;
}

// Number of set bits (std::popcount is a library call on baseline x86-64).
inline float bit_count(std::uint64_t x) {
  x = x - ((x >> 1) & 0x5555555555555555ull);
  x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
  x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full;
  return static_cast<float>((x * 0x0101010101010101ull) >> 56);
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

}  // namespace

Key KeySpace::id(std::string_view s) {
  auto [id, added] = ids_.try_emplace(s);
  if (added) *id = static_cast<Key>(ids_.size() - 1);
  return *id;
}

SideKeys index_side(const Side& side) {
  SideKeys out;
  const std::size_t n = side.doc.sentences.size();
  out.sentences.resize(n);
  out.chars.assign(n + 1, 0.0);
  std::size_t count = 0;
  for (const auto& s : side.tokens.sentences) count += s.size();
  out.tokens.reserve(count);
  // Token forms are views into one vocabulary, so a word form is the pair of pointers to its
  // lower-case form and its number value (every other form is a function of these): the forms
  // met so far are kept by the bytes of that pair.
  StringTable<std::uint32_t> forms;
  // The form of token `t`, added if new.
  const auto form_of = [&](const annotate::Token& t) {
    const std::array<const char*, 2> pair = {t.lower().data(), t.number().data()};
    auto [form, added] = forms.try_emplace(
        std::string_view(reinterpret_cast<const char*>(pair.data()), sizeof pair));
    if (added) {
      *form = static_cast<std::uint32_t>(out.forms.size());
      out.forms.push_back(&t);
      out.form_class.push_back(weight_class(t));
    }
    return *form;
  };
  for (std::size_t s = 0; s < n; ++s) {
    SentenceKeys& sk = out.sentences[s];
    const std::string& text = side.doc.sentences[s].text;
    out.chars[s + 1] = out.chars[s] + static_cast<double>(utf8::length(text));
    const auto& tokens = side.tokens.sentences[s];
    // A duplicate printed by mistake follows its original closely (a headline printed twice).
    for (std::size_t back = 1; back <= 2 && back <= s; ++back)
      sk.repeated =
          sk.repeated || (tokens.size() >= 3 && side.doc.sentences[s - back].text == text);
    sk.begin = static_cast<std::uint32_t>(out.tokens.size());
    if (tokens.size() > 64) {
      sk.slots = static_cast<std::uint32_t>(out.slots.size());
      out.slots.resize(out.slots.size() + 64, 0.0f);
    }
    for (std::size_t k = 0; k < tokens.size(); ++k) {
      const annotate::Token& t = tokens[k];
      const std::uint32_t form = form_of(t);
      out.tokens.push_back(form);
      const auto c = static_cast<WeightClass>(out.form_class[form]);
      const float w = kClassWeight[c];
      if (sk.slots != kNone) out.slots[sk.slots + k % 64] += w;
      const std::uint64_t bit = std::uint64_t{1} << (k % 64);
      if (c == kHeavy)
        sk.heavy |= bit;
      else if (c == kMedium)
        sk.medium |= bit;
      else
        sk.light |= bit;
      sk.total += w;
    }
    sk.end = static_cast<std::uint32_t>(out.tokens.size());
  }
  return out;
}

void assign_keys(SideKeys& side, bool source, const Bilingual* lexicon, const Learned* learned,
                 const std::vector<std::vector<std::string>>* extra, const AlignOptions& o,
                 KeySpace& space) {
  side.keys.clear();
  side.form_begin.assign(1, 0);
  for (std::size_t f = 0; f < side.forms.size(); ++f) {
    const annotate::Token& t = *side.forms[f];
    if (!t.number().empty()) {
      side.keys.push_back(space.id('n', t.number()));
    } else {
      side.keys.push_back(space.id('i', t.folded()));
      if (!t.latin().empty()) side.keys.push_back(space.id('i', t.latin()));
      if (o.use_cognates && !t.function_word()) {
        const std::string_view p = cognate_prefix(t.folded());
        if (!p.empty()) side.keys.push_back(space.id('c', p));
        // Written in another script: the cognate key of its Latin spelling (министр: "minis").
        const std::string_view q = cognate_prefix(t.latin());
        if (!q.empty() && q != p) side.keys.push_back(space.id('c', q));
      }
      // A name's consonants meet the same name in another script (Трамп, Trump).
      if (t.name().size() >= 2) side.keys.push_back(space.id('s', t.name()));
      if (!source) {
        side.keys.push_back(space.id('t', t.stem()));
      } else {
        if (lexicon && o.use_dictionary && !t.function_word())
          if (const align::Translations tr = lexicon->translations(t.stem()))
            for (const std::string_view x : tr) side.keys.push_back(space.id('t', x));
        if (learned)
          if (auto it = learned->find(t.stem()); it != learned->end())
            for (const std::string& x : it->second) side.keys.push_back(space.id('t', x));
      }
    }
    if (extra && f < extra->size())
      for (const std::string& x : (*extra)[f]) side.keys.push_back(space.id(x));
    side.form_begin.push_back(static_cast<std::uint32_t>(side.keys.size()));
  }
  side.keys.shrink_to_fit();
}

void add_keys(SideKeys& side, const Learned* learned,
              const std::vector<std::vector<std::string>>* extra, KeySpace& space) {
  std::vector<Key> keys;
  std::vector<std::uint32_t> begin{0};
  keys.reserve(side.keys.size());
  for (std::size_t f = 0; f < side.forms.size(); ++f) {
    keys.insert(keys.end(), side.keys_begin(static_cast<std::uint32_t>(f)),
                side.keys_end(static_cast<std::uint32_t>(f)));
    const annotate::Token& t = *side.forms[f];
    if (learned && t.number().empty())
      if (auto it = learned->find(t.stem()); it != learned->end())
        for (const std::string& x : it->second) keys.push_back(space.id('t', x));
    if (extra && f < extra->size())
      for (const std::string& x : (*extra)[f]) keys.push_back(space.id(x));
    begin.push_back(static_cast<std::uint32_t>(keys.size()));
  }
  side.keys = std::move(keys);
  side.keys.shrink_to_fit();
  side.form_begin = std::move(begin);
}

void KeyMasks::build(const SideKeys& side, const SentenceKeys& s) {
  std::size_t count = 0;
  for (std::uint32_t k = s.begin; k < s.end; ++k)
    count += side.form_begin[side.tokens[k] + 1] - side.form_begin[side.tokens[k]];
  std::size_t size = 16;
  while (size < 4 * count) size *= 2;
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

Scorer::Scorer(const Scorer& owner, int)
    : src_(owner.src_),
      tgt_(owner.tgt_),
      o_(owner.o_),
      ratio_(owner.ratio_),
      baseline_(owner.baseline_),
      max_src_(owner.max_src_),
      max_tgt_(owner.max_tgt_),
      bases_(owner.bases_),
      owner_(&owner) {}

Scorer::Scorer(const SideKeys& src, const SideKeys& tgt, const AlignOptions& options)
    : src_(src), tgt_(tgt), o_(options) {
  const double sc = src.chars.back(), tc = tgt.chars.back();
  ratio_ = sc > 0 && tc > 0 ? tc / sc : 1.0;
  for (const BeadType& t : options.bead_types) {
    max_src_ = std::max<std::uint32_t>(max_src_, t.src);
    max_tgt_ = std::max<std::uint32_t>(max_tgt_, t.tgt);
  }
  baseline_ = random_baseline();
  for (std::uint32_t k = 0; k < bases_.size(); ++k) bases_[k] = 1.0 - std::pow(1.0 - baseline_, k);
}

Scorer Scorer::reader() const {
  Scorer r(*this, 0);
  return r;
}

double Scorer::similarity(std::uint32_t i0, std::uint32_t i1, std::uint32_t j0,
                          std::uint32_t j1) const {
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

double Scorer::z(std::uint32_t i0, std::uint32_t i1, std::uint32_t j0, std::uint32_t j1) const {
  const double s = similarity(i0, i1, j0, j1);
  return std::clamp((s - baseline_) / (1.0 - baseline_), 0.0, 1.0);
}

double Scorer::uncovered(std::uint32_t i0, std::uint32_t i1, std::uint32_t j0,
                         std::uint32_t j1) const {
  const Block b = block_masks(i0, i1, j0, j1);
  double sum = 0;
  for (std::uint32_t i = i0; i < i1; ++i)
    sum += term(src_, src_.sentences[i], b.src[i - i0], j1 - j0);
  for (std::uint32_t j = j0; j < j1; ++j)
    sum += term(tgt_, tgt_.sentences[j], b.tgt[j - j0], i1 - i0);
  return sum;
}

double Scorer::length(std::uint32_t i0, std::uint32_t i1, std::uint32_t j0,
                      std::uint32_t j1) const {
  return length_cost(src_.chars[i1] - src_.chars[i0], tgt_.chars[j1] - tgt_.chars[j0], ratio_);
}

double Scorer::size_cost(std::uint32_t n) const {
  return n <= 2 ? 0.0 : n == 3 ? o_.three_cost : o_.four_cost * (n - 3);
}

double Scorer::cost(std::uint32_t i0, std::uint32_t i1, std::uint32_t j0, std::uint32_t j1) const {
  return cost_below(i0, i1, j0, j1, infinity());
}

double Scorer::cost_below(std::uint32_t i0, std::uint32_t i1, std::uint32_t j0, std::uint32_t j1,
                          double limit) const {
  const std::uint32_t a = i1 - i0, b = j1 - j0;
  if (a == 0 || b == 0) {
    // A sentence repeated on its own side (a headline printed twice) is most likely added.
    const auto& side = a == 0 ? tgt_.sentences[j0] : src_.sentences[i0];
    return o_.skip_cost * (a + b) * (side.repeated ? o_.repeated_skip_factor : 1.0);
  }
  double lexical = 0;
  if (!cached_uncovered(i0, i1, j0, j1, lexical)) lexical = uncovered(i0, i1, j0, j1);
  const double partial = lexical + size_cost(a + b);
  if (partial > limit) return infinity();  // the length cost only adds
  return lexical + o_.length_weight * length(i0, i1, j0, j1) + size_cost(a + b);
}

double Scorer::minimum(std::uint32_t a, std::uint32_t b) const {
  if (a == 0 || b == 0) return o_.skip_cost * (a + b) * std::min(1.0, o_.repeated_skip_factor);
  return size_cost(a + b);
}

void Scorer::prepare(const std::vector<std::uint32_t>& lo,
                     const std::vector<std::uint32_t>& hi) const {
  lo_ = lo;
  hi_ = hi;
  row_ = kNone;
  for (RowCache& r : rows_) r.sentence = kNone;
  const auto n = static_cast<std::uint32_t>(src_.sentences.size());
  if (row_masks_.empty()) row_masks_.resize(n);
  // On several threads, the masks the pass will use are computed here, each thread taking a
  // share of the rows; enter_row() then finds them kept.
  constexpr std::uint32_t kRowsPerThread = 500;
  const std::uint32_t threads = std::min<std::uint32_t>(o_.threads, n / kRowsPerThread);
  if (threads < 2) return;
  std::vector<KeyMasks> tables(threads - 1);  // the other threads' tables
  in_parallel(threads, [&](std::size_t part) {
    KeyMasks& table = part == 0 ? row_table_ : tables[part - 1];
    for (auto r = static_cast<std::uint32_t>(n * part / threads);
         r < static_cast<std::uint32_t>(n * (part + 1) / threads); ++r)
      if (const RowReach x = reach(r); x.end_lo <= x.end_hi)
        row_masks(r, x.mask_lo, x.end_hi, table);
  });
}

// Source sentence i-1 is complete from row i on: its masks against the target sentences that
// blocks ending in rows i to i+max_src-1 reach, and its coverage terms for those blocks. Then the
// coverage terms of the target sentences of blocks ending in row i.
void Scorer::enter_row(std::uint32_t i) const {
  row_ = i;
  for (std::uint32_t a = 1; a <= max_src_; ++a) recent_[a] = &rows_[(i + max_src_ - a) % max_src_];
  if (i == 0 || i >= lo_.size()) return;
  const auto m = static_cast<std::uint32_t>(tgt_.sentences.size());
  const std::uint32_t r = i - 1;
  RowCache& rc = rows_[r % max_src_];
  rc.sentence = r;
  const auto [end_lo, end_hi, mask_lo] = reach(r);
  rc.end_lo = end_lo;
  rc.mask_lo = mask_lo;
  rc.masks = nullptr;
  rc.mask_count = 0;
  rc.terms.clear();
  if (end_lo <= end_hi) {
    rc.masks = row_masks(r, rc.mask_lo, end_hi, row_table_);
    rc.mask_count = end_hi - rc.mask_lo;
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
      const RowCache& above = *recent_[a];
      if (a > i || above.sentence != i - a || c < above.mask_lo ||
          c - above.mask_lo >= above.mask_count) {
        tgt_terms_.push_back(-1);
        continue;
      }
      mask |= above.masks[c - above.mask_lo].tgt;
      tgt_terms_.push_back(term(tgt_, tgt_.sentences[c], mask, a));
    }
  }
}

Scorer::RowReach Scorer::reach(std::uint32_t r) const {
  const auto n = static_cast<std::uint32_t>(src_.sentences.size());
  const auto m = static_cast<std::uint32_t>(tgt_.sentences.size());
  RowReach x{m, 0, 0};
  for (std::uint32_t k = r + 1; k <= std::min(n, r + max_src_); ++k) {
    x.end_lo = std::min(x.end_lo, lo_[k]);
    x.end_hi = std::max(x.end_hi, std::min(hi_[k], m));
  }
  x.mask_lo = x.end_lo >= max_tgt_ ? x.end_lo - max_tgt_ : 0;
  return x;
}

const PairMasks* Scorer::row_masks(std::uint32_t r, std::uint32_t lo, std::uint32_t hi,
                                   KeyMasks& table) const {
  RowMasks& known = row_masks_[r];
  const auto known_hi = static_cast<std::uint32_t>(known.lo + known.masks.size());
  if (!known.masks.empty() && lo >= known.lo && hi <= known_hi)
    return known.masks.data() + (lo - known.lo);
  // Grow the known range to cover [lo, hi); only the new cells are computed.
  const std::uint32_t new_lo = known.masks.empty() ? lo : std::min(lo, known.lo);
  const std::uint32_t new_hi = known.masks.empty() ? hi : std::max(hi, known_hi);
  std::vector<PairMasks> masks(new_hi - new_lo);
  std::copy(known.masks.begin(), known.masks.end(), masks.begin() + (known.lo - new_lo));
  table.build(src_, src_.sentences[r]);
  for (std::uint32_t c = new_lo; c < new_hi; ++c)
    if (known.masks.empty() || c < known.lo || c >= known_hi)
      masks[c - new_lo] = shared(table, tgt_, tgt_.sentences[c]);
  known.lo = new_lo;
  known.masks = std::move(masks);
  return known.masks.data() + (lo - known.lo);
}

void Scorer::all_masks() const {
  const auto n = static_cast<std::uint32_t>(src_.sentences.size());
  const auto m = static_cast<std::uint32_t>(tgt_.sentences.size());
  row_masks_.assign(n, RowMasks{});
  for (RowMasks& row : row_masks_) row.masks.assign(m, PairMasks{});
  // The source side's keys: for each key, a list of (sentence, bits of its tokens with the key),
  // newest first, linked through `next` from `head`.
  Key keys = 0;
  for (const Key x : src_.keys) keys = std::max(keys, x + 1);
  std::vector<std::uint32_t> head(keys, kNone), next, sentence;
  std::vector<std::uint64_t> bits;
  for (std::uint32_t i = 0; i < n; ++i) {
    const SentenceKeys& s = src_.sentences[i];
    for (std::uint32_t k = s.begin; k < s.end; ++k) {
      const std::uint64_t bit = std::uint64_t{1} << ((k - s.begin) % 64);
      for (const Key* x = src_.keys_begin(src_.tokens[k]); x != src_.keys_end(src_.tokens[k]);
           ++x) {
        std::uint32_t& h = head[*x];
        if (h != kNone && sentence[h] == i) {
          bits[h] |= bit;
          continue;
        }
        next.push_back(h);
        sentence.push_back(i);
        bits.push_back(bit);
        h = static_cast<std::uint32_t>(bits.size() - 1);
      }
    }
  }
  for (std::uint32_t j = 0; j < m; ++j) {
    const SentenceKeys& t = tgt_.sentences[j];
    for (std::uint32_t k = t.begin; k < t.end; ++k) {
      const std::uint64_t bit = std::uint64_t{1} << ((k - t.begin) % 64);
      for (const Key* x = tgt_.keys_begin(tgt_.tokens[k]); x != tgt_.keys_end(tgt_.tokens[k]);
           ++x) {
        if (*x >= keys) continue;
        for (std::uint32_t e = head[*x]; e != kNone; e = next[e]) {
          PairMasks& cell = row_masks_[sentence[e]].masks[j];
          cell.src |= bits[e];
          cell.tgt |= bit;
        }
      }
    }
  }
}

PairMasks Scorer::pair_masks(std::uint32_t i, std::uint32_t j) const {
  if (const auto& kept = owner_ ? owner_->row_masks_ : row_masks_; !kept.empty()) {
    const RowMasks& known = kept[i];
    if (j >= known.lo && j - known.lo < known.masks.size()) return known.masks[j - known.lo];
  }
  // One table serves a run of calls: the source sentence's against several target sentences, or
  // a target sentence's against several source sentences (the masks' sides then swapped). A
  // table is built for the side that stayed the same since the last call.
  const std::uint32_t last_j = last_j_;
  last_j_ = j;
  const bool use_column = direct_row_ != i && (column_ == j || last_j == j);
  if (!use_column) {
    if (direct_row_ != i) {
      direct_table_.build(src_, src_.sentences[i]);
      direct_row_ = i;
    }
    return shared(direct_table_, tgt_, tgt_.sentences[j]);
  }
  if (column_ != j) {
    column_table_.build(tgt_, tgt_.sentences[j]);
    column_ = j;
  }
  const PairMasks swapped = shared(column_table_, src_, src_.sentences[i]);
  return {swapped.tgt, swapped.src};
}

Scorer::Block Scorer::block_masks(std::uint32_t i0, std::uint32_t i1, std::uint32_t j0,
                                  std::uint32_t j1) const {
  Block b;
  for (std::uint32_t i = i0; i < i1; ++i) {
    for (std::uint32_t j = j0; j < j1; ++j) {
      const PairMasks m = pair_masks(i, j);
      b.src[i - i0] |= m.src;
      b.tgt[j - j0] |= m.tgt;
    }
  }
  return b;
}

double Scorer::term(const SideKeys& side, const SentenceKeys& s, std::uint64_t mask,
                    std::uint32_t others) const {
  if (mask == 0) return 1.0;  // what the formula gives: a share of 0 (or the base) is no match
  const double base = base_for(others);
  const double t = s.total;
  const double share = t > 0 ? weight_of(side, s, mask) / t : base;
  return 1.0 - std::clamp((share - base) / (1.0 - base), 0.0, 1.0);
}

bool Scorer::cached_uncovered(std::uint32_t i0, std::uint32_t i1, std::uint32_t j0,
                              std::uint32_t j1, double& sum) const {
  const std::uint32_t a = i1 - i0, b = j1 - j0;
  if (i1 != row_ || a > max_src_ || b > max_tgt_) return false;
  sum = 0;
  for (std::uint32_t i = i0; i < i1; ++i) {
    const RowCache& rc = *recent_[i1 - i];
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

double Scorer::base_for(std::uint32_t k) const {
  return k < bases_.size() ? bases_[k] : 1.0 - std::pow(1.0 - baseline_, k);
}

double Scorer::random_baseline() const {
  const std::size_t n = src_.sentences.size(), m = tgt_.sentences.size();
  if (n == 0 || m == 0) return 0;
  std::mt19937 rng(12345);
  constexpr std::size_t kSamples = 300;
  std::array<std::pair<std::uint32_t, std::uint32_t>, kSamples> pairs;
  for (auto& [i, j] : pairs) {
    i = static_cast<std::uint32_t>(rng() % n);
    j = static_cast<std::uint32_t>(rng() % m);
  }
  // Visited row by row, so that each row's key table is built once; summed in drawing order.
  std::array<std::uint32_t, kSamples> order;
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(),
            [&](std::uint32_t a, std::uint32_t b) { return pairs[a] < pairs[b]; });
  // A document small enough for the exhaustive search has the masks of every sentence pair
  // computed there: those of the rows drawn are computed now, whole, and kept for it.
  if (std::uint64_t(n + 1) * (m + 1) <= o_.search.max_full_cells) all_masks();
  std::array<double, kSamples> values;
  for (const std::uint32_t k : order) {
    const auto [i, j] = pairs[k];
    values[k] = similarity(i, i + 1, j, j + 1);
  }
  double sum = 0;
  for (const double v : values) sum += v;
  return std::min(sum / kSamples, 0.9);
}

}  // namespace wirealign::align
