// Tests of the repeated-word check.
#include <catch2/catch.hpp>

#include "support/checked_pair.h"
#include "wirealign/check/checks.h"

namespace {

using namespace wirealign;
using Catch::Matchers::Contains;

std::vector<Finding> run(const std::string& src, const std::string& tgt,
                         const std::string& src_lang = "de", const std::string& tgt_lang = "en") {
  const testing::CheckedPair pair(src, tgt, true, src_lang, tgt_lang);
  return check::make_repeated_word(pair.setup())->run(*pair.context);
}

}  // namespace

TEST_CASE("repeated-word: a word written twice points at the second copy", "[check]") {
  const std::string tgt =
      "He is in contact with the affected states states.\n"
      "The the demands could not be met.\n";
  const auto found = run("Er steht in Kontakt mit den Staaten.\nDie Forderungen.\n", tgt);
  REQUIRE(found.size() == 2);
  CHECK(found[0].kind == "repeated-word");
  CHECK(found[0].severity == Severity::warning);
  CHECK(found[0].confidence >= 0.8);
  CHECK(found[0].tgt_sentences == std::vector<std::uint32_t>{0});
  CHECK(found[0].src_sentences == std::vector<std::uint32_t>{0});
  REQUIRE(found[0].tgt_spans.size() == 1);
  CHECK(tgt.substr(found[0].tgt_spans[0].begin, found[0].tgt_spans[0].size()) == "states");
  CHECK(found[0].tgt_spans[0].begin == tgt.rfind("states"));
  CHECK_THAT(found[0].message,
             Contains("\"states\" is written twice in a row: \"states states.\""));
  CHECK_THAT(found[0].suggestion, Contains("delete the second"));
  CHECK(found[1].severity == Severity::warning);  // case does not matter: "The the"
}

TEST_CASE("repeated-word: doublings the grammar allows are left alone", "[check]") {
  CHECK(run("Hätte er Zeit gehabt.\nEr sagte, dass das falsch sei.\n",
            "If he had had the time.\nHe said that that was wrong.\n")
            .empty());
  CHECK(run("We met.\nYou are wrong.\n", "Nous nous sommes rencontrés.\nVous vous trompez.\n", "en",
            "fr")
            .empty());
  CHECK(run("Companies that bear the costs.\n", "Firmen, die die Kosten tragen.\n", "en", "de")
            .empty());
  CHECK(run("He said it was not true.\n", "Hij zei dat dat niet klopt.\n", "en", "nl").empty());
}

TEST_CASE("repeated-word: a doubling that is more often a slip than not is info", "[check]") {
  const auto found =
      run("Die Gespräche gingen am Montag weiter.\n", "The talks went on on Monday.\n");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::info);
  CHECK(found[0].confidence < 0.5);
}

TEST_CASE("repeated-word: punctuation, numbers, compounds and the source's own doublings",
          "[check]") {
  CHECK(run("Sehr, sehr gut.\n", "Very, very good.\n").empty());
  CHECK(run("Es stand 2:2.\n", "It was 2 2 in the end.\n").empty());
  CHECK(run("Es waren 1 000 000 Euro.\n", "It was 1 000 000 euros.\n").empty());
  CHECK(run("He said something.\n", "Он сказал, что что-то случилось.\n", "en", "ru").empty());
  CHECK(run("Sie flog nach Bora Bora.\n", "She flew to Bora Bora.\n").empty());
  CHECK(run("Nein, nein.\n", "No no.\n").size() == 1);  // "no no" is rare: info
  CHECK(run("Nein nein.\n", "No no.\n").empty());       // the source doubles it too
}

TEST_CASE("repeated-word: a copy that carries its punctuation, or a number, is a slip", "[check]") {
  const std::string tgt =
      "It equals the British Pound (GBP) (GBP).\n"
      "Samsung listed them as \"non-serious \"non-serious.\"\n"
      "It opened in March 2017 2017.\n";
  const auto found =
      run("Es entspricht dem Pfund (GBP).\nSamsung nannte sie \"harmlos\".\n"
          "Sie wurde im März 2017 eröffnet.\n",
          tgt);
  REQUIRE(found.size() == 3);
  for (const Finding& f : found) CHECK(f.severity == Severity::warning);
  CHECK(tgt.substr(found[0].tgt_spans[0].begin, found[0].tgt_spans[0].size()) == "GBP");
  CHECK(found[0].tgt_spans[0].begin == tgt.rfind("GBP"));
  CHECK(tgt.substr(found[1].tgt_spans[0].begin, found[1].tgt_spans[0].size()) == "non-serious");
  CHECK(tgt.substr(found[2].tgt_spans[0].begin, found[2].tgt_spans[0].size()) == "2017");
}

TEST_CASE("repeated-word: a capitalised second word inside a sentence may start a name",
          "[check]") {
  const auto place = run("Sie flog auf die Insel.\n", "She flew to Bora Bora.\n");
  REQUIRE(place.size() == 1);
  CHECK(place[0].severity == Severity::info);
  const auto name = run("He read De Standaard.\n", "Hij las de De Standaard.\n", "en", "nl");
  REQUIRE(name.size() == 1);
  CHECK(name[0].severity == Severity::info);
}

TEST_CASE("repeated-word: a doubling after an elided article, an opening mark or before a pause",
          "[check]") {
  const std::string src =
      "He spoke on the condition of anonymity.\n"
      "\"Then we fell in love,\" she said.\n"
      "\"I mean, of course,\" he said.\n";
  const std::string tgt =
      "Ha parlato mantenendo l'anonimato anonimato.\n"
      "“Poi poi ci siamo innamorati”, ha detto.\n"
      "“Voglio dire dire, naturalmente”, ha detto.\n";
  const auto found = run(src, tgt, "en", "it");
  REQUIRE(found.size() == 3);
  CHECK(tgt.substr(found[0].tgt_spans[0].begin, found[0].tgt_spans[0].size()) == "anonimato");
  CHECK(tgt.substr(found[1].tgt_spans[0].begin, found[1].tgt_spans[0].size()) == "poi");
  CHECK(tgt.substr(found[2].tgt_spans[0].begin, found[2].tgt_spans[0].size()) == "dire");
}

TEST_CASE("repeated-word: figures are left alone: an interjection, a mark between the copies",
          "[check]") {
  CHECK(run("Uh, uh, what.\nNo! no, he said.\n", "Ha ha, quoi.\nNon ! non, dit-il.\n", "en", "fr")
            .empty());
}

TEST_CASE("repeated-word: a name the source doubles excuses a doubled name only", "[check]") {
  const std::string src = "Others trapped at the Roa Roa Hotel were his students.\n";
  CHECK(run(src, "Inni uwięzieni w hotelu Roa Roa byli jego uczniami.\n", "en", "pl").empty());
  const auto found =
      run(src, "Inni uwięzieni przez przez hotel Roa byli jego uczniami.\n", "en", "pl");
  REQUIRE(found.size() == 1);
  CHECK_THAT(found[0].message, Contains("\"przez\""));
}
