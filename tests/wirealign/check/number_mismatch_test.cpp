// Tests of number-mismatch: figures read with each language's conventions, and changed figures
// reported with both values.
#include <catch2/catch.hpp>

#include "support/checked_pair.h"
#include "wirealign/check/checks.h"
#include "wirealign/check/numbers.h"
#include "wirealign/check/pair_fixture.h"

namespace {

using namespace wirealign;

std::vector<Finding> run(const testing::Pair& p, const testing::Languages& l) {
  return check::make_number_mismatch(l.setup)->run(*p.context);
}

// The value of the quantity of `kind` in each sentence of `text`, in language `lang`, as the
// reader sees it (0: none).
std::vector<int> values_read(const std::string& lang, const std::string& text,
                             check::QuantityKind kind) {
  const testing::CheckedPair p("One.\n", text, true, "en", lang);
  const check::NumberReader reader(p.tgt_language, WIREALIGN_TEST_DATA_DIR);
  std::vector<int> out;
  for (std::uint32_t k = 0; k < p.tgt.sentences.size(); ++k) {
    int value = 0;
    for (const check::Quantity& q : reader.read(p.tgt, p.tgt_tokens.sentences[k], k))
      if (q.kind() == kind) value = static_cast<int>(q.readings[0].value);
    out.push_back(value);
  }
  return out;
}

}  // namespace

TEST_CASE("Figures written the French way are the same figures", "[check]") {
  testing::Languages l;
  testing::Pair p(l,
                  "About 1,500 soldiers and 20,000 reservists took part.\n"
                  "The drills will last until September 11 and inflation was 3.5%.\n"
                  "The deal is worth $5 million, or 2 billion roubles.\n"
                  "The two men walked 40 miles, he said at 3 p.m. in the 1980s.\n"
                  "Rainfall totals of 3 to 6 inches are expected over the 2018-19 season.\n",
                  "Environ 1 500 soldats et 20 000 réservistes y ont participé.\n"
                  "Les manœuvres dureront jusqu'au 11 septembre et l'inflation était de 3,5 %.\n"
                  "L'accord vaut 5 millions de dollars, soit 2 milliards de roubles.\n"
                  "Les deux hommes ont parcouru 64 km, a-t-il dit à 15 h dans les années 80.\n"
                  "Entre 7,5 et 15 cm de pluie sont attendus pendant la saison 2018-2019.\n");
  CHECK(run(p, l).empty());
}

TEST_CASE("A changed year is reported with both values and marked on both sides", "[check]") {
  testing::Languages l;
  testing::Pair p(
      l, "She might take on Trump in 2020.\nThe plant made 150,000 cars.\n",
      "Elle pourrait affronter Trump en 2022.\nL'usine a construit 150 000 voitures.\n");
  const auto findings = run(p, l);
  REQUIRE(findings.size() == 1);
  const Finding& f = findings[0];
  CHECK(f.kind == "number-mismatch");
  CHECK(f.severity == Severity::error);
  CHECK(f.src_sentences == std::vector<std::uint32_t>{0});
  CHECK(f.tgt_sentences == std::vector<std::uint32_t>{0});
  CHECK(p.src_words(f) == std::vector<std::string>{"2020"});
  CHECK(p.tgt_words(f) == std::vector<std::string>{"2022"});
  CHECK(f.message == "2020 in the source became 2022 in the translation");
}

TEST_CASE("A wrong scale word and a wrong month are reported", "[check]") {
  testing::Languages l;
  testing::Pair p(l, "The debt reached $3 billion on March 4.\n",
                  "La dette a atteint 3 billions de dollars le 4 mai.\n");
  const auto findings = run(p, l);
  REQUIRE(findings.size() == 2);
  CHECK(p.tgt_words(findings[0]) == std::vector<std::string>{"3 billions"});
  CHECK(p.src_words(findings[1]) == std::vector<std::string>{"March"});
  CHECK(p.tgt_words(findings[1]) == std::vector<std::string>{"mai"});
}

TEST_CASE("Dropped figures, spelled-out numbers and articles are not reported", "[check]") {
  testing::Languages l;
  testing::Pair p(l,
                  "One man and 2 women were hurt in 2019.\n"
                  "Three people died.\n",
                  "Un homme et deux femmes ont été blessés.\n"
                  "3 personnes sont mortes.\n");
  CHECK(run(p, l).empty());
}

TEST_CASE("A figure found in the neighbouring block is not reported", "[check]") {
  testing::Languages l;
  // Sentence 1 of the source is split across two target blocks by a forced alignment.
  testing::Pair p(l, "The army sent 300 troops.\nIt also sent 40 tanks and 12 planes.\n",
                  "L'armée a envoyé 300 soldats et 40 chars.\nElle a aussi envoyé 12 avions.\n", {},
                  {{0, 1, 0, 1, 0.5}, {1, 2, 1, 2, 0.5}});
  CHECK(run(p, l).empty());
}

TEST_CASE("A converted figure whose unit the target's data lacks agrees by the usual SI units",
          "[check]") {
  testing::Languages l;
  // French units.tsv has no "mm": 305 is read bare, and 12 inches are 304.8 mm; 20 inches are
  // 508 mm, not 250.
  testing::Pair p(l,
                  "Up to 12 inches of rain fell on the town.\n"
                  "Up to 20 inches of rain fell on the village.\n",
                  "Jusqu'à 305 mm de pluie sont tombés sur la ville.\n"
                  "Jusqu'à 250 mm de pluie sont tombés sur le village.\n");
  const auto findings = run(p, l);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].tgt_sentences == std::vector<std::uint32_t>{1});
}

TEST_CASE("A figure written twice where the source has two different ones is reported", "[check]") {
  testing::Languages l;
  // Each figure of one side stands for one of the other: the second 3 does not answer the 5.
  testing::Pair changed(l,
                        "He held 3 meetings with the minister in the past 5 months.\n"
                        "The talks will resume in May.\n",
                        "Il a tenu 3 réunions avec le ministre au cours des 3 derniers mois.\n"
                        "Les pourparlers reprendront en mai.\n");
  const auto findings = run(changed, l);
  REQUIRE(findings.size() == 1);
  CHECK(changed.src_words(findings[0]) == std::vector<std::string>{"5"});
  CHECK(changed.tgt_words(findings[0]) == std::vector<std::string>{"3"});
  // A figure paired with a figure, not with an article of the same value.
  testing::Pair same(l, "A ruling is expected on 1 October after 5 years of talks.\n",
                     "Un jugement est attendu le 1er octobre après 5 ans de pourparlers.\n");
  CHECK(run(same, l).empty());
}

TEST_CASE("A number in words against another figure is a warning, figures on both sides an error",
          "[check]") {
  testing::Languages l;
  // Words on one side may be a phrase the translator rephrased with a figure.
  testing::Pair words(l, "The talks lasted five days.\nThe ministers met in May.\n",
                      "Les pourparlers ont duré 4 jours.\nLes ministres se sont réunis en mai.\n");
  const auto found = run(words, l);
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::warning);
  testing::Pair figures(
      l, "The talks lasted 5 days.\nThe ministers met in May.\n",
      "Les pourparlers ont duré 4 jours.\nLes ministres se sont réunis en mai.\n");
  const auto sure = run(figures, l);
  REQUIRE(sure.size() == 1);
  CHECK(sure[0].severity == Severity::error);
}

TEST_CASE("A decimal with two digits before a scale word or a unit is a figure, not a time",
          "[check]") {
  testing::Languages l;
  testing::Pair p(l,
                  "The show drew 3.26 million viewers.\n"
                  "The wall is 2.50 m high.\n",
                  "L'émission a attiré 3,26 milliards de téléspectateurs.\n"
                  "Le mur fait 2,50 m de haut.\n");
  const auto findings = run(p, l);
  REQUIRE(findings.size() == 1);
  CHECK(p.src_words(findings[0]) == std::vector<std::string>{"3.26 million"});
  CHECK(p.tgt_words(findings[0]) == std::vector<std::string>{"3,26 milliards"});
}

TEST_CASE("A figure of the neighbouring block excuses only one that block leaves unmatched",
          "[check]") {
  testing::Languages l;
  // vendredi of the first block translates its Friday: it does not stand for Saturday.
  testing::Pair p(l,
                  "The earthquake struck on Friday.\n"
                  "On Saturday, a little boy was pulled from a sewer.\n",
                  "Le séisme a frappé vendredi.\n"
                  "Vendredi, un petit garçon a été sorti d'un égout.\n",
                  {}, {{0, 1, 0, 1, 0.9}, {1, 2, 1, 2, 0.9}});
  const auto findings = run(p, l);
  REQUIRE(findings.size() == 1);
  CHECK(p.src_words(findings[0]) == std::vector<std::string>{"Saturday"});
  CHECK(p.tgt_words(findings[0]) == std::vector<std::string>{"Vendredi"});
}

TEST_CASE("Feet and inches, and units named by CLDR, convert", "[check]") {
  // German has no units data file: CLDR names Kilometer and m. 6-foot-6 is 1.98 m.
  const testing::CheckedPair same(
      "The weather was cold.\nThe 6-foot-6 forward ran 10 miles on Monday.\n",
      "Das Wetter war kalt.\nDer 1,98 m große Stürmer lief am Montag 16 Kilometer.\n", true, "en",
      "de");
  CHECK(check::make_number_mismatch(same.setup())->run(*same.context).empty());
  const testing::CheckedPair changed(
      "The weather was cold.\nThe 6-foot-6 forward ran 10 miles on Monday.\n",
      "Das Wetter war kalt.\nDer 1,98 m große Stürmer lief am Montag 30 Kilometer.\n", true, "en",
      "de");
  const auto findings = check::make_number_mismatch(changed.setup())->run(*changed.context);
  REQUIRE(findings.size() == 1);
  CHECK_THAT(findings[0].message, Catch::Contains("10 in the source became 30"));
}

TEST_CASE("A scale word alone answers only another scale word alone", "[check]") {
  const testing::CheckedPair p("The weather was cold.\nMillions of people would have died.\n",
                               "Hacía frío.\nHabrían muerto billones de personas.\n", true, "en",
                               "es");
  const auto findings = check::make_number_mismatch(p.setup())->run(*p.context);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].severity == Severity::warning);
  const testing::CheckedPair figure("The weather was cold.\nMillions of people would have died.\n",
                                    "Hacía frío.\nHabrían muerto 2 millones de personas.\n", true,
                                    "en", "es");
  CHECK(check::make_number_mismatch(figure.setup())->run(*figure.context).empty());
  // "miles de millones" is billions: a scale word after a function word ends a longer phrase.
  const testing::CheckedPair phrase("The weather was cold.\nBillions of dollars were spent.\n",
                                    "Hacía frío.\nSe gastaron miles de millones de dólares.\n",
                                    true, "en", "es");
  CHECK(check::make_number_mismatch(phrase.setup())->run(*phrase.context).empty());
}

TEST_CASE("A month's abbreviation that is a number in words is a month only beside a number",
          "[check]") {
  // French "sept" is seven, and September abbreviated.
  const testing::CheckedPair p("The weather was cold.\nTwo penalty claims were waved away.\n",
                               "Il faisait froid.\nSept pénaltys ont été refusés.\n");
  const auto findings = check::make_number_mismatch(p.setup())->run(*p.context);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "Two in the source became Sept in the translation");
  const testing::CheckedPair date("The weather was cold.\nThe meeting is on 30 Sept. in Paris.\n",
                                  "Il faisait froid.\nLa réunion a lieu le 30 sept. à Paris.\n");
  CHECK(check::make_number_mismatch(date.setup())->run(*date.context).empty());
}

TEST_CASE("Weekdays are read in their case forms and as hyphenated names", "[check]") {
  const auto days = [](const std::string& lang, const std::string& text) {
    return values_read(lang, text, check::QuantityKind::weekday);
  };
  CHECK(days("pt", "No sábado, um menino.\nNa sexta-feira, um menino.\nA sexta edição.\n") ==
        std::vector<int>{6, 5, 0});
  CHECK(days("pl", "W niedzielę z kanałów.\nW sobotę wieczorem.\nW środku miasta.\n") ==
        std::vector<int>{7, 6, 0});
  CHECK(days("ru", "В пятницу утром.\nВ субботу вечером.\nСреди них был он.\n") ==
        std::vector<int>{5, 6, 0});
  // A day's adjective, by its stem and an ending of up to three letters; not a longer word.
  CHECK(days("pl", "W sobotnie popołudnie.\nPiątkowego wieczoru.\nŚrodowisko naturalne.\n") ==
        std::vector<int>{6, 5, 0});
  CHECK(days("ru", "Субботний матч.\nВ пятничном номере.\nОн воскреснет.\n") ==
        std::vector<int>{6, 5, 0});
  CHECK(days("de", "Am Samstagabend spielte er.\nDie Sonntagsfrage.\nDer Abend.\n") ==
        std::vector<int>{6, 0, 0});
}

TEST_CASE("Months are read in the case forms CLDR does not give", "[check]") {
  const auto months = [](const std::string& lang, const std::string& text) {
    return values_read(lang, text, check::QuantityKind::month);
  };
  // The prepositional (в июне), the genitive CLDR gives (июня), the instrumental (перед июлем).
  CHECK(months("ru", "Сын родился в июне.\nДо 5 сентября.\nПеред июлем он уехал.\nОн уехал.\n") ==
        std::vector<int>{6, 9, 7, 0});
  // The locative (w czerwcu, we wrześniu, w listopadzie).
  CHECK(months("pl", "Syn urodził się w czerwcu.\nWe wrześniu.\nW listopadzie.\nW domu.\n") ==
        std::vector<int>{6, 9, 11, 0});
  // Reported against the source's month.
  const testing::CheckedPair p("Пара стала родителями в июне.\nПогода была хорошей.\n",
                               "The couple became parents in February.\nThe weather was good.\n",
                               true, "ru", "en");
  const auto findings = check::make_number_mismatch(p.setup())->run(*p.context);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "the month июне in the source became February in the translation");
}

TEST_CASE("Clock times are read with each language's clock word", "[check]") {
  struct Case {
    const char* lang;
    const char* text;  // at 10.15, and a second sentence
  };
  for (const Case c : {Case{"de", "Der Unfall geschah um 10.15 Uhr.\nDas Wetter war gut.\n"},
                       Case{"nl", "Het ongeluk gebeurde om 10.15 uur.\nHet weer was goed.\n"},
                       Case{"pt", "O acidente ocorreu às 10h15.\nO tempo estava bom.\n"},
                       Case{"es", "El accidente ocurrió a las 10.15 h.\nEl tiempo era bueno.\n"},
                       Case{"fr", "L'accident a eu lieu à 10 h. 15.\nIl faisait beau.\n"}}) {
    INFO(c.lang);
    const auto findings = [&](const std::string& time) {
      const testing::CheckedPair p(c.text,
                                   "The crash happened at " + time + ".\nThe weather was good.\n",
                                   true, c.lang, "en");
      return check::make_number_mismatch(p.setup())->run(*p.context);
    };
    CHECK(findings("10:15").empty());
    const auto changed = findings("10:00");
    REQUIRE(changed.size() == 1);
    CHECK_THAT(changed[0].message, Catch::Matchers::StartsWith("the time "));
  }
  // A clock word ending a sentence takes no minutes from the next figure (one line, one
  // sentence: as a segmenter that keeps them together would give).
  const testing::CheckedPair next("They came at 3 pm. 30 minutes later they left.\n",
                                  "Sie kamen um 15 Uhr. 30 Minuten später gingen sie.\n", true,
                                  "en", "de");
  CHECK(check::make_number_mismatch(next.setup())->run(*next.context).empty());
  // The long form of French "h".
  const testing::CheckedPair p("They arrived at 4 pm.\nThe weather was good.\n",
                               "Ils sont arrivés à 17 heures.\nIl faisait beau.\n");
  REQUIRE(check::make_number_mismatch(p.setup())->run(*p.context).size() == 1);
}

TEST_CASE("A century answers only another century or its years", "[check]") {
  const auto run = [](const std::string& src, const std::string& tgt, const std::string& src_lang,
                      const std::string& tgt_lang) {
    const testing::CheckedPair p(
        (src_lang == "de" ? "Das Wetter war kalt.\n" : "It was cold.\n") + src + "\n",
        (tgt_lang == "fr" ? "Il faisait froid.\n" : "It was cold.\n") + tgt + "\n", true, src_lang,
        tgt_lang);
    return check::make_number_mismatch(p.setup())->run(*p.context);
  };
  // The decades of a century written as years (the 1850s), or its number in Roman numerals.
  CHECK(run("Apia wurde in den 50ern des 19. Jahrhunderts gegründet und ist seit 1959 die "
            "Hauptstadt.",
            "Apia was founded in the 1850s and has been the capital since 1959.", "de", "en")
            .empty());
  CHECK(run("It was built in the 19th century.", "Il a été construit au XIXe siècle.", "en", "fr")
            .empty());
  // One century for another is a changed figure; the ordinal is read as ever.
  const auto findings =
      run("It was built in the 19th century.", "Il a été construit au 18e siècle.", "en", "fr");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "19th in the source became 18e in the translation");
  const auto year =
      run("Apia wurde im 19. Jahrhundert gegründet und ist seit 1959 die Hauptstadt.",
          "Apia was founded in the 19th century and has been the capital since 1958.", "de", "en");
  REQUIRE(year.size() == 1);
  CHECK(year[0].message == "1959 in the source became 1958 in the translation");
  // A century word the reader does not know (abbreviated, misspelt): the years of that century
  // still answer its ordinal, those of another do not.
  CHECK(run("Apia wurde in den 50ern des 19. Jh. gegründet und ist seit 1959 die Hauptstadt.",
            "Apia was founded in the 1850s and has been the capital since 1959.", "de", "en")
            .empty());
  const auto other =
      run("Apia wurde in den 50ern des 19. Jh. gegründet und ist seit 1959 die Hauptstadt.",
          "Apia was founded in the 1750s and has been the capital since 1959.", "de", "en");
  REQUIRE(other.size() == 1);
  CHECK(other[0].message.starts_with("19"));
}

TEST_CASE("A figure of a score is not the article of the other language", "[check]") {
  // German "eine" reads as one; the 1 of "3-1" is a figure joined to another, which a
  // translation writes as a figure.
  const auto run = [](const std::string& src, const std::string& tgt) {
    const testing::CheckedPair p(
        "The weather was cold.\n" + src + "\nThe vote is on Friday.\n",
        "Das Wetter war kalt.\n" + tgt + "\nDie Abstimmung ist am Freitag.\n", true, "en", "de",
        true);
    return check::make_number_mismatch(p.setup())->run(*p.context);
  };
  auto findings = run("Rangers suffered a 3-1 defeat at Livingston.",
                      "Die Rangers erlitten eine 3-7 Niederlage bei Livingston.");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "1 in the source became 7 in the translation");
  CHECK(run("Rangers suffered a 3-1 defeat at Livingston.",
            "Die Rangers erlitten eine 3:1-Niederlage bei Livingston.")
            .empty());
  // Alone, a 1 may be rendered by the word.
  CHECK(run("Only 1 player scored at Livingston.", "Nur ein Spieler traf in Livingston.").empty());
}
