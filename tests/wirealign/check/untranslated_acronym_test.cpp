// Tests of untranslated-acronym: the table, what the document teaches (permutations, definitions)
// and the acronyms that must stay quiet.
#include <catch2/catch.hpp>

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
