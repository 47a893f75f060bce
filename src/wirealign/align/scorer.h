// The block cost model of the aligner: match keys of the tokens of each side, stored per word
// form, and the Scorer that turns shared keys, lengths and block sizes into block costs. Used by
// align() (aligner.h); separate so that it can be tested on its own.
//
//   KeySpace space;
//   SideKeys src = index_side({en_doc, en_tokens}), tgt = index_side({fr_doc, fr_tokens});
//   assign_keys(src, true, &lexicon, nullptr, nullptr, options, space);
//   assign_keys(tgt, false, nullptr, nullptr, nullptr, options, space);
//   Scorer scorer(src, tgt, options);            // while src, tgt and options live
//   double c = scorer.cost(0, 1, 0, 2);          // source sentence 0 against target 0 and 1
//
// Every token has match keys: its accent-stripped form (names, numbers, acronyms and words spelt
// alike), its number value, a cognate key (the first five letters of longer words), on the
// source side the target stems of its dictionary and learned translations, on the target side
// its own stem, and optionally subword keys (see assign_keys). A token is covered by the other
// side of a block when they share a key.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "wirealign/align/aligner.h"
#include "wirealign/align/search.h"
#include "wirealign/annotate/annotate.h"
#include "wirealign/core/string_table.h"

namespace wirealign::align {

using Key = std::uint32_t;
constexpr Key kNoKey = 0xFFFFFFFFu;
constexpr std::uint32_t kNone = 0xFFFFFFFFu;
constexpr std::uint32_t kMaxSide = 4;  // sentences a side of a block joins, at most

// Weight of a token in the similarity, by class: function words and very short tokens carry
// little.
enum WeightClass : std::uint8_t { kHeavy = 0, kMedium = 1, kLight = 2 };
constexpr std::array<float, 3> kClassWeight = {1.0f, 0.3f, 0.15f};

// Interned key strings ("i" + accent-stripped form, "t" + target stem, ...).
class KeySpace {
 public:
  // The number of `s`, added if new; numbers are 0, 1, 2, ... in order of arrival.
  Key id(std::string_view s);
  // id() of the key string `tag` followed by `s` ("t" "maison": a target stem).
  Key id(char tag, std::string_view s) {
    buffer_.assign(1, tag);
    buffer_ += s;
    return id(buffer_);
  }
  // Number of keys.
  std::size_t size() const { return ids_.size(); }
  // Room for n keys without rehashing.
  void reserve(std::size_t n) { ids_.reserve(n); }

 private:
  StringTable<Key> ids_;
  std::string buffer_;  // id(tag, s) builds its key string here
};

// One sentence: its tokens (as word forms) and their weights.
struct SentenceKeys {
  std::uint32_t begin = 0, end = 0;  // its tokens in SideKeys::tokens
  std::uint32_t slots = kNone;       // over 64 tokens: first of its 64 weights in SideKeys::slots
  // The bits (token index mod 64) of each weight class, so that the covered weight of a sentence
  // of at most 64 tokens is three bit counts.
  std::uint64_t heavy = 0, medium = 0, light = 0;
  float total = 0;        // sum of token weights
  bool repeated = false;  // same text as one of the two sentences before it
};

// The match keys of one side. Keys belong to word forms and every token is a word form, so a
// document's keys take little room: one form number per token.
struct SideKeys {
  std::vector<std::uint32_t> tokens;  // word form of every token, sentence after sentence
  std::vector<SentenceKeys> sentences;
  std::vector<float> slots;                   // token weight by bit (index mod 64), long sentences
  std::vector<double> chars;                  // chars[s]: code points of the sentences before s
  std::vector<const annotate::Token*> forms;  // one token of each word form (views into Side)
  std::vector<std::uint8_t> form_class;       // WeightClass of each word form
  std::vector<std::uint32_t> form_begin;  // keys of form f: keys[form_begin[f], form_begin[f + 1])
  std::vector<Key> keys;

  const Key* keys_begin(std::uint32_t form) const { return keys.data() + form_begin[form]; }
  const Key* keys_end(std::uint32_t form) const { return keys.data() + form_begin[form + 1]; }
};

// A learned translation table: source stems to target stems.
using Learned = StemTable;

// The word forms, weights and lengths of `side`; keys come from assign_keys(). Points into
// `side`, which must outlive the result.
SideKeys index_side(const Side& side);

// Sets the keys of every word form of `side` (replacing earlier ones): its accent-stripped form
// or number value, its cognate prefix (options.use_cognates), and on a source side the target
// stems of its translations in `lexicon` (options.use_dictionary) and `learned`; on a target
// side its own stem. Then the keys in `extra`[form], if any (whole key strings, such as the
// "u" + subword keys of align()). `lexicon`, `learned` and `extra` may be null.
void assign_keys(SideKeys& side, bool source, const Bilingual* lexicon, const Learned* learned,
                 const std::vector<std::vector<std::string>>* extra, const AlignOptions& options,
                 KeySpace& space);

// Adds to the keys assign_keys() gave a source side, form by form, the target stems of its
// translations in `learned` and the keys in `extra`[form]: the keys assign_keys() would give
// with them, without looking the dictionary up again.
void add_keys(SideKeys& side, const Learned* learned,
              const std::vector<std::vector<std::string>>* extra, KeySpace& space);

// The keys of one sentence, each with the bits of the sentence's tokens that have it: an
// open-addressing hash table, rebuilt for each sentence it is used for.
class KeyMasks {
 public:
  // Fills the table with the keys of sentence `s` of `side`.
  void build(const SideKeys& side, const SentenceKeys& s);
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

// The tokens of a sentence pair that share a key with the other sentence (bit k for token k mod
// 64).
struct PairMasks {
  std::uint64_t src = 0;  // tokens of the source sentence
  std::uint64_t tgt = 0;  // tokens of the target sentence
};

// Masks of the source sentence in `row` and target sentence `t` of `tgt`.
PairMasks shared(const KeyMasks& row, const SideKeys& tgt, const SentenceKeys& t);

// Weight of the tokens of `s` (a sentence of `side`) whose bits are set in `mask`.
float weight_of(const SideKeys& side, const SentenceKeys& s, std::uint64_t mask);

// -log P(|delta| > observed) for the Gale-Church length model with the target/source character
// ratio `ratio`, read from a table (capped at 25 nats).
double length_cost(double src_chars, double tgt_chars, double ratio);

// The cost model of one document pair with fixed keys: for a block, the sum over its sentences of
// how badly each is covered by the other side (uncovered()), a length cost and a cost for blocks
// of three or more sentences; a fixed cost for each sentence left unaligned. During a search pass
// it computes the coverage of each sentence by each run of one to four sentences of the other
// side once, row by row (prepare() and enter_row()), and sums them for every block; other calls
// compute directly, with the same result. Not thread-safe (it caches); one per search.
class Scorer : public CostModel {
 public:
  // Keeps references to all three arguments.
  Scorer(const SideKeys& src, const SideKeys& tgt, const AlignOptions& options);
  // A scorer for another thread: it gives the same values and reads the masks this one has
  // kept, which must not change while it is used (no search runs on this one meanwhile).
  Scorer reader() const;
  // AlignOptions::threads.
  unsigned threads() const { return o_.threads; }

  // Covered-weight share of both sides of the block, in [0, 1].
  double similarity(std::uint32_t i0, std::uint32_t i1, std::uint32_t j0, std::uint32_t j1) const;
  // Similarity rescaled so that random sentence pairs of this document score 0, in [0, 1].
  double z(std::uint32_t i0, std::uint32_t i1, std::uint32_t j0, std::uint32_t j1) const;
  // Sum over the sentences of the block of how badly each is covered by the other side: 1 minus
  // its covered share, rescaled so that a random sentence of the other side gives 1. Every
  // sentence counts the same, so a short sentence wrongly merged into a block costs as much as a
  // long one.
  double uncovered(std::uint32_t i0, std::uint32_t i1, std::uint32_t j0, std::uint32_t j1) const;
  // The Gale-Church length cost of the block.
  double length(std::uint32_t i0, std::uint32_t i1, std::uint32_t j0, std::uint32_t j1) const;
  // Extra cost of a block of n sentences.
  double size_cost(std::uint32_t n) const;

  double cost(std::uint32_t i0, std::uint32_t i1, std::uint32_t j0,
              std::uint32_t j1) const override;
  // Skips the length cost when the rest already reaches `limit`.
  double cost_below(std::uint32_t i0, std::uint32_t i1, std::uint32_t j0, std::uint32_t j1,
                    double limit) const override;
  double minimum(std::uint32_t src, std::uint32_t tgt) const override;
  void prepare(const std::vector<std::uint32_t>& lo,
               const std::vector<std::uint32_t>& hi) const override;
  void enter_row(std::uint32_t i) const override;

 private:
  Scorer(const Scorer& owner, int);  // reader()

  struct Block {  // masks of the sentences of a block: src[k] for source sentence i0 + k
    std::array<std::uint64_t, kMaxSide> src{}, tgt{};
  };
  // The masks of one source sentence with the target sentences [lo, lo + masks.size()), kept for
  // the life of the Scorer: the passes of a search visit much the same cells.
  struct RowMasks {
    std::uint32_t lo = 0;
    std::vector<PairMasks> masks;
  };
  // What a search pass has computed for one source sentence.
  struct RowCache {
    std::uint32_t sentence = kNone;  // the source sentence, kNone when empty
    std::uint32_t mask_lo = 0;       // masks[c - mask_lo]: with target sentence c
    const PairMasks* masks = nullptr;  // into row_masks_[sentence]
    std::uint32_t mask_count = 0;
    std::uint32_t end_lo = 0;   // terms[(j - end_lo) * max_tgt_ + b - 1]: covered by [j - b, j)
    std::vector<double> terms;  // -1 where not computed
  };

  // What the blocks that end in rows r + 1 to r + max_src_ of the current pass reach: they end at
  // target positions [end_lo, end_hi] (none when end_lo > end_hi), and use the masks of source
  // sentence r with target sentences [mask_lo, end_hi).
  struct RowReach {
    std::uint32_t end_lo, end_hi, mask_lo;
  };
  RowReach reach(std::uint32_t r) const;
  // The masks of source sentence r with target sentences [lo, hi), computed (with `table`) where
  // not yet known; valid until the next call for r.
  const PairMasks* row_masks(std::uint32_t r, std::uint32_t lo, std::uint32_t hi,
                             KeyMasks& table) const;
  // The masks of every sentence pair, kept in row_masks_ (a document small enough for the
  // exhaustive search). Through an index of the source keys, so the cost follows the keys shared
  // rather than the number of cells.
  void all_masks() const;
  // The masks of source sentence i with target sentence j.
  PairMasks pair_masks(std::uint32_t i, std::uint32_t j) const;
  Block block_masks(std::uint32_t i0, std::uint32_t i1, std::uint32_t j0, std::uint32_t j1) const;
  // How badly sentence `s` is covered (by `others` sentences of the other side) when `mask` are
  // its covered tokens: 1 minus its covered share, rescaled as in uncovered().
  double term(const SideKeys& side, const SentenceKeys& s, std::uint64_t mask,
              std::uint32_t others) const;
  // uncovered() from the terms of the current row; false if one is not there.
  bool cached_uncovered(std::uint32_t i0, std::uint32_t i1, std::uint32_t j0, std::uint32_t j1,
                        double& sum) const;
  // Expected covered share of a sentence by k random sentences of the other side.
  double base_for(std::uint32_t k) const;
  double random_baseline() const;

  const SideKeys& src_;
  const SideKeys& tgt_;
  const AlignOptions& o_;
  double ratio_ = 1;
  double baseline_ = 0;
  std::uint32_t max_src_ = 1, max_tgt_ = 1;      // largest block sides
  std::array<double, 6> bases_{};                // base_for(k) for small k
  mutable std::vector<std::uint32_t> lo_, hi_;   // the band of the current pass
  mutable std::uint32_t row_ = kNone;            // the row being searched
  mutable std::array<RowCache, kMaxSide> rows_;  // source sentence r in rows_[r % max_src_]
  // recent_[a]: where source sentence row_ - a is kept in rows_ (a from 1 to max_src_).
  mutable std::array<const RowCache*, kMaxSide + 1> recent_{};
  mutable std::uint32_t tgt_lo_ = 0;             // tgt_terms_[(c - tgt_lo_) * max_src_ + a - 1]:
  mutable std::vector<double> tgt_terms_;        // target c covered by [row_ - a, row_)
  mutable std::vector<RowMasks> row_masks_;      // by source sentence
  const Scorer* owner_ = nullptr;                // of a reader: the scorer whose masks it reads
  mutable KeyMasks row_table_, direct_table_, column_table_;
  mutable std::uint32_t direct_row_ = kNone;  // the source sentence in direct_table_
  mutable std::uint32_t column_ = kNone;      // the target sentence in column_table_
  mutable std::uint32_t last_j_ = kNone;      // the target sentence of the last pair_masks()
};

}  // namespace wirealign::align
