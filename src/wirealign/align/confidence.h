// Block confidence: the probability that a block of an alignment is exactly right and that its
// two sides translate each other, so that a corpus can be filtered on it. align() computes it for
// its final blocks, after the search, which it does not change.
//
//   const std::vector<BlockEvidence> e =
//       block_evidence(src_keys, tgt_keys, scorer, beads, lexicon.size());
//   beads[k].confidence = confidence(beads[k], e[k]);
//
// A block with sentences on both sides is judged on two kinds of evidence:
// - translation evidence, which does not depend on the size of the document: the share of each
//   side's token weight that has a counterpart on the other side (dictionary and learned
//   translations, cognates, identical words, names and numbers, names across scripts), and of
//   the worst half of either side, as a share and as the likelihood of its covered content
//   words under a translation against chance, with the longest run of content words without a
//   counterpart (a sentence translated in part), numbers and names that agree or stand alone, and
//   the length ratio against the document's; judged against the share a translated pair of the
//   document usually reaches. A pair with next to no shared evidence is at most 0.5 from three
//   content words a side, wherever it sits;
// - position evidence: the similarity rescaled against random pairs of the document, how much
//   better the block matches than its neighbours and than sentences further away, the length
//   cost, and the block's size.
// A sentence left unaligned is judged on how well it matches the sentences near it on the other
// side. Both models are logistic, fitted by scripts/fit-confidence on the tune half of the
// development corpora with non-translations planted (as scripts/eval-filter plants them).
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "wirealign/align/aligner.h"
#include "wirealign/align/scorer.h"
#include "wirealign/core/types.h"

namespace wirealign::align {

// What the confidence of one block is computed from. Shares are in [0, 1]; counts are of tokens.
struct BlockEvidence {
  // Translation evidence (blocks with both sides).
  double src_share = 0;  // share of the source token weight with a counterpart in the target side
  double tgt_share = 0;  // share of the target token weight with a counterpart in the source side
  // The smallest covered share of the four halves (first and second half of each side's
  // tokens): low when a side is a translation only in part (the rest dropped or unrelated).
  double half_share = 0;
  // The content words of the first and second half of each side's tokens, and how many of them
  // have a counterpart on the other side (half_evidence() weighs them).
  std::array<std::uint32_t, 2> src_half_words{}, src_half_covered{};
  std::array<std::uint32_t, 2> tgt_half_words{}, tgt_half_covered{};
  // The longest run of content words in a row, on either side, with no counterpart on the other.
  std::uint32_t uncovered_run = 0;
  std::uint32_t src_words = 0;     // content words of the source side (see is_content_word)
  std::uint32_t tgt_words = 0;     // content words of the target side
  std::uint32_t numbers = 0;       // numbers of either side with the same value on the other
  std::uint32_t lone_numbers = 0;  // numbers of either side with no counterpart on the other
  std::uint32_t names = 0;         // names of either side (capitalised inside a sentence) matched
  std::uint32_t lone_names = 0;    // names of either side with no counterpart on the other
  // Log of the block's target/source character ratio over the document's, the document's ratio
  // drawn towards 1 when the document has few sentences (negative: the target is shorter).
  double length_delta = 0;
  // The covered share (the smaller of the two sides) that a translated pair of this document
  // usually reaches: the median over its 1-1 blocks of four content words or more, drawn
  // towards a share typical of the dictionary's size when they are few.
  double expected_share = 0;
  // Position evidence.
  double z = 0;            // similarity rescaled against random pairs of the document, in [0, 1]
  double length_cost = 0;  // Scorer::length
  // 1-1 blocks: their similarity minus the best similarity of the source sentence with a
  // neighbour of the target sentence or of the target sentence with a neighbour of the source.
  double margin = 0;
  // 1-1 blocks: the best similarity of either sentence with a sentence of the other side up to
  // twelve sentences away, minus their own (positive: one of them matches better elsewhere).
  double rival = 0;
  // Blocks with one side empty: the best rescaled similarity of the sentence with one of the
  // five sentences nearest to where it would be on the other side.
  double neighbour_z = 0;
};

// True for a token that carries content: a number, or a word of three bytes or more that is not a
// function word of its language.
bool is_content_word(const annotate::Token& token);

// The evidence of every block of `beads`, in order. `src_keys` and `tgt_keys` are the keys of the
// final pass and `scorer` scores with them; `lexicon_size` is Bilingual::size() of the
// dictionary used (it sets the expected share of short documents).
std::vector<BlockEvidence> block_evidence(const SideKeys& src_keys, const SideKeys& tgt_keys,
                                          const Scorer& scorer, const std::vector<Bead>& beads,
                                          std::size_t lexicon_size);

// How well the worse half of one side is covered, as a log-likelihood ratio: the counts of its
// covered content words (`covered` of `words` in each half) under a translation, where a content
// word has a counterpart as often as a translated pair of the document usually gives one
// (`expected_share`), against a text unrelated to the other side, where one content word in
// twelve finds one by chance. Negative when a half looks unrelated; clipped to [-8, 6].
double half_evidence(const std::array<std::uint32_t, 2>& words,
                     const std::array<std::uint32_t, 2>& covered, double expected_share);

// The confidence of block `bead` from its evidence, in [0, 1].
double confidence(const Bead& bead, const BlockEvidence& evidence);

// An alignment with the evidence of each of its blocks (evidence[k] for alignment.beads[k]).
struct Explained {
  Alignment alignment;
  std::vector<BlockEvidence> evidence;
};

// align(), with the evidence of each block.
Explained explain(const Side& src, const Side& tgt, const Bilingual& lexicon,
                  const AlignOptions& options, const subword::Model* subwords = nullptr);

}  // namespace wirealign::align
