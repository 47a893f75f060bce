// Tests of the quotation finder: marks told apart from apostrophes, nesting, scope over sentences
// and paragraphs, stray closing marks.
#include "wirealign/check/quotes.h"

#include <catch2/catch.hpp>

#include "wirealign/read/read.h"
#include "wirealign/segment/segment.h"

namespace {

using namespace wirealign;

Document document(const std::string& text, const std::string& code, bool segmented = false) {
  segment::SegmentOptions options;
  options.presegmented = segmented;
  return segment::segment(read::decode(text, "t", {}), lang::load(WIREALIGN_TEST_DATA_DIR, code),
                          options);
}

std::string inside(const Document& doc, const check::Quotation& q) {
  return std::string(doc.input.view(q.inside));
}

}  // namespace

TEST_CASE("apostrophes inside words are not quotation marks", "[check]") {
  const Document doc =
      document("L’article de l'OTSC. They don't know the students' union.\n", "en");
  const check::Quotes q = check::find_quotes(doc);
  CHECK(q.quotations.empty());
  CHECK(q.stray.empty());
  REQUIRE(q.apostrophes.size() == 4);
  CHECK(q.apostrophes[0].typographic);
  CHECK_FALSE(q.apostrophes[1].typographic);
}

TEST_CASE("single quotes around a phrase are a quotation, elisions are not", "[check]") {
  const Document doc = document("'Phenomenal' from Livingston in the '90s, that's it.\n", "en");
  const check::Quotes q = check::find_quotes(doc);
  REQUIRE(q.quotations.size() == 1);
  CHECK(inside(doc, q.quotations[0]) == "Phenomenal");
  CHECK(q.quotations[0].at_sentence_start);
}

TEST_CASE("a quotation runs over several sentences until it is closed", "[check]") {
  const Document doc = document(
      "\"We should expect small raids. Of course, they will be answered,\" he said.\n", "en");
  REQUIRE(doc.sentences.size() == 2);
  const check::Quotes q = check::find_quotes(doc);
  REQUIRE(q.quotations.size() == 1);
  CHECK(q.quotations[0].closed);
  CHECK(q.quotations[0].first_sentence == 0);
  CHECK(q.quotations[0].last_sentence == 1);
}

TEST_CASE("a guillemet still open at the end of a paragraph is never closed", "[check]") {
  const Document doc = document(
      "« Nous avons vu les avant-postes », dit Sidorov. « Ils ne se cachent pas. Tout est "
      "calme.\n\n"
      "Sidorov s'est dit convaincu.\n",
      "fr");
  const check::Quotes q = check::find_quotes(doc);
  REQUIRE(q.quotations.size() == 2);
  CHECK(q.quotations[0].closed);
  CHECK_FALSE(q.quotations[1].closed);
  CHECK(inside(doc, q.quotations[1]).find("Tout est calme.") != std::string::npos);
  CHECK(inside(doc, q.quotations[1]).find("Sidorov s'est") == std::string::npos);
}

TEST_CASE("a quotation continued by a mark at the start of the next paragraph", "[check]") {
  for (const std::string next : {"« Nous resterons. »", "» Nous resterons. »"}) {
    const Document doc = document("« Nous sommes là.\n\n" + next + "\n", "fr");
    const check::Quotes q = check::find_quotes(doc);
    REQUIRE(q.quotations.size() == 1);
    CHECK(q.quotations[0].closed);
    CHECK(q.quotations[0].last_sentence == 1);
    CHECK(q.stray.empty());
  }
}

TEST_CASE("a closing mark with nothing open is stray", "[check]") {
  const Document doc = document("Il est parti. »\n", "fr");
  const check::Quotes q = check::find_quotes(doc);
  CHECK(q.quotations.empty());
  REQUIRE(q.stray.size() == 1);
  CHECK(q.stray[0].kind == check::QuoteKind::guillemets);
}

TEST_CASE("a mark with nothing after it to quote opens nothing", "[check]") {
  // A closing mark written twice: the second ‘ closes nothing and opens nothing, so the
  // quotation of the next sentence is not taken for one inside it.
  const Document doc = document(
      "Jemand nannte es ‚Schneewittchen und die Zwerge‘‘.\n"
      "„Man hätte es glauben können“, sagte sie.\n",
      "de", true);
  const check::Quotes q = check::find_quotes(doc);
  REQUIRE(q.quotations.size() == 2);
  CHECK(inside(doc, q.quotations[0]) == "Schneewittchen und die Zwerge");
  CHECK(inside(doc, q.quotations[1]) == "Man hätte es glauben können");
  CHECK(q.quotations[1].depth == 0);
  REQUIRE(q.stray.size() == 1);
  CHECK(doc.input.view(q.stray[0].mark) == "\u2018");
  // A German closing “ with no „ open is a stray mark too.
  const Document closing = document("Er sagte es.\nUnd ich sehe nichts Neues.“\n", "de", true);
  const check::Quotes c = check::find_quotes(closing);
  CHECK(c.quotations.empty());
  REQUIRE(c.stray.size() == 1);
  CHECK(closing.input.view(c.stray[0].mark) == "\u201C");
}

TEST_CASE("straight quotes inside guillemets and inside straight quotes nest", "[check]") {
  const Document fr =
      document("« Il a répondu : \"Parce qu’il me fait rire\" », a dit Mme Scovell.\n", "fr");
  const check::Quotes q = check::find_quotes(fr);
  REQUIRE(q.quotations.size() == 2);
  CHECK(q.quotations[0].depth == 0);
  CHECK(q.quotations[1].depth == 1);
  CHECK(q.quotations[1].kind == check::QuoteKind::straight_double);

  const Document en =
      document("She said, \"He told me, \"You may think I am sad.\" I was not.\"\n", "en", true);
  const check::Quotes e = check::find_quotes(en);
  REQUIRE(e.quotations.size() == 2);
  CHECK(e.quotations[0].closed);
  CHECK(e.quotations[1].depth == 1);
  CHECK(e.stray.empty());
}

TEST_CASE("the French quotation style comes from the data folder", "[check]") {
  const check::QuoteStyle fr = check::load_quote_style(WIREALIGN_TEST_DATA_DIR, "fr");
  REQUIRE(fr.has_data);
  CHECK(fr.outer.front() == check::QuoteKind::guillemets);
  CHECK(fr.preferred_marks() == "« »");
  CHECK(fr.apostrophe == "’");
  CHECK_FALSE(check::load_quote_style(WIREALIGN_TEST_DATA_DIR, "xx").has_data);
}
