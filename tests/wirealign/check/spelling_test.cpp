// Tests of the spelling check. They need Debian's hunspell dictionaries, which scripts/setup
// installs: a missing one fails the test rather than letting it pass without checking anything.
#include <catch2/catch.hpp>

#include "support/checked_pair.h"
#include "wirealign/check/checks.h"
#include "wirealign/spell/hunspell.h"

namespace {

using namespace wirealign;
using Catch::Matchers::Contains;

// The spelling findings on a pair given one sentence a line.
std::vector<Finding> run(const std::string& src, const std::string& tgt,
                         const std::string& src_lang, const std::string& tgt_lang) {
  if (tgt_lang != "ja") {
    INFO("no hunspell dictionary for '" << tgt_lang << "': run scripts/setup");
    REQUIRE(spell::locate(tgt_lang, {}, spell::default_dirs()));
  }
  const testing::CheckedPair pair(src, tgt, true, src_lang, tgt_lang);
  return check::make_spelling(pair.setup())->run(*pair.context);
}

// The words the findings point at, in order.
std::vector<std::string> words(const std::vector<Finding>& findings, const std::string& tgt) {
  std::vector<std::string> out;
  for (const Finding& f : findings) {
    REQUIRE(f.tgt_spans.size() == 1);
    out.push_back(tgt.substr(f.tgt_spans[0].begin, f.tgt_spans[0].size()));
  }
  return out;
}

}  // namespace

TEST_CASE("spelling: a misspelled word gets a warning with the dictionary's word", "[check]") {
  const std::string src =
      "Die Opposition warf Söder vor, die Unterbringung nicht zu kontrollieren.\n"
      "Er führte ein langes Gespräch mit der Schwedin.\n";
  const std::string tgt =
      "The opposition accused Söder of neglecting to controll the accommodation.\n"
      "He conducted a lengthy interview wtih the Swede.\n";
  const auto found = run(src, tgt, "de", "en");
  REQUIRE(found.size() == 2);
  CHECK(words(found, tgt) == std::vector<std::string>{"controll", "wtih"});
  CHECK(found[0].kind == "spelling");
  CHECK(found[0].severity == Severity::warning);
  CHECK(found[0].confidence > 0.5);
  CHECK(found[0].confidence < 1.0);
  CHECK(found[0].tgt_sentences == std::vector<std::uint32_t>{0});
  CHECK(found[0].src_sentences == std::vector<std::uint32_t>{0});
  CHECK_THAT(found[0].message,
             Contains("'controll' is not in the English dictionary") && Contains("'control'"));
  CHECK_THAT(found[1].message, Contains("did you mean 'with'?"));
}

TEST_CASE("spelling: a word with nothing close is info, never an error", "[check]") {
  const auto found = run("Sie sprach lange.\n", "She spoke at blorptastic length.\n", "de", "en");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::info);
  CHECK(found[0].confidence < 0.5);
  CHECK_THAT(found[0].message, !Contains("did you mean"));
}

TEST_CASE("spelling: names, acronyms, numbers, addresses and source words are left out",
          "[check]") {
  const std::string src =
      "Werth gewann in Achleiten.\n"
      "Der Zeitplan gilt seit 2020.\n"
      "Mehr auf www.example.com und #Klimastreik.\n"
      "Die Zeitung nannte es Zeitenwende.\n"
      "Ein Wort auf Russisch.\n";
  const std::string tgt =
      "Werth had already won in Achleiten against Kowalczyk.\n"        // names (Werth: source)
      "The NATO and UNHCR schedule applies since 2020 to 5km runs.\n"  // acronyms, units
      "More at www.exampel.com, info@exampel.org and #Klimastreik.\n"  // addresses, tags
      "The paper called it the zeitenwende.\n"                         // a source word
      "A word in Russian: правительство.\n";                           // another script
  CHECK(run(src, tgt, "de", "en").empty());
}

TEST_CASE("spelling: a sentence-initial word is a name when the text capitalises it elsewhere",
          "[check]") {
  const std::string src = "Sie sprach.\nDann sprach sie wieder.\nSie ging.\n";
  const std::string tgt = "Brakk spoke.\nThen Brakk spoke again.\nTeh end came.\n";
  const auto found = run(src, tgt, "de", "en");
  REQUIRE(found.size() == 1);  // "Teh" has "The" one edit away; "Brakk" is a name
  CHECK(words(found, tgt) == std::vector<std::string>{"Teh"});
  CHECK_THAT(found[0].message, Contains("'The'"));
}

TEST_CASE("spelling: hyphenated and elided words are checked whole, then by part", "[check]") {
  const std::string src = "They took part-time jobs.\nToday he said so.\nThe government.\n";
  const std::string tgt =
      "Ils ont pris des emplois à temps partiel aujourd'hui, a-t-il dit.\n"
      "Aujourd’hui, l'homme est parti.\n"
      "Le gouvernment et les sous-traitans.\n";
  const auto found = run(src, tgt, "en", "fr");
  CHECK(words(found, tgt) == std::vector<std::string>{"gouvernment", "traitans"});
}

TEST_CASE("spelling: German nouns inside a sentence are not taken for misspellings", "[check]") {
  const std::string src = "The government met on Monday.\n";
  const std::string tgt =
      "Die Bundesregierung und die Coronakommision trafen sich am Montag "
      "und beschlosen neue Regeln.\n";
  const auto found = run(src, tgt, "en", "de");
  CHECK(words(found, tgt) == std::vector<std::string>{"beschlosen"});
}

TEST_CASE("spelling: a German noun mistyped inside a sentence is info with the noun", "[check]") {
  // A letter doubled, two letters swapped: slips that leave the noun recognisable. A word one
  // other edit away from a noun is as often a word the dictionary lacks (Jungs, Junges).
  const std::string src = "The candidates met the boys on Monday.\nThe piece was sold.\n";
  const std::string tgt =
      "Die Kanddidaten trafen die Jungs am Montag.\nDas Stcük wurde verkauft.\n";
  const auto found = run(src, tgt, "en", "de");
  CHECK(words(found, tgt) == std::vector<std::string>{"Kanddidaten", "Stcük"});
  for (const Finding& f : found) CHECK(f.severity == Severity::info);
  REQUIRE(found.size() == 2);
  CHECK_THAT(found[0].message, Catch::Contains("did you mean 'Kandidaten'?"));
  CHECK_THAT(found[1].message, Catch::Contains("did you mean 'Stück'?"));
}

TEST_CASE("spelling: an accent slip is not another form of a noun the text has", "[check]") {
  // The German stemmer drops accents: "Kärten" and "Karten" share a stem, but the text does not
  // write "Kärten" twice.
  const std::string src = "She made the cards.\nThe cards were red.\nShe liked the cards.\n";
  const std::string tgt =
      "Sie hat die Karten gemacht.\nDie Kärten waren rot.\nSie mochte die Karten.\n";
  const auto found = run(src, tgt, "en", "de");
  CHECK(words(found, tgt) == std::vector<std::string>{"Kärten"});
}

TEST_CASE("spelling: a word before a full stop inside a segment of two sentences is checked",
          "[check]") {
  // A line may hold two sentences: "kommn." ends the first, it is no abbreviation; "Dr." and
  // "z.B." are.
  const std::string src =
      "I tried to get on the ball. Players like Shaq push forward, Dr. Ma said.\n";
  const std::string tgt =
      "Ich habe versucht, an den Ball zu kommn. Spieler wie Shaq spielen nach vorn, sagte Dr. "
      "Ma.\n";
  const auto found = run(src, tgt, "en", "de");
  CHECK(words(found, tgt) == std::vector<std::string>{"kommn"});
}

TEST_CASE("spelling: a dictionary in ISO-8859-2 works like the others (Polish)", "[check]") {
  const std::string src = "The government met.\n";
  const std::string tgt = "Rz\xC4\x85\x64 spotka\xC5\x82 si\xC4\x99 wczoraj na posiedzenu.\n";
  const auto found = run(src, tgt, "en", "pl");
  CHECK(words(found, tgt) == std::vector<std::string>{"posiedzenu"});
}

TEST_CASE("spelling: without a dictionary for the target language it finds nothing", "[check]") {
  REQUIRE_FALSE(spell::locate("ja", {}, spell::default_dirs()));  // no hunspell for Japanese
  CHECK(run("The government met.\n", "The govenment controll wtih \xE6\x97\xA5\xE6\x9C\xAC.\n",
            "en", "ja")
            .empty());
}

TEST_CASE("spelling: regular forms and compounds the dictionary lacks are not misspellings",
          "[check]") {
  // British spellings (en/spelling-rewrites.tsv), two dictionary words written solid.
  CHECK(run("Er bevorzugt Schuhkartons.\n", "He favours the colour of shoeboxes in the centre.\n",
            "de", "en")
            .empty());
  // A zu-infinitive (de/spelling-rewrites.tsv), a compound with a linking s (de/spelling.tsv).
  CHECK(run("He had to strike back.\nIt was an opinion piece.\n",
            "Er musste zum Gegenschlag auszuholen.\nEs war ein meinungsorientierter Text.\n", "en",
            "de")
            .empty());
}

TEST_CASE("spelling: doubtful cases are info: repeated, capitalised inside, source language",
          "[check]") {
  const std::string src =
      "Er sprach lange.\nEr sprach wieder.\nAn der Temple University lehrt Barry Vacker.\n";
  const std::string tgt =
      "He spoke at blorptastic length.\nHe spoke at blorptastic length again.\n"
      "At Temple, Adjunct Proffessor Barry Vacker teaches.\n";
  const auto found = run(src, tgt, "de", "en");
  REQUIRE(found.size() == 2);
  CHECK(words(found, tgt) == std::vector<std::string>{"blorptastic", "Proffessor"});
  CHECK(found[0].severity == Severity::info);
  CHECK_THAT(found[0].message, Contains("used 2 times"));
  CHECK(found[1].severity == Severity::info);
  CHECK_THAT(found[1].message, Contains("did you mean 'Professor'?"));

  // An English word in an Italian translation of English: a loan, or left untranslated.
  const auto loan =
      run("The bag has a raffia trim.\n", "La borsa ha una rifinitura in fringe.\n", "en", "it");
  REQUIRE(loan.size() == 1);
  CHECK(loan[0].severity == Severity::info);
}

TEST_CASE("spelling: a slip that also splits into dictionary words is a slip, not a compound",
          "[check]") {
  // "refugiaddos" is "refugia" + "ddos" to the dictionary's compounding, and "refugiados" with a
  // letter doubled; "permiteindo" and "murcielagos" are a swap and a lost accent.
  const std::string src =
      "The refugees arrived yesterday in the city.\n"
      "The law allowing it was passed.\n"
      "Bats live in caves.\n";
  const std::string tgt =
      "Los refugiaddos llegaron ayer a la ciudad.\n"
      "Se aprobó la ley permiteindo eso.\n"
      "Los murcielagos viven en cuevas.\n";
  const auto found = run(src, tgt, "en", "es");
  REQUIRE(words(found, tgt) ==
          std::vector<std::string>{"refugiaddos", "permiteindo", "murcielagos"});
  CHECK_THAT(found[0].message, Contains("'refugiados'"));
  CHECK_THAT(found[1].message, Contains("'permitiendo'"));
  CHECK_THAT(found[2].message, Contains("'murciélagos'"));
  // A long compound keeps its benefit of the doubt.
  CHECK(
      run("The metropolitan community met.\n", "De metropoolgemeenschap kwam samen.\n", "en", "nl")
          .empty());
}

TEST_CASE("spelling: a long German noun mistyped inside a sentence gets its noun", "[check]") {
  // Seventeen letters: too long for the dictionary's own suggestions.
  const std::string src = "Local health officials said on Monday that the storm had passed.\n";
  const std::string tgt =
      "Die örtlichen Gesnudheitsbeamten sagten am Montag, der Sturm sei vorüber.\n";
  const auto found = run(src, tgt, "en", "de");
  REQUIRE(words(found, tgt) == std::vector<std::string>{"Gesnudheitsbeamten"});
  CHECK_THAT(found[0].message, Contains("'Gesundheitsbeamten'"));
}
