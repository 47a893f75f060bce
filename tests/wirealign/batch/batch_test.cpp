// Tests of batch runs: manifest lines, order and threads, error records, resuming.
#include "wirealign/batch/batch.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "support/temp_path.h"
#include "wirealign/core/error.h"

namespace {

using namespace wirealign;

batch::BatchOptions options(unsigned threads) {
  batch::BatchOptions o;
  o.engine.data_dir = WIREALIGN_TEST_DATA_DIR;
  o.engine.align.use_dictionary = false;
  o.threads = threads;
  return o;
}

std::string pair_line(int i) {
  nlohmann::json j;
  j["id"] = "doc" + std::to_string(i);
  j["src"] = {{"text", "Russia sent " + std::to_string(100 + i) + " troops.\nThe CSTO met in Moscow.\n"}};
  j["tgt"] = {{"text", "La Russie a envoyé " + std::to_string(100 + i) +
                           " soldats.\nL'OTSC s'est réunie à Moscou.\n"}};
  j["segmented"] = true;
  return j.dump();
}

// The JSON Lines reporter of batch records, writing to `out`, with its destination.
struct Records {
  explicit Records(std::ostream& out)
      : to(out), reporter(report::find_format("jsonl", report::Command::batch).make(to, {})) {}
  report::Reporter& operator*() { return *reporter; }
  report::StreamDestination to;
  std::unique_ptr<report::Reporter> reporter;
};

Records jsonl(std::ostream& out) { return Records(out); }

std::vector<nlohmann::json> records(const std::string& out) {
  std::vector<nlohmann::json> r;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) r.push_back(nlohmann::json::parse(line));
  return r;
}

TEST_CASE("manifest lines give paths, inline texts, languages and ids", "[batch]") {
  const batch::Job a = batch::parse_job(R"({"id": "a1", "src": "en/a1.txt", "tgt": {"text": "Bonjour."}, "tgt_lang": "fr-CA", "segmented": true})", 3, "m.jsonl");
  CHECK(a.id == "a1");
  CHECK(a.src_path == "en/a1.txt");
  CHECK(!a.src_text);
  CHECK(a.tgt_text == std::optional<std::string>("Bonjour."));
  CHECK(a.tgt_lang == "fr-CA");
  CHECK(a.segmented == std::optional<bool>(true));
  const batch::Job b = batch::parse_job(R"({"src": {"path": "x"}, "tgt": "y", "id": 7})", 9, "m");
  CHECK(b.id == "7");
  CHECK(b.src_path == "x");
  const batch::Job c = batch::parse_job(R"({"src": "x", "tgt": "y"})", 9, "m");
  CHECK(c.id == "9");
  for (const char* bad : {"[1]", "{\"src\": \"x\"}", "{\"src\": 1, \"tgt\": \"y\"}",
                          "{\"src\": \"\", \"tgt\": \"y\"}", "{\"src\": \"x\", \"tgt\": \"y\", \"segmented\": 1}",
                          "not json"}) {
    try {
      batch::parse_job(bad, 4, "m.jsonl");
      FAIL("accepted " << bad);
    } catch (const InputError& e) {
      CHECK(std::string(e.what()).find("m.jsonl") != std::string::npos);
      CHECK(std::string(e.what()).find("line 4") != std::string::npos);
    }
  }
}

TEST_CASE("a manifest line can say what its inputs are", "[batch]") {
  const batch::Job html =
      batch::parse_job(R"({"src": "a.html", "tgt": "b.html", "input_format": "html"})", 1, "m");
  CHECK(html.format == std::optional<read::InputFormat>(read::InputFormat::html));
  CHECK(!html.segmented);
  const batch::Job lines =
      batch::parse_job(R"({"src": "a", "tgt": "b", "input_format": "segmented"})", 1, "m");
  CHECK(lines.format == std::optional<read::InputFormat>(read::InputFormat::text));
  CHECK(lines.segmented == std::optional<bool>(true));
  CHECK(!batch::parse_job(R"({"src": "a", "tgt": "b"})", 1, "m").format);
  for (const char* bad : {R"({"src": "a", "tgt": "b", "input_format": "pdf"})",
                          R"({"src": "a", "tgt": "b", "input_format": 1})"})
    CHECK_THROWS_AS(batch::parse_job(bad, 1, "m"), InputError);
}

TEST_CASE("inline web pages are read as pages, by content or as the line says", "[batch]") {
  const std::string page =
      "<!DOCTYPE html><html><body><nav>Home</nav><article><p>The CSTO met in Moscow.</p>"
      "</article></body></html>";
  const std::string line = nlohmann::json{{"id", "p"},
                                          {"src", {{"text", page}}},
                                          {"tgt", {{"text", "L'OTSC s'est réunie à Moscou."}}}}
                               .dump();
  for (bool as_text : {false, true}) {
    std::istringstream in(as_text ? line.substr(0, line.size() - 1) + R"(, "input_format": "text"})"
                                  : line);
    std::ostringstream out;
    auto sink = jsonl(out);
    batch::run(in, "m.jsonl", options(1), *sink);
    const auto r = records(out.str());
    REQUIRE(r.size() == 1);
    CHECK(r[0]["ok"] == true);
    // As a page: one sentence (the article); as text: the markup is text, navigation included.
    CHECK((r[0]["src_sentences"] == 1) != as_text);
  }
}

TEST_CASE("records come in manifest order, the same with one thread or three", "[batch]") {
  const bool check = GENERATE(false, true);
  std::string manifest;
  for (int i = 0; i < 40; ++i) manifest += pair_line(i) + "\n";
  manifest += "\n{\"id\": \"broken\"}\n" + std::string("{\"id\": \"missing\", \"src\": \"/nonexistent/a\", \"tgt\": \"/nonexistent/b\"}\n");
  std::string outputs[2];
  for (unsigned threads : {1u, 3u}) {
    std::istringstream in(manifest);
    std::ostringstream out;
    auto sink = jsonl(out);
    auto o = options(threads);
    o.engine.check = check;
    const batch::Summary s = batch::run(in, "m.jsonl", o, *sink);
    CHECK(s.documents == 42);
    CHECK(s.errors == 2);
    CHECK(s.src_sentences == 80);
    outputs[threads == 1 ? 0 : 1] = out.str();
  }
  auto strip_time = [](std::vector<nlohmann::json> r) {
    for (auto& j : r) j.erase("ms");
    return r;
  };
  const auto one = strip_time(records(outputs[0]));
  CHECK(one == strip_time(records(outputs[1])));
  REQUIRE(one.size() == 42);
  for (int i = 0; i < 40; ++i) {
    CHECK(one[i]["id"] == "doc" + std::to_string(i));
    CHECK(one[i]["ok"] == true);
    CHECK(one[i]["blocks"].size() == 2);
    CHECK(one[i].contains("findings") == check);
    CHECK(one[i]["notices"].is_array());
  }
  CHECK(one[40]["ok"] == false);
  CHECK(one[40]["line"] == 42);  // the blank line 41 is skipped
  CHECK(one[40]["error"].get<std::string>().find("no \"src\"") != std::string::npos);
  CHECK(one[41]["id"] == "missing");
  CHECK(one[41]["error"].get<std::string>().find("/nonexistent/a") != std::string::npos);
}

TEST_CASE("an unknown language fails its pairs, not the run", "[batch]") {
  std::istringstream in(pair_line(1) + "\n" +
                        R"({"id": "x", "src": {"text": "a"}, "tgt": {"text": "b"}, "tgt_lang": "qqq-zz"})" + "\n");
  std::ostringstream out;
  auto sink = jsonl(out);
  const batch::Summary s = batch::run(in, "m", options(2), *sink);
  CHECK(s.errors == 1);
  const auto r = records(out.str());
  REQUIRE(r.size() == 2);
  CHECK(r[0]["ok"] == true);
  CHECK(r[1]["ok"] == false);
}

TEST_CASE("the corpus sink keeps sentence pairs above the confidence floor", "[batch]") {
  std::istringstream in(pair_line(1) + "\n" + pair_line(2) + "\n");
  std::ostringstream out;
  report::StreamDestination to(out);
  report::ReportOptions corpus;
  corpus.batch = true;
  auto sink = report::find_format("tsv", report::Command::batch).make(to, corpus);
  batch::run(in, "m", options(1), *sink);
  CHECK(sink->sentence_pairs() == 4);
  CHECK(out.str().rfind("doc1\tRussia sent 101 troops.\tLa Russie a envoyé 101 soldats.\t", 0) == 0);
  std::istringstream again(pair_line(1) + "\n");
  std::ostringstream none;
  report::StreamDestination to_none(none);
  corpus.min_confidence = 1.01;
  auto strict = report::find_format("tsv", report::Command::batch).make(to_none, corpus);
  batch::run(again, "m", options(1), *strict);
  CHECK(none.str().empty());
}

TEST_CASE("a TSV output refuses pairs of another language pair, as error records", "[batch]") {
  std::istringstream in(
      pair_line(1) + "\n" +
      R"({"id": "de", "src": {"text": "Hallo Welt."}, "tgt": {"text": "Bonjour le monde."}, "src_lang": "de"})" +
      "\n");
  std::ostringstream out;
  report::StreamDestination to(out);
  report::ReportOptions corpus;
  corpus.batch = true;
  auto sink = report::find_format("tsv", report::Command::batch).make(to, corpus);
  const batch::Summary s = batch::run(in, "m", options(1), *sink);
  CHECK(s.errors == 1);
  CHECK(s.first_error.find("pair de:") == 0);
  CHECK(s.first_error.find("de-fr") != std::string::npos);
  CHECK(out.str().find("Hallo") == std::string::npos);
}

TEST_CASE("resuming skips pairs done, retries error records and drops a cut-off line", "[batch]") {
  testing::TempPath file;
  file.write("{\"id\":\"doc0\",\"ok\":true}\n{\"id\":\"doc1\",\"ok\":false}\n{\"id\":\"doc2\",\"o");
  const batch::Earlier earlier = batch::resume_from(file.string());
  CHECK(earlier.done == std::set<std::string>{"doc0"});
  CHECK(earlier.retried == 1);
  std::ifstream in(file.path());
  std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(content == "{\"id\":\"doc0\",\"ok\":true}\n");
  auto o = options(2);
  o.skip = earlier.done;
  std::istringstream manifest(pair_line(0) + "\n" + pair_line(1) + "\n" + pair_line(2) + "\n");
  std::ostringstream out;
  auto sink = jsonl(out);
  const batch::Summary s = batch::run(manifest, "m", o, *sink);
  CHECK(s.skipped == 1);
  CHECK(s.documents == 2);
  CHECK(records(out.str()).at(0)["id"] == "doc1");
  testing::TempPath missing;
  CHECK(batch::resume_from(missing.string()).done.empty());
  testing::TempPath other;
  other.write("hello\n");
  CHECK_THROWS_AS(batch::resume_from(other.string()), InputError);
}

}  // namespace
