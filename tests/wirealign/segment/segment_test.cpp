// Tests of sentence segmentation: abbreviations, quotations, French spacing, paragraphs, lines,
// and byte spans.
#include "wirealign/segment/segment.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <thread>

#include "wirealign/read/read.h"

namespace {

using wirealign::Document;
using wirealign::segment::SegmentOptions;
using wirealign::segment::Segmenter;
namespace lang = wirealign::lang;

const Segmenter& segmenter(const std::string& code) {
  static const Segmenter en(lang::load(WIREALIGN_TEST_DATA_DIR, "en"), {});
  static const Segmenter fr(lang::load(WIREALIGN_TEST_DATA_DIR, "fr"), {});
  return code == "fr" ? fr : en;
}

Document run(const std::string& code, const std::string& text, SegmentOptions options = {}) {
  const wirealign::Text t = wirealign::read::decode(text, "test", {});
  if (code != "en" && code != "fr")
    return Segmenter(lang::load(WIREALIGN_TEST_DATA_DIR, code), options).segment(t);
  if (!options.presegmented && !options.plain_icu) return segmenter(code).segment(t);
  return Segmenter(lang::load(WIREALIGN_TEST_DATA_DIR, code), options).segment(t);
}

std::vector<std::string> sentences(const std::string& code, const std::string& text,
                                   SegmentOptions options = {}) {
  std::vector<std::string> out;
  for (const auto& s : run(code, text, options).sentences) out.push_back(s.text);
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("English abbreviations and initials do not end sentences", "[segment]") {
  CHECK(sentences("en", "Mr. Smith met Dr. Jones in St. Louis. They talked.") ==
        V{"Mr. Smith met Dr. Jones in St. Louis.", "They talked."});
  CHECK(sentences("en", "The U.S. Senate voted on Sept. 11 and Gen. Milley spoke. It passed.") ==
        V{"The U.S. Senate voted on Sept. 11 and Gen. Milley spoke.", "It passed."});
  CHECK(sentences("en", "John F. Kennedy and J.R.R. Tolkien met. Then they left.") ==
        V{"John F. Kennedy and J.R.R. Tolkien met.", "Then they left."});
  CHECK(sentences("en", "(Mrs. Reed dined early.) We left.") ==
        V{"(Mrs. Reed dined early.)", "We left."});
}

TEST_CASE("Abbreviations that can end a sentence still end one", "[segment]") {
  CHECK(sentences("en", "They sold apples, pears, etc. The market closed.") ==
        V{"They sold apples, pears, etc.", "The market closed."});
  CHECK(sentences("en", "Nor did I. Then we left.") == V{"Nor did I.", "Then we left."});
  CHECK(sentences("en", "He works for Acme Inc. The firm is small.") ==
        V{"He works for Acme Inc.", "The firm is small."});
}

TEST_CASE("Numbers, decimals and ellipses", "[segment]") {
  CHECK(sentences("en", "Prices rose 3.5 percent to $1,500.25 in 2021. Then they fell.") ==
        V{"Prices rose 3.5 percent to $1,500.25 in 2021.", "Then they fell."});
  CHECK(sentences("en", "He paused... Then he left.") == V{"He paused...", "Then he left."});
  CHECK(sentences("en", "He paused... and then went on.") == V{"He paused... and then went on."});
}

TEST_CASE("French abbreviations", "[segment]") {
  CHECK(sentences("fr", "M. Dupont et Mme Durand sont venus. Ils sont partis.") ==
        V{"M. Dupont et Mme Durand sont venus.", "Ils sont partis."});
  CHECK(sentences("fr", "César meurt en 44 av. J.-C. à Rome. Auguste lui succède.") ==
        V{"César meurt en 44 av. J.-C. à Rome.", "Auguste lui succède."});
  CHECK(sentences("fr", "Il est né en 63 av. J.-C. Auguste régna longtemps.") ==
        V{"Il est né en 63 av. J.-C.", "Auguste régna longtemps."});
}

TEST_CASE("Abbreviations of the other languages", "[segment]") {
  CHECK(sentences("es", "La Dra. Gómez habló con el Sr. Pérez en EE. UU. Luego se fue.") ==
        V{"La Dra. Gómez habló con el Sr. Pérez en EE. UU.", "Luego se fue."});
  CHECK(sentences("de", "Das gilt z.B. für Prof. Weber, d.h. für alle. Dann ging er.") ==
        V{"Das gilt z.B. für Prof. Weber, d.h. für alle.", "Dann ging er."});
  CHECK(sentences("pl", "Mieszka przy ul. Długiej, m.in. z prof. Nowakiem. Potem wyszedł.") ==
        V{"Mieszka przy ul. Długiej, m.in. z prof. Nowakiem.", "Potem wyszedł."});
  CHECK(sentences("ru", "Это т.е. Св. Пётр, проф. Иванов и др. Потом он ушёл.") ==
        V{"Это т.е. Св. Пётр, проф. Иванов и др.", "Потом он ушёл."});
  CHECK(sentences("nl", "Volgens dhr. Rutte en o.a. mevr. Jansen. Daarna niet.") ==
        V{"Volgens dhr. Rutte en o.a. mevr. Jansen.", "Daarna niet."});
}

TEST_CASE("German ordinals with a dot do not end sentences", "[segment]") {
  CHECK(sentences("de",
                  "Am 3. Oktober kam er im 19. Jahrhundert an. Er wurde 1990 geboren. "
                  "Dann ging er.") == V{"Am 3. Oktober kam er im 19. Jahrhundert an.",
                                        "Er wurde 1990 geboren.", "Dann ging er."});
  // Only after a function word: a number that ends a sentence still ends it.
  CHECK(sentences("de", "Er kam auf Platz 3. Dann ging er.") ==
        V{"Er kam auf Platz 3.", "Dann ging er."});
  // English writes no ordinal dot.
  CHECK(sentences("en", "He was born in 3. The rest followed.") ==
        V{"He was born in 3.", "The rest followed."});
}

TEST_CASE("French spacing before ? and ! and guillemets", "[segment]") {
  CHECK(sentences("fr", "Vous pensez que vos amis seraient intéressés ? Partagez cette histoire !") ==
        V{"Vous pensez que vos amis seraient intéressés ?", "Partagez cette histoire !"});
  // No-break and narrow no-break spaces, as French typography wants them.
  CHECK(sentences("fr", "Vraiment\u00A0? Oui\u202F! Bien.") ==
        V{"Vraiment\u00A0?", "Oui\u202F!", "Bien."});
  CHECK(sentences("fr", "« Nous coulons ! nous coulons ! » cria-t-il. Personne ne bougea.") ==
        V{"« Nous coulons ! nous coulons ! » cria-t-il.", "Personne ne bougea."});
  CHECK(sentences("fr", "« C'est fini ! » Il partit.") == V{"« C'est fini ! »", "Il partit."});
  CHECK(sentences("fr", "« Il ne fait aucun doute », il a dit. Puis il partit.") ==
        V{"« Il ne fait aucun doute », il a dit.", "Puis il partit."});
}

TEST_CASE("A lower-case word after ? or ! continues the sentence", "[segment]") {
  CHECK(sentences("en", "\"Who is there?\" asked the man. Nobody answered.") ==
        V{"\"Who is there?\" asked the man.", "Nobody answered."});
  CHECK(sentences("en", "\"Stop!\" He ran.") == V{"\"Stop!\"", "He ran."});
}

TEST_CASE("Straight quotes closing after a space stay with their sentence", "[segment]") {
  CHECK(sentences("en", "He said \"We lost. \" Then he left.") ==
        V{"He said \"We lost. \"", "Then he left."});
  CHECK(sentences("en", "It ended. \"We lost,\" he said.") ==
        V{"It ended.", "\"We lost,\" he said."});
}

TEST_CASE("Paragraphs, lines and decoration", "[segment]") {
  const Document d = run("en", "One. Two.\n\nThree.\n*****\nFour has no stop\nFive.\n");
  REQUIRE(d.sentences.size() == 6);
  CHECK(d.sentences[2].text == "Three.");
  CHECK(d.sentences[3].text == "*****");
  CHECK(d.sentences[4].text == "Four has no stop");
  std::vector<std::uint32_t> paragraphs;
  for (const auto& s : d.sentences) paragraphs.push_back(s.paragraph);
  CHECK(paragraphs == std::vector<std::uint32_t>{0, 0, 1, 1, 1, 1});
  CHECK(d.paragraphs == 2);
  // A decoration line inside running text is still a sentence of its own.
  CHECK(sentences("en", "End of story. ***** More.") == V{"End of story.", "*****", "More."});
}

TEST_CASE("A line that starts in lower case continues the sentence before", "[segment]") {
  CHECK(sentences("en", "The cat sat on\nthe mat. It slept.") ==
        V{"The cat sat on the mat.", "It slept."});
}

TEST_CASE("Hard-wrapped prose joins its lines", "[segment]") {
  const std::string text =
      "It was a bright cold day in April, and the clocks were\n"
      "striking thirteen. Winston Smith, his chin nuzzled into his\n"
      "breast in an effort to escape the vile wind, slipped quickly\n"
      "through the glass doors of Victory Mansions, though not\n"
      "quickly enough to prevent a swirl of gritty dust from entering\n"
      "Along with him. The hallway smelt of boiled cabbage.\n";
  CHECK(sentences("en", text).size() == 3);
}

TEST_CASE("Pre-segmented input keeps its lines", "[segment]") {
  SegmentOptions o;
  o.presegmented = true;
  const Document d = run("en", "Mr.\nSmith went. Home.\n\nNext\n", o);
  REQUIRE(d.sentences.size() == 3);
  CHECK(d.sentences[0].text == "Mr.");
  CHECK(d.sentences[1].text == "Smith went. Home.");
  CHECK(d.sentences[2].paragraph == 1);
}

TEST_CASE("Plain ICU mode applies no rules", "[segment]") {
  SegmentOptions o;
  o.plain_icu = true;
  CHECK(sentences("en", "Mr. Smith left.", o) == V{"Mr.", "Smith left."});
}

TEST_CASE("A language without data uses ICU's rules and the neutral ones", "[segment]") {
  const Segmenter ca(lang::load(WIREALIGN_TEST_DATA_DIR, "ca"), {});
  CHECK_FALSE(ca.language().has_data);
  const auto d = ca.segment(wirealign::read::decode("Vens? Sí. J. García va venir.", "t", {}));
  REQUIRE(d.sentences.size() == 3);
  CHECK(d.sentences[2].text == "J. García va venir.");
}

TEST_CASE("Sentence spans point at the original bytes", "[segment]") {
  // CRLF line ends, a byte-order mark and a decomposed accent are normalised away, but the
  // spans still cover exactly what was written.
  const std::string input = "\xEF\xBB\xBFLe caf\x65\xCC\x81 est chaud.\r\nIl est bon !\r\n";
  const Document d = run("fr", input);
  REQUIRE(d.sentences.size() == 2);
  CHECK(d.sentences[0].text == "Le café est chaud.");
  CHECK(d.original_text(d.sentences[0]) == "Le cafe\xCC\x81 est chaud.");
  CHECK(d.original_text(d.sentences[1]) == "Il est bon !");
  CHECK(d.sentences[0].original.begin == 3);
}

TEST_CASE("Spans of the example article round-trip", "[segment]") {
  std::ifstream in(std::string(WIREALIGN_TEST_DATA_DIR) + "/examples/rt-tajikistan.fr.txt",
                   std::ios::binary);
  REQUIRE(in);
  std::stringstream buffer;
  buffer << in.rdbuf();
  const Document d = run("fr", buffer.str());
  REQUIRE(d.sentences.size() > 30);
  for (const auto& s : d.sentences) {
    CHECK(d.original_text(s) == s.text);
    CHECK(d.input.view(s.span) == s.text);
  }
}

TEST_CASE("Segmenting from several threads gives the same result", "[segment]") {
  const std::string text = "Mr. Smith left. « Fin ! » Il partit. Vraiment ? oui.";
  const auto expected = sentences("fr", text);
  std::vector<std::vector<std::string>> results(4);
  std::vector<std::thread> threads;
  for (auto& r : results) threads.emplace_back([&] { r = sentences("fr", text); });
  for (auto& t : threads) t.join();
  for (const auto& r : results) CHECK(r == expected);
}

TEST_CASE("Numeral abbreviations hold only before a number", "[segment]") {
  CHECK(sentences("en", "He lived at No. 19 Königstrasse. It was old.") ==
        V{"He lived at No. 19 Königstrasse.", "It was old."});
  CHECK(sentences("en", "\"Did he come?\" \"No.\" She left.") ==
        V{"\"Did he come?\"", "\"No.\"", "She left."});
}

TEST_CASE("A quote glued to an initial does not hide it", "[segment]") {
  CHECK(sentences("en", "You are a regular 'character,'M. Swann! Then he laughed.") ==
        V{"You are a regular 'character,'M. Swann!", "Then he laughed."});
}

TEST_CASE("Dialogue dashes start sentences", "[segment]") {
  CHECK(sentences("fr", "Il faut critiquer. -- Je suis là. — Et pourtant, non.") ==
        V{"Il faut critiquer.", "-- Je suis là.", "— Et pourtant, non."});
  // A run of dashes inside a sentence marks elided words, not decoration.
  CHECK(sentences("fr", "Dans notre hameau ---- un berger passa.") ==
        V{"Dans notre hameau ---- un berger passa."});
}

TEST_CASE("A spaced straight quote: closing in English, by parity in French", "[segment]") {
  // English does not space the inside of quotes: the quote closes the sentence before.
  CHECK(sentences("en", "\"I never saw it,\" said Martha. \" He is gone!\"") ==
        V{"\"I never saw it,\" said Martha. \"", "He is gone!\""});
  // French does: an even number of quotes before it means it opens the next sentence.
  CHECK(sentences("fr", "\"Quelle honte !\" dit Alice. \" Une grande fille !\"") ==
        V{"\"Quelle honte !\" dit Alice.", "\" Une grande fille !\""});
  CHECK(sentences("fr", "\" C'est fini. \" Il partit.") == V{"\" C'est fini. \"", "Il partit."});
}

TEST_CASE("A sentence longer than the limit is cut at white space, nothing lost", "[segment]") {
  std::string text;
  for (int i = 0; text.size() < 50000; ++i) text += "word" + std::to_string(i % 97) + " ";
  text += "end.";
  const Document doc = run("en", text);
  REQUIRE(doc.sentences.size() >= 5);
  std::string joined;
  for (const auto& s : doc.sentences) {
    CHECK(s.span.size() <= 10000);
    CHECK(s.text.back() != ' ');
    joined += (joined.empty() ? "" : " ") + s.text;
  }
  CHECK(joined + " " == text.substr(0, text.size() - 4) + "end. ");
}

TEST_CASE("A long sentence without white space is cut between characters", "[segment]") {
  std::string text;
  while (text.size() < 25000) text += "é";
  SegmentOptions options;
  options.max_sentence_bytes = 1001;
  const Document doc = Segmenter(lang::load(WIREALIGN_TEST_DATA_DIR, "fr"), options)
                           .segment(wirealign::read::decode(text, "test", {}));
  REQUIRE(doc.sentences.size() == 25);
  std::string joined;
  for (const auto& s : doc.sentences) {
    CHECK(s.span.size() <= 1001);
    joined += s.text;
  }
  CHECK(joined == text);
}

TEST_CASE("U+FFFD is not a decoration", "[segment]") {
  CHECK(sentences("fr", "La limite \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD est atteinte.") ==
        V{"La limite \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD est atteinte."});
}
