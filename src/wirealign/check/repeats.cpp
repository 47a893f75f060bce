// Repeated sentences of one side.
#include "wirealign/check/repeats.h"

#include <string>
#include <unordered_map>

namespace wirealign::check {

std::vector<std::uint32_t> repeated_sentences(const annotate::Annotated& side) {
  const auto n = static_cast<std::uint32_t>(side.sentences.size());
  std::vector<std::uint32_t> twin(n, kNoTwin);
  std::unordered_map<std::string, std::uint32_t> first;
  for (std::uint32_t k = 0; k < n; ++k) {
    const auto& tokens = side.sentences[k];
    if (tokens.size() < kMinRepeatedWords) continue;
    std::string key;
    for (const auto& t : tokens) {
      key += t.folded();
      key += ' ';
    }
    const auto [it, added] = first.try_emplace(std::move(key), k);
    if (added) continue;
    twin[k] = it->second;
    if (twin[it->second] == kNoTwin) twin[it->second] = k;
  }
  return twin;
}

}  // namespace wirealign::check
