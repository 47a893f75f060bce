// A hash table from strings to values for the lookups made once per token (word forms, match
// keys): open addressing over a power-of-two array of slots that keep each key's hash, so that a
// lookup is one probe into a compact array and one string comparison, without the division and
// the node of std::unordered_map.
//
//   StringTable<int> ids;
//   auto [value, added] = ids.try_emplace("maison");  // added: *value is Value{}
//   if (added) *value = 7;
//   const int* found = ids.find("maison");            // 7; nullptr for a key not added
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace wirealign {

template <typename Value>
class StringTable {
 public:
  // The value of `key` and true when this call added it (as Value{}). The pointer is valid until
  // the next key is added.
  std::pair<Value*, bool> try_emplace(std::string_view key) {
    if ((entries_.size() + 1) * 4 > slots_.size() * 3) grow();
    const std::uint64_t h = hash(key);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      Slot& s = slots_[i];
      if (s.entry == kEmpty) {
        s = {h, static_cast<std::uint32_t>(entries_.size())};
        entries_.emplace_back(std::string(key), Value{});
        return {&entries_.back().second, true};
      }
      if (s.hash == h && entries_[s.entry].first == key) return {&entries_[s.entry].second, false};
    }
  }

  // The value of `key`, or nullptr.
  const Value* find(std::string_view key) const {
    if (entries_.empty()) return nullptr;
    const std::uint64_t h = hash(key);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.entry == kEmpty) return nullptr;
      if (s.hash == h && entries_[s.entry].first == key) return &entries_[s.entry].second;
    }
  }

  std::size_t size() const { return entries_.size(); }

  void clear() {
    entries_.clear();
    slots_.clear();
    mask_ = 0;
  }

  // Room for n keys without growing.
  void reserve(std::size_t n) {
    entries_.reserve(n);
    while (slots_.size() * 3 < n * 4) grow();
  }

 private:
  static constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t entry = kEmpty;  // index in entries_
  };

  static std::uint64_t hash(std::string_view key) { return std::hash<std::string_view>{}(key); }

  // Doubles the slots (16 at first) and places every entry again.
  void grow() {
    std::vector<Slot> slots(slots_.empty() ? 16 : slots_.size() * 2);
    mask_ = slots.size() - 1;
    for (const Slot& s : slots_) {
      if (s.entry == kEmpty) continue;
      std::size_t i = s.hash & mask_;
      while (slots[i].entry != kEmpty) i = (i + 1) & mask_;
      slots[i] = s;
    }
    slots_ = std::move(slots);
  }

  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  std::vector<std::pair<std::string, Value>> entries_;
};

}  // namespace wirealign
