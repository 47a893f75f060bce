// Tests of the pipeline engine: one pair end to end, threads, and bad options.
#include "wirealign/pipeline/pipeline.h"

#include <catch2/catch.hpp>
#include <thread>

#include "support/language_samples.h"
#include "wirealign/core/error.h"
#include "wirealign/read/read.h"

namespace {

using namespace wirealign;

pipeline::EngineOptions options() {
  pipeline::EngineOptions o;
  o.data_dir = WIREALIGN_TEST_DATA_DIR;
  o.align.use_dictionary = false;  // keeps the test independent of installed dictionaries
  return o;
}

Text text(const std::string& s, const char* name) { return read::decode(s, name, {}); }

const char* kEn = "The CSTO met in Moscow on Monday.\nRussia sent 1,500 troops to Tajikistan.\n";
const char* kFr = "L'OTSC s'est réunie lundi à Moscou.\nLa Russie a envoyé 1 500 soldats au "
                  "Tadjikistan.\n";

TEST_CASE("the engine segments, annotates and aligns a pair", "[pipeline]") {
  const pipeline::Engine engine(options());
  const auto r = engine.run(text(kEn, "en"), text(kFr, "fr"), true);
  REQUIRE(r->src.sentences.size() == 2);
  REQUIRE(r->tgt.sentences.size() == 2);
  CHECK(r->src_tokens.sentences.size() == 2);
  REQUIRE(r->alignment.beads.size() == 2);
  CHECK(r->alignment.beads[1].src_begin == 1);
  CHECK(r->alignment.beads[1].tgt_begin == 1);
  CHECK(r->findings.empty());  // checks are off by default
  CHECK(engine.src_language().code == "en");
  CHECK(engine.lexicon().size() == 0);
}

TEST_CASE("concurrent annotation and several threads give the same alignment", "[pipeline]") {
  const pipeline::Engine engine(options());
  const auto one = engine.run(text(kEn, "en"), text(kFr, "fr"), false, false);
  const auto two = engine.run(text(kEn, "en"), text(kFr, "fr"), false, true);
  CHECK(one->alignment.beads == two->alignment.beads);
  std::vector<std::vector<Bead>> results(4);
  std::vector<std::thread> threads;
  for (auto& r : results)
    threads.emplace_back([&] { r = engine.run(text(kEn, "en"), text(kFr, "fr"), false)->alignment.beads; });
  for (auto& t : threads) t.join();
  for (const auto& r : results) CHECK(r == one->alignment.beads);
}

TEST_CASE("an engine refuses unknown languages, data folders and checks", "[pipeline]") {
  auto o = options();
  o.src_lang = "xx-not-a-language";
  CHECK_THROWS_AS(pipeline::Engine(o), ConfigError);
  o = options();
  o.data_dir = "/nonexistent/wirealign-data";
  CHECK_THROWS_AS(pipeline::Engine(o), ConfigError);
  o = options();
  o.check = true;
  o.checks.selection = {"no-such-check"};
  CHECK_THROWS_AS(pipeline::Engine(o), ConfigError);
}

}  // namespace

TEST_CASE("a document of more sentences than the limit is refused before alignment", "[pipeline]") {
  pipeline::EngineOptions o = options();
  o.max_sentences = 3;
  const pipeline::Engine engine(o);
  std::string many;
  for (int i = 0; i < 4; ++i) many += "Sentence number " + std::to_string(i) + " is here.\n";
  try {
    engine.run(text(many, "many.en"), text(kFr, "fr"), true);
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(e.source() == "many.en");
    CHECK_THAT(e.what(), Catch::Contains("has 4 sentences, more than the 3"));
  }
  CHECK(engine.run(text(kEn, "en"), text(kFr, "fr"), true)->alignment.beads.size() == 2);
}

TEST_CASE("the notices of a run are part of its result", "[pipeline]") {
  const pipeline::Engine engine(options());
  // The same text twice.
  auto r = engine.run(text(kEn, "a.txt"), text(kEn, "b.txt"), true);
  REQUIRE_FALSE(r->notices.empty());
  CHECK(r->notices.back().kind == "same-text");
  // Each side in the other's language.
  r = engine.run(text(kFr, "fr.txt"), text(kEn, "en.txt"), true);
  REQUIRE_FALSE(r->notices.empty());
  CHECK(r->notices.back().kind == "languages-reversed");
  CHECK_THAT(r->notices.back().message, Catch::Contains("--src-lang fr --tgt-lang en"));
  // An input converted from another encoding.
  r = engine.run(text(kEn, "en.txt"), text("L'\xE9t\xE9 est chaud.\n", "fr.txt"), true);
  REQUIRE_FALSE(r->notices.empty());
  CHECK(r->notices.front().kind == "encoding");
  CHECK(r->notices.front().subject == "fr.txt");
  // A pair in order has none.
  CHECK(engine.run(text(kEn, "en.txt"), text(kFr, "fr.txt"), true)->notices.empty());
}

TEST_CASE("texts that do not read as their languages stop a run unless forced", "[pipeline]") {
  const std::string& en = testing::known_samples()[0].text;
  const std::string& fr = testing::known_samples()[1].text;
  const pipeline::Engine engine(options());
  try {
    engine.run(text(fr, "fr.txt"), text(en, "en.txt"), true);
    FAIL("no error");
  } catch (const LanguageError& e) {
    CHECK(std::string(e.what()) ==
          "fr.txt reads as French and en.txt as English: the files look swapped; give the "
          "original first, or --force-lang");
  }
  // Forced for this pair: the run goes on, with a notice.
  auto r = engine.run(text(fr, "fr.txt"), text(en, "en.txt"), true, false, true, true);
  REQUIRE_FALSE(r->notices.empty());
  CHECK(r->notices.back().kind == "languages-reversed");
  CHECK_THAT(r->notices.back().message, Catch::Contains("going on as English to French"));
  // Forced for the engine, and not for one pair.
  auto o = options();
  o.force_lang = true;
  const pipeline::Engine forced(o);
  CHECK(forced.run(text(fr, "fr.txt"), text(en, "en.txt"), true)->alignment.beads.size() > 0);
  CHECK_THROWS_AS(forced.run(text(fr, "fr.txt"), text(en, "en.txt"), true, false, true, false),
                  LanguageError);
  // A third language.
  o = options();
  o.tgt_lang = "de";
  CHECK_THROWS_WITH(pipeline::Engine(o).run(text(en, "en.txt"), text(fr, "fr.txt"), true),
                    "fr.txt reads as French, not German: give --tgt-lang fr, or --force-lang");
  // The target in the source language: the untranslated check reports it, no stop.
  o = options();
  o.check = true;
  o.checks.selection = {"none", "untranslated"};
  const auto untranslated =
      pipeline::Engine(o).run(text(en, "en.txt"), text(en + "Thank you.\n", "fr.txt"), true);
  CHECK(untranslated->notices.empty());
  REQUIRE(untranslated->findings.size() >= 1);
  CHECK(untranslated->findings[0].kind == "untranslated");
  // Without the checks, a notice says so.
  const auto aligned = engine.run(text(en, "en.txt"), text(en + "Thank you.\n", "fr.txt"), true);
  REQUIRE(aligned->notices.size() == 1);
  CHECK(aligned->notices[0].kind == "language-mismatch");
}

TEST_CASE("muted findings are counted, with a notice", "[pipeline]") {
  auto o = options();
  o.check = true;
  const pipeline::Engine all(o);
  const auto found =
      all.run(text(kEn, "en"), text(std::string(kFr) + "Une phrase de trop.\n", "fr"), true);
  REQUIRE_FALSE(found->findings.empty());
  CHECK(found->muted == 0);
  for (const Finding& f : found->findings) o.checks.ignored.insert(f.fingerprint);
  const pipeline::Engine muting(o);
  const auto muted =
      muting.run(text(kEn, "en"), text(std::string(kFr) + "Une phrase de trop.\n", "fr"), true);
  CHECK(muted->findings.empty());
  CHECK(muted->muted == found->findings.size());
  REQUIRE_FALSE(muted->notices.empty());
  CHECK(muted->notices.back().kind == "muted");
}
