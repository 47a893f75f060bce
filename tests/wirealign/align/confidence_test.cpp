// Tests of the block confidence: unrelated pairs score low wherever they sit, translations high,
// and the translation evidence behind it.
#include "wirealign/align/confidence.h"

#include <catch2/catch.hpp>

#include "wirealign/pipeline/pipeline.h"
#include "wirealign/read/read.h"

namespace {

using namespace wirealign;

// An engine for English to French, with the installed dictionary (`dictionary`) or none.
pipeline::Engine engine(bool dictionary) {
  pipeline::EngineOptions o;
  o.data_dir = WIREALIGN_TEST_DATA_DIR;
  o.align.use_dictionary = dictionary;
  return pipeline::Engine(o);
}

// The blocks of the alignment of two texts given one sentence per line, with their evidence.
align::Explained explain(const pipeline::Engine& e, const std::string& src,
                         const std::string& tgt) {
  const auto r = e.run(read::decode(src, "src", {}), read::decode(tgt, "tgt", {}), true);
  align::AlignOptions options;
  options.use_dictionary = e.lexicon().size() > 0;
  const align::Explained x = align::explain({r->src, r->src_tokens}, {r->tgt, r->tgt_tokens},
                                            e.lexicon(), options, e.subwords());
  REQUIRE(x.alignment.beads == r->alignment.beads);  // the same blocks as the pipeline's
  REQUIRE(x.evidence.size() == x.alignment.beads.size());
  return x;
}

const std::string kEnglish =
    "The CSTO held exercises in Tajikistan on Monday.\n"
    "About 1,500 soldiers from Russia and Kazakhstan took part.\n"
    "The drills lasted three days.\n"
    "Prices rose 5% in May.\n"
    "The ministry said the exercises were planned long ago.\n";
const std::string kFrench =
    "L'OTSC a organisé des exercices au Tadjikistan lundi.\n"
    "Environ 1 500 soldats de Russie et du Kazakhstan y ont participé.\n"
    "Les manœuvres ont duré trois jours.\n"
    "Le chat dort sur le canapé.\n"
    "Le ministère a précisé que les exercices étaient prévus de longue date.\n";

}  // namespace

TEST_CASE("an unrelated one-sentence pair scores at most 0.5, a translation high", "[align]") {
  for (const bool dictionary : {true, false}) {
    CAPTURE(dictionary);
    const pipeline::Engine e = engine(dictionary);
    const auto unrelated = explain(e, "Prices rose 5% in May.\n", "Le chat dort sur le canapé.\n");
    REQUIRE(unrelated.alignment.beads.size() == 1);
    CHECK(unrelated.alignment.beads[0].confidence <= 0.5);
    CHECK(unrelated.evidence[0].lone_numbers == 1);
    CHECK(unrelated.evidence[0].src_share < 0.05);

    const auto pair =
        explain(e, "Prices rose 5% in May.\n", "Les prix ont augmenté de 5 % en mai.\n");
    REQUIRE(pair.alignment.beads.size() == 1);
    CHECK(pair.alignment.beads[0].confidence >= 0.9);
    CHECK(pair.evidence[0].numbers == 2);  // 5 on each side, matched
    CHECK(pair.evidence[0].lone_numbers == 0);
  }
}

TEST_CASE("an unrelated pair among translations scores at most 0.5", "[align]") {
  const pipeline::Engine e = engine(true);
  const auto x = explain(e, kEnglish, kFrench);
  REQUIRE(x.alignment.beads.size() == 5);
  for (std::size_t k = 0; k < 5; ++k) {
    CAPTURE(k);
    const Bead& b = x.alignment.beads[k];
    REQUIRE(b.src_begin == k);
    REQUIRE(b.tgt_begin == k);
    if (k == 3)
      CHECK(b.confidence <= 0.5);
    else
      CHECK(b.confidence >= 0.9);
  }
}

TEST_CASE("the evidence sees a target translated in part", "[align]") {
  const pipeline::Engine e = engine(true);
  const std::string src =
      "About 1,500 soldiers from Russia and Kazakhstan took part in the exercises on Monday.\n";
  const auto whole = explain(
      e, src,
      "Environ 1 500 soldats de Russie et du Kazakhstan ont participé aux exercices lundi.\n");
  const auto dropped = explain(e, src, "Environ 1 500 soldats de Russie.\n");
  const auto drifted =
      explain(e, src, "Environ 1 500 soldats de Russie ont bu du thé dans un jardin fleuri.\n");
  // Half of the source has no counterpart in the last two; the shorter target says so too.
  CHECK(whole.evidence[0].half_share > dropped.evidence[0].half_share);
  CHECK(whole.evidence[0].half_share > drifted.evidence[0].half_share);
  CHECK(dropped.evidence[0].length_delta < -0.5);
  // The source's second half: most content words covered in the translation, none in the
  // drifted target, whose own second half has a run of content words with no counterpart.
  const auto second_half = [](const align::BlockEvidence& x) {
    return align::half_evidence(x.src_half_words, x.src_half_covered, x.expected_share);
  };
  CHECK(second_half(whole.evidence[0]) > 0);
  CHECK(second_half(drifted.evidence[0]) < 0);
  CHECK(second_half(dropped.evidence[0]) < 0);
  CHECK(drifted.evidence[0].uncovered_run > whole.evidence[0].uncovered_run);
  CHECK(whole.alignment.beads[0].confidence > dropped.alignment.beads[0].confidence);
  CHECK(whole.alignment.beads[0].confidence > drifted.alignment.beads[0].confidence);
}

TEST_CASE("half_evidence weighs the worse half's covered words against chance", "[align]") {
  using Counts = std::array<std::uint32_t, 2>;
  // Six of six content words covered in one half and none of six in the other: the worse half
  // is unrelated, whatever the document's usual share.
  for (const double usual : {0.3, 0.5, 0.7}) {
    CAPTURE(usual);
    CHECK(align::half_evidence(Counts{6, 6}, Counts{6, 0}, usual) < -1);
    CHECK(align::half_evidence(Counts{6, 6}, Counts{0, 6}, usual) ==
          align::half_evidence(Counts{6, 6}, Counts{6, 0}, usual));
    // Half of each half covered: a translation.
    CHECK(align::half_evidence(Counts{6, 6}, Counts{3, 3}, usual) > 1);
  }
  // More words of the worse half covered, more evidence; clipped at both ends.
  CHECK(align::half_evidence(Counts{8, 8}, Counts{8, 2}, 0.5) >
        align::half_evidence(Counts{8, 8}, Counts{8, 1}, 0.5));
  CHECK(align::half_evidence(Counts{40, 40}, Counts{0, 0}, 0.5) == -8.0);
  CHECK(align::half_evidence(Counts{40, 40}, Counts{40, 40}, 0.5) == 6.0);
  // A side without content words says nothing.
  CHECK(align::half_evidence(Counts{0, 0}, Counts{0, 0}, 0.5) == 0.0);
}
