// Tests of untranslated-acronym: the table, what the document teaches (permutations, definitions)
// and the acronyms that must stay quiet.
#include <catch2/catch.hpp>

#include "support/checked_pair.h"
#include "wirealign/check/checks.h"
#include "wirealign/check/pair_fixture.h"

namespace {

using namespace wirealign;

std::vector<Finding> run(const testing::Pair& p, const testing::Languages& l) {
  return check::make_untranslated_acronym(l.setup)->run(*p.context);
}

}  // namespace

TEST_CASE("Each English acronym left in the French text is reported with the French one",
          "[check]") {
  testing::Languages l;
  testing::Pair p(
      l,
      "The chief of the Collective Security Treaty Organization (CSTO) spoke to RT.\n"
      "Tajikistan's envoy to the CSTO spoke to TASS.\n"
      "Sultonov asked the CSTO to help, like NATO.\n",
      "Le chef de l'Organisation du traité de sécurité collective (OTSC) a parlé à RT.\n"
      "L'envoyé tadjik auprès du CSTO a parlé à TASS.\n"
      "Sultonov a demandé au CSTO d'aider, comme l'OTAN.\n");
  const auto findings = run(p, l);
  REQUIRE(findings.size() == 2);
  for (const Finding& f : findings) {
    CHECK(f.kind == "untranslated-acronym");
    CHECK(f.severity == Severity::error);
    CHECK(p.tgt_words(f) == std::vector<std::string>{"CSTO"});
    CHECK(p.src_words(f) == std::vector<std::string>{"CSTO"});
    CHECK(f.suggestion == "replace CSTO with OTSC");
    CHECK_THAT(f.message, Catch::Contains("French writes OTSC, as this text does elsewhere"));
  }
  CHECK(findings[0].tgt_sentences == std::vector<std::uint32_t>{1});
  CHECK(findings[1].tgt_sentences == std::vector<std::uint32_t>{2});
}

TEST_CASE("The table flags EU even when the text never writes UE", "[check]") {
  testing::Languages l;
  testing::Pair p(l, "The UK leaves the EU in March.\n", "Le Royaume-Uni quitte l'EU en mars.\n");
  const auto findings = run(p, l);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].suggestion == "replace EU with UE");
}

TEST_CASE("Acronyms written alike, names and shouted headlines are not reported", "[check]") {
  testing::Languages l;
  testing::Pair p(l,
                  "The OSCE and the FBI spoke to the BBC.\n"
                  "DARPA announced an initiative called AI Next, about AI.\n"
                  "UN HOMME ARRESTED.\n",
                  "L'OSCE et le FBI ont parlé à la BBC.\n"
                  "La DARPA a annoncé une initiative appelée AI Next, sur l'IA.\n"
                  "UN HOMME ARRÊTÉ AU PORT.\n");
  CHECK(run(p, l).empty());
}

TEST_CASE("The table of all languages gives each pair its acronyms", "[check]") {
  // English DNA in a Spanish text, where Spanish writes ADN.
  const testing::CheckedPair es(
      "The weather was cold.\nPolice said they found Simpson's DNA on the glasses.\n",
      "Hacía frío.\nLa policía dijo que encontró DNA de Simpson en las gafas.\n", true, "en", "es");
  const auto findings = check::make_untranslated_acronym(es.setup())->run(*es.context);
  REQUIRE(findings.size() == 1);
  CHECK_THAT(findings[0].message,
             Catch::Contains("DNA is the English acronym; Spanish writes ADN"));
  // The table of all languages alone, with nothing in the text to confirm it: a warning.
  CHECK(findings[0].severity == Severity::warning);
  // Italian writes DNA too; the Italian press writes NATO as a name (Nato): the same form.
  const testing::CheckedPair it(
      "The weather was cold.\nPolice said they found Simpson's DNA near NATO's base.\n",
      "Faceva freddo.\nLa polizia ha detto di aver trovato il DNA di Simpson vicino alla base "
      "della Nato.\n",
      true, "en", "it");
  CHECK(check::make_untranslated_acronym(it.setup())->run(*it.context).empty());
  // The other direction: ONU left in an English text.
  const testing::CheckedPair en("Hacía frío.\nLa ONU pidió un alto el fuego inmediato.\n",
                                "It was cold.\nThe ONU called for an immediate ceasefire.\n", true,
                                "es", "en");
  const auto back = check::make_untranslated_acronym(en.setup())->run(*en.context);
  REQUIRE(back.size() == 1);
  CHECK(back[0].suggestion == "replace ONU with UN");
}

TEST_CASE("An acronym that is a word of the target language counts only beside the source's",
          "[check]") {
  // "UN" is the Spanish article un: flagged where the source has UN, not on its own.
  const testing::CheckedPair p(
      "The weather was cold.\nThe UN called for a ceasefire.\nA man spoke to reporters.\n",
      "Hacía frío.\nLa UN pidió un alto el fuego.\nUN HOMBRE habló con los periodistas.\n", true,
      "en", "es");
  const auto findings = check::make_untranslated_acronym(p.setup())->run(*p.context);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].tgt_sentences == std::vector<std::uint32_t>{1});
  // An English source that spells the name out has the acronym too.
  const testing::CheckedPair spelt(
      "The weather was cold.\nThe United Nations called for a ceasefire.\n",
      "Hacía frío.\nLa UN pidió un alto el fuego.\n", true, "en", "es");
  CHECK(check::make_untranslated_acronym(spelt.setup())->run(*spelt.context).size() == 1);
}

TEST_CASE("An acronym beside a name after a no-break space is part of the name; U.N. is UN",
          "[check]") {
  const testing::CheckedPair p(
      "The weather was cold.\nDARPA announced an initiative called AI Next.\n"
      "He spoke at the U.N. General Assembly.\n",
      "Hacía frío.\nDARPA anunció una iniciativa llamada AI\u00A0Next.\n"
      "Habló en la Asamblea General de la UN.\n",
      true, "en", "es");
  const auto findings = check::make_untranslated_acronym(p.setup())->run(*p.context);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].tgt_sentences == std::vector<std::uint32_t>{2});
  CHECK(findings[0].src_sentences == std::vector<std::uint32_t>{2});  // the source's U.N.
}

TEST_CASE("An acronym after a translated word is no kept name; after a kept one it is", "[check]") {
  // "Assemblea Generale UN" translates the name but the acronym, which Italian writes ONU.
  const testing::CheckedPair it(
      "The weather was cold.\nHe spoke to the UN General Assembly in New York.\n",
      "Faceva freddo.\nHa parlato all'Assemblea Generale UN a New York.\n", true, "en", "it");
  const auto findings = check::make_untranslated_acronym(it.setup())->run(*it.context);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].tgt_sentences == std::vector<std::uint32_t>{1});
  // "Team USA" keeps the original's name.
  const testing::CheckedPair es("The weather was cold.\nTeam USA won the Ryder Cup.\n",
                                "Hacía frío.\nEl Team USA ganó la Ryder Cup.\n", true, "en", "es");
  CHECK(check::make_untranslated_acronym(es.setup())->run(*es.context).empty());
}
