// Tests of word lists: search, the compiled file and its key, headwords from a dictionary index.
#include "wirealign/lexicon/wordlist.h"

#include <zlib.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

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

namespace {

// A dictd number in base64 ("A" is 0, "BA" is 64).
std::string base64(std::size_t n) {
  static const char* digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  do {
    out.insert(out.begin(), digits[n % 64]);
    n /= 64;
  } while (n > 0);
  return out;
}

// Writes a dictd dictionary (gzip data and index) with these entries (headword, text).
void write_dictionary(const std::filesystem::path& dict_dz,
                      const std::vector<std::pair<std::string, std::string>>& entries) {
  std::string data, index = "00databaseutf8\tA\tB\n";
  for (const auto& [head, text] : entries) {
    index += head + "\t" + base64(data.size()) + "\t" + base64(text.size()) + "\n";
    data += text;
  }
  gzFile g = gzopen(dict_dz.c_str(), "wb");
  gzwrite(g, data.data(), static_cast<unsigned>(data.size()));
  gzclose(g);
  std::string name = dict_dz.string();
  std::ofstream(name.substr(0, name.size() - 8) + ".index") << index;
}

}  // namespace

TEST_CASE("WordList: headwords of the dictionaries from a language, lower case", "[lexicon]") {
  const wirealign::testing::TempPath dir;
  std::filesystem::create_directories(dir.path());
  write_dictionary(dir.path() / "freedict-fra-eng.dict.dz",
                   {{"maison", "maison /mɛzɔ̃/ <n, fem>\nhouse\n"},
                    {"chat", "chat <n>\ncat\n"},
                    {"martin", "Martin /maʁ.tɛ̃/ <masc>\nMartin\n"},
                    {"chemin de fer", "chemin de fer\nrailway\n"}});
  write_dictionary(dir.path() / "freedict-eng-fra.dict.dz", {{"house", "house\nmaison\n"}});
  const WordList fr = wirealign::lexicon::read_headwords(dir.path(), "fr", false);
  CHECK(fr.size() == 2);
  CHECK(fr.contains("maison"));
  CHECK(fr.contains("chat"));
  CHECK_FALSE(fr.contains("martin"));  // a name: written with a capital
  CHECK_FALSE(fr.contains("house"));
  CHECK(wirealign::lexicon::read_headwords(dir.path(), "fr", true).contains("martin"));
  const auto key = wirealign::lexicon::word_list_key(dir.path(), "fr", false);
  CHECK(key == wirealign::lexicon::word_list_key(dir.path(), "fr", false));
  CHECK(key != wirealign::lexicon::word_list_key(dir.path(), "fr", true));
  CHECK(key != wirealign::lexicon::word_list_key(dir.path(), "en", false));
}
