// Tests of the missing-word gaps omission reports: a determiner with nothing after it, a word
// that needs a complement before a conjunction, a statement ending on a conjunction or opening on
// an auxiliary verb, two commas in a row; and the constructions that look alike but are correct.
#include "wirealign/check/missing_words.h"

#include <catch2/catch.hpp>

#include "support/checked_pair.h"
#include "wirealign/check/checks.h"
#include "wirealign/check/news_pair.h"

namespace {

using namespace wirealign;
using Catch::Matchers::Contains;

std::optional<check::Gap> gap_in(const std::string& code, const std::string& sentence) {
  const check::MissingWords words(WIREALIGN_TEST_DATA_DIR, code);
  return words.find(sentence, {0, static_cast<std::uint32_t>(sentence.size())});
}

std::string gap_text(const std::string& code, const std::string& sentence) {
  const auto gap = gap_in(code, sentence);
  REQUIRE(gap);
  return sentence.substr(gap->span.begin, gap->span.size());
}

}  // namespace

TEST_CASE("missing words: gaps in English grammar", "[check]") {
  CHECK(gap_text("en", "A member of a that describes itself as an alliance fired a shot.") ==
        "a that");
  CHECK(gap_text("en", "The man was responsible for the of the cathedral.") == "the of");
  CHECK(gap_text("en", "Boating is the national pastime, with one in six owning a.") == "a.");
  CHECK(gap_text("en", "The Arabs brought Islam to the, and it was very successful.") == "the,");
  CHECK(gap_text("en", "He volunteers for the diocese of and was responsible.") == "of and");
  CHECK(gap_text("en", "Spanish is widely spoken in public transport and.") == "and.");
  CHECK(gap_text("en", "Is the national pastime in Finland.") == "Is");
  CHECK(gap_text("en", "The and Flick know what matters.") == "The and");
  CHECK(gap_text("en", "It holds nickel, zinc, gold,, iron and diamonds.") == "gold,,");
  CHECK(gap_text("en", "Hale, head of 's shuttle program, spoke.") == "'s");
  CHECK(gap_text("en", "It is a smelly part of Norway's.") == "Norway's");
  CHECK(gap_text("en", "Their currency, the (FKP), is worth a pound.") == "the (FKP),");
  CHECK(gap_text("en", "The failure in was a decisive contributor.") == "in was");
  CHECK(gap_text("en", "Gordon Johndroe, Bush’s, referred to it.") == "Bush’s");
  CHECK(gap_text("en", "The plan, they have, the have and the have-nots.") == "the have");
  CHECK(gap_text("en", "The studio signed her and made her big alongside .") == "alongside .");
  CHECK(gap_text("en", "Officials expect a slowdown as \"\" moves further inland.") == "\"\"");
  CHECK(gap_text("fr", "Il a dit que « » était parti.") == "« »");
  CHECK(gap_text("en", "There are examples, like Agremex, whose were guaranteed.") == "whose were");
  CHECK_THAT(gap_in("en", "They found the of it.")->message,
             Contains("\"the\" is followed by \"of\""));
}

TEST_CASE("missing words: correct English that looks like a gap", "[check]") {
  for (const char* sentence : {
           "Plan A is ready, and vitamin A.",                        // a letter, not an article
           "He arrived at 3:40 a.m. and left.",                      // an abbreviation
           "Those who stayed were never close to climbing out of.",  // "of" may end a sentence
           "Some of which were sold, and most of that was lost.",    // "of" before a pronoun
           "Is that the reason so many are here?",                   // a question
           "The cost of: rent, food and fuel.",                      // "of" before a list
       })
    CHECK_FALSE(gap_in("en", sentence));
  CHECK_FALSE(gap_in("en", "He said \"the\" and \"a\" are articles."));
  CHECK_FALSE(gap_in("en", "We waited and..."));  // an ellipsis leaves it open on purpose
  CHECK_FALSE(gap_in("en", "He said \"yes\" \"no\" and left . . . later."));
  CHECK_FALSE(gap_in("en", "The rate is .5 percent."));
  CHECK_FALSE(gap_in("en", "Norway's history is long, and the boys' father left."));
  CHECK_FALSE(gap_in("en", "The way to have fun was long."));
  CHECK_FALSE(gap_in("en", "The firm, whose debts were guaranteed, survived."));
  CHECK_FALSE(gap_in("en", "It was the first injustice I became the victim of was too long."));
  CHECK_FALSE(gap_in("nl", "Hij nam foto's, en ging naar huis."));  // a Dutch plural
  CHECK_FALSE(gap_in("en", "\"I could not tell him \"you won't be here, dad\"\", he said."));
  CHECK_FALSE(gap_in("pl", "„Nie mogłem: »nie będzie cię, tato«”, powiedział."));
}

TEST_CASE("missing words: French determiners that are pronouns or nouns are left alone",
          "[check]") {
  CHECK(gap_text("fr", "Le gouvernement a publié le texte des de sa réforme.") == "des de");
  CHECK(gap_text("fr", "Le gouvernement a publié la et sa réforme.") == "la et");
  CHECK(gap_text("fr", "Il a parlé aux et il est parti.") == "aux et");
  CHECK(gap_text("fr", "Est le plus grand pays de la région.") == "Est");
  for (const char* sentence : {
           "Il a mangé un de ces gâteaux, une ou deux fois.",
           "Le pour et le contre ont été pesés.",
           "C'est tout ce dont j'avais rêvé.",
           "Il les a vus et les a salués.",
           "Il la donne à Pierre.",  // an article that is also a pronoun
           "Venez, Bessie, laissons -la.",
           "Le ton du discours était différent.",
           "Les rencontres avec le ,yéti ' ont été rares.",
       })
    CHECK_FALSE(gap_in("fr", sentence));
}

TEST_CASE("missing words: a statement cut after a preposition or a conjunction", "[check]") {
  CHECK(gap_text("fr", "Mme Davis, âgée de 45 ans, a déclaré que.") == "que.");
  CHECK(gap_text("fr", "Et si vous suivez les tendances de.") == "de.");
  CHECK(gap_text("es", "El equipo viajó ayer con.") == "con.");
  CHECK(gap_text("it", "La squadra è partita ieri per.") == "per.");
  CHECK(gap_text("pt", "A equipa partiu ontem para.") == "para.");
  // Words that may end a statement: "avec", "pour", a pronoun after its verb.
  for (const char* sentence : {"Il faudra faire avec.", "Je suis pour.", "Dis-le."})
    CHECK_FALSE(gap_in("fr", sentence));
  CHECK_FALSE(gap_in("it", "Non c'è di che."));
  CHECK_FALSE(gap_in("en", "That is what they were looking at."));  // English strands them
}

TEST_CASE("missing words: Spanish and Italian articles also stand for a noun", "[check]") {
  CHECK(gap_text("es", "Visitó la ciudad con sus y volvió.") == "sus y");
  CHECK(gap_text("es", "Es un país muy grande y.") == "y.");
  CHECK_FALSE(gap_in("es", "El de Juan es el que llegó, y los de Ana también."));
  CHECK_FALSE(gap_in("es", "Es un país muy grande."));  // no subject needed
  CHECK_FALSE(gap_in("es", "Vale 11 000 millones de $ y dobla la capacidad."));
  CHECK(gap_text("it", "Il presidente della e il sindaco hanno parlato.") == "della e");
  CHECK_FALSE(gap_in("it", "Sono scesi ben al di sotto di tali standard, meno di, e oltre."));
  CHECK_FALSE(gap_in("it", "L'uno e l'altro lo hanno detto, e il suo e il mio pure."));
}

TEST_CASE("missing words: a language without word classes finds only the commas", "[check]") {
  CHECK_FALSE(gap_in("ru", "Это the of."));
  CHECK(gap_in("ru", "Никель, цинк,, железо."));
}

TEST_CASE("omission: a translated sentence with a gap in its grammar lost a word", "[check]") {
  const std::string de =
      "Der Mann arbeitet als Freiwilliger für die Diözese Nantes.\n"
      "Er war am Vorabend des Brandes für die Schließung der Kathedrale verantwortlich.\n";
  const std::string en =
      "The man works as a volunteer for the diocese of and Nantes.\n"
      "He was responsible for the closure of the cathedral on the eve of the fire.\n";
  const testing::CheckedPair p(de, en, true, "de", "en");
  const auto found = check::make_omission(p.setup())->run(*p.context);
  REQUIRE(found.size() == 1);
  CHECK(found[0].kind == "omission");
  CHECK(found[0].severity == Severity::warning);
  CHECK(found[0].tgt_sentences == std::vector<std::uint32_t>{0});
  CHECK(found[0].src_sentences == std::vector<std::uint32_t>{0});
  REQUIRE(found[0].tgt_spans.size() == 1);
  CHECK(en.substr(found[0].tgt_spans[0].begin, found[0].tgt_spans[0].size()) == "of and");
  CHECK_THAT(found[0].message, Contains("a word seems to be missing"));
}

TEST_CASE("omission: a name that ends like a possessive, kept from the source, is no gap",
          "[check]") {
  const std::string es = "Comimos en McDonald's, y luego fuimos a casa.\nHacía frío.\n";
  const testing::CheckedPair kept(es, "We ate at McDonald's, and then went home.\nIt was cold.\n",
                                  true, "es", "en");
  CHECK(check::make_omission(kept.setup())->run(*kept.context).empty());
  const testing::CheckedPair lost("Es una parte del pasado de Noruega.\nHacía frío.\n",
                                  "It is a part of Norway's.\nIt was cold.\n", true, "es", "en");
  const auto found = check::make_omission(lost.setup())->run(*lost.context);
  REQUIRE(found.size() == 1);
  CHECK_THAT(found[0].message, Contains("the possessive \"Norway's\" is followed by"));
}

TEST_CASE("omission: a gap the source has too is the source's, not the translation's", "[check]") {
  const testing::CheckedPair p("The report of and for the committee was read.\n",
                               "Le rapport de et pour la commission a été lu.\n", true, "en", "fr");
  CHECK(check::make_omission(p.setup())->run(*p.context).empty());
}

TEST_CASE(
    "omission: a space before a full stop is a lost word only where the text is not "
    "tokenised",
    "[check]") {
  const std::string de =
      "Das Filmstudio nahm sie unter Vertrag und brachte sie an seiner Seite heraus.\n"
      "Das Wetter war kalt.\n";
  const testing::CheckedPair lost(de,
                                  "The studio signed her and made her big alongside .\n"
                                  "The weather was cold.\n",
                                  true, "de", "en");
  const auto found = check::make_omission(lost.setup())->run(*lost.context);
  REQUIRE(found.size() == 1);
  CHECK_THAT(found[0].message, Contains("a space stands before \".\""));
  // Text tokenised word by word puts a space before every mark.
  const testing::CheckedPair tokenised(
      "Der Berg ist hoch.\nDas Wetter war kalt.\nDie Karte ist gut.\nDer Weg ist lang.\n",
      "La montagne est haute .\nLe temps était froid .\nLa carte est bonne .\n"
      "Le chemin est long .\n",
      true, "de", "fr");
  CHECK(check::make_omission(tokenised.setup())->run(*tokenised.context).empty());
}
