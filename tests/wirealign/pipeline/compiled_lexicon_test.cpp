// Tests of compiled bilingual tables: round trip, stale and damaged files, and an engine that
// reads one.
#include "wirealign/pipeline/compiled_lexicon.h"

#include <catch2/catch.hpp>
#include <fstream>

#include "support/temp_path.h"
#include "wirealign/pipeline/pipeline.h"

namespace {

using namespace wirealign;

align::Bilingual sample() {
  align::Bilingual b;
  b.add("hous", "maison");
  b.add("hous", "domicil");
  b.add("tre", "arbr");
  b.add("café", "café");
  return b;
}

TEST_CASE("a compiled table reads back the same for its key only", "[pipeline]") {
  testing::TempPath dir;
  std::filesystem::create_directories(dir.path());
  const auto path = dir.path() / "en-fr.lexicon";
  const pipeline::LexiconKey key{"en", "fr", 42};
  pipeline::write_compiled_lexicon(path, key, sample(), "FreeDict eng-fra: 3 pairs");
  const auto back = pipeline::read_compiled_lexicon(path, key);
  REQUIRE(back);
  CHECK(back->table.entries() == sample().entries());
  CHECK(back->description == "FreeDict eng-fra: 3 pairs");
  CHECK_FALSE(pipeline::read_compiled_lexicon(path, {"en", "fr", 43}));
  CHECK_FALSE(pipeline::read_compiled_lexicon(path, {"en", "de", 42}));
  CHECK_FALSE(pipeline::read_compiled_lexicon(dir.path() / "missing.lexicon", key));
  // Every truncation of the file is refused, not misread.
  std::ifstream in(path, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  for (std::size_t n = 0; n < bytes.size(); n += 3) {
    std::ofstream(path, std::ios::binary | std::ios::trunc).write(bytes.data(), static_cast<std::streamsize>(n));
    CHECK_FALSE(pipeline::read_compiled_lexicon(path, key));
  }
}

TEST_CASE("the key follows the dictionaries and the language data", "[pipeline]") {
  testing::TempPath dicts;
  std::filesystem::create_directories(dicts.path());
  const auto a = pipeline::lexicon_key("en", "fr", dicts.path(), WIREALIGN_TEST_DATA_DIR);
  CHECK(a.hash == pipeline::lexicon_key("en", "fr", dicts.path(), WIREALIGN_TEST_DATA_DIR).hash);
  CHECK(a.hash != pipeline::lexicon_key("fr", "en", dicts.path(), WIREALIGN_TEST_DATA_DIR).hash);
  std::ofstream(dicts.path() / "freedict-eng-fra.index") << "x\n";
  CHECK(a.hash != pipeline::lexicon_key("en", "fr", dicts.path(), WIREALIGN_TEST_DATA_DIR).hash);
}

TEST_CASE("an engine uses a compiled table made for its dictionaries", "[pipeline]") {
  testing::TempPath dicts, tables;
  std::filesystem::create_directories(dicts.path());  // no dictionary at all
  pipeline::EngineOptions options;
  options.data_dir = WIREALIGN_TEST_DATA_DIR;
  options.dictd_dir = dicts.string();
  options.lexicon_dir = tables.path();
  const pipeline::Engine plain(options);
  CHECK_FALSE(plain.lexicon_compiled());
  CHECK(plain.lexicon().size() == 0);
  CHECK_FALSE(plain.dictionary_notice().empty());
  std::filesystem::create_directories(tables.path());
  const auto key = pipeline::lexicon_key("en", "fr", dicts.path(), WIREALIGN_TEST_DATA_DIR);
  pipeline::write_compiled_lexicon(tables.path() / "en-fr.lexicon", key, sample(), "test table");
  const pipeline::Engine compiled(options);
  CHECK(compiled.lexicon_compiled());
  CHECK(compiled.lexicon().entries() == sample().entries());
  CHECK(compiled.dictionary_notice().empty());
  testing::TempPath out;
  const auto written = compiled.save_lexicon(out.path());
  CHECK(written == out.path() / "en-fr.lexicon");
  CHECK(pipeline::read_compiled_lexicon(written, key)->table.entries() == sample().entries());
}

}  // namespace
