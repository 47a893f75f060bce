// Tests of annotation: tokens, case folding and accents, stems, numbers and word classes.
#include "wirealign/annotate/annotate.h"

#include <catch2/catch.hpp>

#include "wirealign/read/read.h"
#include "wirealign/segment/segment.h"

namespace {

using namespace wirealign;

const annotate::Annotator& annotator(const std::string& code) {
  static const annotate::Annotator en(lang::load(WIREALIGN_TEST_DATA_DIR, "en"));
  static const annotate::Annotator fr(lang::load(WIREALIGN_TEST_DATA_DIR, "fr"));
  return code == "fr" ? fr : en;
}

// One form of every token of a single-sentence annotation.
std::vector<std::string> field(const annotate::Annotated& a,
                               std::string_view (annotate::Token::*member)() const) {
  std::vector<std::string> out;
  for (const auto& t : a.sentences.at(0)) out.emplace_back((t.*member)());
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("Words are split at apostrophes and keep their spans", "[annotate]") {
  const std::string text = "L'envoyé auprès de l'OTSC n’a rien dit.";
  const auto a = annotator("fr").tokens(text);
  CHECK(field(a, &annotate::Token::lower) ==
        V{"l", "envoyé", "auprès", "de", "l", "otsc", "n", "a", "rien", "dit"});
  const auto& t = a.sentences[0];
  // The two "l" share one stored string.
  CHECK(t[0].lower().data() == t[4].lower().data());
  CHECK(text.substr(t[5].span.begin, t[5].span.size()) == "OTSC");
}

TEST_CASE("Folded forms drop case and accents; stems come from Snowball", "[annotate]") {
  const auto a = annotator("fr").tokens("Douchanbé ÉTATS militaires");
  CHECK(field(a, &annotate::Token::folded) == V{"douchanbe", "etats", "militaires"});
  CHECK(a.sentences[0][2].stem() == "militair");
  CHECK(annotator("en").tokens("troops").sentences[0][0].stem() == "troop");
  CHECK(annotate::fold("Œuvre à Noël") == "œuvre a noel");
  // case_fold keeps the accents, and gives what a token's lower form is.
  CHECK(annotate::case_fold("Œuvre à Noël") == "œuvre à noël");
  CHECK(annotate::case_fold("Straße") == "strasse");
  CHECK(annotator("fr").tokens("Février").sentences[0][0].lower() == annotate::case_fold("Février"));
}

TEST_CASE("Numbers are read with the language's separators", "[annotate]") {
  CHECK(field(annotator("en").tokens("1,500 troops, 3.5 percent, 20,000 and 2021"),
              &annotate::Token::number) == V{"1500", "", "3.5", "", "20000", "", "2021"});
  CHECK(field(annotator("fr").tokens("1 500 soldats, 3,5 %, 20\u202F000 et 3,50"),
              &annotate::Token::number) == V{"1500", "", "3.5", "20000", "", "3.5"});
  // Two numbers side by side stay apart unless the second is a group of three digits.
  CHECK(field(annotator("fr").tokens("les 20 40 70"), &annotate::Token::number) ==
        V{"", "20", "40", "70"});
}

TEST_CASE("Word classes: capitals, acronyms, function words", "[annotate]") {
  const auto a = annotator("en").tokens("The CSTO and Sidorov met UN leaders");
  const auto& t = a.sentences[0];
  CHECK(t[0].capitalised());
  CHECK(t[0].function_word());
  CHECK(t[1].acronym());
  CHECK_FALSE(t[3].acronym());
  CHECK(t[3].capitalised());
  CHECK(t[5].acronym());
  CHECK_FALSE(t[6].capitalised());
}

TEST_CASE("Document annotation gives document-wide spans per sentence", "[annotate]") {
  segment::SegmentOptions o;
  const Document d = segment::segment(read::decode("One two. Three four five.", "t", {}),
                                      lang::load(WIREALIGN_TEST_DATA_DIR, "en"), o);
  const annotate::Annotated a = annotator("en").annotate(d);
  REQUIRE(a.sentences.size() == 2);
  REQUIRE(a.sentences[1].size() == 3);
  CHECK(d.input.view(a.sentences[1][0].span) == "Three");
}

TEST_CASE("Words of another script carry their Latin spelling; names their name key",
          "[annotate]") {
  const annotate::Annotator ru(lang::load(WIREALIGN_TEST_DATA_DIR, "ru"));
  const auto a = ru.tokens("Трамп прилетел в Вашингтон");
  CHECK(field(a, &annotate::Token::latin) == V{"tramp", "priletel", "v", "vashington"});
  CHECK(field(a, &annotate::Token::name) == V{"trmp", "", "", "vSngtn"});
  // Latin words need no other spelling, unless a letter has no ASCII base.
  const auto b = annotator("en").tokens("Trump left Łódź");
  CHECK(field(b, &annotate::Token::latin) == V{"", "", "lodz"});
  CHECK(field(b, &annotate::Token::name) == V{"trmp", "", "lds"});
}

TEST_CASE("Without a Snowball stemmer, stems drop the language's endings", "[annotate]") {
  const annotate::Annotator pl(lang::load(WIREALIGN_TEST_DATA_DIR, "pl"));
  CHECK(field(pl.tokens("rząd rządu rządem polskiego czytała"), &annotate::Token::stem) ==
        V{"rząd", "rząd", "rząd", "polsk", "czyt"});
}
