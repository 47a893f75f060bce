// Tests of the untranslated check: sentences and stretches left in English, and names, titles
// and acronym lines that must not be taken for English.
#include <catch2/catch.hpp>
#include <initializer_list>

#include "support/checked_pair.h"
#include "wirealign/check/checks.h"
#include "wirealign/check/news_pair.h"
#include "wirealign/spell/hunspell.h"

namespace {

using namespace wirealign;
using testing::kNewsEn;
using testing::kNewsFr;
using testing::lines;

// Fails the test unless a hunspell dictionary is installed for each language of `codes`.
void require_hunspell(std::initializer_list<const char*> codes) {
  for (const char* code : codes) {
    INFO("no hunspell dictionary for '" << code << "': run scripts/setup");
    REQUIRE(spell::locate(code, {}, spell::default_dirs()));
  }
}

std::vector<Finding> untranslated(const testing::CheckedPair& p) {
  return check::make_untranslated(p.setup())->run(*p.context);
}

}  // namespace

TEST_CASE("untranslated: a faithful translation has none", "[check]") {
  const testing::CheckedPair p(lines(kNewsEn), lines(kNewsFr), true, "en", "fr", true);
  CHECK(untranslated(p).empty());
}

TEST_CASE("untranslated: a sentence left in English is an error", "[check]") {
  auto fr = kNewsFr;
  fr[3] = kNewsEn[3];
  const testing::CheckedPair p(lines(kNewsEn), lines(fr), true, "en", "fr", true);
  const auto found = untranslated(p);
  REQUIRE(found.size() == 1);
  CHECK(found[0].tgt_sentences == std::vector<std::uint32_t>{3});
  CHECK(found[0].src_sentences == std::vector<std::uint32_t>{3});
  CHECK(found[0].severity == Severity::error);
}

TEST_CASE("untranslated: a long English stretch inside a French sentence is marked", "[check]") {
  auto fr = kNewsFr;
  fr[6] = "Selon l'agence officielle, son secrétaire général, qui a rencontré la presse mardi, "
          "visited the region in July to meet the Tajik government, sans donner plus de détails "
          "sur le contenu de ces entretiens.";
  const testing::CheckedPair p(lines(kNewsEn), lines(fr), true, "en", "fr", true);
  const auto found = untranslated(p);
  REQUIRE(found.size() == 1);
  REQUIRE(found[0].tgt_spans.size() == 1);
  CHECK(p.tgt.input.view(found[0].tgt_spans[0]) ==
        "visited the region in July to meet the Tajik government");
}

TEST_CASE("untranslated: names, titles, acronyms and URLs are not English", "[check]") {
  const std::string en =
      "Emomali Rahmon\nWar and Peace\nCSTO NATO UN EU\nhttps://www.example.com/news/tajikistan\n"
      "He quoted the slogan \"Make America Great Again\" in his speech.\n";
  const std::string fr =
      "Emomali Rahmon\nWar and Peace\nCSTO NATO UN EU\nhttps://www.example.com/news/tajikistan\n"
      "Il a cité le slogan « Make America Great Again » dans son discours.\n";
  const testing::CheckedPair p(en, fr, true, "en", "fr", true);
  CHECK(untranslated(p).empty());
}

TEST_CASE("untranslated: a target left wholly in the source language is one finding", "[check]") {
  // The same file given twice: ten sentences, every one in English.
  const testing::CheckedPair p(lines(kNewsEn), lines(kNewsEn), true, "en", "fr", true);
  const auto found = untranslated(p);
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::error);
  CHECK(found[0].tgt_sentences == std::vector<std::uint32_t>{0});
  CHECK_THAT(found[0].message, Catch::Contains("10 of its 10 sentences"));
  CHECK_THAT(found[0].suggestion, Catch::Contains("the same one given twice"));
}

TEST_CASE("untranslated: a few sentences left in English are still reported one by one",
          "[check]") {
  auto fr = kNewsFr;
  for (std::size_t k : {1, 3, 5}) fr[k] = kNewsEn[k];
  const testing::CheckedPair p(lines(kNewsEn), lines(fr), true, "en", "fr", true);
  CHECK(untranslated(p).size() == 3);
}

TEST_CASE("untranslated: a word only the source language's hunspell dictionary knows is found",
          "[check]") {
  require_hunspell({"es", "en"});
  // "inmigrantes" is in no word list of the thin Spanish-English dictionary, but hunspell knows
  // it as Spanish, and English does not.
  const testing::CheckedPair p(
      "Cada invierno llegan a la capital miles de trabajadores inmigrantes.\n"
      "La ciudad les ofrece vivienda y trabajo.\n",
      "Every winter, thousands of inmigrantes workers arrive in the capital.\n"
      "The city offers them housing and work.\n",
      true, "es", "en", true);
  const auto found = untranslated(p);
  REQUIRE(found.size() == 1);
  CHECK(found[0].tgt_sentences == std::vector<std::uint32_t>{0});
  REQUIRE(found[0].tgt_spans.size() == 1);
  CHECK(p.tgt.input.view(found[0].tgt_spans[0]) == "inmigrantes");
}

TEST_CASE(
    "untranslated: a lone function word of the source is found when the target has no such word",
    "[check]") {
  require_hunspell({"de", "en"});
  const std::string de =
      "Die neuen Forderungen könnten nicht erfüllt werden, teilte das Ministerium mit.\n"
      "Sie wollte die Stadt im Sommer sehen.\n";
  // "nicht" is no English word; "die" is one, and stays silent.
  const testing::CheckedPair p(de,
                               "The new demands could nicht be met, the ministry said.\n"
                               "She wanted to see die city in the summer.\n",
                               true, "de", "en", true);
  const auto found = untranslated(p);
  REQUIRE(found.size() == 1);
  REQUIRE(found[0].tgt_spans.size() == 1);
  CHECK(p.tgt.input.view(found[0].tgt_spans[0]) == "nicht");
}

TEST_CASE("untranslated: a name the target's dictionary knows with its capital is the target's",
          "[check]") {
  require_hunspell({"it", "en"});
  // Italian "argentina" (the adjective) is English "Argentina" (the country); "argentina" left in
  // lower case is Italian.
  const auto run = [](const std::string& tgt) {
    const testing::CheckedPair p(
        "La senatrice e first lady argentina ha annunciato la sua candidatura.\n"
        "La città le offre una casa.\n",
        tgt + "\nThe city offers her a house.\n", true, "it", "en", true);
    return untranslated(p);
  };
  CHECK(run("The senator and first lady of Argentina announced her candidacy.").empty());
  const auto found = run("The senator and argentina first lady announced her candidacy.");
  REQUIRE(found.size() == 1);
  REQUIRE(found[0].tgt_spans.size() == 1);
}

TEST_CASE("untranslated: a word elided before an apostrophe is the target's", "[check]") {
  require_hunspell({"it", "en"});
  // Italian "all’" (a + l’) is spelt as English "all"; "all" alone would be English.
  const testing::CheckedPair p(
      "The networks were all covering the vote to send the nomination to the full Senate.\n",
      "Le reti hanno trasmesso il voto per presentare la nomina all’intero Senato.\n", true, "en",
      "it", true);
  CHECK(untranslated(p).empty());
  const testing::CheckedPair q(
      "The networks were all covering the vote to send the nomination to the full Senate.\n",
      "Le reti hanno trasmesso il voto per presentare la nomina all intero Senato.\n", true, "en",
      "it", true);
  CHECK(untranslated(q).size() == 1);
  // A possessive is no elision: "sismo's" keeps the Spanish word.
  const testing::CheckedPair r("El epicentro del sismo se localizó cerca de Dillon.\n",
                               "The sismo's epicenter was located near Dillon.\n", true, "es", "en",
                               true);
  CHECK(untranslated(r).size() == 1);
}

TEST_CASE(
    "untranslated: in a quoted speech a phrase left in the source language is an error, a word "
    "alone a warning",
    "[check]") {
  require_hunspell({"es", "en"});
  const std::string es =
      "El tiempo era frío en la ciudad.\n"
      "\"Hará falta un tiempo para que Bitcoin se imponga, pero en 2013 podría haber un cambio\", "
      "predice.\n";
  const testing::CheckedPair phrase(
      es,
      "The weather was cold in the city.\n"
      "\"It will take a while for Bitcoin to catch on, but in 2013 there could be un cambio,\" "
      "he predicts.\n",
      true, "es", "en", true);
  const auto found = untranslated(phrase);
  REQUIRE(found.size() == 1);
  REQUIRE(found[0].tgt_spans.size() == 1);
  CHECK(phrase.tgt.input.view(found[0].tgt_spans[0]) == "un cambio");
  CHECK(found[0].severity == Severity::error);
  // One word of the source inside a quoted speech may be the speaker's own: a warning, when
  // nothing makes it a loan.
  const testing::CheckedPair word(
      es,
      "The weather was cold in the city.\n"
      "\"It will take a while for Bitcoin to catch on, but in 2013 there could be a cambio,\" "
      "he predicts.\n",
      true, "es", "en", true);
  const auto alone = untranslated(word);
  REQUIRE(alone.size() == 1);
  REQUIRE(alone[0].tgt_spans.size() == 1);
  CHECK(word.tgt.input.view(alone[0].tgt_spans[0]) == "cambio");
  CHECK(alone[0].severity == Severity::warning);
}

TEST_CASE("untranslated: a loan in a quoted speech is the speaker's; a title quoted is kept",
          "[check]") {
  require_hunspell({"es", "en"});
  const std::string en =
      "The weather was cold in the city.\n"
      "\"Every night it feels like a reality show and nothing else,\" he said.\n"
      "He said the film \"Dream\" had been a surprise.\n";
  // "reality" stands beside "show", copied from the source too: a term kept whole.
  const testing::CheckedPair loan(en,
                                  "El tiempo era frío en la ciudad.\n"
                                  "\"Cada noche parece un reality show y nada más\", dijo.\n"
                                  "Dijo que la película \"Dream\" había sido una sorpresa.\n",
                                  true, "en", "es", true);
  CHECK(untranslated(loan).empty());
  // The same word alone among Spanish words is no loan.
  const testing::CheckedPair left(en,
                                  "El tiempo era frío en la ciudad.\n"
                                  "\"Cada noche parece un programa de reality y nada más\", "
                                  "dijo.\n"
                                  "Dijo que la película \"Dream\" había sido una sorpresa.\n",
                                  true, "en", "es", true);
  const auto found = untranslated(left);
  REQUIRE(found.size() == 1);
  CHECK(found[0].tgt_sentences == std::vector<std::uint32_t>{1});
  CHECK(found[0].severity == Severity::warning);
}

TEST_CASE("untranslated: a source word with a plural ending hunspell refuses is not the target's",
          "[check]") {
  require_hunspell({"fr", "en"});
  // "capital" is French, "capitals" is not (the French plural is "capitaux").
  const testing::CheckedPair p(
      "The weather was cold in the city.\n"
      "He has also played with the hyphen and capitals in his titles.\n",
      "Il faisait froid dans la ville.\n"
      "Il a aussi joué avec le trait d’union et les capitals dans ses titres.\n",
      true, "en", "fr", true);
  const auto found = untranslated(p);
  REQUIRE(found.size() == 1);
  REQUIRE(found[0].tgt_spans.size() == 1);
  CHECK(p.tgt.input.view(found[0].tgt_spans[0]) == "capitals");
}

TEST_CASE("untranslated: a word is matched with the source's word of the same case", "[check]") {
  require_hunspell({"it", "en"});
  // "Rivoluzione" in the name is capitalised; the "rivoluzione" left in the translation is the
  // common word at the end of the sentence.
  const testing::CheckedPair p(
      "Il tempo era freddo in città.\n"
      "La Rivoluzione francese è stata una fonte di ispirazione per molti lavoratori oppressi di "
      "vari Paesi per iniziare la propria rivoluzione.\n",
      "The weather was cold in the city.\n"
      "The French Revolution was an inspiration for many oppressed workers from various "
      "countries to start their own rivoluzione.\n",
      true, "it", "en", true);
  const auto found = untranslated(p);
  REQUIRE(found.size() == 1);
  REQUIRE(found[0].tgt_spans.size() == 1);
  CHECK(p.tgt.input.view(found[0].tgt_spans[0]) == "rivoluzione");
}

TEST_CASE(
    "untranslated: a short line that copies its source sentence is left in the source "
    "language",
    "[check]") {
  require_hunspell({"es", "en"});
  const std::string en =
      "The weather was cold in the city today.\nWhy? she asked.\nIt was a good day for everyone.\n";
  const testing::CheckedPair copied(
      en, "El tiempo era frío en la ciudad hoy.\nWhy? she asked.\nFue un buen día para todos.\n",
      true, "en", "es", true);
  const auto found = untranslated(copied);
  REQUIRE(found.size() == 1);
  CHECK(found[0].tgt_sentences == std::vector<std::uint32_t>{1});
  CHECK_THAT(found[0].message, Catch::Matchers::StartsWith("target sentence left in the source"));
  // A line of names copied as it is says nothing of its language.
  const testing::CheckedPair names(
      "The weather was cold in the city today.\nDonald Trump\nIt was a good day for everyone.\n",
      "El tiempo era frío en la ciudad hoy.\nDonald Trump\nFue un buen día para todos.\n", true,
      "en", "es", true);
  CHECK(untranslated(names).empty());
}
