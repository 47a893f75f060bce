// Sentence alignment of a document pair: which source sentences correspond to which target
// sentences, as monotone blocks (1-1, 1-2, 2-1, 2-2, 1-3, 3-1, 2-3, 3-2, 1-4, 4-1, and 1-0 / 0-1
// for sentences with no counterpart), each with a confidence.
//
//   wirealign::align::Bilingual lexicon = wirealign::align::Bilingual::from_pairs(
//       wirealign::lexicon::load_freedict("en", "fr").pairs, en_annotator, fr_annotator);
//   wirealign::Alignment a = wirealign::align::align(
//       {en_doc, en_annotator.annotate(en_doc)}, {fr_doc, fr_annotator.annotate(fr_doc)},
//       lexicon, {});
//
// How blocks are scored. Every token carries match keys: its accent-stripped form (names,
// numbers, acronyms and words spelt alike), its number value (1,500 = 1 500), a cognate key (the
// first five letters of words longer than five letters: président / president), and on the
// source side the stems of its dictionary translations (target side: its own stem). A token is
// covered by the other side of a block when they share a key. Each sentence of a block costs 1
// minus the covered share of its token weight (function words and very short tokens weigh
// little), rescaled so that a random sentence of the other side gives 1: every sentence counts
// the same, so a short sentence wrongly merged into a block costs as much as a long one. Added:
// a Gale-Church length cost with the character ratio of the document pair, a cost for each
// sentence left unaligned, and a cost for blocks of three or more sentences. After a first
// alignment, a word translation table is learned from its confident 1-1 blocks (IBM Model 1, EM
// over stems, and over subword pieces when a subword model is given) and the pair is aligned
// again with it.
//
// The search is linear in the document length: anchors are pairs of sentences that share rare
// keys and form a monotone chain, and the dynamic programme runs in a band around them (see
// search.h).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "wirealign/align/bilingual.h"
#include "wirealign/align/search.h"
#include "wirealign/annotate/annotate.h"
#include "wirealign/core/hash.h"
#include "wirealign/core/types.h"
#include "wirealign/lexicon/freedict.h"

namespace wirealign::subword {
class Model;
}  // namespace wirealign::subword

namespace wirealign::align {

using wirealign::StringHash;

// One side of a document pair: its sentences and their tokens.
struct Side {
  const Document& doc;                 // sentences, for their lengths
  const annotate::Annotated& tokens;   // tokens of every sentence of `doc`
};

// Everything that decides an alignment. Defaults were tuned on the development corpora.
struct AlignOptions {
  // The block types the search may use (1-0 and 0-1 included, or sentences cannot be left out).
  // Literary translation joins and splits freely; the five-sentence blocks are worth their cost.
  std::vector<BeadType> bead_types = {{0, 1}, {1, 0}, {1, 1}, {1, 2}, {2, 1}, {2, 2},
                                      {1, 3}, {3, 1}, {2, 3}, {3, 2}, {1, 4}, {4, 1}};
  bool use_dictionary = true;      // match words through the bilingual table
  bool use_cognates = true;        // match words that share their first five letters
  bool use_learned_table = true;   // learn a translation table from a first alignment
  // Learn it over subword units too (when align() is given a subword model), so that words the
  // stems miss (inflections, rare words, transliterations) can meet through their pieces. Off by
  // default: no gain on the development corpora, and about 15% more time.
  bool use_subwords = false;
  double skip_cost = 1.3;          // cost of leaving one sentence unaligned
  // Factor of skip_cost for a sentence that repeats one of the two before it on its side.
  double repeated_skip_factor = 0.3;
  double length_weight = 0.12;     // weight of the Gale-Church length cost (in nats)
  double three_cost = 0.4;         // extra cost of a block of three sentences (2-1, 1-2)
  double four_cost = 0.75;         // extra cost of a block of four sentences (2-2, 1-3, 3-1)
  SearchOptions search;            // band and exhaustive-search limits
  // Threads one alignment may use: the sentence-pair masks of each search pass and the evidence
  // of the blocks of a long document are computed on this many. The result does not depend on it.
  unsigned threads = 1;
  // Throws ConfigError for negative costs or factors, an empty block list, one without 1-1, or a
  // block type with more than four sentences on a side (or none on both), or no thread.
  void validate() const;
};

// Aligns `src` with `tgt`. `subwords`, if not null, is the subword model for the learned table
// (options.use_subwords). Throws Error if the block types make an alignment impossible.
Alignment align(const Side& src, const Side& tgt, const Bilingual& lexicon,
                const AlignOptions& options, const subword::Model* subwords = nullptr);

// Parses a block-type list such as "0-1,1-0,1-1,1-2,2-1" (source-target counts of 1 to 4).
// Throws ConfigError naming the bad item.
std::vector<BeadType> parse_bead_types(const std::string& list);

}  // namespace wirealign::align
