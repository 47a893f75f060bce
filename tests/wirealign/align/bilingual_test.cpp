// Tests of the translation table's flat image: lookups, order, images read back, damaged images.
#include "wirealign/align/bilingual.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace {

using namespace wirealign::align;

std::vector<std::string> targets(const Bilingual& b, std::string_view stem) {
  std::vector<std::string> out;
  for (const std::string_view t : b.translations(stem)) out.emplace_back(t);
  return out;
}

StemTable many(std::size_t n) {
  StemTable table;
  for (std::size_t i = 0; i < n; ++i)
    table["s" + std::to_string(i)] = {"t" + std::to_string(i), "u" + std::to_string(i * 7)};
  return table;
}

TEST_CASE("a table finds every stem's targets in their order, and nothing else", "[align]") {
  const StemTable table = many(5000);
  const Bilingual b(table);
  CHECK(b.size() == 5000);
  for (std::size_t i = 0; i < 5000; i += 37) {
    const std::string stem = "s" + std::to_string(i);
    CHECK(b.has(stem));
    CHECK(b.translations(stem).size() == 2);
    CHECK(targets(b, stem) == table.at(stem));
  }
  CHECK_FALSE(b.has("s5000"));
  CHECK_FALSE(b.has(""));
  CHECK_FALSE(b.translations("t1"));
  CHECK(b.entries() == table);
  // Targets keep the order they were added in, not sorted.
  Bilingual c;
  CHECK(c.size() == 0);
  CHECK_FALSE(c.has("hous"));
  c.add("hous", "maison");
  c.add("hous", "domicil");
  c.add("hous", "maison");
  CHECK(targets(c, "hous") == std::vector<std::string>{"maison", "domicil"});
  CHECK(targets(c, "café").empty());
}

TEST_CASE("an image reads back as the same table, and a damaged one is refused", "[align]") {
  const Bilingual b(many(300));
  const std::string prefix = "header";
  auto bytes = std::make_shared<const std::string>(prefix + std::string(b.image()));
  const auto back = Bilingual::from_image(bytes, std::string_view(*bytes).substr(prefix.size()));
  REQUIRE(back);
  CHECK(back->entries() == b.entries());
  CHECK(targets(*back, "s17") == std::vector<std::string>{"t17", "u119"});
  CHECK(back->image() == b.image());
  // Every truncation, and every byte changed in the index and the entries' length fields, is
  // refused or reads consistently; none reads past the bytes.
  const std::string image(b.image());
  for (std::size_t n = 0; n < image.size(); n += 7)
    CHECK_FALSE(Bilingual::from_image(nullptr, std::string_view(image).substr(0, n)));
  std::size_t refused = 0;
  for (std::size_t at = 0; at < image.size(); at += 5) {
    std::string damaged = image;
    damaged[at] = static_cast<char>(damaged[at] ^ 0x40);
    const auto d = Bilingual::from_image(nullptr, damaged);
    if (!d) {
      ++refused;
      continue;
    }
    for (const auto& [stem, list] : d->entries()) CHECK(targets(*d, stem).size() <= list.size());
  }
  CHECK(refused > 0);
}

}  // namespace
