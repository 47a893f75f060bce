// Tests of the length-ratio check.
#include <catch2/catch.hpp>

#include "support/checked_pair.h"
#include "wirealign/check/checks.h"
#include "wirealign/check/news_pair.h"

namespace {

using namespace wirealign;
using testing::kNewsEn;
using testing::kNewsFr;
using testing::lines;

std::vector<Finding> ratios(const testing::CheckedPair& p) {
  return check::make_length_ratio(p.setup())->run(*p.context);
}

}  // namespace

TEST_CASE("length-ratio: a faithful translation has none", "[check]") {
  const testing::CheckedPair p(lines(kNewsEn), lines(kNewsFr), true, "en", "fr", true);
  CHECK(ratios(p).empty());
}

TEST_CASE("length-ratio: a padded translation is reported", "[check]") {
  auto fr = kNewsFr;
  fr[8] = "La base a été modernisée en 2019 avec de nouveaux hélicoptères et de l'artillerie, "
          "une opération qui, selon plusieurs sources proches du ministère russe de la Défense, "
          "aurait coûté des centaines de millions de roubles et mobilisé des ingénieurs venus "
          "de toute la Russie pendant de longs mois de travaux.";
  const testing::CheckedPair p(lines(kNewsEn), lines(fr), true, "en", "fr", true);
  const auto found = ratios(p);
  REQUIRE(found.size() == 1);
  CHECK(found[0].src_sentences == std::vector<std::uint32_t>{8});
  CHECK(found[0].tgt_sentences == std::vector<std::uint32_t>{8});
  CHECK(found[0].message.find("longer") != std::string::npos);
}
