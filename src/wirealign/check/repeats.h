// Repeated sentences of one side: sentences whose words are the same as another sentence's
// (case, accents and punctuation ignored). Used by the duplicate and addition checks.
//
//   const auto twin = check::repeated_sentences(context.tgt_tokens);
//   if (twin[k] != check::kNoTwin && twin[k] < k) ...  // k repeats the earlier sentence twin[k]
#pragma once

#include <cstdint>
#include <limits>
#include <vector>

#include "wirealign/annotate/annotate.h"

namespace wirealign::check {

// No other sentence has the same words.
inline constexpr std::uint32_t kNoTwin = std::numeric_limits<std::uint32_t>::max();

// Sentences of fewer words are never taken for repeats ("Pourquoi ?", "(AFP)").
inline constexpr std::size_t kMinRepeatedWords = 3;

// For each sentence of `side`: the first sentence with the same folded words if that is an
// earlier one; for the first of a group, the second one; kNoTwin when it has no twin or fewer
// than kMinRepeatedWords words.
std::vector<std::uint32_t> repeated_sentences(const annotate::Annotated& side);

}  // namespace wirealign::check
