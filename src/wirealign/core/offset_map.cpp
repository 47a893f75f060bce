// Block-compressed byte offsets.
#include "wirealign/core/offset_map.h"

#include <limits>

namespace wirealign {

void OffsetMap::push_back(std::uint32_t offset) {
  const std::size_t at = deltas_.size() % kBlock;
  if (at == 0) blocks_.push_back({offset, kNarrow});
  Block& b = blocks_.back();
  if (b.wide == kNarrow) {
    if (offset >= b.base && offset - b.base <= std::numeric_limits<std::uint8_t>::max()) {
      deltas_.push_back(static_cast<std::uint8_t>(offset - b.base));
      return;
    }
    // The block becomes wide: the offsets it has so far move to wide_.
    b.wide = static_cast<std::uint32_t>(wide_.size());
    wide_.resize(wide_.size() + kBlock, 0);
    const std::size_t first = deltas_.size() - at;
    for (std::size_t k = 0; k < at; ++k) {
      wide_[b.wide + k] = b.base + deltas_[first + k];
      deltas_[first + k] = 0;
    }
  }
  wide_[b.wide + at] = offset;
  deltas_.push_back(0);
}

void OffsetMap::reserve(std::size_t n) {
  deltas_.reserve(n);
  blocks_.reserve((n + kBlock - 1) / kBlock);
}

void OffsetMap::shrink_to_fit() {
  deltas_.shrink_to_fit();
  blocks_.shrink_to_fit();
  wide_.shrink_to_fit();
}

}  // namespace wirealign
