// Lexical evidence shared by the checks: which words of a sentence have a counterpart in given
// sentences of the other side, the document's usual length ratio, and a cut-off tail.
//
//   const check::Coverage c = check::src_coverage(context, 7, {7, 8});  // source 7 vs target 7
//   if (c.share() < 0.2) ...                                            // little evidence
//   for (std::size_t t = 0; t < c.covered.size(); ++t)
//     if (!c.covered[t]) ... context.src_tokens.sentences[7][t] ...      // a word with none
//
// A token is covered when it shares a key with a token of the other sentences:
//   - its number value (1,500 = 1 500),
//   - its accent-stripped, case-folded form (names, acronyms, words spelt alike),
//   - its cognate prefix: the first five letters of a folded word longer than five letters
//     (président / president, gouvernement / government),
//   - a dictionary translation: a target stem among the lexicon's translations of the source
//     stem (maison for house), compared on their first four letters so that stems the two
//     stemmers cut differently still meet. With an empty lexicon only the first three apply.
// These are the keys the aligner scores blocks with, minus the table it learns from the document.
// Tokens weigh as in the aligner: numbers and words of three letters or more 1, shorter words
// 0.3, function words 0.15; weights say how much a token counts as evidence.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "wirealign/annotate/annotate.h"
#include "wirealign/check/check.h"

namespace wirealign::check {

// A range of sentences of one side, [begin, end).
struct Range {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  bool empty() const { return begin >= end; }
};

// Weight of a token as lexical evidence (see above).
double evidence_weight(const annotate::Token& token);

// True for a token that carries content: a number, or a word of three letters or more that is
// not a function word of its language.
bool is_content(const annotate::Token& token);

// Which tokens of one sentence have a counterpart on the other side.
struct Coverage {
  std::vector<bool> covered;  // covered[t] for token t of the sentence
  double covered_weight = 0;  // sum of the weights of the covered tokens
  double total_weight = 0;    // sum of the weights of all tokens
  // covered_weight / total_weight; 0 for a sentence without tokens.
  double share() const { return total_weight > 0 ? covered_weight / total_weight : 0; }
};

// Coverage of the tokens of source sentence `src_sentence` by the target sentences `tgt`.
Coverage src_coverage(const Context& context, std::uint32_t src_sentence, Range tgt);
// Coverage of the tokens of target sentence `tgt_sentence` by the source sentences `src`.
Coverage tgt_coverage(const Context& context, std::uint32_t tgt_sentence, Range src);

// Number of content words of `tokens` (see is_content).
std::size_t content_words(const std::vector<annotate::Token>& tokens);

// Number of content words of `tokens` that `coverage` (of the same sentence) marks covered.
std::size_t covered_content(const std::vector<annotate::Token>& tokens, const Coverage& coverage);

// How much lexical evidence the translated pairs of the document usually have: the norm against
// which one pair is judged. A pair with no evidence in a document whose pairs all have plenty is
// not a translation; where no pair has any (no dictionary, another script), nothing can be said.
struct CoverageNorm {
  // Median over the 1-1 blocks with at least four content words a side of the smaller of their
  // two covered shares. With fewer than 6 such blocks, the expected value for the lexicon: 0.4
  // with a dictionary of some size, else 0 (no evidence to judge by).
  double median = 0;
  std::size_t pairs = 0;  // blocks measured
};

// The coverage norm of the aligned pair in `context`.
CoverageNorm coverage_norm(const Context& context);

// Source sentences `src` and target sentences `tgt` that are not translations of each other:
// both sides long enough to carry evidence (six content words or more), no content word of
// either side with a counterpart on the other (not even a name or a number), in a document whose
// pairs usually share much (norm median 0.35 or more). Returns how sure that is, in [0, 1], or
// nullopt when the pair may well be a translation. Sides of five content words, or a document
// whose pairs share less (norm median 0.2 to 0.35: a smaller dictionary), sharing nothing are
// unrelated doubtfully: kDoubtfullyUnrelated.
std::optional<double> unrelated(const Context& context, Range src, Range tgt,
                                const CoverageNorm& norm);
inline constexpr double kDoubtfullyUnrelated = 0.55;

// Whether the document has too few blocks for their order to vouch for a pair (fewer than four).
bool short_document(const Context& context);

// What each side of a 1-1 block has covered by the other, as shares of its token weight.
struct Shares {
  double src = 0, tgt = 0;
  // "7% of the source words, 9% of the target words".
  std::string describe() const;
};

// A 1-1 block whose sentences share almost nothing, though both are long enough to show some,
// and that is not unrelated (sharing nothing at all): neither side has more than 15 % of its
// token weight covered (40 % where the confidence is 0.05 or below), in a document whose pairs
// usually share 30 % or more, and the block's confidence, which weighs the translation evidence
// of the pair (dictionary, what the aligner learned from the document, numbers, names, length)
// and its place, says it is more likely not a translation than one. Both sides need five content
// words (three in a short document, where nothing else would report such a pair, and where the
// confidence is 0.05 or below); the confidence must be 0.25 or below (0.5 in a short document,
// where the place says nothing, and beside a block of one side only, where the pair may be part
// of a longer line the alignment split).
// Returns the shares, or nullopt.
std::optional<Shares> little_shared(const Context& context, const Bead& bead,
                                    const CoverageNorm& norm);

// The usual length ratio of the document pair: robust statistics of log(target characters /
// source characters) over its 1-1 blocks whose sentences both have at least 20 characters.
struct LengthNorm {
  double median = 0;     // median log ratio (log 1.15 for EN->FR news)
  double spread = 0.25;  // 1.4826 x median absolute deviation, at least 0.12
  std::size_t pairs = 0; // number of blocks measured; with fewer than 8 the defaults stand
  // How many spreads `log_ratio` lies from the median (negative: target shorter than usual).
  double z(double log_ratio) const { return (log_ratio - median) / spread; }
};

// The length norm of the aligned pair in `context`.
LengthNorm length_norm(const Context& context);

// log((target characters + 10) / (source characters + 10)) of the source sentences `src` and
// the target sentences `tgt`, characters counted as code points. The 10 keeps short sentences
// from looking extreme.
double log_length_ratio(const Context& context, Range src, Range tgt);

// Number of code points of a sentence's text.
std::size_t characters(const Sentence& sentence);

// A source sentence whose translation stops short: its head has counterparts in the target, its
// tail (the words from `first_token` on) has none, and the target is shorter than the document's
// norm (or visibly cut: it ends in ",." or leaves a quotation open that the source closes).
struct Truncation {
  std::size_t first_token = 0;  // first token of the untranslated tail
  std::size_t tail_words = 0;   // content words in the tail
  double tail_share = 0;        // share of the sentence's token weight in the tail
  bool cut_mark = false;        // the target ends in a visibly cut way
  // Judged only because the target is far shorter than the norm (a short sentence or a short
  // tail): less sure.
  bool far_only = false;
};

// Looks for a cut-off tail of source sentence `src_sentence` translated by target sentences
// `tgt` (its block). `norm` is length_norm(context).
std::optional<Truncation> truncated_tail(const Context& context, std::uint32_t src_sentence,
                                         Range tgt, const LengthNorm& norm);

// A source sentence whose translation renders only part of it, in any order (a tail cut short
// is truncated_tail's): the target far shorter than the document's norm, rendering the source
// about as much as the document's pairs do, while a large part of the source has no counterpart.
struct PartLeftOut {
  std::vector<Span> missing;      // the runs of source words with no counterpart (two content words
                                  // or more each), in text order
  std::size_t missing_words = 0;  // content words without counterpart
  double factor = 1;              // how many times shorter than the norm the target is
};

// Looks for part of source sentence `src_sentence` left out of target sentence `tgt_sentence`
// (its 1-1 block). `norm` is length_norm(context), `coverage` coverage_norm(context); judged in
// documents of 8 measured pairs or more.
std::optional<PartLeftOut> part_left_out(const Context& context, std::uint32_t src_sentence,
                                         std::uint32_t tgt_sentence, const LengthNorm& norm,
                                         const CoverageNorm& coverage);

// For block `bead` of one sentence on one side and none on the other, the adjacent block of the
// opposite shape (1-0 next to 0-1) whose sentence shares evidence with it: the alignment split a
// translated pair in two, which happens when the translation is cut short. Its index, or none.
std::optional<std::size_t> unaligned_partner(const Context& context, std::size_t bead);

// The tokens of `tokens` as text: "« word word »" quoting from the first to the last token,
// shortened to about `max_bytes` with "…" in the middle. `text` is the side's normalised text.
std::string quote_tokens(const std::string& text, const std::vector<annotate::Token>& tokens,
                         std::size_t first, std::size_t last, std::size_t max_bytes = 80);

// A sentence's text shortened to about `max_bytes` (cut at a word, "…" appended), for messages.
std::string shorten(std::string_view text, std::size_t max_bytes = 80);

}  // namespace wirealign::check
