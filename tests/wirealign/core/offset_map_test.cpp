// Tests of the compressed byte-offset map: it gives back every offset as a plain vector would,
// whatever their spread.
#include "wirealign/core/offset_map.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <random>
#include <vector>

namespace {

using wirealign::OffsetMap;

// The map of `offsets`, checked against them element by element.
void check_round_trip(const std::vector<std::uint32_t>& offsets) {
  OffsetMap map;
  for (const std::uint32_t x : offsets) map.push_back(x);
  REQUIRE(map.size() == offsets.size());
  for (std::size_t i = 0; i < offsets.size(); ++i) {
    INFO("offset " << i);
    REQUIRE(map[i] == offsets[i]);
  }
  if (!offsets.empty()) {
    CHECK(map.front() == offsets.front());
    CHECK(map.back() == offsets.back());
  }
}

}  // namespace

TEST_CASE("The offset map gives back every offset", "[core]") {
  SECTION("empty") {
    OffsetMap map;
    CHECK(map.empty());
    CHECK(map.size() == 0);
  }
  SECTION("one byte a byte, and characters of several bytes sharing their first offset") {
    std::vector<std::uint32_t> v;
    std::uint32_t at = 3;  // after a byte-order mark
    for (int k = 0; k < 1000; ++k) {
      const int bytes = k % 7 == 0 ? 2 : 1;  // "é" every seventh character
      for (int b = 0; b < bytes; ++b) v.push_back(at);
      at += static_cast<std::uint32_t>(bytes);
    }
    check_round_trip(v);
  }
  SECTION("jumps wider than a byte inside a block (markup taken out), and at a block's start") {
    std::vector<std::uint32_t> v;
    std::uint32_t at = 0;
    for (int k = 0; k < 500; ++k) {
      if (k % 37 == 5) at += 300;    // inside a block
      if (k % 64 == 0) at += 70000;  // at the start of one
      v.push_back(at++);
    }
    check_round_trip(v);
  }
  SECTION("random spreads, including offsets that go back") {
    std::mt19937 rng(7);
    for (int round = 0; round < 20; ++round) {
      std::vector<std::uint32_t> v;
      std::uint32_t at = 0;
      const int n = static_cast<int>(rng() % 700);
      for (int k = 0; k < n; ++k) {
        const std::uint32_t r = rng() % 100;
        if (r < 80)
          at += 1;
        else if (r < 95)
          at += rng() % 200;
        else if (r < 98)
          at += rng() % 100000;
        else
          at -= std::min<std::uint32_t>(at, rng() % 50);
        v.push_back(at);
      }
      check_round_trip(v);
    }
  }
  SECTION("reserving and giving back room keep the offsets") {
    OffsetMap map;
    map.reserve(1000);
    for (std::uint32_t k = 0; k < 130; ++k) map.push_back(k * 3);
    map.shrink_to_fit();
    REQUIRE(map.size() == 130);
    for (std::uint32_t k = 0; k < 130; ++k) REQUIRE(map[k] == k * 3);
  }
}
