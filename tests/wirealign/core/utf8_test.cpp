// Tests of the UTF-8 helpers: validation offsets, decoding forwards and backwards, encoding.
#include "wirealign/core/utf8.h"

#include <catch2/catch.hpp>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace utf8 = wirealign::utf8;
using namespace std::string_literals;

// The code points of `s` and the byte offset each starts at, decoded with next().
struct Decoded {
  std::vector<char32_t> code_points;
  std::vector<std::size_t> starts;
};

Decoded forwards(std::string_view s) {
  Decoded d;
  std::size_t i = 0;
  while (i < s.size()) {
    d.starts.push_back(i);
    const std::size_t before = i;
    d.code_points.push_back(utf8::next(s, i));
    REQUIRE(i > before);  // next() must always make progress
  }
  return d;
}

// The same, decoded from the end with prev(), returned in reading order.
Decoded backwards(std::string_view s) {
  Decoded d;
  std::size_t i = s.size();
  while (i > 0) {
    const std::size_t before = i;
    const char32_t c = utf8::prev(s, i);
    REQUIRE(i < before);  // prev() must always move back
    d.code_points.insert(d.code_points.begin(), c);
    d.starts.insert(d.starts.begin(), i);
  }
  return d;
}

std::string encode(const std::vector<char32_t>& code_points) {
  std::string out;
  for (char32_t c : code_points) utf8::append(out, c);
  return out;
}

}  // namespace

TEST_CASE("find_invalid accepts well-formed UTF-8", "[core]") {
  CHECK(utf8::find_invalid("") == std::nullopt);
  CHECK(utf8::find_invalid("plain ASCII, with\ttabs\nand newlines") == std::nullopt);
  CHECK(utf8::find_invalid("\0embedded NUL"s) == std::nullopt);
  CHECK(utf8::find_invalid("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80 \xC2\xAB\xC2\xBB") ==
        std::nullopt);
  // Edges of the valid ranges: U+0080, U+07FF, U+0800, U+D7FF, U+E000, U+FFFF, U+10000,
  // U+10FFFF.
  CHECK(utf8::find_invalid("\xC2\x80\xDF\xBF\xE0\xA0\x80\xED\x9F\xBF\xEE\x80\x80\xEF\xBF\xBF"
                           "\xF0\x90\x80\x80\xF4\x8F\xBF\xBF") == std::nullopt);
}

TEST_CASE("find_invalid reports the first byte of a truncated sequence", "[core]") {
  CHECK(utf8::find_invalid("\xC3") == 0u);
  CHECK(utf8::find_invalid("ab\xE2\x82") == 2u);         // 3-byte sequence cut at the end
  CHECK(utf8::find_invalid("ab\xF0\x9F\x98") == 2u);     // 4-byte sequence cut at the end
  CHECK(utf8::find_invalid("\xC3\xA9\xE2\x82z") == 2u);  // cut short by an ASCII byte
  CHECK(utf8::find_invalid("x\xF0\x9F y") == 1u);
  CHECK(utf8::find_invalid("\xC3\x28") == 0u);
}

TEST_CASE("find_invalid refuses overlong forms and code points above U+10FFFF", "[core]") {
  CHECK(utf8::find_invalid("\xC0\x80") == 0u);              // U+0000 in two bytes
  CHECK(utf8::find_invalid("ok \xC1\xBF") == 3u);           // U+007F in two bytes
  CHECK(utf8::find_invalid("a\xE0\x80\x80") == 1u);         // U+0000 in three bytes
  CHECK(utf8::find_invalid("\xE0\x9F\xBF") == 0u);          // U+07FF in three bytes
  CHECK(utf8::find_invalid("ab\xF0\x8F\xBF\xBF") == 2u);    // U+FFFF in four bytes
  CHECK(utf8::find_invalid("\xF4\x90\x80\x80") == 0u);      // U+110000
  CHECK(utf8::find_invalid("\xF5\x80\x80\x80") == 0u);      // lead byte never valid
  CHECK(utf8::find_invalid("\xF8\x88\x80\x80\x80") == 0u);  // old five-byte form
}

TEST_CASE("find_invalid refuses encoded surrogates", "[core]") {
  CHECK(utf8::find_invalid("\xED\xA0\x80") == 0u);              // U+D800
  CHECK(utf8::find_invalid("abc\xED\xBF\xBF") == 3u);           // U+DFFF
  CHECK(utf8::find_invalid("\xED\xA0\xBD\xED\xB8\x80") == 0u);  // CESU-8 pair for U+1F600
}

TEST_CASE("find_invalid reports the offset of a stray continuation byte", "[core]") {
  CHECK(utf8::find_invalid("\x80") == 0u);
  CHECK(utf8::find_invalid("abc\xBF") == 3u);
  CHECK(utf8::find_invalid("\xC3\xA9\xA9") == 2u);  // one continuation byte too many
  CHECK(utf8::find_invalid("\xE2\x82\xAC\x80\xE2\x82\xAC") == 3u);
  CHECK(utf8::find_invalid("a\x80"
                           "b\xFF") == 1u);  // the first of several
  CHECK(utf8::find_invalid("\xFE\xFF") == 0u);
}

TEST_CASE("next and prev walk mixed text in both directions", "[core]") {
  // a, e acute (2 bytes), euro (3), grinning face (4), space, z, newline, guillemets (2 each).
  const std::string s = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80 z\n\xC2\xAB\xC2\xBB";
  const std::vector<char32_t> code_points = {U'a', U'\u00E9', U'\u20AC', U'\U0001F600', U' ',
                                             U'z', U'\n',     U'\u00AB', U'\u00BB'};
  const std::vector<std::size_t> starts = {0, 1, 3, 6, 10, 11, 12, 13, 15};

  const Decoded f = forwards(s);
  CHECK(f.code_points == code_points);
  CHECK(f.starts == starts);

  const Decoded b = backwards(s);
  CHECK(b.code_points == code_points);
  CHECK(b.starts == starts);

  CHECK(encode(code_points) == s);

  SECTION("prev across a 4-byte sequence far from the start") {
    const std::string t = "0123456789\xF0\x9F\x98\x80";
    std::size_t i = t.size();
    CHECK(utf8::prev(t, i) == U'\U0001F600');
    CHECK(i == 10u);
    CHECK(utf8::prev(t, i) == U'9');
    CHECK(i == 9u);
  }
}

TEST_CASE("next and prev replace malformed sequences with U+FFFD", "[core]") {
  SECTION("next skips the maximal malformed prefix") {
    const std::string s =
        "a\xE2\x82"
        "b";
    std::size_t i = 1;
    CHECK(utf8::next(s, i) == U'\uFFFD');
    CHECK(i == 3u);
    CHECK(utf8::next(s, i) == U'b');
    CHECK(i == 4u);
  }
  SECTION("next on a stray continuation byte advances by one") {
    const std::string s = "\x80x";
    std::size_t i = 0;
    CHECK(utf8::next(s, i) == U'\uFFFD');
    CHECK(i == 1u);
  }
  SECTION("next refuses a surrogate") {
    const std::string s = "\xED\xA0\x80";
    std::size_t i = 0;
    CHECK(utf8::next(s, i) == U'\uFFFD');
    CHECK(i >= 1u);
  }
  SECTION("prev on a stray continuation byte moves back by one") {
    const std::string s = "a\x80";
    std::size_t i = 2;
    CHECK(utf8::prev(s, i) == U'\uFFFD');
    CHECK(i == 1u);
    CHECK(utf8::prev(s, i) == U'a');
    CHECK(i == 0u);
  }
}

TEST_CASE("append encodes every length at its boundaries", "[core]") {
  struct Case {
    char32_t c;
    std::string bytes;
  };
  const std::vector<Case> cases = {
      {U'\0', "\0"s},
      {U'\x7F', "\x7F"},
      {U'\u0080', "\xC2\x80"},
      {U'\u00E9', "\xC3\xA9"},
      {U'\u07FF', "\xDF\xBF"},
      {U'\u0800', "\xE0\xA0\x80"},
      {U'\u20AC', "\xE2\x82\xAC"},
      {U'\uFFFD', "\xEF\xBF\xBD"},
      {U'\uFFFF', "\xEF\xBF\xBF"},
      {U'\U00010000', "\xF0\x90\x80\x80"},
      {U'\U0001F600', "\xF0\x9F\x98\x80"},
      {U'\U0010FFFF', "\xF4\x8F\xBF\xBF"},
  };
  for (const Case& k : cases) {
    CAPTURE(static_cast<std::uint32_t>(k.c));
    std::string out = "x";
    utf8::append(out, k.c);
    CHECK(out == "x" + k.bytes);
  }
}

TEST_CASE("random code points survive append, find_invalid, next and prev", "[core]") {
  std::mt19937 rng(20240611);
  // Draw from each encoding length, never a surrogate.
  std::uniform_int_distribution<int> length(1, 4);
  std::uniform_int_distribution<std::uint32_t> one(0x00, 0x7F), two(0x80, 0x7FF),
      three(0x800, 0xFFFD), four(0x10000, 0x10FFFF);
  for (int round = 0; round < 200; ++round) {
    std::vector<char32_t> code_points;
    const int n = 1 + round % 40;
    for (int k = 0; k < n; ++k) {
      std::uint32_t c = 0;
      switch (length(rng)) {
        case 1:
          c = one(rng);
          break;
        case 2:
          c = two(rng);
          break;
        case 3:
          do c = three(rng);
          while (c >= 0xD800 && c <= 0xDFFF);
          break;
        default:
          c = four(rng);
          break;
      }
      code_points.push_back(static_cast<char32_t>(c));
    }
    const std::string s = encode(code_points);
    CAPTURE(round, s);
    CHECK(utf8::find_invalid(s) == std::nullopt);
    CHECK(forwards(s).code_points == code_points);
    CHECK(backwards(s).code_points == code_points);
    CHECK(backwards(s).starts == forwards(s).starts);
  }
}

TEST_CASE("length counts code points, not bytes", "[core]") {
  CHECK(utf8::length("") == 0);
  CHECK(utf8::length("abc") == 3);
  CHECK(utf8::length("ość") == 3);
  CHECK(utf8::length("ого") == 3);
  CHECK(utf8::length("€𝄞") == 2);
}
