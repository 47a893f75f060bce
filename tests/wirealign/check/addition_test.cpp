// Tests of the addition check: inserted lines, republisher boilerplate, the appended block.
#include <catch2/catch.hpp>

#include "support/checked_pair.h"
#include "wirealign/check/checks.h"
#include "wirealign/check/news_pair.h"

namespace {

using namespace wirealign;
using testing::kNewsEn;
using testing::kNewsFr;
using testing::lines;

std::vector<Finding> additions(const testing::CheckedPair& p) {
  return check::make_addition(p.setup())->run(*p.context);
}

}  // namespace

TEST_CASE("addition: a faithful translation has none", "[check]") {
  const testing::CheckedPair p(lines(kNewsEn), lines(kNewsFr), true, "en", "fr", true);
  CHECK(additions(p).empty());
}

TEST_CASE("addition: a boilerplate line inside the text is named as such", "[check]") {
  auto fr = kNewsFr;
  fr.insert(fr.begin() + 4, "Abonnez-vous à notre lettre d'information.");
  const testing::CheckedPair p(lines(kNewsEn), lines(fr), true, "en", "fr", true);
  const auto found = additions(p);
  REQUIRE(found.size() == 1);
  CHECK(found[0].tgt_sentences == std::vector<std::uint32_t>{4});
  CHECK(found[0].severity == Severity::info);
  CHECK(found[0].message.rfind("republisher boilerplate", 0) == 0);
}

TEST_CASE("addition: an inserted sentence of content is a warning", "[check]") {
  auto fr = kNewsFr;
  fr.insert(fr.begin() + 6, "Le Kremlin n'a pas souhaité commenter ces informations publiées par la presse locale.");
  const testing::CheckedPair p(lines(kNewsEn), lines(fr), true, "en", "fr", true);
  const auto found = additions(p);
  REQUIRE(found.size() == 1);
  CHECK(found[0].tgt_sentences == std::vector<std::uint32_t>{6});
  CHECK(found[0].severity == Severity::warning);
  CHECK(found[0].message.find("Kremlin") != std::string::npos);
}

TEST_CASE("addition: a sentence in the place of a translation is an addition", "[check]") {
  auto fr = kNewsFr;
  fr[6] = "Le prix du pain a encore augmenté cette semaine dans les boulangeries parisiennes.";
  const testing::CheckedPair p(lines(kNewsEn), lines(fr), true, "en", "fr", true);
  const auto found = additions(p);
  REQUIRE(found.size() == 1);
  CHECK(found[0].tgt_sentences == std::vector<std::uint32_t>{6});
  CHECK(found[0].severity == Severity::warning);
  CHECK(found[0].message.find("in the place of") != std::string::npos);
}

TEST_CASE("addition: a line the alignment joined to a translation is found", "[check]") {
  auto fr = kNewsFr;
  fr.insert(fr.begin() + 7,
            "Le Kremlin n'a pas souhaité commenter ces informations publiées par la presse locale.");
  testing::CheckedPair p(lines(kNewsEn), lines(fr), true, "en", "fr", true);
  // Whatever the aligner did, pair source sentence 6 with target sentences 6 and 7 (the added
  // line) in one block, as it may do when lengths favour it.
  std::vector<Bead> beads;
  for (std::uint32_t i = 0; i < 10; ++i) {
    const std::uint32_t k = i < 7 ? i : i + 1;
    beads.push_back({i, i + 1, k, i == 6 ? k + 2 : k + 1, 0.9});
  }
  p.alignment.beads = beads;
  p.context = std::make_unique<check::Context>(p.src, p.tgt, p.src_tokens, p.tgt_tokens,
                                               p.alignment, p.lexicon);
  const auto found = additions(p);
  REQUIRE(found.size() == 1);
  CHECK(found[0].tgt_sentences == std::vector<std::uint32_t>{7});
  CHECK(found[0].message.find("Kremlin") != std::string::npos);
}

TEST_CASE("addition: a short line joined to a translation is found when it shares nothing",
          "[check]") {
  // Whatever the aligner did, pair source sentence 6 with target sentences 6 and 7 (`line`).
  const auto joined = [](const std::string& line) {
    auto fr = kNewsFr;
    fr.insert(fr.begin() + 7, line);
    auto p =
        std::make_unique<testing::CheckedPair>(lines(kNewsEn), lines(fr), true, "en", "fr", true);
    std::vector<Bead> beads;
    for (std::uint32_t i = 0; i < 10; ++i) {
      const std::uint32_t k = i < 7 ? i : i + 1;
      beads.push_back({i, i + 1, k, i == 6 ? k + 2 : k + 1, 0.9});
    }
    p->alignment.beads = beads;
    p->context = std::make_unique<check::Context>(p->src, p->tgt, p->src_tokens, p->tgt_tokens,
                                                  p->alignment, p->lexicon);
    return additions(*p);
  };
  // Three content words, none with a counterpart in the source.
  const auto found = joined("Regardez la vidéo ci-dessous.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].tgt_sentences == std::vector<std::uint32_t>{7});
  // Three content words, one of them the source's ("région"): part of the translation.
  CHECK(joined("Regardez la région ci-dessous.").empty());
}

TEST_CASE("addition: lines appended at the end are one finding", "[check]") {
  auto fr = kNewsFr;
  for (const char* line : {"Vous aimez cet article ? Partagez-le avec un ami !", "*****",
                           "Vous pouvez lire l'article original ici", "*****",
                           "Votre soutien est essentiel pour nous."})
    fr.emplace_back(line);
  const testing::CheckedPair p(lines(kNewsEn), lines(fr), true, "en", "fr", true);
  const auto found = additions(p);
  REQUIRE(found.size() == 1);
  CHECK(found[0].tgt_sentences == std::vector<std::uint32_t>{10, 11, 12, 13, 14});
  CHECK(found[0].severity == Severity::info);
  CHECK(found[0].message.find("appended at the end") != std::string::npos);
  CHECK(found[0].message.find("5 sentences") != std::string::npos);
}
