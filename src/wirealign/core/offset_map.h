// A map from every byte of a normalised text to the byte of the original input it came from, in
// about one byte a byte instead of four: the offsets of each block of 64 bytes are stored as one
// base and a small difference each, and a block whose offsets spread further (markup taken out
// of a web page, a long entity) keeps them whole.
//
//   OffsetMap m;
//   m.push_back(0); m.push_back(3);     // text byte 1 came from original byte 3
//   std::uint32_t at = m[1];            // 3
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace wirealign {

class OffsetMap {
 public:
  // Appends the offset of the next byte.
  void push_back(std::uint32_t offset);
  // The offset of byte i (i < size()).
  std::uint32_t operator[](std::size_t i) const {
    const Block& b = blocks_[i / kBlock];
    return b.wide == kNarrow ? b.base + deltas_[i] : wide_[b.wide + i % kBlock];
  }
  std::size_t size() const { return deltas_.size(); }
  bool empty() const { return deltas_.empty(); }
  std::uint32_t front() const { return (*this)[0]; }
  std::uint32_t back() const { return (*this)[size() - 1]; }
  // Room for n offsets without reallocation.
  void reserve(std::size_t n);
  // Gives back the room reserved beyond size().
  void shrink_to_fit();

 private:
  static constexpr std::size_t kBlock = 64;
  static constexpr std::uint32_t kNarrow = 0xFFFFFFFFu;
  struct Block {
    std::uint32_t base = 0;        // the block's first offset
    std::uint32_t wide = kNarrow;  // kNarrow, or where its offsets start in wide_
  };
  std::vector<Block> blocks_;
  std::vector<std::uint8_t> deltas_;  // offset - base of a narrow block's byte; 0 in a wide one
  std::vector<std::uint32_t> wide_;   // the offsets of the wide blocks, kBlock each
};

}  // namespace wirealign
