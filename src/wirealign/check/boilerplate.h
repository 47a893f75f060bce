// Republisher boilerplate: share prompts, newsletter and subscription lines, donation appeals,
// decoration lines ("*****"), recognised from the cues of corpora/lang/<tgt>/boilerplate.txt.
// Used by the addition check (to name what was added) and the omission check (a boilerplate line
// the alignment paired with a source sentence does not translate it).
//
//   const check::Boilerplate boilerplate(setup);                  // reads the target's cues
//   if (boilerplate.matches(context.tgt_tokens.sentences[k])) ...
#pragma once

#include <string>
#include <vector>

#include "wirealign/annotate/annotate.h"
#include "wirealign/check/check.h"
#include "wirealign/check/evidence.h"

namespace wirealign::check {

class Boilerplate {
 public:
  // Reads the target language's cues: one phrase per line, compared as whole words with case
  // and accents ignored. No file: only decoration lines are recognised.
  explicit Boilerplate(const Setup& setup);

  // Whether a sentence with these tokens contains a cue, or has no word at all (decoration).
  bool matches(const std::vector<annotate::Token>& tokens) const;

  // Whether target sentence `k`, which the alignment put in a block with the source sentences
  // `src`, is boilerplate that translates none of them (at most a fifth of its words covered).
  bool intruder(const Context& context, std::uint32_t k, Range src) const;

 private:
  std::vector<std::vector<std::string>> cues_;  // folded tokens of each cue
};

// The target sentences of a block without the boilerplate intruders at either end: what really
// translates the block's source sentences. May be empty.
Range translating_part(const Context& context, const Bead& bead, const Boilerplate& boilerplate);

}  // namespace wirealign::check
