// Tests of the lexical evidence shared by the checks, and of boilerplate recognition.
#include "wirealign/check/evidence.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>

#include "support/checked_pair.h"
#include "wirealign/check/boilerplate.h"
#include "wirealign/check/news_pair.h"

namespace {

using namespace wirealign;

// The words of source sentence 0 covered by target sentence 0, space-separated.
std::string covered_words(const testing::CheckedPair& p) {
  const check::Coverage c = check::src_coverage(*p.context, 0, {0, 1});
  std::string out;
  for (std::size_t t = 0; t < c.covered.size(); ++t)
    if (c.covered[t]) out += std::string(p.src_tokens.sentences[0][t].lower()) + ' ';
  return out;
}

}  // namespace

TEST_CASE("evidence: numbers, names, cognates and dictionary words cover", "[check]") {
  const testing::CheckedPair plain("The president of Kazakhstan sent 1,500 soldiers to the house.\n",
                                   "Le président du Kazakhstan a envoyé 1 500 soldats à la maison.\n");
  CHECK(covered_words(plain) == "president kazakhstan 1,500 ");
  const testing::CheckedPair dict("The president of Kazakhstan sent 1,500 soldiers to the house.\n",
                                  "Le président du Kazakhstan a envoyé 1 500 soldats à la maison.\n",
                                  true, "en", "fr", true);
  CHECK(covered_words(dict).find("house") != std::string::npos);
  const check::Coverage c = check::tgt_coverage(*dict.context, 0, {0, 1});
  CHECK(c.share() > 0.5);
  CHECK(c.share() <= 1.0);
}

TEST_CASE("evidence: the length norm is the median ratio of long 1-1 pairs", "[check]") {
  std::string en, fr;
  for (int i = 0; i < 10; ++i) {
    en += "Sentence number " + std::to_string(i) + " of the Kazakhstan report.\n";
    fr += "Phrase numéro " + std::to_string(i) + " du rapport sur le Kazakhstan.\n";
  }
  const testing::CheckedPair p(en, fr);
  const check::LengthNorm norm = check::length_norm(*p.context);
  CHECK(norm.pairs == 10);
  CHECK(norm.median == Approx(std::log((48.0 + 10) / (45.0 + 10))).margin(0.05));
  CHECK(norm.spread == Approx(0.12));
}

TEST_CASE("boilerplate: cues match whole words, case and accents ignored", "[check]") {
  const testing::CheckedPair p("a\nb\nc\nd\n",
                               "ABONNEZ-VOUS à notre lettre d'information !\n*****\n"
                               "Les abonnés de la ligne ont protesté.\nPartagez cet article.\n");
  const check::Boilerplate boilerplate(p.setup());
  CHECK(boilerplate.matches(p.tgt_tokens.sentences[0]));
  CHECK(boilerplate.matches(p.tgt_tokens.sentences[1]));
  CHECK_FALSE(boilerplate.matches(p.tgt_tokens.sentences[2]));
  CHECK(boilerplate.matches(p.tgt_tokens.sentences[3]));
}

TEST_CASE("evidence: a pair the aligner doubts much may share a little more and still be judged",
          "[check]") {
  // The replacement shares "région" and "gouvernement" with the sentence it stands for: a
  // quarter of each side, too much for a pair the place vouches for, not for one it doubts.
  auto fr = testing::kNewsFr;
  fr[6] = "Le gouvernement a annoncé une hausse des impôts pour les familles de la région.";
  const testing::CheckedPair p(testing::lines(testing::kNewsEn), testing::lines(fr), true, "en",
                               "fr", true);
  const check::CoverageNorm norm = check::coverage_norm(*p.context);
  const auto bead =
      std::find_if(p.context->alignment.beads.begin(), p.context->alignment.beads.end(),
                   [](const Bead& b) { return b.src_begin == 6; });
  REQUIRE(bead != p.context->alignment.beads.end());
  REQUIRE(bead->src_size() == 1);
  REQUIRE(bead->tgt_size() == 1);
  Bead doubted = *bead;
  doubted.confidence = 0.2;
  CHECK_FALSE(check::little_shared(*p.context, doubted, norm));
  doubted.confidence = 0.03;
  const auto shares = check::little_shared(*p.context, doubted, norm);
  REQUIRE(shares);
  CHECK(shares->src > 0.15);
  CHECK(shares->tgt > 0.15);
}

TEST_CASE("evidence: beside a block of one side only, a pair is doubted as in a short document",
          "[check]") {
  // The replacement shares "gouvernement" with the sentence it stands for, a little.
  auto fr = testing::kNewsFr;
  fr[6] =
      "Le gouvernement prépare une vaste réforme des retraites et du système de santé publique "
      "dans tout le pays.";
  testing::CheckedPair p(testing::lines(testing::kNewsEn), testing::lines(fr), true, "en", "fr",
                         true);
  const check::CoverageNorm norm = check::coverage_norm(*p.context);
  auto& beads = p.alignment.beads;
  const auto at =
      std::find_if(beads.begin(), beads.end(), [](const Bead& b) { return b.src_begin == 6; });
  REQUIRE(at != beads.end());
  REQUIRE(at->src_size() == 1);
  REQUIRE(at->tgt_size() == 1);
  REQUIRE(at + 1 != beads.end());
  at->confidence = 0.4;  // unsure, above what a pair among translations may have
  CHECK_FALSE(check::little_shared(*p.context, *at, norm));
  // The next block loses its source sentence: a target sentence the alignment left unpaired, as
  // when it splits a longer line that replaced a sentence.
  (at + 1)->src_end = (at + 1)->src_begin;
  const auto shares = check::little_shared(*p.context, *at, norm);
  REQUIRE(shares);
  CHECK(shares->src > 0);
  CHECK(shares->src <= 0.15);
}
