// Tests of the hunspell wrapper: locating dictionaries, spelling, close candidates, encodings.
#include "wirealign/spell/hunspell.h"

#include <catch2/catch.hpp>
#include <thread>

#include "support/temp_path.h"

namespace {

using namespace wirealign;
using testing::TempPath;

// A folder of hand-made dictionaries, removed after the test.
class DictionaryDir {
 public:
  DictionaryDir() { std::filesystem::create_directories(dir_.path()); }
  // Writes NAME.aff and NAME.dic (bytes as given, in the dictionary's own encoding).
  void add(const std::string& name, const std::string& aff, const std::string& dic) const {
    TempPath::write_file(dir_.path() / (name + ".aff"), aff);
    TempPath::write_file(dir_.path() / (name + ".dic"), dic);
  }
  std::vector<std::filesystem::path> dirs() const { return {dir_.path()}; }

 private:
  TempPath dir_;
};

// The installed dictionary of `code`: scripts/setup installs it, so a missing one fails the test.
spell::Location installed(const std::string& code) {
  const auto where = spell::locate(code, {}, spell::default_dirs());
  INFO("no hunspell dictionary for '" << code << "': run scripts/setup");
  REQUIRE(where);
  return *where;
}

const char* const kAff = "SET UTF-8\nTRY eaiorntslcdu\nREP 1\nREP ie ei\n";
const char* const kDic = "6\nreceive\nsurvey\ncontrol\nwith\nParis\nthe\n";

}  // namespace

TEST_CASE("locate prefers the given names, then <code>_<CODE>, <code>, then any <code>_*",
          "[spell]") {
  const DictionaryDir d;
  CHECK_FALSE(spell::locate("xx", {}, d.dirs()));
  d.add("xx_BB", kAff, kDic);
  d.add("xx_AA", kAff, kDic);
  CHECK(spell::locate("xx", {}, d.dirs())->name == "xx_AA");
  d.add("xx", kAff, kDic);
  CHECK(spell::locate("xx", {}, d.dirs())->name == "xx");
  d.add("xx_XX", kAff, kDic);
  CHECK(spell::locate("xx", {}, d.dirs())->name == "xx_XX");
  const auto preferred = spell::locate("xx", {"xx_BB", "xx_XX"}, d.dirs());
  REQUIRE(preferred);
  CHECK(preferred->name == "xx_BB");
  CHECK(preferred->aff == d.dirs()[0] / "xx_BB.aff");
  CHECK(preferred->dic == d.dirs()[0] / "xx_BB.dic");
  // A name needs both files; another language's files do not count.
  TempPath::write_file(d.dirs()[0] / "yy_YY.dic", kDic);
  CHECK_FALSE(spell::locate("yy", {}, d.dirs()));
  CHECK_FALSE(spell::locate("x", {}, d.dirs()));
}

TEST_CASE("a dictionary spells words and finds the words one edit away", "[spell]") {
  const DictionaryDir d;
  d.add("xx", kAff, kDic);
  const spell::Dictionary dict(*spell::locate("xx", {}, d.dirs()));
  CHECK(dict.name() == "xx");
  CHECK(dict.spell("receive"));
  CHECK(dict.spell("Receive"));  // hunspell's own case rules
  CHECK(dict.spell("RECEIVE"));
  CHECK_FALSE(dict.spell("recieve"));
  CHECK_FALSE(dict.spell(""));
  CHECK(dict.near("recieve") == std::vector<std::string>{"receive"});   // the REP table
  CHECK(dict.near("wtih") == std::vector<std::string>{"with"});         // swapped letters
  CHECK(dict.near("controll") == std::vector<std::string>{"control"});  // a letter deleted
  CHECK(dict.near("servey") == std::vector<std::string>{"survey"});     // ... replaced
  CHECK(dict.near("contrl") == std::vector<std::string>{"control"});    // ... inserted
  CHECK(dict.near("Teh") == std::vector<std::string>{"The"});           // capitalised
  CHECK(dict.near("paris") == std::vector<std::string>{});              // case is not an edit
  CHECK(dict.near("xqzvtrpl").empty());
  CHECK(dict.near("recieve", 0).empty());
  // Answers are kept: asked again, the same; the limit is part of the question.
  CHECK_FALSE(dict.spell("recieve"));
  CHECK(dict.spell("receive"));
  CHECK(dict.near("recieve") == std::vector<std::string>{"receive"});
  CHECK(dict.near("recieve", 0).empty());
  CHECK(dict.near("Teh") == std::vector<std::string>{"The"});
}

TEST_CASE("a dictionary in another encoding takes and gives UTF-8", "[spell]") {
  const DictionaryDir d;
  // ISO-8859-1: "café" and "naïve" with one byte for é and ï.
  d.add("xx", "SET ISO8859-1\nTRY e\xE9\xEFi\n", "2\ncaf\xE9\nna\xEFve\n");
  const spell::Dictionary dict(*spell::locate("xx", {}, d.dirs()));
  CHECK(dict.spell("caf\xC3\xA9"));
  CHECK_FALSE(dict.spell("cafe"));
  CHECK(dict.near("cafe") == std::vector<std::string>{"caf\xC3\xA9"});
  CHECK(dict.near("naive") == std::vector<std::string>{"na\xC3\xAFve"});
  CHECK_FALSE(dict.spell("\xE2\x82\xAC"));  // "€" has no ISO-8859-1 byte: not a word, no error
}

TEST_CASE("Debian's dictionaries are found and read, whatever their encoding", "[spell]") {
  const spell::Dictionary en(installed("en"));
  CHECK(en.name() == "en_US");
  CHECK(en.spell("government"));
  CHECK(en.spell("don\xE2\x80\x99t"));  // typographic apostrophe
  CHECK_FALSE(en.spell("goverment"));
  REQUIRE_FALSE(en.near("goverment").empty());
  CHECK(en.near("goverment")[0] == "government");

  const spell::Dictionary pl(installed("pl"));           // ISO-8859-2
  CHECK(pl.spell("\xC5\xBA\x64\xC5\xBA\x62\xC5\x82o"));  // "źdźbło"
  CHECK(pl.spell("posiedzeniu"));
  CHECK_FALSE(pl.spell("posiedzenu"));
  CHECK(pl.near("\xC5\xBA\x64\xC5\xBA\x62lo", 1) ==
        std::vector<std::string>{"\xC5\xBA\x64\xC5\xBA\x62\xC5\x82o"});  // "źdźblo": "źdźbło"

  for (const char* code : {"fr", "de", "es", "it", "pt", "nl", "ru"}) {
    CAPTURE(code);
    CHECK(spell::locate(code, {}, spell::default_dirs()));
  }
}

TEST_CASE("a dictionary may be used from several threads at once", "[spell]") {
  const spell::Dictionary en(installed("en"));
  std::vector<std::thread> threads;
  std::vector<int> wrong(4, 0);
  for (std::size_t i = 0; i < wrong.size(); ++i)
    threads.emplace_back([&en, &wrong, i] {
      for (int n = 0; n < 200; ++n) {
        if (!en.spell("receive") || en.spell("recieve")) ++wrong[i];
        if (n % 50 == 0 && en.near("recieve").empty()) ++wrong[i];
      }
    });
  for (auto& t : threads) t.join();
  CHECK(wrong == std::vector<int>(4, 0));
}
