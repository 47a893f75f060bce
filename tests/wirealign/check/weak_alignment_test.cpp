// Tests of the weak-alignment check.
#include <catch2/catch.hpp>

#include "support/checked_pair.h"
#include "wirealign/check/checks.h"
#include "wirealign/check/news_pair.h"

namespace {

using namespace wirealign;
using testing::kNewsEn;
using testing::kNewsFr;
using testing::lines;

std::vector<Finding> weak(const testing::CheckedPair& p) {
  return check::make_weak_alignment(p.setup())->run(*p.context);
}

}  // namespace

TEST_CASE("weak-alignment: a faithful translation has none", "[check]") {
  const testing::CheckedPair p(lines(kNewsEn), lines(kNewsFr), true, "en", "fr", true);
  CHECK(weak(p).empty());
}

TEST_CASE("weak-alignment: a target that says something else is reported", "[check]") {
  auto fr = kNewsFr;
  fr[6] = "Le prix du pain a encore augmenté cette semaine dans les boulangeries parisiennes.";
  const testing::CheckedPair p(lines(kNewsEn), lines(fr), true, "en", "fr", true);
  const auto found = weak(p);
  REQUIRE(found.size() == 1);
  CHECK(found[0].src_sentences == std::vector<std::uint32_t>{6});
  CHECK(found[0].tgt_sentences == std::vector<std::uint32_t>{6});
  CHECK(found[0].severity == Severity::warning);
}
