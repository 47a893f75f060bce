// Tests of the table of formats and its reporters: which command offers which format, the Moses
// file names, and the notices every report carries.
#include "wirealign/report/reporter.h"

#include <catch2/catch.hpp>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "support/line_document.h"

namespace {

using namespace wirealign;

Document doc(const std::string& text, const std::string& code) {
  return testing::line_document(text, code);
}

// A destination keeping every file in memory.
class Memory : public report::Destination {
 public:
  std::ostream& stream() override { return main; }
  std::ostream& file(const std::string& suffix) override { return files[suffix]; }
  std::ostringstream main;
  std::map<std::string, std::ostringstream> files;
};

}  // namespace

TEST_CASE("each command offers its formats from the one table", "[report]") {
  CHECK(report::format_names(report::Command::align) == "tsv, blocks, json, moses, tmx or xliff");
  CHECK(report::format_names(report::Command::check) == "text, json, html or xliff");
  CHECK(report::format_names(report::Command::batch) == "jsonl, tsv, moses or xliff");
  CHECK(report::find_format("xliff", report::Command::check).name == "xliff");
  CHECK_THROWS_AS(report::find_format("html", report::Command::align), ConfigError);
  CHECK_THROWS_WITH(report::find_format("docx", report::Command::batch),
                    Catch::Contains("jsonl, tsv, moses or xliff"));
}

TEST_CASE("Moses files are named by each pair's languages", "[report]") {
  report::ReportOptions o;
  o.src_lang = "en";
  o.tgt_lang = "fr";
  CHECK(report::moses_files("en", "fr", o) == std::vector<std::string>{"en", "fr", "confidence"});
  o.batch = true;
  CHECK(report::moses_files("en", "fr", o) == std::vector<std::string>{"en", "fr", "ids"});
  CHECK(report::moses_files("de", "fr", o) ==
        std::vector<std::string>{"de-fr.de", "de-fr.fr", "de-fr.ids"});
  CHECK(report::moses_files("fr", "fr", o) ==
        std::vector<std::string>{"fr-fr.src", "fr-fr.tgt", "fr-fr.ids"});

  const Document en = doc("One.\nTwo.\n", "en"), de = doc("Eins.\nZwei.\n", "de");
  const Document fr = doc("Un.\nDeux.\n", "fr");
  Alignment a;
  a.beads = {{0, 1, 0, 1, 0.9}, {1, 2, 1, 2, 0.4}};
  Memory to;
  auto moses = report::find_format("moses", report::Command::batch).make(to, o);
  report::PairReport first{en, fr, a};
  first.id = "a";
  report::PairReport second{de, fr, a};
  second.id = "b";
  moses->pair(first);
  moses->pair(second);
  CHECK(to.files["en"].str() == "One.\nTwo.\n");
  CHECK(to.files["ids"].str() == "a\t0.900\na\t0.400\n");
  CHECK(to.files["de-fr.de"].str() == "Eins.\nZwei.\n");
  CHECK(to.files["de-fr.ids"].str() == "b\t0.900\nb\t0.400\n");
  CHECK(moses->sentence_pairs() == 4);

  // align: the confidences beside the text files.
  Memory single;
  o.batch = false;
  o.min_confidence = 0.5;
  auto aligned = report::find_format("moses", report::Command::align).make(single, o);
  aligned->pair({en, fr, a});
  CHECK(single.files["fr"].str() == "Un.\n");
  CHECK(single.files["confidence"].str() == "0.900\n");
}

TEST_CASE("notices are part of the JSON, JSON Lines and text reports", "[report]") {
  const Document en = doc("One.\n", "en"), fr = doc("Un.\n", "fr");
  Alignment a;
  a.beads = {{0, 1, 0, 1, 0.9}};
  const std::vector<Finding> none;
  const std::vector<Notice> notices = {{"encoding", "fr.txt", "read as windows-1252"},
                                       {"muted", "", "2 findings muted by the ignore list"}};
  report::PairReport pair{en, fr, a, &none, &notices, 2};
  pair.id = "x";

  Memory json_out;
  report::find_format("json", report::Command::check).make(json_out, {})->pair(pair);
  const nlohmann::json j = nlohmann::json::parse(json_out.main.str());
  CHECK(j["version"] == 2);
  REQUIRE(j["notices"].size() == 2);
  CHECK(j["notices"][0]["kind"] == "encoding");
  CHECK(j["notices"][0]["subject"] == "fr.txt");
  CHECK(j["summary"]["muted"] == 2);

  Memory lines;
  report::ReportOptions batch;
  batch.batch = true;
  auto jsonl = report::find_format("jsonl", report::Command::batch).make(lines, batch);
  jsonl->pair(pair);
  jsonl->failed("y", 3, "cannot read", 0.001);
  std::istringstream in(lines.main.str());
  std::string line;
  std::getline(in, line);
  const nlohmann::json record = nlohmann::json::parse(line);
  CHECK(record["notices"][0]["message"] == "read as windows-1252");
  CHECK(record["findings"].empty());
  std::getline(in, line);
  CHECK(nlohmann::json::parse(line)["ok"] == false);

  Memory text;
  report::find_format("text", report::Command::check).make(text, {})->pair(pair);
  CHECK_THAT(text.main.str(), Catch::Contains("notice fr.txt: read as windows-1252"));
  CHECK_THAT(text.main.str(),
             Catch::Contains("No findings in 1 source / 1 target sentences; 2 findings muted"));

  Memory html;
  report::find_format("html", report::Command::check).make(html, {})->pair(pair);
  CHECK_THAT(html.main.str(), Catch::Contains("read as windows-1252"));
  CHECK_THAT(html.main.str(), Catch::Contains("2 findings muted by the ignore list"));
}
