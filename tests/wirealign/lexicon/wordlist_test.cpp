// Tests of word lists: search, the compiled file and its key, headwords from a dictionary index.
#include "wirealign/lexicon/wordlist.h"

#include <catch2/catch.hpp>
#include <fstream>

#include "support/temp_path.h"

namespace {

using wirealign::lexicon::WordList;

}  // namespace

TEST_CASE("WordList: finds its words and nothing else", "[lexicon]") {
  const WordList list({"maison", "chat", "zèbre", "chat", "abricot"});
  CHECK(list.size() == 4);
  for (const char* w : {"abricot", "chat", "maison", "zèbre"}) CHECK(list.contains(w));
  for (const char* w : {"", "cha", "chats", "maiso", "zzz", "a"}) CHECK_FALSE(list.contains(w));
  CHECK(WordList().empty());
  CHECK_FALSE(WordList().contains("chat"));
}

TEST_CASE("WordList: a compiled list is read back only with its key", "[lexicon]") {
  const wirealign::testing::TempPath dir;
  std::filesystem::create_directories(dir.path());
  const WordList list({"house", "cat", "dog"});
  const auto path = dir.path() / "en.words";
  wirealign::lexicon::write_compiled_word_list(path, 42, list);
  const auto back = wirealign::lexicon::read_compiled_word_list(path, 42);
  REQUIRE(back);
  CHECK(back->text() == list.text());
  CHECK(back->contains("dog"));
  CHECK_FALSE(wirealign::lexicon::read_compiled_word_list(path, 43));
  CHECK_FALSE(wirealign::lexicon::read_compiled_word_list(dir.path() / "missing", 42));
  std::ofstream(dir.path() / "bad.words") << "wirealign-words 1 42\nzebra\ncat\n";
  CHECK_FALSE(wirealign::lexicon::read_compiled_word_list(dir.path() / "bad.words", 42));
}

TEST_CASE("WordList: headwords of the dictionaries from a language, lower case", "[lexicon]") {
  const wirealign::testing::TempPath dir;
  std::filesystem::create_directories(dir.path());
  std::ofstream(dir.path() / "freedict-fra-eng.index")
      << "00databaseutf8\tA\tB\nMaison\tC\tD\nchat\tE\tF\nchemin de fer\tG\tH\n";
  std::ofstream(dir.path() / "freedict-eng-fra.index") << "house\tA\tB\n";
  const WordList fr = wirealign::lexicon::read_headwords(dir.path(), "fr");
  CHECK(fr.size() == 2);
  CHECK(fr.contains("maison"));
  CHECK(fr.contains("chat"));
  CHECK_FALSE(fr.contains("house"));
  const auto key = wirealign::lexicon::word_list_key(dir.path(), "fr");
  CHECK(key == wirealign::lexicon::word_list_key(dir.path(), "fr"));
  CHECK(key != wirealign::lexicon::word_list_key(dir.path(), "en"));
}
