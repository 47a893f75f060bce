// A stable hash (FNV-1a, 64 bits): the same value on every platform and in every run, for
// fingerprints and file keys that must survive across runs.
#pragma once

#include <cstdint>
#include <string_view>

namespace wirealign {

// Hashes a sequence of fields; each add() ends its field, so ("ab", "c") differs from ("a", "bc").
struct StableHash {
  std::uint64_t value = 14695981039346656037ull;
  void add(std::string_view field) {
    for (const char c : field) {
      value ^= static_cast<unsigned char>(c);
      value *= 1099511628211ull;
    }
    value ^= 0x1f;
    value *= 1099511628211ull;
  }
};

}  // namespace wirealign
