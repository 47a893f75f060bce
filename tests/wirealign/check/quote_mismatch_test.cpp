// Tests of quote-mismatch: quotations whose translation lost (or gained) quotation marks.
#include <catch2/catch.hpp>

#include "support/checked_pair.h"
#include "wirealign/check/checks.h"

namespace {

using namespace wirealign;

std::vector<Finding> run(const std::string& src, const std::string& tgt, bool segmented = true) {
  const testing::CheckedPair pair(src, tgt, segmented);
  return check::make_quote_mismatch(pair.setup())->run(*pair.context);
}

const std::string kSource =
    "The CSTO held exercises in Tajikistan on Monday.\n"
    "\"We must keep our powder dry,\" Colonel Sidorov said.\n"
    "About 1,500 soldiers from Russia and Kazakhstan took part.\n";

}  // namespace

TEST_CASE("quoted speech whose translation has no quotation marks", "[check]") {
  const auto findings = run(kSource,
                            "L'OTSC a organisé des exercices au Tadjikistan lundi.\n"
                            "Nous devons garder notre poudre sèche, a déclaré le colonel Sidorov.\n"
                            "Environ 1 500 soldats de Russie et du Kazakhstan y ont participé.\n");
  REQUIRE(findings.size() == 1);
  const Finding& f = findings[0];
  CHECK(f.kind == "quote-mismatch");
  CHECK(f.severity == Severity::warning);
  CHECK(f.src_sentences == std::vector<std::uint32_t>{1});
  CHECK(f.tgt_sentences == std::vector<std::uint32_t>{1});
  CHECK(f.message.find("We must keep our powder dry") != std::string::npos);
  CHECK(f.suggestion.find("« »") != std::string::npos);
  REQUIRE(f.src_spans.size() == 1);
}

TEST_CASE("a faithful translation with guillemets gives nothing", "[check]") {
  CHECK(run(kSource,
            "L'OTSC a organisé des exercices au Tadjikistan lundi.\n"
            "« Nous devons garder notre poudre sèche », a déclaré le colonel Sidorov.\n"
            "Environ 1 500 soldats de Russie et du Kazakhstan y ont participé.\n")
            .empty());
}

TEST_CASE("a quotation over two sentences is one finding", "[check]") {
  const auto findings =
      run("The official spoke on Monday.\n\n\"We should expect small raids by groups of 20, 40, "
          "maybe 70 people. Of course, they will receive an adequate response from Tajikistan,\" "
          "he said.\n",
          "Le responsable s'est exprimé lundi.\n\nNous devons projeter de petits raids par groupes "
          "de 20, 40, peut-être 70 personnes. Bien entendu, ils recevront une réponse adéquate du "
          "Tadjikistan.\n",
          false);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].src_sentences == std::vector<std::uint32_t>{1, 2});
  CHECK(findings[0].tgt_sentences == std::vector<std::uint32_t>{1, 2});
  CHECK(findings[0].src_spans.size() == 2);  // one per sentence
}

TEST_CASE("a quoted word kept unquoted is a warning, a rephrased one only an info finding",
          "[check]") {
  const std::string src =
      "The hats come hot on the heels of 'La Bomba', the straw hat seen on everyone.\n"
      "The taste of blood can act as a \"trigger\" for the animals, the farmer said.\n";
  const auto findings =
      run(src,
          "Les chapeaux suivent le sillage de la Bomba, le chapeau de paille que tout le monde "
          "porte.\n"
          "Le goût du sang peut provoquer ce comportement chez les animaux, a dit l'éleveur.\n");
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].src_sentences == std::vector<std::uint32_t>{0});
  CHECK(findings[0].severity == Severity::warning);
  REQUIRE(findings[0].tgt_spans.size() == 1);
  // "trigger" became "provoquer ce comportement": the marks are gone, the words too.
  CHECK(findings[1].src_sentences == std::vector<std::uint32_t>{1});
  CHECK(findings[1].severity == Severity::info);
  CHECK(findings[1].tgt_spans.empty());
}

TEST_CASE("quoted speech the translation added is an info finding", "[check]") {
  const auto findings =
      run("Why has President Trump given up so much?\nThe answer is simple.\n",
          "« Pourquoi le président Trump a-t-il autant cédé ? »\nLa réponse est simple.\n");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].severity == Severity::info);
  CHECK(findings[0].message.find("added") != std::string::npos);
}

TEST_CASE("a quotation lost among others: the target quotes fewer passages, none of them it",
          "[check]") {
  const std::string src =
      "The CSTO held exercises in Tajikistan on Monday.\n"
      "The coach said the team was \"devastated\" and \"in shock\" after the defeat.\n"
      "\"We will come back,\" said the captain, known as \"Wu\" to his friends.\n";
  const testing::CheckedPair pair(src,
                                  "L'OTSC a organisé des exercices au Tadjikistan lundi.\n"
                                  "L'entraîneur a dit que l'équipe était anéantie et « sous le "
                                  "choc » après la défaite.\n"
                                  "« Nous reviendrons », a dit le capitaine, que ses amis "
                                  "appellent Wu.\n",
                                  true, "en", "fr", true);
  const auto findings = check::make_quote_mismatch(pair.setup())->run(*pair.context);
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].src_sentences == std::vector<std::uint32_t>{1});
  CHECK(findings[0].severity == Severity::warning);
  CHECK_THAT(findings[0].message, Catch::Contains("\"devastated\"; the translation quotes fewer"));
  CHECK(findings[1].src_sentences == std::vector<std::uint32_t>{2});
  CHECK_THAT(findings[1].message, Catch::Contains("the source quotes \"Wu\"; the translation has "
                                                  "\"Wu\" unquoted"));
  // One quotation of the target holding the words of both: nothing lost.
  CHECK(run(src,
            "L'OTSC a organisé des exercices au Tadjikistan lundi.\n"
            "L'entraîneur a dit que l'équipe était « dévastée et en état de choc » après la "
            "défaite.\n"
            "« Nous reviendrons », a dit le capitaine, que ses amis appellent « Wu ».\n")
            .empty());
}

TEST_CASE("across scripts, a quotation of the target answers the source's by its Latin spelling",
          "[check]") {
  const std::string src =
      "The CSTO held exercises in Tajikistan on Monday.\n"
      "The coach said the team was \"devastated\" and \"in shock\" after the defeat.\n";
  const auto russian = [&](const std::string& tgt) {
    const testing::CheckedPair pair(src, tgt, true, "en", "ru");
    return check::make_quote_mismatch(pair.setup())->run(*pair.context);
  };
  // «шоке» ("shoke") renders "in shock": the other quotation lost its marks.
  const auto findings = russian(
      "ОДКБ провела учения в Таджикистане в понедельник.\n"
      "Тренер сказал, что команда была опустошена и в «шоке» после поражения.\n");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].src_sentences == std::vector<std::uint32_t>{1});
  CHECK_THAT(findings[0].message, Catch::Contains("\"devastated\"; the translation quotes fewer"));
  // Both quoted: nothing lost.
  CHECK(russian("ОДКБ провела учения в Таджикистане в понедельник.\n"
                "Тренер сказал, что команда была «опустошена» и в «шоке» после поражения.\n")
            .empty());
}

TEST_CASE("quote-mismatch: a name quoted by the translation's typography answers no quotation",
          "[check]") {
  const std::string src =
      "The CSTO held military exercises in Tajikistan on Monday.\n"
      "\"The players are tired,\" the Spartak coach told reporters.\n";
  const auto russian = [&](const std::string& tgt) {
    const testing::CheckedPair pair(src, tgt, true, "en", "ru");
    return check::make_quote_mismatch(pair.setup())->run(*pair.context);
  };
  // «Спартак» quotes the team's name, as Russian writes it: the speech lost its marks.
  const auto findings = russian(
      "ОДКБ провела учения в Таджикистане в понедельник.\n"
      "Игроки устали, — сказал журналистам тренер «Спартака».\n");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].src_sentences == std::vector<std::uint32_t>{1});
  // The speech quoted too: nothing lost.
  CHECK(russian("ОДКБ провела учения в Таджикистане в понедельник.\n"
                "«Игроки устали», — сказал журналистам тренер «Спартака».\n")
            .empty());
}
