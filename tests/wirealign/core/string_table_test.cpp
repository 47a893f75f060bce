// Tests of the string hash table: it answers as std::unordered_map does, through growth and clear.
#include "wirealign/core/string_table.h"

#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <unordered_map>

using wirealign::StringTable;

TEST_CASE("The string table finds what was added, and only that", "[core]") {
  StringTable<int> t;
  CHECK(t.size() == 0);
  CHECK(t.find("a") == nullptr);
  auto [v, added] = t.try_emplace("maison");
  CHECK(added);
  CHECK(*v == 0);
  *v = 7;
  auto [w, again] = t.try_emplace(std::string("mai") + "son");
  CHECK_FALSE(again);
  CHECK(*w == 7);
  REQUIRE(t.find("maison") != nullptr);
  CHECK(*t.find("maison") == 7);
  CHECK(t.find("maiso") == nullptr);
  CHECK(t.find("") == nullptr);
  t.try_emplace("");  // the empty string is a key like any other
  CHECK(t.find("") != nullptr);
  CHECK(t.size() == 2);
  t.clear();
  CHECK(t.size() == 0);
  CHECK(t.find("maison") == nullptr);
  CHECK(t.try_emplace("maison").second);
}

TEST_CASE("The string table agrees with std::unordered_map on many keys", "[core]") {
  std::mt19937 rng(42);
  std::uniform_int_distribution<int> letter('a', 'e'), length(0, 6);
  StringTable<std::size_t> t;
  std::unordered_map<std::string, std::size_t> reference;
  t.reserve(100);
  for (int k = 0; k < 20000; ++k) {
    std::string key;
    for (int n = length(rng); n > 0; --n) key += static_cast<char>(letter(rng));
    auto [v, added] = t.try_emplace(key);
    const bool expected = reference.try_emplace(key, reference.size()).second;
    REQUIRE(added == expected);
    if (added) *v = t.size() - 1;
    REQUIRE(*v == reference.at(key));
  }
  REQUIRE(t.size() == reference.size());
  for (const auto& [key, value] : reference) {
    const std::size_t* found = t.find(key);
    REQUIRE(found != nullptr);
    REQUIRE(*found == value);
  }
  CHECK(t.find("abcdefg") == nullptr);  // seven letters: never drawn
}
