// Tests of the duplicate check and of repeated_sentences.
#include <catch2/catch.hpp>

#include "support/checked_pair.h"
#include "wirealign/check/checks.h"
#include "wirealign/check/news_pair.h"
#include "wirealign/check/repeats.h"

namespace {

using namespace wirealign;
using testing::kNewsEn;
using testing::kNewsFr;
using testing::lines;

std::vector<Finding> duplicates(const testing::CheckedPair& p) {
  return check::make_duplicate(p.setup())->run(*p.context);
}

}  // namespace

TEST_CASE("duplicate: a repeated headline points to both copies", "[check]") {
  auto fr = kNewsFr;
  fr.insert(fr.begin() + 1, fr[0]);
  const testing::CheckedPair p(lines(kNewsEn), lines(fr), true, "en", "fr", true);
  const auto found = duplicates(p);
  REQUIRE(found.size() == 1);
  CHECK(found[0].tgt_sentences == std::vector<std::uint32_t>{0, 1});
  CHECK(found[0].src_sentences == std::vector<std::uint32_t>{0});
  CHECK(found[0].severity == Severity::warning);
  CHECK(found[0].message.find("printed twice") != std::string::npos);
}

TEST_CASE("duplicate: a repetition the source has too is not reported", "[check]") {
  auto en = kNewsEn;
  auto fr = kNewsFr;
  en.insert(en.begin() + 6, en[3]);
  fr.insert(fr.begin() + 6, fr[3]);
  const testing::CheckedPair p(lines(en), lines(fr), true, "en", "fr", true);
  CHECK(duplicates(p).empty());
  const testing::CheckedPair clean(lines(kNewsEn), lines(kNewsFr), true, "en", "fr", true);
  CHECK(duplicates(clean).empty());
}

TEST_CASE("repeated sentences ignore case and punctuation, not short lines", "[check]") {
  const testing::CheckedPair p("a\nb\nc\nd\n",
                               "Le bilan est lourd.\nPourquoi ?\nLE BILAN EST LOURD !\nPourquoi ?\n");
  const auto twin = check::repeated_sentences(p.tgt_tokens);
  CHECK(twin == std::vector<std::uint32_t>{2, check::kNoTwin, 0, check::kNoTwin});
}
