// Tests of inconsistent-term: a name spelt two ways is reported; inflected forms, elision and
// acronyms left in the source language (untranslated-acronym's findings) are not.
#include <catch2/catch.hpp>

#include "wirealign/check/checks.h"
#include "wirealign/check/pair_fixture.h"

namespace {

using namespace wirealign;

std::vector<Finding> run(const testing::Pair& p, const testing::Languages& l) {
  return check::make_inconsistent_term(l.setup)->run(*p.context);
}

}  // namespace

TEST_CASE("A name transliterated in some sentences and not in others is reported", "[check]") {
  testing::Languages l;
  testing::Pair p(
      l,
      "The foreign minister, Sergei Lavrov, arrived in the capital on a two-day visit.\n"
      "The talks lasted three hours.\n"
      "After the talks, Sergei Lavrov met the president of the country.\n"
      "Later in the day, Sergei Lavrov flew back to the capital of his country.\n",
      "Le ministre des Affaires étrangères, Sergueï Lavrov, est arrivé dans la capitale "
      "pour une visite de deux jours.\n"
      "Les discussions ont duré trois heures.\n"
      "Après les discussions, Sergueï Lavrov a rencontré le président du pays.\n"
      "Plus tard dans la journée, Sergei Lavrov est rentré dans la capitale de son pays.\n");
  const auto findings = run(p, l);
  REQUIRE(findings.size() == 1);
  const Finding& f = findings[0];
  CHECK(f.kind == "inconsistent-term");
  CHECK(f.severity == Severity::warning);
  CHECK(f.message == "Sergei is rendered Sergueï in 2 sentences and Sergei in 1");
  CHECK(f.suggestion == "choose one rendering of Sergei (Sergueï or Sergei) and use it throughout");
  CHECK(f.src_sentences == std::vector<std::uint32_t>{0, 2, 3});
  CHECK(f.tgt_sentences == std::vector<std::uint32_t>{0, 2, 3});
  CHECK(p.tgt_words(f) == std::vector<std::string>{"Sergueï", "Sergueï", "Sergei"});
  CHECK(p.src_words(f) == std::vector<std::string>{"Sergei", "Sergei", "Sergei"});
}

TEST_CASE("A name spelt alike throughout, or only inflected, is not reported", "[check]") {
  testing::Languages l;
  testing::Pair p(l,
                  "Troops crossed into Tajikistan from Afghanistan, Sidorov said.\n"
                  "The Tajiks will defend Tajikistan, said Sidorov.\n"
                  "Sidorov praised the Tajik army and the border of Tajikistan.\n",
                  "Des troupes sont entrées au Tadjikistan depuis l'Afghanistan, a dit Sidorov.\n"
                  "Les Tadjiks défendront le Tadjikistan, a dit Sidorov.\n"
                  "Sidorov a salué l'armée Tadjike et la frontière du Tadjikistan.\n");
  CHECK(run(p, l).empty());
}

TEST_CASE("An acronym left in the source language is left to untranslated-acronym", "[check]") {
  testing::Languages l;
  testing::Pair p(l,
                  "The CSTO held exercises in Tajikistan.\n"
                  "The CSTO has six members.\n"
                  "Sultonov asked the CSTO for help.\n",
                  "L'OTSC a organisé des exercices au Tadjikistan.\n"
                  "L'OTSC compte six membres.\n"
                  "Sultonov a demandé l'aide du CSTO.\n");
  CHECK(run(p, l).empty());
  CHECK(check::make_untranslated_acronym(l.setup)->run(*p.context).size() == 1);
}

TEST_CASE("A translated term whose words keep their dictionary rendering is not reported",
          "[check]") {
  testing::Languages l;
  align::Bilingual lexicon;
  lexicon.add("rapid", "rapid");
  lexicon.add("reaction", "réaction");
  lexicon.add("reaction", "intervent");
  lexicon.add("forc", "forc");
  const std::string en =
      "The rapid reaction force is ready to help.\n"
      "The rapid reaction forces trained in May.\n"
      "Officials said the rapid reaction force would stay.\n";
  SECTION("plural and elision are one rendering") {
    testing::Pair p(l, en,
                    "La force de réaction rapide est prête à aider.\n"
                    "Les forces de réaction rapide se sont entraînées en mai.\n"
                    "Selon les responsables, la force de réaction rapide restera.\n",
                    lexicon);
    CHECK(run(p, l).empty());
  }
  SECTION("two dictionary translations of one word are reported") {
    testing::Pair p(l, en,
                    "La force de réaction rapide est prête à aider.\n"
                    "Les forces de réaction rapide se sont entraînées en mai.\n"
                    "Selon les responsables, la force d'intervention rapide restera.\n",
                    lexicon);
    const auto findings = run(p, l);
    REQUIRE(findings.size() == 1);
    const Finding& f = findings[0];
    CHECK(f.message ==
          "rapid reaction force is rendered force de réaction rapide in 2 sentences and force "
          "d'intervention rapide in 1");
    CHECK(f.suggestion ==
          "choose one rendering of rapid reaction force (force de réaction rapide or force "
          "d'intervention rapide) and use it throughout");
    CHECK(p.tgt_words(f) == std::vector<std::string>{"force", "réaction", "rapide", "forces",
                                                     "réaction", "rapide", "force", "intervention",
                                                     "rapide"});
    CHECK(p.src_words(f) == std::vector<std::string>{"rapid reaction force",
                                                     "rapid reaction forces",
                                                     "rapid reaction force"});
  }
}

TEST_CASE("A phrase of common words rendered two ways only twice is style, not a term", "[check]") {
  testing::Languages l;
  align::Bilingual lexicon;
  lexicon.add("love", "beau");
  lexicon.add("love", "raviss");
  lexicon.add("garden", "jardin");
  testing::Pair p(l,
                  "She saw a lovely garden behind the door.\n"
                  "The rabbit ran away.\n"
                  "She longed to get into that lovely garden again.\n",
                  "Elle vit un beau jardin derrière la porte.\n"
                  "Le lapin s'enfuit.\n"
                  "Elle avait envie d'entrer de nouveau dans ce ravissant jardin.\n",
                  lexicon);
  CHECK(run(p, l).empty());
}
