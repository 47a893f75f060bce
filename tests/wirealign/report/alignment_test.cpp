// Tests of the alignment writers: every format stays well-formed whatever the text holds.
#include "wirealign/report/alignment.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <sstream>


namespace {

using namespace wirealign;

// A document whose sentences are the lines of `text`, built directly (the reader would refuse
// control characters; the writers must cope with any sentence text all the same).
Document doc(const std::string& text, const std::string& code) {
  Document d;
  d.lang = code;
  d.input.name = code + ".txt";
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = text.find('\n', start);
    Sentence s;
    s.text = text.substr(start, end - start);
    d.sentences.push_back(s);
    start = end + 1;
  }
  return d;
}

// Text that breaks careless XML, JSON and TSV writers.
const std::string kHostile =
    "A < B & C > D ]]> \"quoted\" 'single' \x1B[31mred\x1B[0m\ttab\n"
    "Second line with \xC3\xA9 and \xF0\x9F\x98\x80 and U+FFFD \xEF\xBF\xBD.\n"
    "Third.\n";

Alignment three_blocks() {
  Alignment a;
  a.beads = {{0, 1, 0, 1, 0.9}, {1, 3, 1, 2, 0.5}, {3, 3, 2, 3, 0.7}};
  return a;
}

}  // namespace

TEST_CASE("TMX is well-formed TMX 1.4b whatever the text", "[report]") {
  const Document s = doc(kHostile, "en");
  const Document t = doc(kHostile, "fr");
  const Alignment a = three_blocks();
  std::ostringstream out;
  report::write_tmx(out, {s, t, a}, {});
  // XML 1.0 cannot hold C0 control characters other than tab and line breaks.
  for (char c : out.str()) CHECK_FALSE((static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r'));
  pugi::xml_document x;
  REQUIRE(x.load_string(out.str().c_str()));
  CHECK(std::string(x.child("tmx").attribute("version").value()) == "1.4");
  CHECK(std::string(x.child("tmx").child("header").attribute("srclang").value()) == "en");
  const auto tus = x.child("tmx").child("body").children("tu");
  REQUIRE(std::distance(tus.begin(), tus.end()) == 2);  // the 0-1 block is not a pair
  const auto tuv = x.child("tmx").child("body").child("tu").child("tuv");
  CHECK(std::string(tuv.attribute("xml:lang").value()) == "en");
  CHECK(std::string(tuv.child_value("seg")).find("A < B & C > D ]]>") == 0);
}

TEST_CASE("The confidence filter keeps only sure pairs", "[report]") {
  const Document s = doc(kHostile, "en");
  const Document t = doc(kHostile, "fr");
  const Alignment a = three_blocks();
  std::ostringstream tsv, src, tgt;
  report::write_tsv(tsv, {s, t, a}, {0.8});
  report::write_moses(src, tgt, {s, t, a}, {0.4});
  auto lines = [](const std::ostringstream& o) {
    const std::string x = o.str();
    return std::count(x.begin(), x.end(), '\n');
  };
  CHECK(lines(tsv) == 1);
  CHECK(lines(src) == 2);
  CHECK(lines(tgt) == 2);
  // One line per pair: the tab inside the text does not add a column.
  const std::string all = tsv.str();
  const std::string line = all.substr(0, all.find('\n'));
  CHECK(std::count(line.begin(), line.end(), '\t') == 3);
  CHECK(line.substr(line.rfind('\t') + 1) == "1-1");
}

TEST_CASE("JSON and blocks describe every block", "[report]") {
  const Document s = doc(kHostile, "en");
  const Document t = doc(kHostile, "fr");
  const Alignment a = three_blocks();
  std::ostringstream json, blocks;
  report::write_json(json, {s, t, a});
  report::write_blocks(blocks, {s, t, a});
  const auto j = nlohmann::json::parse(json.str());
  REQUIRE(j["blocks"].size() == 3);
  CHECK(j["blocks"][1]["src"] == nlohmann::json::array({1, 2}));
  CHECK(j["blocks"][2]["src"].empty());
  CHECK(j["blocks"][1]["type"] == "2-1");
  CHECK(j["src"]["sentences"].size() == 3);
  CHECK(blocks.str() == "[0]:[0]:0.900\n[1, 2]:[1]:0.500\n[]:[2]:0.700\n");
}

TEST_CASE("TMX holds only XML characters: bad UTF-8 and U+FFFF become U+FFFD", "[report]") {
  // A lone surrogate encoded in UTF-8, a stray byte and the non-character U+FFFF.
  const Document s = doc("Surrogate \xED\xA0\x80, stray \xFF, non-character \xEF\xBF\xBF.\n", "en");
  const Document t = doc("Fin.\n", "fr");
  Alignment a;
  a.beads = {{0, 1, 0, 1, 0.9}};
  std::ostringstream out;
  report::write_tmx(out, {s, t, a}, {});
  const std::string xml = out.str();
  CHECK(xml.find("\xED\xA0\x80") == std::string::npos);
  CHECK(xml.find('\xFF') == std::string::npos);
  CHECK(xml.find("\xEF\xBF\xBF") == std::string::npos);
  pugi::xml_document x;
  REQUIRE(x.load_string(xml.c_str()));
  const std::string seg = x.child("tmx").child("body").child("tu").child("tuv").child_value("seg");
  CHECK(seg.find("stray \xEF\xBF\xBD,") != std::string::npos);
  CHECK(seg.find("non-character \xEF\xBF\xBD.") != std::string::npos);
}
