// Tests of name-mismatch: names matched across languages (identical, transliterated, translated)
// and names replaced by another one.
#include <catch2/catch.hpp>

#include "support/checked_pair.h"
#include "wirealign/check/checks.h"
#include "wirealign/check/names.h"
#include "wirealign/check/news_pair.h"
#include "wirealign/check/pair_fixture.h"

namespace {

using namespace wirealign;

std::vector<Finding> run(const testing::Pair& p, const testing::Languages& l) {
  return check::make_name_mismatch(l.setup)->run(*p.context);
}

}  // namespace

TEST_CASE("Transliterated names are the same name", "[check]") {
  CHECK(check::same_name("dushanbe", "douchanbe"));
  CHECK(check::same_name("tajikistan", "tadjikistan"));
  CHECK(check::same_name("kyrgyzstan", "kirghizistan"));
  CHECK(check::same_name("belarus", "bielorussie"));
  CHECK(check::same_name("moscow", "moscou"));
  CHECK(check::same_name("vladimir", "wladimir"));
  CHECK(check::same_name("cairo", "kairo"));
  CHECK_FALSE(check::same_name("belfast", "ivanov"));
  CHECK_FALSE(check::same_name("davis", "fischer"));
}

TEST_CASE("Names kept, transliterated or translated are not reported", "[check]") {
  testing::Languages l;
  testing::Pair p(l,
                  "President Emomali Rahmon watched the drills near Dushanbe.\n"
                  "Troops from Kyrgyzstan and Belarus crossed into Tajikistan with Mr. Sidorov.\n",
                  "Le président Emomali Rahmon a observé les manœuvres près de Douchanbé.\n"
                  "Des troupes du Kirghizistan et de Biélorussie sont entrées au Tadjikistan avec "
                  "M. Sidorov.\n");
  CHECK(run(p, l).empty());
}

TEST_CASE("A name replaced by another is reported with both names marked", "[check]") {
  testing::Languages l;
  testing::Pair p(l,
                  "A man was stabbed in a restaurant in east Belfast on Friday.\n"
                  "Police said the man was taken to hospital.\n",
                  "Un homme a été poignardé vendredi dans un restaurant à l'est de Ivanov.\n"
                  "La police a indiqué que l'homme avait été conduit à l'hôpital.\n");
  const auto findings = run(p, l);
  REQUIRE(findings.size() == 1);
  const Finding& f = findings[0];
  CHECK(f.kind == "name-mismatch");
  CHECK(f.severity == Severity::error);
  CHECK(p.src_words(f) == std::vector<std::string>{"Belfast"});
  CHECK(p.tgt_words(f) == std::vector<std::string>{"Ivanov"});
  CHECK(f.message == "Belfast in the source became Ivanov in the translation");
}

TEST_CASE("A name dropped with nothing in its place is not reported", "[check]") {
  testing::Languages l;
  testing::Pair p(l, "The drills, said Colonel Sidorov, will go on.\n",
                  "Les manœuvres vont continuer, a dit le colonel.\n");
  CHECK(run(p, l).empty());
}

TEST_CASE("A sentence with several names is not taken for a headline in title case", "[check]") {
  testing::Languages l;
  testing::Pair p(l,
                  "The weather was cold in the north of the country.\n"
                  "On Monday, Hamilton met the president in Paris.\n",
                  "Il faisait froid dans le nord du pays.\n"
                  "Lundi, Ivanov a rencontré le président à Paris.\n");
  const auto findings = run(p, l);
  REQUIRE(findings.size() == 1);
  CHECK(p.src_words(findings[0]) == std::vector<std::string>{"Hamilton"});
  CHECK(p.tgt_words(findings[0]) == std::vector<std::string>{"Ivanov"});
  // A headline in title case still says nothing about its names.
  testing::Pair headline(l, "Hamilton Meets President In Paris On Monday\n",
                         "Ivanov Rencontre Le Président À Paris Lundi\n");
  CHECK(run(headline, l).empty());
}

TEST_CASE("A sentence printed twice lends its names to no neighbour", "[check]") {
  // The headline repeated just before the pair names Tajikistan: the name replaced in the pair is
  // still lost, since the repeated line belongs where its first copy stands.
  auto fr = testing::kNewsFr;
  fr[7] = "La Russie dispose d'une base militaire de 7 000 soldats au Ivanov.";
  fr.insert(fr.begin() + 7, fr[0]);
  testing::Languages l;
  testing::Pair p(l, testing::lines(testing::kNewsEn), testing::lines(fr));
  const auto findings = run(p, l);
  REQUIRE(findings.size() == 1);
  CHECK(p.src_words(findings[0]) == std::vector<std::string>{"Tajikistan"});
  CHECK(p.tgt_words(findings[0]) == std::vector<std::string>{"Ivanov"});
  CHECK(findings[0].tgt_sentences == std::vector<std::uint32_t>{8});
}

TEST_CASE("Across scripts an acronym in the place of a dictionary word of a name is no mismatch",
          "[check]") {
  const auto russian = [](const std::string& tgt) {
    const testing::CheckedPair pair(
        "The CSTO held military exercises in Tajikistan on Monday.\n"
        "The sailors were rescued on Friday, the Navy said.\n",
        tgt, true, "en", "ru");
    return check::make_name_mismatch(pair.setup())->run(*pair.context);
  };
  // ВМС США (the US Navy) renders the Navy another way.
  CHECK(russian("ОДКБ провела учения в Таджикистане в понедельник.\n"
                "Моряки были спасены в пятницу, сообщили ВМС США.\n")
            .empty());
  // A name in its place is still a hint.
  const auto findings = russian(
      "ОДКБ провела учения в Таджикистане в понедельник.\n"
      "Моряки были спасены в пятницу, сообщил Петров.\n");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].severity == Severity::info);
}

TEST_CASE("A lost name one edit from a source word is only a warning", "[check]") {
  testing::Languages l;
  // "Leaguge" may be a misspelt common word that the translation translated.
  testing::Pair p(l,
                  "The weather was cold in the north of the country.\n"
                  "The team faces Videoton in the Europa Leaguge on Thursday.\n",
                  "Il faisait froid dans le nord du pays.\n"
                  "L'équipe affronte Videoton en Lidze Europa jeudi.\n");
  const auto findings = run(p, l);
  REQUIRE(findings.size() == 1);
  CHECK(p.src_words(findings[0]) == std::vector<std::string>{"Leaguge"});
  CHECK(findings[0].severity == Severity::warning);
}

TEST_CASE("A country that became another is an error, whatever the dictionaries know", "[check]") {
  const testing::CheckedPair p(
      "Das Wetter war kalt.\n"
      "Die Windernte macht fast 19 Prozent des gesamten Windstroms in Deutschland aus.\n",
      "The weather was cold.\n"
      "The wind harvest accounts for almost 19 percent of all wind power in South Korea.\n",
      true, "de", "en");
  const auto findings = check::make_name_mismatch(p.setup())->run(*p.context);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].severity == Severity::error);
  CHECK_THAT(findings[0].message, Catch::Matchers::Contains("Deutschland in the source became "
                                                            "South Korea"));
  // The same place under its English name is no mismatch.
  const testing::CheckedPair same(
      "Das Wetter war kalt.\n"
      "Die Windernte macht fast 19 Prozent des gesamten Windstroms in Deutschland aus.\n",
      "The weather was cold.\n"
      "The wind harvest accounts for almost 19 percent of all wind power in Germany.\n",
      true, "de", "en");
  CHECK(check::make_name_mismatch(same.setup())->run(*same.context).empty());
}

TEST_CASE("A city kept under its name in another language is the same city", "[check]") {
  const auto run = [](const std::string& tgt) {
    const testing::CheckedPair p(
        "The weather was cold.\n"
        "Rangers host Rapid Vienna on Thursday, knowing that victory will put them in a strong "
        "position.\n",
        "Het weer was koud.\n" + tgt + "\n", true, "en", "nl", true);
    return check::make_name_mismatch(p.setup())->run(*p.context);
  };
  // The club's own German name for Vienna.
  CHECK(run("Rangers krijgen Rapid Wien op bezoek op donderdag en weten dat een overwinning hen "
            "in een sterke positie plaatst.")
            .empty());
  const auto findings =
      run("Rangers krijgen Rapid Milaan op bezoek op donderdag en weten dat een overwinning hen "
          "in een sterke positie plaatst.");
  REQUIRE(findings.size() == 1);
  CHECK_THAT(findings[0].message, Catch::Matchers::Contains("Vienna in the source became Milaan"));
}

TEST_CASE("A country's name with a genitive s names the country", "[check]") {
  const auto run = [](const std::string& tgt) {
    const testing::CheckedPair p(
        "Das Wetter war kalt.\n"
        "Die Gespräche über Nordkoreas Atomprogramm wurden am Montag fortgesetzt.\n",
        "The weather was cold.\n" + tgt + "\n", true, "de", "en", true);
    return check::make_name_mismatch(p.setup())->run(*p.context);
  };
  CHECK(run("Talks on North Korea's nuclear programme resumed on Monday.").empty());
  const auto findings = run("Talks on Iran's nuclear programme resumed on Monday.");
  REQUIRE(findings.size() == 1);
  CHECK_THAT(findings[0].message, Catch::Matchers::Contains("became Iran"));
}

TEST_CASE("A name with a genitive s renders its name spelt otherwise", "[check]") {
  const auto run = [](const std::string& tgt) {
    const testing::CheckedPair p(
        "Das Wetter war kalt.\n"
        "Die Höhle bietet ein lebhaftes Bild von Mohammeds spirituellen Neigungen.\n",
        "The weather was cold.\n" + tgt + "\n", true, "de", "en", true);
    return check::make_name_mismatch(p.setup())->run(*p.context);
  };
  CHECK(run("The cave offers a vivid picture of Muhammad's spiritual leanings.").empty());
  const auto findings = run("The cave offers a vivid picture of Gogol's spiritual leanings.");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "Mohammeds in the source became Gogol in the translation");
}

TEST_CASE("A German adjective of a town is rendered by the town's translation", "[check]") {
  const auto run = [](const std::string& tgt) {
    const testing::CheckedPair p(
        "Das Wetter war kalt.\nDie Münchner Polizei sagte am Samstag, alles sei ruhig.\n",
        "The weather was cold.\n" + tgt + "\n", true, "de", "en", true);
    return check::make_name_mismatch(p.setup())->run(*p.context);
  };
  // Münchner from München, which the dictionary translates Munich.
  CHECK(run("The Munich police said on Saturday that everything was calm.").empty());
  const auto findings = run("The Dresden police said on Saturday that everything was calm.");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "Münchner in the source became Dresden in the translation");
}

TEST_CASE("A replaced name is paired with the intruder beside it, not with a lost noun",
          "[check]") {
  // "Jahre", a German noun the translation rendered otherwise, is lost too, earlier in the
  // sentence; the replacement of Henry Kissinger is still found.
  const testing::CheckedPair p(
      "Das Wetter war kalt.\n"
      "Während der Wahlen im Jahre 1976 beriet er Carter und diente dann bis 1981 in Nachfolge "
      "von Henry Kissinger als Berater.\n",
      "The weather was cold.\n"
      "He advised Carter during the 1976 election and then served as adviser until 1981, "
      "succeeding Snowden.\n",
      true, "de", "en");
  const auto findings = check::make_name_mismatch(p.setup())->run(*p.context);
  REQUIRE(findings.size() == 1);
  CHECK_THAT(findings[0].message,
             Catch::Matchers::Contains("Henry Kissinger in the source became Snowden"));
}

TEST_CASE("A word beside the rest of a lost name stands in its place, even a dictionary word",
          "[check]") {
  // German capitalises its nouns and adjectives used as nouns: only the place beside Brett and
  // Lecter says that Gewesen and Stein replaced the lost names.
  const testing::CheckedPair p(
      "The weather was cold.\n"
      "\"My mind is made up about Brett Kavanaugh,\" he said.\n"
      "The masks resembled Hannibal Lecter more than haute couture.\n",
      "Das Wetter war kalt.\n"
      "„Meine Meinung über Brett Gewesen steht fest“, sagte er.\n"
      "Die Masken ähnelten mehr Stein Lecter als der Haute Couture.\n",
      true, "en", "de");
  const auto findings = check::make_name_mismatch(p.setup())->run(*p.context);
  REQUIRE(findings.size() == 2);
  CHECK_THAT(findings[0].message,
             Catch::Matchers::Contains("Kavanaugh in the source became Gewesen"));
  CHECK_THAT(findings[1].message, Catch::Matchers::Contains("Hannibal in the source became Stein"));
  // A title word translated beside the name it goes with is no replacement.
  const testing::CheckedPair title(
      "The weather was cold.\nHurricane Rosa is expected to pass over Phoenix.\n",
      "Das Wetter war kalt.\nHurrikan Rosa wird voraussichtlich über Phoenix ziehen.\n", true, "en",
      "de");
  CHECK(check::make_name_mismatch(title.setup())->run(*title.context).empty());
}

TEST_CASE("A name beside a place the translation names is still compared", "[check]") {
  // Germany, Alemania: the place two words away does not make Sinsheim a place too.
  const testing::CheckedPair p(
      "The weather was cold.\n"
      "City battles Hoffenheim in a group play at 12:55 p.m. on Tuesday at Rhein-Neckar-Arena in "
      "Sinsheim, Germany.\n",
      "Hacía frío.\n"
      "El City se enfrenta con el Hoffenheim en un partido de grupo el martes a las 12:55 en el "
      "Rhein-Neckar-Arena de Concentraciones (Alemania).\n",
      true, "en", "es");
  const auto findings = check::make_name_mismatch(p.setup())->run(*p.context);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "Sinsheim in the source became Concentraciones in the translation");
}

TEST_CASE("A common word of a name kept in the source's words is replaced by the word in its place",
          "[check]") {
  // Police stands as the source writes it: the name was kept, and Schreckliche took the place of
  // Metropolitan.
  const testing::CheckedPair p(
      "The weather was cold.\n"
      "The Metropolitan Police said officers were working to identify the man.\n",
      "Das Wetter war kalt.\n"
      "Nach Angaben der Schreckliche Police arbeiteten Beamte daran, den Mann zu identifizieren.\n",
      true, "en", "de");
  const auto findings = check::make_name_mismatch(p.setup())->run(*p.context);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "Metropolitan in the source became Schreckliche in the translation");
  CHECK(findings[0].severity == Severity::warning);
  // A title translated before a first name is no replacement, nor a German noun beside a kept
  // common word.
  for (const auto& [src, tgt] : std::vector<std::pair<std::string, std::string>>{
           {"The Reverend Peter Jones opened the church.",
            "Priester Peter Jones eröffnete die Kirche."},
           {"The Desert Island Discs host spoke.",
            "Die Moderatorin von Desert Insel Discs sprach."}}) {
    const testing::CheckedPair kept("The weather was cold.\n" + src + "\n",
                                    "Das Wetter war kalt.\n" + tgt + "\n", true, "en", "de");
    CHECK(check::make_name_mismatch(kept.setup())->run(*kept.context).empty());
  }
}

TEST_CASE("A name that no dictionary knows and the source does not name is reported", "[check]") {
  const testing::CheckedPair p(
      "Das Wetter war kalt.\n"
      "Bangladesch gehört nach Angaben der Vereinten Nationen zu den am meisten getroffenen "
      "Ländern.\n",
      "The weather was cold.\n"
      "According to Rohtak, Bangladesh is one of the countries hardest hit.\n",
      true, "de", "en");
  const auto findings = check::make_name_mismatch(p.setup())->run(*p.context);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].severity == Severity::warning);
  CHECK_THAT(findings[0].message, Catch::Matchers::StartsWith("the translation names Rohtak,"));
  CHECK_THAT(findings[0].message, Catch::Matchers::Contains("which the source does not name"));
  // Not a source name with an ending (Ris for Ri), a compound noun (Zaubererhut) or a word one
  // letter from a dictionary word (Ofer for Opfer).
  const testing::CheckedPair kept(
      "The weather was cold.\n"
      "Even so, the tone of Ri's speech was different, and the magician's hat was gone.\n"
      "The eight victims were killed.\n",
      "Das Wetter war kalt.\n"
      "Dennoch unterschied sich der Ton von Ris Rede, und der Zaubererhut war weg.\n"
      "Die acht Ofer wurden getötet.\n",
      true, "en", "de");
  CHECK(check::make_name_mismatch(kept.setup())->run(*kept.context).empty());
}

TEST_CASE(
    "In German, a word written in lower case that has a capital inside a sentence may "
    "replace a name",
    "[check]") {
  const testing::CheckedPair p(
      "The weather was cold.\n"
      "\"I saw Kante coming and took the shot,\" he said.\n",
      "Das Wetter war kalt.\n"
      "„Ich habe Hinter kommen sehen und habe geschossen“, sagte er.\n",
      true, "en", "de");
  const auto findings = check::make_name_mismatch(p.setup())->run(*p.context);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "Kante in the source became Hinter in the translation");
  CHECK(findings[0].severity == Severity::warning);
}

TEST_CASE("A dictionary word the translation keeps elsewhere as a name is a name of the document",
          "[check]") {
  // "lee" is an English word, but the translation writes Lee as it is in the first sentence: in
  // the second, the word in its place replaced a name, not a word the translation translated.
  const testing::CheckedPair p(
      "The investor Kai-Fu Lee spoke in Madrid on Monday.\n"
      "The government will hold a meeting on Friday.\n"
      "The president said the economy is growing.\n"
      "Doubling funding could double the chances of success, Lee told the newspaper.\n"
      "The weather was cold in the city.\n",
      "El inversor Kai-Fu Lee habló el lunes en Madrid.\n"
      "El gobierno celebrará una reunión el viernes.\n"
      "El presidente dijo que la economía está creciendo.\n"
      "Duplicar la financiación podría duplicar las posibilidades de éxito, dijo Montero al "
      "periódico.\n"
      "El tiempo era frío en la ciudad.\n",
      true, "en", "es", true);
  const auto findings = check::make_name_mismatch(p.setup())->run(*p.context);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "Lee in the source became Montero in the translation");
  CHECK(findings[0].severity == Severity::warning);
}

TEST_CASE("A common word of the source spelt somewhat like a name does not render it", "[check]") {
  // "fracaso" (failure) and Francis share a consonant skeleton, which says something between two
  // names only; and "Carter", also a Spanish word, does not make Jimmy Carter a common word.
  const testing::CheckedPair p(
      "Hoy hace buen tiempo en la ciudad.\n"
      "El fracaso en Irán contribuyó de manera decisiva a la derrota de Jimmy Carter frente a "
      "Ronald Reagan en las elecciones presidenciales de 1980.\n"
      "Fue un buen día para todos.\n",
      "The weather is good in the city today.\n"
      "The failure in Iran was a decisive contributor to Francis defeat by Ronald Reagan in the "
      "1980 presidential election.\n"
      "It was a good day for everyone.\n",
      true, "es", "en", true);
  const auto findings = check::make_name_mismatch(p.setup())->run(*p.context);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "Jimmy Carter in the source became Francis in the translation");
}

TEST_CASE("A capitalised word that opens the second sentence of a segment is no name", "[check]") {
  // One line of pre-segmented text may hold two sentences. After an initial or an abbreviation
  // (D.K., U.N., Mr.) a capitalised word is still a name.
  const testing::CheckedPair p(
      "Deputy inspector D.K. Arya met Mr. Rahman at the U.N. General Assembly. Police came "
      "later.\n",
      "Le sous-inspecteur D.K. Arya a rencontré M. Rahman à l'Assemblée générale de l'ONU. La "
      "police est venue plus tard.\n");
  const auto& tokens = p.src_tokens.sentences[0];
  const auto name = [&](std::string_view word) {
    for (std::size_t j = 0; j < tokens.size(); ++j)
      if (p.src.input.view(tokens[j].span) == word)
        return check::is_name(p.src, tokens, j, p.src_language);
    FAIL("no token " << word);
    return false;
  };
  CHECK(name("Arya"));
  CHECK(name("Rahman"));
  CHECK(name("General"));
  CHECK_FALSE(name("Police"));
}

TEST_CASE(
    "Beside a name kept as written, a lost word the dictionary translates is replaced by a "
    "word that does not translate it",
    "[check]") {
  // "South" is a word the English-Dutch dictionary translates (zuid); "Zonnig" (sunny) beside
  // "Carolina" took its place.
  const testing::CheckedPair p(
      "The weather was cold in the city.\n"
      "Kennedy appeared more open than his colleague from South Carolina.\n"
      "The vote will take place on Friday.\n",
      "Het weer was koud in de stad.\n"
      "Kennedy leek hierin meer open dan zijn collega uit Zonnig Carolina.\n"
      "De stemming vindt vrijdag plaats.\n",
      true, "en", "nl", true);
  const auto findings = check::make_name_mismatch(p.setup())->run(*p.context);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "South in the source became Zonnig in the translation");
  CHECK(findings[0].severity == Severity::warning);
  // Translated, it is no finding.
  const testing::CheckedPair q(
      "The weather was cold in the city.\n"
      "Kennedy appeared more open than his colleague from South Carolina.\n"
      "The vote will take place on Friday.\n",
      "Het weer was koud in de stad.\n"
      "Kennedy leek hierin meer open dan zijn collega uit Zuid-Carolina.\n"
      "De stemming vindt vrijdag plaats.\n",
      true, "en", "nl", true);
  CHECK(check::make_name_mismatch(q.setup())->run(*q.context).empty());
}

TEST_CASE(
    "A name the source writes twice and the translation once is lost where a word took its "
    "place",
    "[check]") {
  // "Steven" stands in the target once, for the referee: the word beside "Lawless" took the
  // place of the other.
  const std::string en =
      "The weather was cold in the city.\n"
      "Alfredo Morelos felt he should have had a penalty as he and Steven Lawless collided but "
      "referee Steven Thomson waved away the appeals.\n"
      "The vote will take place on Friday.\n";
  const testing::CheckedPair p(
      en,
      "Pogoda w mieście była zimna.\n"
      "Alfredo Morelos uznał, że należał mu się rzut karny, gdy on i Zając Lawless wpadli na "
      "siebie, ale sędzia Steven Thomson rozwiał roszczenia.\n"
      "Głosowanie odbędzie się w piątek.\n",
      true, "en", "pl", true);
  const auto findings = check::make_name_mismatch(p.setup())->run(*p.context);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "Steven in the source became Zając in the translation");
  // A first name left out where it repeats is no replacement.
  const testing::CheckedPair q(
      en,
      "Pogoda w mieście była zimna.\n"
      "Alfredo Morelos uznał, że należał mu się rzut karny, gdy on i Lawless wpadli na siebie, "
      "ale sędzia Steven Thomson rozwiał roszczenia.\n"
      "Głosowanie odbędzie się w piątek.\n",
      true, "en", "pl", true);
  CHECK(check::make_name_mismatch(q.setup())->run(*q.context).empty());
}

TEST_CASE("A name the source repeats is lost where a word no dictionary knows took its place",
          "[check]") {
  // "Dundee" is kept in "Dundee Stars"; the second "Dundee" became "Mayr".
  const std::string en =
      "The weather was cold in the city.\n"
      "Dundee Stars atoned for Friday's loss against Belfast Giants by winning the return match "
      "5-3 in Dundee on Saturday.\n"
      "The vote will take place on Friday.\n";
  const testing::CheckedPair p(
      en,
      "Das Wetter war kalt in der Stadt.\n"
      "Die Dundee Stars machten die Niederlage vom Freitag gegen die Belfast Giants durch einen "
      "5:3-Sieg im Rückspiel in Mayr am Samstag wieder gut.\n"
      "Die Abstimmung findet am Freitag statt.\n",
      true, "en", "de", true);
  const auto findings = check::make_name_mismatch(p.setup())->run(*p.context);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "Dundee in the source became Mayr in the translation");
  CHECK(findings[0].severity == Severity::warning);
  // The second "Dundee" left out (a pronoun, or nothing) is no replacement.
  const testing::CheckedPair q(
      en,
      "Das Wetter war kalt in der Stadt.\n"
      "Die Dundee Stars machten die Niederlage vom Freitag gegen die Belfast Giants durch einen "
      "5:3-Sieg im Rückspiel zu Hause am Samstag wieder gut.\n"
      "Die Abstimmung findet am Freitag statt.\n",
      true, "en", "de", true);
  CHECK(check::make_name_mismatch(q.setup())->run(*q.context).empty());
}

TEST_CASE("An acronym the source does not account for may stand in a lost name's place",
          "[check]") {
  const std::string es =
      "El tiempo era frío en la ciudad.\n"
      "La asociación benéfica Mangola y la Organización Mundial de la Salud lo califican como el "
      "peor brote registrado en el país.\n"
      "La votación tendrá lugar el viernes.\n";
  const testing::CheckedPair p(
      es,
      "The weather was cold in the city.\n"
      "The charity LPG and the World Health Organization call it the worst outbreak ever "
      "recorded in the country.\n"
      "The vote will take place on Friday.\n",
      true, "es", "en", true);
  const auto findings = check::make_name_mismatch(p.setup())->run(*p.context);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "Mangola in the source became LPG in the translation");
  CHECK(findings[0].severity == Severity::warning);
  // At the end of a line, the full stop after the acronym ends the sentence: no abbreviation.
  const testing::CheckedPair end(
      "El tiempo era frío en la ciudad.\n"
      "La Organización Mundial de la Salud califica el brote como el peor registrado en el país, "
      "según la asociación benéfica Mangola.\n"
      "La votación tendrá lugar el viernes.\n",
      "The weather was cold in the city.\n"
      "The World Health Organization calls the outbreak the worst ever recorded in the country, "
      "according to the medical charity LPG.\n"
      "The vote will take place on Friday.\n",
      true, "es", "en", true);
  const auto at_end = check::make_name_mismatch(end.setup())->run(*end.context);
  REQUIRE(at_end.size() == 1);
  CHECK(at_end[0].message == "Mangola in the source became LPG in the translation");
  // With every name kept, an acronym the source does not write (WHO for OMS) replaces
  // nothing.
  const testing::CheckedPair q(
      "El tiempo era frío en la ciudad.\n"
      "La asociación benéfica Mangola y la OMS lo califican como el peor brote registrado en el "
      "país.\n"
      "La votación tendrá lugar el viernes.\n",
      "The weather was cold in the city.\n"
      "The charity Mangola and the WHO call it the worst outbreak ever recorded in the country.\n"
      "The vote will take place on Friday.\n",
      true, "es", "en", true);
  CHECK(check::make_name_mismatch(q.setup())->run(*q.context).empty());
}

TEST_CASE("Beside a kept name, a word that translates a source word by chance still replaced",
          "[check]") {
  // "Letzte" translates "last"/"late", which "spät" translates here: it took Glenn's place.
  const testing::CheckedPair p(
      "The weather was cold in the city.\n"
      "Rangers substitute Glenn Middleton had another late claim for a penalty as he tangled with "
      "Jacobs but again Thomson looked away.\n"
      "The vote will take place on Friday.\n",
      "Das Wetter war kalt in der Stadt.\n"
      "Der Rangers-Austauschspieler Letzte Middleton forderte ebenfalls spät einen Strafstoß nach "
      "einem Gemenge mit Jacobs, aber Thomson sah wieder weg.\n"
      "Die Abstimmung findet am Freitag statt.\n",
      true, "en", "de", true);
  const auto findings = check::make_name_mismatch(p.setup())->run(*p.context);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "Glenn in the source became Letzte in the translation");
}

TEST_CASE("A proper noun the dictionary translates is still a name where nothing renders it",
          "[check]") {
  // Hunspell knows "Spain" with its capital only: a name, though the dictionary translates it
  // (España). "Mundo" took its place.
  const std::string en =
      "The weather was cold in the city.\n"
      "Over several hours pro-independence groups faced off with unionist protesters shouting, "
      "\"Long live Spain.\"\n"
      "The vote will take place on Friday.\n";
  const auto run_es = [&](const std::string& line) {
    const testing::CheckedPair p(
        en,
        "El tiempo era frío en la ciudad.\n" + line + "\nLa votación tendrá lugar el viernes.\n",
        true, "en", "es", true);
    return check::make_name_mismatch(p.setup())->run(*p.context);
  };
  const auto findings = run_es(
      "Durante varias horas, los grupos independentistas se enfrentaron a manifestantes "
      "unionistas al grito de “Viva Mundo”.");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "Spain in the source became Mundo in the translation");
  CHECK(run_es("Durante varias horas, los grupos independentistas se enfrentaron a manifestantes "
               "unionistas al grito de “Viva España”.")
            .empty());
  // A form of its translation (Schotse, of Schotland) renders it.
  const testing::CheckedPair nl(
      "The weather was cold in the city.\n"
      "The case is before the courts of Scotland this week.\n"
      "The vote will take place on Friday.\n",
      "Het weer was koud in de stad.\n"
      "De zaak ligt deze week voor bij de Schotse rechtbanken.\n"
      "De stemming vindt vrijdag plaats.\n",
      true, "en", "nl", true);
  CHECK(check::make_name_mismatch(nl.setup())->run(*nl.context).empty());
}

TEST_CASE("A well-known name adapted in a way the dictionary does not know is only a warning",
          "[check]") {
  // English-Dutch dictionaries give Keulen for Cologne; the German name Köln may be meant.
  const testing::CheckedPair p(
      "The weather was cold in the city.\n"
      "The team flew to Cologne on Monday.\n"
      "The vote will take place on Friday.\n",
      "Het weer was koud in de stad.\n"
      "Het team vloog maandag naar Köln.\n"
      "De stemming vindt vrijdag plaats.\n",
      true, "en", "nl", true);
  const auto findings = check::make_name_mismatch(p.setup())->run(*p.context);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "Cologne in the source became Köln in the translation");
  CHECK(findings[0].severity == Severity::warning);
}

TEST_CASE("An abbreviation or a currency code is no acronym standing for a lost name", "[check]") {
  // "Council" is not found as written ("Consejo de Seguridad" translates it); "EE. UU." is the
  // Spanish abbreviation of the United States, not a name put in its place.
  const testing::CheckedPair p(
      "The weather was cold in the city.\n"
      "However, U.S. Secretary of State Mike Pompeo told the U.N. Security Council on Thursday "
      "that sanctions must continue.\n"
      "The vote will take place on Friday.\n",
      "El tiempo era frío en la ciudad.\n"
      "Sin embargo, el secretario de Estado de EE. UU., Mike Pompeo, informó al Consejo de "
      "Seguridad de la ONU el jueves de que las sanciones deben continuar.\n"
      "La votación tendrá lugar el viernes.\n",
      true, "en", "es", true);
  CHECK(check::make_name_mismatch(p.setup())->run(*p.context).empty());
}

TEST_CASE("A country's code under an alias CLDR knows names the country", "[check]") {
  // "Unito" is lost (the country is named as UK); UK is CLDR's alias of GB, Regno Unito.
  const testing::CheckedPair p(
      "Il tempo era freddo in città.\n"
      "Glitter ritornò nel Regno Unito lo scorso mese dopo aver passato 27 mesi in una prigione "
      "vietnamita.\n"
      "La votazione si terrà venerdì.\n",
      "The weather was cold in the city.\n"
      "Glitter returned to the UK last month after spending 27 months in a Vietnamese prison.\n"
      "The vote will take place on Friday.\n",
      true, "it", "en", true);
  CHECK(check::make_name_mismatch(p.setup())->run(*p.context).empty());
}

TEST_CASE("A place's initials or a Roman numeral is no acronym standing for a lost name",
          "[check]") {
  // "Tide" and "Pacific" have no counterpart as written; VS (Verenigde Staten, which the source
  // names) and XIX do not stand in their places.
  const testing::CheckedPair nl(
      "The weather was cold in the city.\n"
      "The newest report shows a general decrease in Red Tide concentrations for parts of the "
      "Tampa Bay area in the United States.\n"
      "The vote will take place on Friday.\n",
      "Het weer was koud in de stad.\n"
      "Het meest recente rapport laat een algemene daling zien van concentraties van Rode gloed "
      "in delen van Tampa Bay Area (in de VS).\n"
      "De stemming vindt vrijdag plaats.\n",
      true, "en", "nl", true);
  CHECK(check::make_name_mismatch(nl.setup())->run(*nl.context).empty());
  const testing::CheckedPair pl(
      "The weather was cold in the city.\n"
      "Throughout landlocked Bolivia, the memory of a coastline lost to Chile in a bloody "
      "19th-century resource conflict is still vivid - as is the yearning to sail the Pacific "
      "Ocean once more.\n"
      "The vote will take place on Friday.\n",
      "Pogoda w mieście była zimna.\n"
      "W niemającej dostępu do morza Boliwii wspomnienie o linii brzegowej utraconej na rzecz "
      "Chile w krwawym konflikcie o zasoby z XIX wieku nadal jest żywe, tak jak marzenie o "
      "ponownej żegludze po Oceanie Spokojnym.\n"
      "Głosowanie odbędzie się w piątek.\n",
      true, "en", "pl", true);
  CHECK(check::make_name_mismatch(pl.setup())->run(*pl.context).empty());
}

TEST_CASE("An acronym whose full name in the acronym table the lost name writes replaces nothing",
          "[check]") {
  // The table gives "Union of Soviet Socialist Republics" for URSS.
  const testing::CheckedPair p(
      "The weather was cold in the city.\n"
      "The fall of the Soviet Union ended the war, Mr Smith said.\n"
      "The vote will take place on Friday.\n",
      "Il faisait froid en ville.\n"
      "La chute de l'URSS a mis fin à la guerre, a dit M. Smith.\n"
      "Le vote aura lieu vendredi.\n",
      true, "en", "fr", true);
  CHECK(check::make_name_mismatch(p.setup())->run(*p.context).empty());
}

TEST_CASE("A neighbour's names account for its own source, not for a replaced one", "[check]") {
  // The second pair is unsure (its only name changed), so the first lends its words; its
  // Kennedy renders its own source's Kennedy, and "colleague" its "collègue", not "Collet".
  const testing::CheckedPair p(
      "Kennedy appeared more open than his colleague from South Carolina.\n"
      "\"I mean, of course,\" said Kennedy.\n",
      "Kennedy s’est montré plus ouvert que sa collègue de la Caroline du Sud.\n"
      "« Évidemment », dit Collet.\n",
      true, "en", "fr", true);
  const auto findings = check::make_name_mismatch(p.setup())->run(*p.context);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "Kennedy in the source became Collet in the translation");
  const testing::CheckedPair kept(
      "Kennedy appeared more open than his colleague from South Carolina.\n"
      "\"I mean, of course,\" said Kennedy.\n",
      "Kennedy s’est montré plus ouvert que sa collègue de la Caroline du Sud.\n"
      "« Évidemment », dit Kennedy.\n",
      true, "en", "fr", true);
  CHECK(check::make_name_mismatch(kept.setup())->run(*kept.context).empty());
}

TEST_CASE(
    "The rest of a name anchors its replacement at the start of a sentence or in another "
    "order",
    "[check]") {
  const auto run = [](const std::string& src, const std::string& tgt) {
    const testing::CheckedPair p(
        "The weather was cold in the city.\n" + src + "\nThe vote will take place on Friday.\n",
        "Il faisait froid en ville.\n" + tgt + "\nLe vote aura lieu vendredi.\n", true, "en", "fr",
        true);
    return check::make_name_mismatch(p.setup())->run(*p.context);
  };
  // A first name opening the sentence, written the same in the target.
  auto findings = run("Peter Martin, of business consultancy CGA, said the figures were good.",
                      "Peter Arrêté, du cabinet-conseil CGA, a déclaré que les données étaient "
                      "bonnes.");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "Martin in the source became Arrêté in the translation");
  // The words of a name in the other order: only a word no dictionary knows replaced the lost one.
  findings =
      run("The Rangers host Rapid Vienna on Thursday, and will qualify from Group G of the "
          "Europa League.",
          "Les Rangers recevront le Rapid Vienne jeudi, et se qualifieront du Groupe G dans "
          "la Zyrbak Europa.");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "League in the source became Zyrbak in the translation");
  CHECK(run("The Rangers host Rapid Vienna on Thursday, and will qualify from Group G of the "
            "Europa League.",
            "Les Rangers recevront le Rapid Vienne jeudi, et se qualifieront du Groupe G dans la "
            "Ligue Europa.")
            .empty());
}

TEST_CASE("A name in a title-case headline, and a sentence in title case with a full stop",
          "[check]") {
  const auto run = [](const std::string& src, const std::string& tgt) {
    const testing::CheckedPair p(src + "\nThe vote will take place on Friday.\n",
                                 tgt + "\nLe vote aura lieu vendredi.\n", true, "en", "fr", true);
    return check::make_name_mismatch(p.setup())->run(*p.context);
  };
  // In a headline, a word no dictionary knows is a name all the same.
  auto findings = run("Sarah Palin's Eldest Son Arrested on Domestic Violence Charges",
                      "Le fils aîné de Sarah Jacquet arrêté pour violence conjugale");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "Palin in the source became Jacquet in the translation");
  CHECK(run("Sarah Palin's Eldest Son Arrested on Domestic Violence Charges",
            "Le fils aîné de Sarah Palin arrêté pour violence conjugale")
            .empty());
  // So is a word of a place's name by CLDR's names, though a dictionary knows it (china).
  findings = run("U.S. Weighed Penalizing El Salvador Over Support for China, Then Backed Off",
                 "Les États-Unis ont envisagé de sanctionner le Salvador pour son soutien à "
                 "l'Égypte, puis ont reculé");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "China in the source became Égypte in the translation");
  CHECK(run("U.S. Weighed Penalizing El Salvador Over Support for China, Then Backed Off",
            "Les États-Unis ont envisagé de sanctionner le Salvador pour son soutien à la Chine, "
            "puis ont reculé")
            .empty());
  // A sentence that ends with a full stop is no headline, however many capitals it has.
  findings =
      run("China's State Council issued its Next Generation Artificial Intelligence "
          "Development Plan in July 2017.",
          "Le Zyrbak des affaires d’État de la Chine a dévoilé son plan de développement "
          "de l’intelligence artificielle nouvelle génération en juillet 2017.");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "Council in the source became Zyrbak in the translation");
}

TEST_CASE("A capitalised word after a closing quotation mark goes on the sentence", "[check]") {
  const testing::CheckedPair p(
      "Le temps était froid en ville.\n"
      "« J’ai été écrasé dans les ruines du mur, je crois », a confié Haris à Associated Press.\n"
      "Le vote aura lieu vendredi.\n",
      "The weather was cold in the city.\n"
      "\"I was squeezed into the ruins of the wall, I think,\" Across told Associated Press.\n"
      "The vote will take place on Friday.\n",
      true, "fr", "en", true);
  const auto findings = check::make_name_mismatch(p.setup())->run(*p.context);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "Haris in the source became Across in the translation");
}

TEST_CASE("A source that capitalises its nouns: the lost name nearest to a replacement decides",
          "[check]") {
  const auto run = [](const std::string& src, const std::string& tgt) {
    const testing::CheckedPair p(
        "Das Wetter war kalt.\n" + src + "\nDie Abstimmung ist am Freitag.\n",
        "The weather was cold.\n" + tgt + "\nThe vote is on Friday.\n", true, "de", "en", true);
    return check::make_name_mismatch(p.setup())->run(*p.context);
  };
  // A German noun the dictionary renders otherwise (Unterredung) is lost too, but further away
  // than Coons from the English word standing in its place.
  auto findings = run("Nach einer Unterredung mit Coons traf Flake seine Entscheidung.",
                      "After a conversation with Miles, Flake made his decision.");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "Coons in the source became Miles in the translation");
  CHECK(run("Nach einer Unterredung mit Coons traf Flake seine Entscheidung.",
            "After a conversation with Coons, Flake made his decision.")
            .empty());
  // A German word that the dictionary translates by a name only (Pjöngjang: Pyongyang) is a name.
  findings = run("Die beiden Staatschefs trafen sich in Pjöngjang zu Gesprächen.",
                 "The two leaders met in Treatment for talks.");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "Pjöngjang in the source became Treatment in the translation");
  // A German noun spelt like the replacement (Sprecher, Speech) does not account for it.
  findings = run("Vize-Präsident Mike Pence ist als Sprecher auf der Konferenz vorgesehen.",
                 "Vice President Speech Pence is slated to address the conference.");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "Mike in the source became Speech in the translation");
  // A first name German hunspell knows, beside a surname nothing knows: the two are one name, not
  // a noun the translation rendered in other words.
  findings = run("\"Das kann sich rächen\", sagte Jürgen Mistol, der Geschäftsführer der Grünen.",
                 "\"This can take its toll,\" said Extra Place, the director of the Greens.");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message.starts_with("Jürgen Mistol in the source became Extra"));
  // A name no dictionary knows is replaced by another such rather than by the dictionary words
  // that translate the abbreviation beside it (WM, World Cup).
  findings = run("Der WM-Rekordtorschütze Klose und Flick kennen die Turniervorbereitung.",
                 "The World Cup record goalscorer Guenther Merl and Flick know the tournament "
                 "preparation.");
  REQUIRE(findings.size() == 1);
  CHECK_THAT(findings[0].message, Catch::Matchers::Contains("became Guenther Merl"));
}

TEST_CASE("A quoted word inside a sentence does not open one", "[check]") {
  const testing::CheckedPair p(
      "Das Wetter war kalt.\n"
      "Der Mann, zu dem nur der Nachname „Liu“ genannt wurde, wurde tot aufgefunden.\n"
      "Die Abstimmung ist am Freitag.\n",
      "The weather was cold.\n"
      "The man, identified only by his surname \"Ready,\" was found dead.\n"
      "The vote is on Friday.\n",
      true, "de", "en", true);
  const auto findings = check::make_name_mismatch(p.setup())->run(*p.context);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "Liu in the source became Ready in the translation");
}

TEST_CASE("A name the target's dictionary knows only with a capital may open a sentence",
          "[check]") {
  const auto run = [](const std::string& tgt) {
    const testing::CheckedPair p(
        "Faceva freddo.\n"
        "A Parigi si spera che le ditte francesi ricevano una commessa del valore di 20 miliardi "
        "di euro.\n"
        "Il voto è venerdì.\n",
        "It was cold.\n" + tgt + "\nThe vote is on Friday.\n", true, "it", "en", true);
    return check::make_name_mismatch(p.setup())->run(*p.context);
  };
  const auto findings =
      run("Andes hopes that French firms will receive an order worth 20 billion euros.");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "Parigi in the source became Andes in the translation");
  // A common word opening the sentence replaced nothing (omission reports the name).
  CHECK(run("Hopes are that French firms will receive an order worth 20 billion euros.").empty());
}

TEST_CASE("An adjective of a place in lower case replaced by one of another place", "[check]") {
  const auto run = [](const std::string& tgt) {
    const testing::CheckedPair p(
        "Il tempo era freddo.\nMolti turisti amano la cucina italiana e il vino.\n"
        "Il voto è venerdì.\n",
        "The weather was cold.\n" + tgt + "\nThe vote is on Friday.\n", true, "it", "en", true);
    return check::make_name_mismatch(p.setup())->run(*p.context);
  };
  // CLDR's one-word territory names: italiana from Italia, Indonesian from Indonesia.
  const auto findings = run("Many tourists love Indonesian cuisine and wine.");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "italiana in the source became Indonesian in the translation");
  CHECK(findings[0].severity == Severity::warning);
  CHECK(run("Many tourists love Italian cuisine and wine.").empty());
  // Without an adjective of another place, a lost adjective opens the door to no other word.
  CHECK(run("Many tourists love the cuisine of Rome and its wine.").empty());
}

TEST_CASE("An adjective of a continent replaced by one of a country", "[check]") {
  // CLDR names continents too (region 002, Africa): africana from Africa.
  const auto run = [](const std::string& tgt) {
    const testing::CheckedPair p(
        "Il tempo era freddo.\nMolti turisti vogliono vedere la fauna selvatica africana.\n"
        "Il voto è venerdì.\n",
        "The weather was cold.\n" + tgt + "\nThe vote is on Friday.\n", true, "it", "en", true);
    return check::make_name_mismatch(p.setup())->run(*p.context);
  };
  const auto findings = run("Many tourists want to see Indonesian wildlife.");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "africana in the source became Indonesian in the translation");
  CHECK(run("Many tourists want to see African wildlife.").empty());
}

TEST_CASE("A name opening its sentence is not replaced by the verb opening the translation's",
          "[check]") {
  // Portuguese leaves out the subject (Aguero) and opens on the verb (Ficou).
  const testing::CheckedPair p(
      "The weather was cold.\nAguero then found himself surrounded by four players.\n",
      "O tempo estava frio.\nFicou então cercado por quatro jogadores.\n", true, "en", "pt", true);
  CHECK(check::make_name_mismatch(p.setup())->run(*p.context).empty());
}

TEST_CASE("Where nouns have a capital, a place or a name of the source's dictionary is no noun",
          "[check]") {
  // Schmidt and Berlin are no German nouns: the English dictionary knows Schmidt only as a name,
  // CLDR names Berlin.
  const std::string source =
      "The weather was cold.\nShe told the audience at a rally for Donald Trump in Tulsa, "
      "Oklahoma.\n";
  for (const std::string replacement : {"Schmidt, Oklahoma", "Berlin"}) {
    const testing::CheckedPair p(source,
                                 "Das Wetter war kalt.\nSie sagte dem Publikum bei einer "
                                 "Kundgebung für Donald Trump in " +
                                     replacement + ".\n",
                                 true, "en", "de", true);
    const auto findings = check::make_name_mismatch(p.setup())->run(*p.context);
    REQUIRE(findings.size() == 1);
    CHECK(p.src_words(findings[0]) == std::vector<std::string>{"Tulsa"});
  }
  // A German noun in the same place is not taken for a name.
  const testing::CheckedPair noun(source,
                                  "Das Wetter war kalt.\nSie sagte dem Publikum bei einer "
                                  "Kundgebung für Donald Trump in der Stadt, Oklahoma.\n",
                                  true, "en", "de", true);
  CHECK(check::make_name_mismatch(noun.setup())->run(*noun.context).empty());
}

TEST_CASE("Between two kept words of a name, or beyond a particle, a noun replaced a word of it",
          "[check]") {
  const testing::CheckedPair between(
      "The weather was cold.\nThey have a son called Robert Ray Black-Daley.\n",
      "Das Wetter war kalt.\nSie haben einen Sohn namens Robert Bergmann Black-Daley.\n", true,
      "en", "de", true);
  auto findings = check::make_name_mismatch(between.setup())->run(*between.context);
  REQUIRE(findings.size() == 1);
  CHECK(between.src_words(findings[0]) == std::vector<std::string>{"Ray"});
  CHECK(between.tgt_words(findings[0]) == std::vector<std::string>{"Bergmann"});
  const testing::CheckedPair particle(
      "The weather was cold.\nHe led his battalion across the Canal de Saint-Quentin.\n",
      "Das Wetter war kalt.\nEr führte sein Bataillon über den Schmidt de Saint-Quentin.\n", true,
      "en", "de", true);
  findings = check::make_name_mismatch(particle.setup())->run(*particle.context);
  REQUIRE(findings.size() == 1);
  CHECK(particle.tgt_words(findings[0]) == std::vector<std::string>{"Schmidt"});
  // The name translated word by word, particle and all, is no replacement.
  const testing::CheckedPair translated(
      "The weather was cold.\nHe led his battalion across the Canal de Saint-Quentin.\n",
      "Das Wetter war kalt.\nEr führte sein Bataillon über den Kanal von Saint-Quentin.\n", true,
      "en", "de", true);
  CHECK(check::make_name_mismatch(translated.setup())->run(*translated.context).empty());
}

TEST_CASE("A place's name that is also a word is replaced by a name the target knows", "[check]") {
  // china is a word, China a place by CLDR's names: not a name translated word by word.
  const testing::CheckedPair p(
      "The weather was cold.\nThe number of those living with HIV in China has risen.\n",
      "Było zimno.\nLiczba osób żyjących z wirusem HIV w Wiśniewska wzrosła.\n", true, "en", "pl",
      true);
  const auto findings = check::make_name_mismatch(p.setup())->run(*p.context);
  REQUIRE(findings.size() == 1);
  CHECK(p.src_words(findings[0]) == std::vector<std::string>{"China"});
  CHECK(p.tgt_words(findings[0]) == std::vector<std::string>{"Wiśniewska"});
}

TEST_CASE("A name the source repeats is lost where a name of the target's dictionary stands",
          "[check]") {
  // The second Spieth, in Adamczyk's place; the word in lower case is no occurrence of a name.
  const testing::CheckedPair p(
      "The weather was cold.\n"
      "The Americans, as Spieth says, have plenty to be encouraged by, not least the form of "
      "Spieth and Justin Thomas.\n",
      "Było zimno.\n"
      "Amerykanie, jak mówi Spieth, mają godne wzory do naśladowania, zwłaszcza w postaci "
      "Adamczyk i Justina Thomasa.\n",
      true, "en", "pl", true);
  const auto findings = check::make_name_mismatch(p.setup())->run(*p.context);
  REQUIRE(findings.size() == 1);
  CHECK(p.tgt_words(findings[0]) == std::vector<std::string>{"Adamczyk"});
  const Span span = findings[0].src_spans.at(0);
  CHECK(span.begin > p.context->src.input.text.find("form of"));
}

TEST_CASE("In German, a surname hunspell knows is a name, a compound noun is not", "[check]") {
  const auto run = [](const std::string& src, const std::string& tgt) {
    const testing::CheckedPair p("The weather was cold.\n" + src + "\n",
                                 "Das Wetter war kalt.\n" + tgt + "\n", true, "en", "de", true);
    return check::make_name_mismatch(p.setup())->run(*p.context);
  };
  // Eder is in hunspell's German dictionary, but "Stadteder" is not a word: a name, which took
  // Saipov's place.
  const auto findings = run(
      "The attack required \"substantial planning and premeditation,\" prosecutors said, "
      "describing the manner in which Saipov carried it out as \"heinous, cruel and depraved.\"",
      "Der Anschlag erfordere „grundlegende Planung und Vorsatz“, so die Ankläger, welche die Art, "
      "in der Eder die Tat durchführte, als „abscheulich, grausam und verdorben“ beschrieben.");
  REQUIRE(findings.size() == 1);
  CHECK_THAT(findings[0].message, Catch::Matchers::Contains("Saipov in the source became Eder"));
  // Außenminister is no compound's end either, but a compound itself: a noun.
  CHECK(run("But on Saturday, North Korean Foreign Minister Ri Yong-ho blamed US sanctions for "
            "the lack of progress since then.",
            "Am Samstag beschuldigte der nordkoreanische Außenminister Ri Yong-ho jedoch die "
            "amerikanischen Sanktionen für die mangelnden Fortschritte.")
            .empty());
}

TEST_CASE("An article opening the sentence is no short name that a longer word renders",
          "[check]") {
  // "Ri" may be written "Ris" with an ending; the Italian article "La" does not render "Lane".
  const testing::CheckedPair p(
      "Il tempo era freddo.\n"
      "La Davis dice: \"Continuo a temere che si verifichi un effetto a catena\".\n",
      "The weather was cold.\n"
      "Ms Lane said: \"I continually worry that there's going to be a knock on effect.\"\n",
      true, "it", "en", true);
  const auto findings = check::make_name_mismatch(p.setup())->run(*p.context);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "Davis in the source became Lane in the translation");
  const check::Context& c = *p.context;
  const auto& src = c.src_tokens.sentences[1];
  const auto& tgt = c.tgt_tokens.sentences[1];
  CHECK_FALSE(check::renders(src[0], tgt[1], c.lexicon));  // La, Lane
}

TEST_CASE("A German compound noun lost is translated by an acronym, not replaced by it",
          "[check]") {
  const auto run = [](const std::string& src, const std::string& tgt) {
    const testing::CheckedPair p("Das Wetter war kalt.\n" + src + "\n",
                                 "The weather was cold.\n" + tgt + "\n", true, "de", "en", true);
    return check::make_name_mismatch(p.setup())->run(*p.context);
  };
  // Nationalversammlungs|mitglied splits into words the German dictionary knows: a noun that the
  // bilingual dictionary cannot translate, which the translation abbreviates.
  CHECK(run("Ein der Labour Party angehörendes Nationalversammlungsmitglied sagte, seine Gruppe "
            "sei besorgt, weil sich der Name „mit ‚Twp‘ und ‚Pwp‘ reimt“.",
            "One Labour AM said his group was concerned \"it rhymes with Twp and Pwp.\"")
            .empty());
  // A name that no dictionary knows in its place is still one.
  const auto replaced =
      run("Das Nationalversammlungsmitglied sagte am Montag, die Schule werde geschlossen.",
          "The Quillfeather said on Monday that the school would close.");
  REQUIRE(replaced.size() == 1);
  CHECK_THAT(replaced[0].message, Catch::Matchers::Contains("became Quillfeather"));
}

TEST_CASE("A surname with its initial written before it is the same name; a letter alone is none",
          "[check]") {
  const testing::CheckedPair p(
      "Das Wetter war kalt.\n"
      "5. Cho Oyu, 8189 m, Leiter H.Tichy, Gipfelmannschaft H.Tichy, S. Jöchler und Pasang Dawa "
      "Lama.\n",
      "Il faisait froid.\n"
      "5. Cho Oyu, 8189 m. Chef H.Tichy ; équipe du sommet H.Tichy, S.Jöchler et Pasang Dawa "
      "Lama.\n",
      true, "de", "fr", true);
  CHECK(check::make_name_mismatch(p.setup())->run(*p.context).empty());
}
