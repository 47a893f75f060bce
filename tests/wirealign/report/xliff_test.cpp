// Tests of the XLIFF 2.0 writer: structure, read-back of every source and target, findings as
// notes, notices, blocks with an empty side, and one language pair a document.
#include "wirealign/report/xliff.h"

#include <catch2/catch.hpp>
#include <map>
#include <pugixml.hpp>
#include <set>
#include <sstream>

#include "support/line_document.h"

namespace {

using namespace wirealign;

Document doc(const std::string& text, const std::string& code) {
  return testing::line_document(text, code);
}

const std::string kHostile =
    "A < B & C > D ]]> \"quoted\" \x1B[31mred\x1B[0m\n"
    "Second \xC3\xA9 and \xF0\x9F\x98\x80.\n"
    "Third.\n";

Alignment blocks() {
  Alignment a;
  // 1-1, 2-1, 0-1, and a 1-0 block at the end.
  a.beads = {{0, 1, 0, 1, 0.9}, {1, 3, 1, 2, 0.5}, {3, 3, 2, 3, 0.7}};
  return a;
}

pugi::xml_document parse(const std::string& xml) {
  pugi::xml_document x;
  REQUIRE(x.load_string(xml.c_str()));
  return x;
}

}  // namespace

TEST_CASE("XLIFF 2.0: one file, one unit a block, sources and targets as written", "[report]") {
  const Document s = doc(kHostile, "en");
  const Document t = doc(kHostile, "fr");
  const Alignment a = blocks();
  std::ostringstream out;
  report::write_xliff(out, {s, t, a});
  const pugi::xml_document x = parse(out.str());
  const pugi::xml_node root = x.child("xliff");
  CHECK(std::string(root.attribute("version").value()) == "2.0");
  CHECK(std::string(root.attribute("xmlns").value()) == "urn:oasis:names:tc:xliff:document:2.0");
  CHECK(std::string(root.attribute("xmlns:mda").value()) ==
        "urn:oasis:names:tc:xliff:metadata:2.0");
  CHECK(std::string(root.attribute("srcLang").value()) == "en");
  CHECK(std::string(root.attribute("trgLang").value()) == "fr");
  const pugi::xml_node file = root.child("file");
  CHECK(std::string(file.attribute("id").value()) == "f1");
  std::set<std::string> ids;
  std::vector<pugi::xml_node> units;
  for (pugi::xml_node u : file.children("unit")) {
    units.push_back(u);
    CHECK(ids.insert(u.attribute("id").value()).second);
  }
  REQUIRE(units.size() == 3);
  const pugi::xml_node first = units[0].child("segment");
  // The escape character is not XML: it is written as a space, the rest as it was.
  CHECK(std::string(first.child_value("source")) == "A < B & C > D ]]> \"quoted\"  [31mred [0m");
  CHECK(std::string(units[1].child("segment").child_value("source")) ==
        "Second \xC3\xA9 and \xF0\x9F\x98\x80. Third.");
  // The 0-1 block: an empty source (XLIFF requires one), the sentence in the target.
  CHECK(std::string(units[2].child("segment").child_value("source")).empty());
  CHECK(std::string(units[2].child("segment").child_value("target")) == "Third.");
  // Block metadata.
  const pugi::xml_node group = units[1].child("mda:metadata").child("mda:metaGroup");
  CHECK(std::string(group.attribute("category").value()) == "block");
  std::map<std::string, std::string> meta;
  for (pugi::xml_node m : group.children("mda:meta"))
    meta[m.attribute("type").value()] = m.text().get();
  CHECK(meta["type"] == "2-1");
  CHECK(meta["confidence"] == "0.500");
  CHECK(meta["src-sentences"] == "1 2");
  CHECK(meta["tgt-sentences"] == "1");
}

TEST_CASE("XLIFF 2.0: a 1-0 block has no target; findings are notes of their unit", "[report]") {
  const Document s = doc("One.\nTwo.\n", "en");
  const Document t = doc("Un.\n", "fr");
  Alignment a;
  a.beads = {{0, 1, 0, 1, 0.9}, {1, 2, 1, 1, 0.6}};
  std::vector<Finding> findings(3);
  findings[0].kind = "omission";
  findings[0].severity = Severity::error;
  findings[0].src_sentences = {1};
  findings[0].message = "not translated";
  findings[0].suggestion = "translate it";
  findings[1].kind = "typography";
  findings[1].severity = Severity::info;
  findings[1].tgt_sentences = {0};
  findings[1].message = "spacing";
  findings[2].kind = "quote-style";
  findings[2].severity = Severity::warning;
  findings[2].message = "two styles";
  const std::vector<Notice> notices = {{"encoding", "fr.txt", "read as windows-1252"}};
  std::ostringstream out;
  report::write_xliff(out, {s, t, a, &findings, &notices, 2});
  const pugi::xml_document x = parse(out.str());
  const pugi::xml_node file = x.child("xliff").child("file");
  // The file's notes: the notice, then the finding about no sentence (a warning: priority 5).
  const pugi::xml_node file_notes = file.child("notes");
  const pugi::xml_node notice = file_notes.child("note");
  CHECK(std::string(notice.attribute("category").value()) == "wirealign:notice:encoding");
  CHECK(std::string(notice.text().get()) == "fr.txt: read as windows-1252");
  const pugi::xml_node whole = notice.next_sibling("note");
  CHECK(std::string(whole.attribute("category").value()) == "wirealign:quote-style");
  CHECK(whole.attribute("priority").as_int() == 5);
  // Notes come before the units, metadata before the notes.
  CHECK(std::string(file.first_child().name()) == "mda:metadata");
  CHECK(std::string(file_notes.next_sibling().name()) == "unit");
  const pugi::xml_node u1 = file.child("unit");
  const pugi::xml_node u2 = u1.next_sibling("unit");
  CHECK(std::string(u1.child("notes").child("note").attribute("category").value()) ==
        "wirealign:typography");
  CHECK(u1.child("notes").child("note").attribute("priority").as_int() == 9);
  const pugi::xml_node omission = u2.child("notes").child("note");
  CHECK(omission.attribute("priority").as_int() == 1);
  CHECK(std::string(omission.text().get()) == "not translated \u2192 translate it");
  CHECK_FALSE(u2.child("segment").child("target"));
  CHECK(std::string(u2.child("segment").child_value("source")) == "Two.");
  // The summary counts the muted findings.
  bool muted = false;
  for (pugi::xpath_node m : x.select_nodes("//mda:metaGroup[@category='summary']/mda:meta"))
    muted = muted || (std::string(m.node().attribute("type").value()) == "muted" &&
                      std::string(m.node().text().get()) == "2");
  CHECK(muted);
}

TEST_CASE("an XLIFF document holds one language pair", "[report]") {
  const Document s = doc("One.\n", "en");
  const Document t = doc("Un.\n", "fr");
  const Document d = doc("Eins.\n", "de");
  Alignment a;
  a.beads = {{0, 1, 0, 1, 0.9}};
  report::XliffDocument xliff;
  xliff.add({s, t, a});
  xliff.add({s, t, a});
  CHECK_THROWS_AS(xliff.add({d, t, a}), report::Unrepresentable);
  std::ostringstream out;
  xliff.save(out);
  const pugi::xml_document x = parse(out.str());
  CHECK(std::string(x.child("xliff").child("file").next_sibling("file").attribute("id").value()) ==
        "f2");
  report::XliffDocument empty;
  CHECK_THROWS_AS(empty.save(out), Error);
}
