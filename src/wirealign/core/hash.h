// A stable hash (FNV-1a, 64 bits): the same value on every platform and in every run, for
// fingerprints and file keys that must survive across runs; and hash tables keyed by strings that
// are searched with string views.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

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

// Hash of strings that also hashes string views, so that tables keyed by std::string can be
// searched with a std::string_view without building a string.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// A hash table keyed by strings, searched with a string or a string view.
template <typename Value>
using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;

}  // namespace wirealign
