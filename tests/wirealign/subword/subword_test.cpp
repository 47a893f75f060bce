// Tests of the SentencePiece wrapper: the shipped model, errors, and training.
#include "wirealign/subword/subword.h"

#include <catch2/catch.hpp>
#include <fstream>

#include "support/temp_path.h"
#include "wirealign/core/error.h"

namespace {

using wirealign::subword::Model;

std::string joined(const std::vector<std::string>& pieces) {
  std::string s;
  for (const auto& p : pieces) s += p;
  return s;
}

}  // namespace

TEST_CASE("The shipped subword model cuts words into pieces that spell them", "[subword]") {
  const Model m = Model::load(std::string(WIREALIGN_TEST_DATA_DIR) + "/subwords/joint.model");
  CHECK(m.size() == 8000);
  for (const char* word : {"douchanbé", "manœuvres", "kazakhstan", "unbelievably", "a"}) {
    const auto p = m.pieces(word);
    INFO(word);
    REQUIRE(!p.empty());
    CHECK(joined(p) == word);  // no word-start mark, nothing lost
  }
  // A long rare word is more than one piece; pieces of related forms overlap.
  const auto a = m.pieces("renseignements"), b = m.pieces("renseignement");
  CHECK(a.size() > 1);
  CHECK(a.front() == b.front());
  CHECK(m.pieces("").empty());
}

TEST_CASE("A missing or broken subword model is an input error naming the file", "[subword]") {
  CHECK_THROWS_AS(Model::load("/nonexistent/joint.model"), wirealign::InputError);
  wirealign::testing::TempPath bad;
  bad.write("not a model");
  CHECK_THROWS_WITH(Model::load(bad.path()), Catch::Contains(bad.string()));
}

TEST_CASE("A model trained on a word list segments those words", "[subword]") {
  wirealign::testing::TempPath dir;
  std::filesystem::create_directories(dir.path());
  {
    std::ofstream words(dir.path() / "words.txt");
    for (const char* stem : {"align", "sentence", "translat", "document", "word", "piece"})
      for (const char* ending : {"", "s", "ed", "ing", "ion", "er", "ers", "ment"})
        words << stem << ending << '\n';
  }
  wirealign::subword::train(dir.path() / "words.txt", dir.path() / "tiny",
                            "--vocab_size=40 --model_type=unigram --minloglevel=2 "
                            "--normalization_rule_name=identity");
  const Model m = Model::load(dir.path() / "tiny.model");
  CHECK(m.size() == 40);
  CHECK(joined(m.pieces("aligning")) == "aligning");
  CHECK_THROWS_AS(wirealign::subword::train(dir.path() / "missing.txt", dir.path() / "x", ""),
                  wirealign::Error);
}
