// Tests of the omission check: dropped sentences, sentences left out of a block, cut-off
// translations, and silence on a faithful translation.
#include <catch2/catch.hpp>

#include "support/checked_pair.h"
#include "wirealign/check/checks.h"
#include "wirealign/check/news_pair.h"
#include "wirealign/check/pair_fixture.h"
#include "wirealign/spell/hunspell.h"

namespace {

using namespace wirealign;
using testing::kNewsEn;
using testing::kNewsFr;
using testing::lines;

std::vector<Finding> omissions(const testing::CheckedPair& p) {
  return check::make_omission(p.setup())->run(*p.context);
}

}  // namespace

TEST_CASE("omission: a faithful translation has none", "[check]") {
  const testing::CheckedPair p(lines(kNewsEn), lines(kNewsFr), true, "en", "fr", true);
  CHECK(omissions(p).empty());
}

TEST_CASE("omission: a source sentence with no translation is an error", "[check]") {
  auto fr = kNewsFr;
  fr.erase(fr.begin() + 5);  // "L'organisation compte six États membres..."
  const testing::CheckedPair p(lines(kNewsEn), lines(fr), true, "en", "fr", true);
  const auto found = omissions(p);
  REQUIRE(found.size() == 1);
  CHECK(found[0].kind == "omission");
  CHECK(found[0].severity == Severity::error);
  CHECK(found[0].src_sentences == std::vector<std::uint32_t>{5});
  CHECK(found[0].tgt_sentences.empty());
  CHECK(found[0].message.find("six member states") != std::string::npos);
}

TEST_CASE("omission: a translation replaced by an unrelated sentence is an error", "[check]") {
  auto fr = kNewsFr;
  fr[6] = "Le prix du pain a encore augmenté cette semaine dans les boulangeries parisiennes.";
  const testing::CheckedPair p(lines(kNewsEn), lines(fr), true, "en", "fr", true);
  const auto found = omissions(p);
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::error);
  CHECK(found[0].confidence >= 0.7);
  CHECK(found[0].src_sentences == std::vector<std::uint32_t>{6});
  CHECK(found[0].tgt_sentences == std::vector<std::uint32_t>{6});
  CHECK(found[0].message.find("prix du pain") != std::string::npos);
}

TEST_CASE(
    "omission: a short sentence replaced by one sharing nothing is a warning, not an addition",
    "[check]") {
  // Five content words a side: a free translation of a short sentence may share nothing too.
  auto fr = kNewsFr;
  fr[3] = "Le chat dort tranquillement sur le canapé rouge.";
  const testing::CheckedPair p(lines(kNewsEn), lines(fr), true, "en", "fr", true);
  const auto found = omissions(p);
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::warning);
  CHECK(found[0].src_sentences == std::vector<std::uint32_t>{3});
  CHECK(found[0].tgt_sentences == std::vector<std::uint32_t>{3});
  CHECK(found[0].message.find("perhaps no translation") != std::string::npos);
  CHECK(check::make_addition(p.setup())->run(*p.context).empty());
  CHECK(check::make_weak_alignment(p.setup())->run(*p.context).empty());
}

TEST_CASE("omission: a translation cut short inside a 2-2 block is found in its place", "[check]") {
  // The aligner joins a sentence too short to pair alone with its neighbour.
  auto fr = kNewsFr;
  fr[2] = "Le président Emomali Rahmon a observé les exercices.";
  const testing::Languages l;
  const align::Bilingual lexicon = align::Bilingual::from_pairs(
      lexicon::load_freedict("en", "fr").pairs, l.en_annotator, l.fr_annotator);
  std::vector<Bead> beads;
  for (std::uint32_t i = 0; i < kNewsEn.size(); ++i)
    if (i != 3) beads.push_back({i, i == 2 ? i + 2 : i + 1, i, i == 2 ? i + 2 : i + 1, 0.8});
  const testing::Pair p(l, lines(kNewsEn), lines(fr), lexicon, beads);
  const auto found = check::make_omission(l.setup)->run(*p.context);
  REQUIRE(found.size() == 1);
  CHECK(found[0].src_sentences == std::vector<std::uint32_t>{2});
  CHECK(found[0].tgt_sentences == std::vector<std::uint32_t>{2});
  CHECK(p.src_words(found[0]) == std::vector<std::string>{"Dushanbe with the defence minister"});
  // The same sentences with the boundary moved: the end of one is the start of the next.
  auto moved = fr;
  moved[3] =
      "Il était près de Douchanbé avec le ministre de la Défense ; les talibans "
      "contrôlent l'essentiel du côté afghan de la frontière.";
  const testing::Pair q(l, lines(kNewsEn), lines(moved), lexicon, beads);
  CHECK(check::make_omission(l.setup)->run(*q.context).empty());
}

TEST_CASE("omission: a free translation sharing a name is not a replacement", "[check]") {
  auto fr = kNewsFr;
  fr[6] = "Le secrétaire général de l'organisation est venu en juillet voir les dirigeants "
          "tadjiks.";
  const testing::CheckedPair p(lines(kNewsEn), lines(fr), true, "en", "fr", true);
  CHECK(omissions(p).empty());
}

TEST_CASE("omission: a translation cut short marks the missing words", "[check]") {
  auto fr = kNewsFr;
  fr[2] = "Le président Emomali Rahmon a observé,.";
  const testing::CheckedPair p(lines(kNewsEn), lines(fr), true, "en", "fr", true);
  const auto found = omissions(p);
  REQUIRE(found.size() == 1);
  CHECK(found[0].src_sentences == std::vector<std::uint32_t>{2});
  CHECK(found[0].tgt_sentences == std::vector<std::uint32_t>{2});
  REQUIRE(found[0].src_spans.size() == 1);
  const std::string_view tail = p.src.input.view(found[0].src_spans[0]);
  CHECK(tail.find("Dushanbe") != std::string_view::npos);
  CHECK(tail.find("defence minister") != std::string_view::npos);
  CHECK(tail.find("Rahmon") == std::string_view::npos);
  CHECK(found[0].message.find("stops short") != std::string::npos);
}

TEST_CASE("omission: a quotation that ends both sentences was rendered to its end", "[check]") {
  // The quoted words rephrased, shorter, in words the dictionary does not pair with the source's:
  // the target closes its quotation where the source does, so nothing was cut off.
  auto en = kNewsEn;
  auto fr = kNewsFr;
  en[2] =
      "President Emomali Rahmon said the exercises near Dushanbe had gone \"far better than "
      "any of his generals had dared to predict last winter\".";
  fr[2] =
      "Le président Emomali Rahmon a dit que les exercices près de Douchanbé avaient été "
      "« un franc succès ».";
  const testing::CheckedPair free(lines(en), lines(fr), true, "en", "fr", true);
  CHECK(omissions(free).empty());
  // Without its quotation, the same translation stops short.
  fr[2] = "Le président Emomali Rahmon a dit que les exercices près de Douchanbé avaient été.";
  const testing::CheckedPair cut(lines(en), lines(fr), true, "en", "fr", true);
  const auto found = omissions(cut);
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("stops short") != std::string::npos);
}

TEST_CASE("omission: a sentence merged into its neighbour's translation is not missing", "[check]") {
  auto en = kNewsEn;
  auto fr = kNewsFr;
  fr[7] = "La Russie dispose d'une base militaire de 7 000 soldats au Tadjikistan, modernisée en "
          "2019 avec de nouveaux hélicoptères et de l'artillerie.";
  fr.erase(fr.begin() + 8);
  const testing::CheckedPair p(lines(en), lines(fr), true, "en", "fr", true);
  CHECK(omissions(p).empty());
}

TEST_CASE("omission: a name with no counterpart and nothing in its place is a warning", "[check]") {
  INFO("no hunspell dictionary for English: run scripts/setup");
  REQUIRE(spell::locate("en", {}, spell::default_dirs()));
  auto en = kNewsEn;
  auto fr = kNewsFr;
  en[3] = "The agreement was signed in Geneva on Tuesday by the envoy Halvard Quillfeather.";
  fr[3] = "L'accord a été signé mardi à Genève par l'envoyé.";
  const testing::CheckedPair p(lines(en), lines(fr), true, "en", "fr", true);
  const auto found = omissions(p);
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::warning);
  CHECK(found[0].src_sentences == std::vector<std::uint32_t>{3});
  CHECK(found[0].tgt_sentences == std::vector<std::uint32_t>{3});
  REQUIRE(found[0].src_spans.size() == 1);
  CHECK(p.src.input.view(found[0].src_spans[0]) == "Halvard Quillfeather");
  CHECK_THAT(found[0].message, Catch::Matchers::Contains("Halvard Quillfeather"));
}

TEST_CASE("omission: a name with a well-known first name and a rare surname is reported whole",
          "[check]") {
  INFO("no hunspell dictionary for English: run scripts/setup");
  REQUIRE(spell::locate("en", {}, spell::default_dirs()));
  auto en = kNewsEn;
  auto fr = kNewsFr;
  en[3] = "The agreement was signed in Geneva on Tuesday by the envoy Daniel Quillfeather.";
  fr[3] = "L'accord a été signé mardi à Genève par l'envoyé.";
  const testing::CheckedPair p(lines(en), lines(fr), true, "en", "fr", true);
  const auto found = omissions(p);
  REQUIRE(found.size() == 1);
  REQUIRE(found[0].src_spans.size() == 1);
  CHECK(p.src.input.view(found[0].src_spans[0]) == "Daniel Quillfeather");
}

TEST_CASE("omission: a person's name whose surname is also a word is reported", "[check]") {
  INFO("no hunspell dictionary for Spanish: run scripts/setup");
  REQUIRE(spell::locate("es", {}, spell::default_dirs()));
  // Daniel is a name only (hunspell knows it with its capital alone); an ortega is a bird.
  const std::string es =
      "El tiempo era frío.\n"
      "Mañana es posible que tenga un encuentro con el presidente Daniel Ortega, dijo Santos.\n";
  const testing::CheckedPair lost(
      es, "The weather was cold.\nTomorrow I may meet the president, Santos said.\n", true, "es",
      "en", true);
  const auto found = omissions(lost);
  REQUIRE(found.size() == 1);
  REQUIRE(found[0].src_spans.size() == 1);
  CHECK(lost.src.input.view(found[0].src_spans[0]) == "Daniel Ortega");
  CHECK(found[0].severity == Severity::warning);
  // Kept, it is not.
  const testing::CheckedPair kept(
      es, "The weather was cold.\nTomorrow I may meet President Daniel Ortega, Santos said.\n",
      true, "es", "en", true);
  CHECK(omissions(kept).empty());
}

TEST_CASE("omission: a name opening its sentence that no dictionary knows", "[check]") {
  INFO("no hunspell dictionary for Italian or Portuguese: run scripts/setup");
  REQUIRE(spell::locate("it", {}, spell::default_dirs()));
  REQUIRE(spell::locate("pt", {}, spell::default_dirs()));
  // Siminoff opens the sentence, where any word has a capital; no dictionary knows it.
  const std::string it =
      "Il tempo era freddo.\n"
      "Siminoff ha dichiarato che le vendite sono aumentate dopo la sua comparsa nel 2013.\n";
  const testing::CheckedPair lost(
      it, "The weather was cold.\nSaid sales have increased since his appearance in 2013.\n", true,
      "it", "en", true);
  const auto found = omissions(lost);
  REQUIRE(found.size() == 1);
  REQUIRE(found[0].src_spans.size() == 1);
  CHECK(lost.src.input.view(found[0].src_spans[0]) == "Siminoff");
  CHECK(found[0].severity == Severity::warning);
  // A word the dictionary knows in lower case opens sentences as a common word.
  const testing::CheckedPair common(
      "Il tempo era freddo.\nVendite aumentate dopo la sua comparsa nel 2013.\n",
      "The weather was cold.\nIncreased after his appearance in 2013.\n", true, "it", "en", true);
  CHECK(omissions(common).empty());
  // Portuguese leaves out a subject the context gives: no omission there.
  const testing::CheckedPair dropped(
      "The weather was cold.\nSiminoff then found himself surrounded by four players.\n",
      "O tempo estava frio.\nFicou então cercado por quatro jogadores.\n", true, "en", "pt", true);
  CHECK(omissions(dropped).empty());
}

TEST_CASE("omission: a name the dictionary knows or a word derived from it is not reported",
          "[check]") {
  INFO("no hunspell dictionary for English: run scripts/setup");
  REQUIRE(spell::locate("en", {}, spell::default_dirs()));
  auto en = kNewsEn;
  auto fr = kNewsFr;
  // A nationality the translation writes as an adjective in lower case, and a well-known name
  // the translation leaves out.
  en[3] = "The Scottish envoy signed the agreement on Tuesday in the presence of Queen Elizabeth.";
  fr[3] = "L'envoyé écossais a signé l'accord mardi en présence de la reine.";
  const testing::CheckedPair p(lines(en), lines(fr), true, "en", "fr", true);
  CHECK(omissions(p).empty());
}

TEST_CASE("omission: a country or a city the translation does not mention is a warning",
          "[check]") {
  INFO("no hunspell dictionary for German, Italian or English: run scripts/setup");
  REQUIRE(spell::locate("de", {}, spell::default_dirs()));
  REQUIRE(spell::locate("it", {}, spell::default_dirs()));
  REQUIRE(spell::locate("en", {}, spell::default_dirs()));
  const auto dropped = [](const std::string& src, const std::string& tgt, const char* src_lang,
                          const char* tgt_lang) {
    const testing::CheckedPair p(src, tgt, true, src_lang, tgt_lang, true);
    std::vector<std::string> names;
    for (const Finding& f : omissions(p))
      for (const Span& s : f.src_spans) names.emplace_back(p.src.input.view(s));
    return names;
  };
  // The source's name of the country, in the genitive; the translation names it nowhere.
  const std::string cold_de = "Das Wetter war kalt.\n", cold_en = "The weather was cold.\n";
  CHECK(dropped(cold_de + "Er sprach mit dem Premierminister Singapurs über den Handel.\n",
                cold_en + "He spoke with the Prime Minister about trade.\n", "de",
                "en") == std::vector<std::string>{"Singapurs"});
  // Named in the target's own words, or by a word derived from them, it is not lost.
  CHECK(dropped(cold_de + "Er sprach mit dem Premierminister Singapurs über den Handel.\n",
                cold_en + "He spoke with the Singaporean Prime Minister about trade.\n", "de", "en")
            .empty());
  CHECK(dropped(cold_de + "Die Preise in Österreich sind gestiegen.\n",
                cold_en + "Austrian prices have risen.\n", "de", "en")
            .empty());
  // A word of a country's longer name, the rest of which the target renders (North Korea, del
  // Nord); a name of several words may be written as an acronym (United States, USA).
  CHECK(dropped("The weather was cold.\nWe are doing great with North Korea, he said.\n",
                "Il tempo era freddo.\nCon la del Nord stiamo ottenendo ottimi risultati, ha "
                "affermato.\n",
                "en", "it") == std::vector<std::string>{"Korea"});
  CHECK(dropped("The weather was cold.\nThe United States will hold talks with Iran.\n",
                "Il tempo era freddo.\nGli USA terranno colloqui con l'Iran.\n", "en", "it")
            .empty());
  // A country after a city qualifies the city, which the reader may know without it.
  CHECK(dropped(cold_de + "Das Spiel findet in Neapel, Italien, statt.\n",
                cold_en + "The match is played in Naples.\n", "de", "en")
            .empty());
  // A city: lost, unless the translation names its country (a capital for its government).
  CHECK(dropped("Il tempo era freddo.\nA Parigi si spera in un accordo.\n",
                cold_en + "There are hopes for an agreement.\n", "it",
                "en") == std::vector<std::string>{"Parigi"});
  CHECK(dropped("Il tempo era freddo.\nA Parigi si spera in un accordo.\n",
                cold_en + "France hopes for an agreement.\n", "it", "en")
            .empty());
}

TEST_CASE("omission: a tail the dictionary cannot see is a warning where it covers little",
          "[check]") {
  // Without a dictionary, the document's pairs share few words, so a tail with no counterpart
  // may be translated in words the check cannot see; a visible cut stays an error.
  auto fr = kNewsFr;
  fr[2] = "Le président Emomali Rahmon a observé.";
  const testing::CheckedPair unseen(lines(kNewsEn), lines(fr), true, "en", "fr", false);
  const auto doubtful = omissions(unseen);
  REQUIRE(doubtful.size() == 1);
  CHECK(doubtful[0].severity == Severity::warning);
  CHECK(doubtful[0].message.find("stops short") != std::string::npos);
  const testing::CheckedPair seen(lines(kNewsEn), lines(fr), true, "en", "fr", true);
  const auto found = omissions(seen);
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::error);
}

TEST_CASE("omission: a percentage whose figure the translation keeps without percent", "[check]") {
  const std::string de =
      "Das Wetter war kalt.\n"
      "Die Windernte auf See macht damit fast 19 Prozent des gesamten Windstroms aus.\n";
  const testing::CheckedPair lost(
      de,
      "The weather was cold.\nThe wind harvest at sea accounts for almost 19 of all wind power.\n",
      true, "de", "en");
  const auto found = check::make_omission(lost.setup())->run(*lost.context);
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::warning);
  CHECK(found[0].message ==
        "\"19 Prozent\" in the source is \"19\" in the translation: the word for percent is "
        "missing");
  // Written with a sign, in words, in British English, inside quotation marks, or as an
  // adjective the reader does not know: kept.
  for (const char* en :
       {"almost 19% of all wind power", "almost 19 percent of all wind power",
        "almost 19 per cent of all wind power", "almost \"19 percent\" of all wind power",
        "a 19-percentage share of all wind power"}) {
    const testing::CheckedPair kept(
        de,
        "The weather was cold.\nThe wind harvest at sea accounts for " + std::string(en) + ".\n",
        true, "de", "en");
    CHECK(check::make_omission(kept.setup())->run(*kept.context).empty());
  }
  const testing::CheckedPair quoted("It was cold.\nShe is \"100 percent\" certain of it.\n",
                                    "Было холодно.\nОна на «100 процентов» уверена в этом.\n", true,
                                    "en", "ru");
  CHECK(check::make_omission(quoted.setup())->run(*quoted.context).empty());
}

TEST_CASE("omission: a figure left out with no other figure in its place is a warning", "[check]") {
  auto fr = kNewsFr;
  fr[1] = "Plusieurs soldats de Russie et du Kazakhstan ont participé aux manœuvres.";
  const testing::CheckedPair p(lines(kNewsEn), lines(fr), true, "en", "fr", true);
  const auto found = omissions(p);
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::warning);
  CHECK(found[0].src_sentences == std::vector<std::uint32_t>{1});
  CHECK(found[0].tgt_sentences == std::vector<std::uint32_t>{1});
  REQUIRE(found[0].src_spans.size() == 1);
  CHECK(p.src.input.view(found[0].src_spans[0]) == "1,500");
  CHECK(found[0].message.find("1,500 has no counterpart") != std::string::npos);
}

TEST_CASE("omission: a score left out is found beside a number word, a whole per cent is not",
          "[check]") {
  auto en = kNewsEn;
  auto fr = kNewsFr;
  // A score of one-digit figures, left out; "première" (first) is no figure in its place.
  en[9] = "Analysts recalled the 5-3 defeat of the national team near the Afghan border.";
  fr[9] =
      "Les analystes ont rappelé la première défaite de l'équipe nationale près de la frontière "
      "afghane.";
  const testing::CheckedPair score(lines(en), lines(fr), true, "en", "fr", true);
  const auto found = omissions(score);
  REQUIRE(found.size() == 1);
  CHECK(found[0].src_sentences == std::vector<std::uint32_t>{9});
  CHECK_THAT(found[0].message, Catch::Contains("5, 3 have no counterpart"));
  // "100 percent certain" rendered "absolument certains": said, not counted.
  en = kNewsEn;
  fr = kNewsFr;
  en[9] = "Analysts are 100 percent certain of further exercises near the Afghan border.";
  fr[9] =
      "Les analystes sont absolument certains que d'autres exercices auront lieu près de la "
      "frontière afghane.";
  const testing::CheckedPair whole(lines(en), lines(fr), true, "en", "fr", true);
  CHECK(omissions(whole).empty());
}

TEST_CASE("omission: a figure written in words, in a compound or as an ordinal is not lost",
          "[check]") {
  auto en = kNewsEn;
  auto fr = kNewsFr;
  // An age in words inside a compound, an ordinal in Roman numerals, a converted measure.
  en[3] = "The 24-year-old soldier said the Taliban control most of the border.";
  fr[3] = "Le soldat, âgé de vingt-quatre ans, a dit que les talibans contrôlent la frontière.";
  en[9] = "The fortress, built in the 19th century about 30 miles from the border, was empty.";
  fr[9] =
      "La forteresse, bâtie au XIXe siècle à une cinquantaine de kilomètres de la frontière, "
      "était vide.";
  const testing::CheckedPair p(lines(en), lines(fr), true, "en", "fr", true);
  CHECK(omissions(p).empty());
  // A number changed is number-mismatch's, not a figure left out.
  fr = kNewsFr;
  fr[1] = "Environ 2 500 soldats de Russie et du Kazakhstan ont participé aux manœuvres.";
  const testing::CheckedPair changed(lines(kNewsEn), lines(fr), true, "en", "fr", true);
  CHECK(omissions(changed).empty());
}

TEST_CASE("omission: a translation replaced by a sentence sharing almost nothing is a warning",
          "[check]") {
  // The replacement shares one word ("secrétaire") with the source it stands for: not
  // unrelated, but too little for a translation, and the aligner doubts the pair.
  auto fr = kNewsFr;
  fr[6] =
      "Les supporters ont célébré la victoire de leur équipe de football jusque tard dans la "
      "nuit, dans une ambiance de fête et de chants, selon le secrétaire du club.";
  const testing::CheckedPair p(lines(kNewsEn), lines(fr), true, "en", "fr", true);
  const auto found = omissions(p);
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::warning);
  CHECK(found[0].src_sentences == std::vector<std::uint32_t>{6});
  CHECK(found[0].tgt_sentences == std::vector<std::uint32_t>{6});
  CHECK(found[0].message.find("which has little in common with it") != std::string::npos);
  // weak-alignment leaves it to omission in a document of this length.
  CHECK(check::make_weak_alignment(p.setup())->run(*p.context).empty());
}

TEST_CASE(
    "omission: a short unrelated sentence in a translation's place is found where the pair "
    "is much doubted",
    "[check]") {
  // Four content words: too few to judge a pair by what it shares, unless the aligner, which
  // weighs the pair's evidence and its place, all but rules out a translation.
  auto fr = kNewsFr;
  fr[6] = "Le chanteur adore les chats noirs.";
  const testing::CheckedPair p(lines(kNewsEn), lines(fr), true, "en", "fr", true);
  const auto found = omissions(p);
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::warning);
  CHECK(found[0].src_sentences == std::vector<std::uint32_t>{6});
  CHECK(found[0].tgt_sentences == std::vector<std::uint32_t>{6});
  CHECK(found[0].message.find("which has little in common with it") != std::string::npos);
  // A free translation of the same sentence is not doubted that much.
  fr[6] = "En juillet, son secrétaire général est allé voir les dirigeants tadjiks sur place.";
  const testing::CheckedPair free(lines(kNewsEn), lines(fr), true, "en", "fr", true);
  CHECK(omissions(free).empty());
}

TEST_CASE("omission: a translation rendering only the end of its source is a warning", "[check]") {
  // The tail is translated, the head is not: no cut tail, but the target is far shorter than the
  // document's norm and what it says renders the source.
  auto fr = kNewsFr;
  fr[4] = "Jusqu'au 11 septembre.";
  const testing::CheckedPair p(lines(kNewsEn), lines(fr), true, "en", "fr", true);
  const auto found = omissions(p);
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::warning);
  CHECK(found[0].src_sentences == std::vector<std::uint32_t>{4});
  CHECK(found[0].message.find("renders only part of the source sentence: \"Officials said the "
                              "drills would continue\" has no counterpart") != std::string::npos);
  // The length-ratio check leaves it to omission.
  CHECK(check::make_length_ratio(p.setup())->run(*p.context).empty());
}

TEST_CASE("omission: a short sentence cut far shorter than the norm is a warning", "[check]") {
  // Too short to judge at the usual length, but the target is a third of what the document's
  // ratio would give: the tail with no counterpart is reported, less surely.
  auto fr = kNewsFr;
  fr[8] = "La base a été modernisée.";
  const testing::CheckedPair p(lines(kNewsEn), lines(fr), true, "en", "fr", true);
  const auto found = omissions(p);
  REQUIRE(found.size() == 1);
  CHECK(found[0].src_sentences == std::vector<std::uint32_t>{8});
  CHECK(found[0].severity == Severity::warning);
  REQUIRE(found[0].src_spans.size() == 1);
  CHECK(p.src.input.view(found[0].src_spans[0]).find("helicopters") != std::string_view::npos);
  // Cut less far, the same sentence is not judged.
  fr[8] = "La base a été modernisée en 2019 avec de nouveaux hélicoptères.";
  const testing::CheckedPair near(lines(kNewsEn), lines(fr), true, "en", "fr", true);
  CHECK(omissions(near).empty());
}
