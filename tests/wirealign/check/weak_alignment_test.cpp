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

TEST_CASE("weak-alignment: a target that says something else is left to omission and addition",
          "[check]") {
  auto fr = kNewsFr;
  fr[6] = "Le prix du pain a encore augmenté cette semaine dans les boulangeries parisiennes.";
  const testing::CheckedPair p(lines(kNewsEn), lines(fr), true, "en", "fr", true);
  CHECK(weak(p).empty());
}

TEST_CASE("weak-alignment: silent where no pair of the document shares words", "[check]") {
  // Without a dictionary, English and Russian sentences share only numbers and names: a pair
  // sharing nothing is then the norm, not a warning.
  const testing::CheckedPair p(
      lines({"The government will hold an emergency meeting about the harvest on Friday.",
             "Farmers in the south have lost most of their wheat to the drought this summer.",
             "The minister promised new subsidies for irrigation and seed next spring."}),
      lines({"Правительство проведёт в пятницу экстренное совещание по урожаю.",
             "Фермеры на юге потеряли этим летом большую часть пшеницы из-за засухи.",
             "Министр пообещал весной новые субсидии на орошение и семена."}),
      true, "en", "ru", false);
  CHECK(weak(p).empty());
}

TEST_CASE("weak-alignment: an unrelated pair is reported even alone in its document", "[check]") {
  // One sentence a side: the place of the pair says nothing, only its confidence does. (Without
  // a dictionary the document gives no norm to judge by, and the check stays silent.)
  const testing::CheckedPair unrelated(lines({"Prices rose 5% in May."}),
                                       lines({"Le chat dort sur le canapé."}), true, "en", "fr",
                                       true);
  const auto found = weak(unrelated);
  REQUIRE(found.size() == 1);
  CHECK(found[0].kind == "weak-alignment");
  const testing::CheckedPair translated(lines({"Prices rose 5% in May."}),
                                        lines({"Les prix ont augmenté de 5 % en mai."}), true,
                                        "en", "fr", true);
  CHECK(weak(translated).empty());
}
