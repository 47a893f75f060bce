// Tests of the segmented-document writers.
#include "wirealign/report/document.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "wirealign/read/read.h"
#include "wirealign/segment/segment.h"

TEST_CASE("Sentences as text and as JSON with original byte offsets", "[report]") {
  using namespace wirealign;
  // A byte-order mark and CR LF line ends: offsets count the bytes as given.
  const Text text = read::decode("\xEF\xBB\xBFOne. Two.\r\n\r\nThree.", "in.txt", {});
  const Document d = segment::segment(text, lang::load(WIREALIGN_TEST_DATA_DIR, "en"), {});
  std::ostringstream plain, json;
  report::write_sentences_text(plain, d);
  report::write_sentences_json(json, d);
  CHECK(plain.str() == "One.\nTwo.\nThree.\n");
  const auto j = nlohmann::json::parse(json.str());
  CHECK(j["source"] == "in.txt");
  CHECK(j["paragraphs"] == 2);
  REQUIRE(j["sentences"].size() == 3);
  CHECK(j["sentences"][0]["start"] == 3);
  CHECK(j["sentences"][0]["end"] == 7);
  CHECK(j["sentences"][2]["paragraph"] == 1);
  CHECK(j["sentences"][2]["start"] == 16);
  CHECK(j["sentences"][2]["text"] == "Three.");
}
