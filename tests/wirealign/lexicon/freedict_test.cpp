// Tests of reading FreeDict dictd dictionaries: the index and dictzip data, the three entry
// layouts, cleaning of translations, inversion and pivoting, refusals of broken files, and a few
// pairs of the dictionaries Debian installs.
#include "wirealign/lexicon/freedict.h"

#include <zlib.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "support/temp_path.h"
#include "wirealign/core/error.h"

namespace {

namespace fs = std::filesystem;
namespace lexicon = wirealign::lexicon;
using Catch::Matchers::Contains;
using lexicon::WordPair;
using wirealign::InputError;
using wirealign::testing::TempPath;

// One dictd entry: the index key and the entry text.
struct Entry {
  std::string key;
  std::string text;
};

// `n` as a dictd base64 number (A-Za-z0-9+/, most significant digit first).
std::string base64(std::uint64_t n) {
  static const char* const digits =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  do {
    out.insert(out.begin(), digits[n % 64]);
    n /= 64;
  } while (n > 0);
  return out;
}

void write_gzip(const fs::path& path, const std::string& bytes) {
  gzFile g = gzopen(path.c_str(), "wb");
  REQUIRE(g != nullptr);
  REQUIRE(gzwrite(g, bytes.data(), static_cast<unsigned>(bytes.size())) ==
          static_cast<int>(bytes.size()));
  REQUIRE(gzclose(g) == Z_OK);
}

// Writes `stem`.dict.dz (or `stem`.dict when not `gzip`) and `stem`.index in `dir`: the entries
// in the given order in the data, preceded by two metadata entries whose text would give pairs
// if it were read, and the index sorted by key as dictd's is. Returns the data file's path.
fs::path write_dictd(const fs::path& dir, const std::string& stem, std::vector<Entry> entries,
                     bool gzip = true) {
  fs::create_directories(dir);
  entries.insert(entries.begin(), {{"00databaseshort", "metadata /x/\nleak\n"},
                                   {"00databaseinfo", "metadata\nleak, leak2\n"}});
  std::string data;
  std::vector<std::pair<std::string, std::string>> lines;
  for (const Entry& e : entries) {
    lines.push_back({e.key, base64(data.size()) + "\t" + base64(e.text.size())});
    data += e.text;
  }
  std::stable_sort(lines.begin(), lines.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::string index;
  for (const auto& [key, where] : lines) index += key + "\t" + where + "\n";
  TempPath::write_file(dir / (stem + ".index"), index);
  const fs::path dict = dir / (stem + (gzip ? ".dict.dz" : ".dict"));
  if (gzip) {
    write_gzip(dict, data);
  } else {
    TempPath::write_file(dict, data);
  }
  return dict;
}

bool has(const std::vector<WordPair>& pairs, const std::string& src, const std::string& tgt) {
  return std::find(pairs.begin(), pairs.end(), WordPair{src, tgt}) != pairs.end();
}

std::vector<std::string> targets_of(const std::vector<WordPair>& pairs, const std::string& src) {
  std::vector<std::string> out;
  for (const WordPair& p : pairs)
    if (p.src == src) out.push_back(p.tgt);
  return out;
}

std::vector<std::string> sources(const std::vector<WordPair>& pairs) {
  std::vector<std::string> out;
  for (const WordPair& p : pairs)
    if (std::find(out.begin(), out.end(), p.src) == out.end()) out.push_back(p.src);
  return out;
}

// The message of the InputError that `f` throws, or nullopt if it returns.
template <typename F>
std::optional<std::string> input_error_of(F f) {
  try {
    f();
  } catch (const InputError& e) {
    return std::string(e.what());
  }
  return std::nullopt;
}

// Pairs of a one-entry dictionary with the given entry text.
std::vector<WordPair> pairs_of(const std::string& text) {
  TempPath dir;
  return lexicon::read_dictd(write_dictd(dir.path(), "freedict-aaa-bbb", {{"key", text}}));
}

}  // namespace

TEST_CASE("base64 offsets are decoded and metadata entries skipped", "[lexicon]") {
  TempPath dir;
  // A long first entry pushes the next ones past offsets of one and two base64 digits.
  std::string big = "big /bɪɡ/\ngrand\n";
  for (int i = 0; i < 5000; ++i) big += "   Note: padding\n";
  const fs::path dict = write_dictd(dir.path(), "freedict-aaa-bbb",
                                    {{"big", big},
                                     {"zebra", "zebra /z/\nzèbre\n"},
                                     {"00 gauge", "00 gauge\nécartement 00\n"},
                                     {"apple", "apple /ˈæp.əl/\npomme\n"}});
  const std::vector<WordPair> pairs = lexicon::read_dictd(dict);
  // In the order of the data, although the index is sorted by key.
  CHECK(pairs == std::vector<WordPair>{{"big", "grand"},
                                       {"zebra", "zèbre"},
                                       {"00 gauge", "écartement 00"},
                                       {"apple", "pomme"}});
  CHECK(sources(pairs) == std::vector<std::string>{"big", "zebra", "00 gauge", "apple"});
}

TEST_CASE("entries listed under several keys are read once", "[lexicon]") {
  TempPath dir;
  fs::create_directories(dir.path());
  const std::string data = "house /haus/\nmaison\n";
  TempPath::write_file(dir.path() / "freedict-aaa-bbb.index",
                       "home\tA\tU\nhouse\tA\tU\nhouses\tA\tU\n");
  write_gzip(dir.path() / "freedict-aaa-bbb.dict.dz", data);
  CHECK(lexicon::read_dictd(dir.path() / "freedict-aaa-bbb.dict.dz") ==
        std::vector<WordPair>{{"house", "maison"}});
}

TEST_CASE("old FreeDict layout: numbered and unnumbered translation lines", "[lexicon]") {
  TempPath dir;
  const fs::path dict = write_dictd(
      dir.path(), "freedict-eng-fra",
      {{"agreement",
        "agreement /əgriːmənt/\n1. accord, atmosphère, réglage\n2. concordance, convention, "
        "entente\n"},
       {"house", "house /haus/\nmaison\n"},
       {"run", "run /rʌn/\n1. fonctionner\n2. fuite\n3. s'élancer, se précipiter\n"}});
  CHECK(lexicon::read_dictd(dict) == std::vector<WordPair>{{"agreement", "accord"},
                                                           {"agreement", "atmosphère"},
                                                           {"agreement", "réglage"},
                                                           {"agreement", "concordance"},
                                                           {"agreement", "convention"},
                                                           {"agreement", "entente"},
                                                           {"house", "maison"},
                                                           {"run", "fonctionner"},
                                                           {"run", "fuite"},
                                                           {"run", "s'élancer"},
                                                           {"run", "se précipiter"}});

  // fra-eng style: part of speech on the headword line, senses without translation.
  CHECK(pairs_of("Accord /akɔʀ/ <n, masc>\n1. accord, agreement\n2. chord\n") ==
        std::vector<WordPair>{{"accord", "accord"}, {"accord", "agreement"}, {"accord", "chord"}});
  CHECK(pairs_of("verlan /vɛʀlɑ̃/ <n, masc>\n1. back-slang\n2.\n french slang formed by "
                 "reversal\n\n") == std::vector<WordPair>{{"verlan", "back-slang"}});
}

TEST_CASE("Ding layout: one translation line, indented notes, examples and references",
          "[lexicon]") {
  CHECK(pairs_of("Hund /hˈʊnt/ <masc, n, sg>\n [zool.] dog <n>, dawg <n> [Am.]\n"
                 "         Note: used to represent American speech\n"
                 "      \"einen Hund abrichten\"  - train a dog\n"
                 "   Synonyms: {Köter}, {Töle}\n"
                 "\n"
                 " see: {Hunde}, {Haushund}\n\n") ==
        std::vector<WordPair>{{"hund", "dog"}, {"hund", "dawg"}});
  CHECK(pairs_of("gehen /ɡˈeːən/ <v, intr>\nturn out <v>\n         Note: to end in a way\n"
                 "   Synonym: {ausgehen}\n\n see: {ausgehend}, {gegangen}\n\n"
                 "         Note: in bestimmter Weise enden\n") ==
        std::vector<WordPair>{{"gehen", "turn out"}});
  CHECK(pairs_of("house /hˈaʊs/\nHaus <neut>, Gebäude <neut> [Br.] /ˈhɔɪ/\n") ==
        std::vector<WordPair>{{"house", "haus"}, {"house", "gebäude"}});
  // The IPA line of the headword may carry an abbreviation in brackets.
  CHECK(pairs_of("Pyridoxin /pˈyːriːdˌɔksɪn/ (PN /pˌeːˈɛn/) <neut, n, sg>\npyridoxine <n>\n") ==
        std::vector<WordPair>{{"pyridoxin", "pyridoxine"}});
}

TEST_CASE("WikDict layout: definitions in the source language are skipped", "[lexicon]") {
  CHECK(
      pairs_of("Vertrag /fɛɐ̯ˈtʁaːk/ <n, masc>\ncontrat, accord, traité\n"
               "rechtlich bindende Vereinbarung zwischen mindestens zwei Partnern\n") ==
      std::vector<WordPair>{{"vertrag", "contrat"}, {"vertrag", "accord"}, {"vertrag", "traité"}});
  // A stray sense marker glued to a translation, senses with no translation (" 3."), and
  // definitions after each numbered translation line, including one with commas.
  CHECK(pairs_of("Haus /haʊ̯s/ <n, neut>\n1. maison 2.\nzu einem bestimmten Zweck erbautes "
                 "Gebäude\n 3.\nzum Wohnen dienendes, genutztes Gebäude\n2. chambre\n"
                 "gesetzgebende Körperschaft, Volksvertretung\n4. coquille, maison\nUmhüllung\n") ==
        std::vector<WordPair>{{"haus", "maison"}, {"haus", "chambre"}, {"haus", "coquille"}});
  CHECK(pairs_of("gehen /ɡeːn/ /ˈɡeːən/ <v>\n1. aller, marcher 2.\nsich fortbewegen\n 3.\n"
                 "funktionieren, machbar sein\n2. partir, aller\neinen Ort verlassen\n") ==
        std::vector<WordPair>{{"gehen", "aller"}, {"gehen", "marcher"}, {"gehen", "partir"}});
  // A sentence in the place of a translation line is not cut into pieces at its commas.
  CHECK(pairs_of("Sprichwort\nWie der Vater, so der Sohn, sagt man gern.\n").empty());
}

TEST_CASE("Polish layout: indented lines, roman groups, phrases and examples skipped",
          "[lexicon]") {
  CHECK(pairs_of("sadness /ˈsædnɪs/ <N>\n  smutek\n") ==
        std::vector<WordPair>{{"sadness", "smutek"}});
  CHECK(pairs_of("ceiling /x/ <N>\n 1.  sufit\n 2.  pułap\n") ==
        std::vector<WordPair>{{"ceiling", "sufit"}, {"ceiling", "pułap"}});
  // Roman groups per part of speech; a group that translates a phrase ("dry out", glued to the
  // part of speech or not) is skipped with its numbered lines.
  CHECK(pairs_of("dry /draɪ/\nI.  <V>  suszyć\nII.  <Adj> 1.  suchy\n 2.  [wino]  wytrawny\n"
                 "III.  <V Phras>dry out   wysychać\nIV.  <V Phras>dry up  1.  wysychać\n"
                 " 2.  wycierać\nV.  good fortune  pomyślność\n") ==
        std::vector<WordPair>{{"dry", "suszyć"}, {"dry", "suchy"}, {"dry", "wytrawny"}});
  // A source-language example followed by its translation (" - ...") is not a translation.
  CHECK(pairs_of("able /x/ <Adj>\n 1.  zdolny\n 2.  be able to (be V: :able :to VERB)\n"
                 " - móc\n") == std::vector<WordPair>{{"able", "zdolny"}});
}

TEST_CASE("translation lines are cleaned before and after the split", "[lexicon]") {
  SECTION("brackets and IPA go before the split at commas") {
    CHECK(pairs_of("word\nmot (a, b), terme [ling.; fam.], vocable <n, masc> {x, y} /vɔ.kabl/\n") ==
          std::vector<WordPair>{{"word", "mot"}, {"word", "terme"}, {"word", "vocable"}});
    CHECK(pairs_of("hauler\nhaul(i)er\n") == std::vector<WordPair>{{"hauler", "hauler"}});
  }
  SECTION("semicolons split, spaces and dots are trimmed, sense numbers dropped") {
    CHECK(pairs_of("x\n1.  un   deux ; trois. ;  . quatre .\n") ==
          std::vector<WordPair>{{"x", "un deux"}, {"x", "trois"}, {"x", "quatre"}});
  }
  SECTION("ellipses, long phrases and pieces without letters are dropped") {
    CHECK(pairs_of("x\nil y a ..., ... à, bien sûr…, un deux trois quatre, un deux trois quatre "
                   "cinq, 1500, ---\n") == std::vector<WordPair>{{"x", "un deux trois quatre"}});
    CHECK(pairs_of("Haus… /hˈaʊs/ <adj>\ndomestic <adj>\n").empty());
  }
  SECTION("a/b gives two words only when both sides are words") {
    CHECK(pairs_of("x\nsinger/player, bay/cant-bay window, E/A-Anforderung\n") ==
          std::vector<WordPair>{{"x", "singer"},
                                {"x", "player"},
                                {"x", "bay/cant-bay window"},
                                {"x", "e/a-anforderung"}});
  }
  SECTION("lower case and NFC on both sides, odd characters tidied") {
    // "E" + U+0301 combining acute becomes "é"; U+2010 becomes '-'; a soft hyphen goes away.
    CHECK(
        pairs_of("ÉTÉ\nE\xCC\x81t\xC3\xA9, arm\xE2\x80\x90rest, noch\xC2\xADmals, Saint_Paul\n") ==
        std::vector<WordPair>{
            {"été", "été"}, {"été", "arm-rest"}, {"été", "nochmals"}, {"été", "saint paul"}});
    CHECK(pairs_of("STRASSE\nStraße, İ\n") ==
          std::vector<WordPair>{{"strasse", "straße"}, {"strasse", "i"}});
  }
  SECTION("Wiktionary link targets keep the word before '#'") {
    CHECK(pairs_of("abnutzen\nabîmer#abîmer (Französisch), user#user\n") ==
          std::vector<WordPair>{{"abnutzen", "abîmer"}, {"abnutzen", "user"}});
  }
  SECTION("sayings with commas in the headword give nothing") {
    CHECK(pairs_of("tel père, tel fils /tɛl pɛʁ tɛl fis/\nwie der Vater, so der Sohn\n").empty());
  }
  SECTION("single words separated by commas in the headword are forms of it") {
    CHECK(pairs_of("alejado, alejada /x/ /y/ <adj>\n1. fern\n") ==
          std::vector<WordPair>{{"alejado", "fern"}, {"alejada", "fern"}});
  }
  SECTION("Ding's object placeholders are not part of the words") {
    CHECK(pairs_of("abandon sth. /x/\netw. aufgeben <v>, jdn. verlassen, sb.'s head\n") ==
          std::vector<WordPair>{
              {"abandon", "aufgeben"}, {"abandon", "verlassen"}, {"abandon", "head"}});
  }
  SECTION("the Dutch ligature ĳ is written as two letters") {
    CHECK(pairs_of("ice\nĳs, Ĳsland\n") ==
          std::vector<WordPair>{{"ice", "ijs"}, {"ice", "ijsland"}});
  }
  SECTION("each pair once") {
    CHECK(pairs_of("x\n1. a, b, a\n2. b\n") == std::vector<WordPair>{{"x", "a"}, {"x", "b"}});
  }
}

TEST_CASE("plain .dict files are read too", "[lexicon]") {
  TempPath dir;
  const fs::path dict =
      write_dictd(dir.path(), "freedict-aaa-bbb", {{"house", "house\nmaison\n"}}, false);
  CHECK(lexicon::read_dictd(dict) == std::vector<WordPair>{{"house", "maison"}});
}

TEST_CASE("missing and broken dictionaries are refused with the file's name", "[lexicon]") {
  TempPath dir;
  const fs::path good = write_dictd(dir.path(), "freedict-aaa-bbb", {{"house", "house\nmaison\n"}});

  SECTION("no data file") {
    const auto message =
        input_error_of([&] { lexicon::read_dictd(dir.path() / "freedict-ccc-ddd.dict.dz"); });
    REQUIRE(message);
    CHECK_THAT(*message, Contains("freedict-ccc-ddd.index"));
  }
  SECTION("no index") {
    fs::remove(dir.path() / "freedict-aaa-bbb.index");
    const auto message = input_error_of([&] { lexicon::read_dictd(good); });
    REQUIRE(message);
    CHECK_THAT(*message, Contains("freedict-aaa-bbb.index"));
  }
  SECTION("not a dictd file name") {
    CHECK(input_error_of([&] { lexicon::read_dictd(dir.path() / "words.txt"); }));
  }
  SECTION("truncated gzip data") {
    std::string text;
    for (int i = 0; i < 2000; ++i) text += "word" + std::to_string(i) + "\nmot\n";
    const fs::path dict = write_dictd(dir.path(), "freedict-eee-fff", {{"word", text}});
    fs::resize_file(dict, fs::file_size(dict) / 2);
    const auto message = input_error_of([&] { lexicon::read_dictd(dict); });
    REQUIRE(message);
    CHECK_THAT(*message, Contains("freedict-eee-fff.dict.dz"));
  }
  SECTION(".dz data that is not gzip") {
    TempPath::write_file(good, "house\nmaison\n");
    const auto message = input_error_of([&] { lexicon::read_dictd(good); });
    REQUIRE(message);
    CHECK_THAT(*message, Contains("freedict-aaa-bbb.dict.dz") && Contains("gzip"));
  }
  SECTION("bad base64 in the index") {
    TempPath::write_file(dir.path() / "freedict-aaa-bbb.index", "house\tA\tO\nhome\tA\t?x\n");
    const auto message = input_error_of([&] { lexicon::read_dictd(good); });
    REQUIRE(message);
    CHECK_THAT(*message, Contains("freedict-aaa-bbb.index") && Contains("line 2"));
  }
  SECTION("an index line without offset and length") {
    TempPath::write_file(dir.path() / "freedict-aaa-bbb.index", "house A O\n");
    CHECK(input_error_of([&] { lexicon::read_dictd(good); }));
  }
  SECTION("an entry past the end of the data") {
    TempPath::write_file(dir.path() / "freedict-aaa-bbb.index", "house\tA\tO\nhome\tBA\tZ\n");
    const auto message = input_error_of([&] { lexicon::read_dictd(good); });
    REQUIRE(message);
    CHECK_THAT(*message, Contains("freedict-aaa-bbb.index") && Contains("outside the data"));
  }
  SECTION("invalid UTF-8") {
    const fs::path dict =
        write_dictd(dir.path(), "freedict-ggg-hhh", {{"house", "house\nmai\xFFson\n"}});
    const auto message = input_error_of([&] { lexicon::read_dictd(dict); });
    REQUIRE(message);
    CHECK_THAT(*message, Contains("UTF-8"));
  }
}

TEST_CASE("a direction combines the direct dictionary and the reverse one inverted", "[lexicon]") {
  TempPath dir;
  write_dictd(dir.path(), "freedict-eng-fra",
              {{"house", "house /haus/\nmaison\n"}, {"cat", "cat\nchat\n"}});
  write_dictd(dir.path(), "freedict-fra-eng",
              {{"maison", "maison <n, fem>\nhouse, home\n"}, {"chien", "chien\ndog\n"}});

  const lexicon::Lexicon en_fr = lexicon::load_freedict("en", "fr", dir.path());
  CHECK(en_fr.pairs ==
        std::vector<WordPair>{
            {"house", "maison"}, {"cat", "chat"}, {"home", "maison"}, {"dog", "chien"}});
  CHECK(en_fr.description == "FreeDict eng-fra + fra-eng (inverted): 4 pairs");

  const lexicon::Lexicon fr_en = lexicon::load_freedict("FR-ca", "en", dir.path());
  CHECK(fr_en.pairs ==
        std::vector<WordPair>{
            {"maison", "house"}, {"maison", "home"}, {"chien", "dog"}, {"chat", "cat"}});
  CHECK(fr_en.description == "FreeDict fra-eng + eng-fra (inverted): 4 pairs");

  fs::remove(dir.path() / "freedict-eng-fra.dict.dz");
  fs::remove(dir.path() / "freedict-eng-fra.index");
  const lexicon::Lexicon only_reverse = lexicon::load_freedict("en", "fr", dir.path());
  CHECK(only_reverse.pairs ==
        std::vector<WordPair>{{"house", "maison"}, {"home", "maison"}, {"dog", "chien"}});
  CHECK(only_reverse.description == "FreeDict fra-eng (inverted): 3 pairs");
}

TEST_CASE("without a direct dictionary, a pivot through English", "[lexicon]") {
  TempPath dir;
  write_dictd(dir.path(), "freedict-fra-eng",
              {{"maison", "maison\nhouse, home\n"}, {"chien", "chien\ndog\n"}});
  write_dictd(dir.path(), "freedict-eng-fra", {{"building", "building\nmaison, bâtiment\n"}});
  // "maison" reaches "casa" through house, home and building, "dimora" through home and
  // building, "edificio" through building, and casa1..casa9 through house only.
  std::string house = "house\n";
  for (int i = 1; i <= 9; ++i) house += "casa" + std::to_string(i) + ", ";
  write_dictd(
      dir.path(), "freedict-eng-ita",
      {{"house", house + "casa\n"}, {"home", "home\ndimora, casa\n"}, {"dog", "dog\ncane\n"}});
  write_dictd(dir.path(), "freedict-ita-eng",
              {{"edificio", "edificio\nbuilding\n"},
               {"casa", "casa\nbuilding\n"},
               {"dimora", "dimora\nbuilding\n"}});

  const lexicon::Lexicon fr_it = lexicon::load_freedict("fr", "it", dir.path());
  // At most 8, those reached through the most English words first, then in order of discovery.
  CHECK(targets_of(fr_it.pairs, "maison") == std::vector<std::string>{"casa", "dimora", "casa1",
                                                                      "casa2", "casa3", "casa4",
                                                                      "casa5", "casa6"});
  CHECK(targets_of(fr_it.pairs, "chien") == std::vector<std::string>{"cane"});
  CHECK(targets_of(fr_it.pairs, "bâtiment") ==
        std::vector<std::string>{"edificio", "casa", "dimora"});
  CHECK(sources(fr_it.pairs) == std::vector<std::string>{"maison", "chien", "bâtiment"});
  CHECK(fr_it.description ==
        "FreeDict fra-eng + eng-fra (inverted) composed with eng-ita + ita-eng (inverted) "
        "through English: 12 pairs");

  // One side of the pivot missing: no pairs.
  const lexicon::Lexicon fr_de = lexicon::load_freedict("fr", "de", dir.path());
  CHECK(fr_de.pairs.empty());
  CHECK(fr_de.description == "no dictionary for fr-de");
}

TEST_CASE("a thin direct dictionary is completed through a pivot", "[lexicon]") {
  TempPath dir;
  write_dictd(dir.path(), "freedict-eng-rus", {{"house", "house\nдом\n"}});
  write_dictd(dir.path(), "freedict-eng-deu", {{"dog", "dog\nHund\n"}, {"house", "house\nHaus\n"}});
  write_dictd(dir.path(), "freedict-deu-rus",
              {{"hund", "Hund\nсобака\n"}, {"haus", "Haus\nдом, здание\n"}});

  const lexicon::Lexicon en_ru = lexicon::load_freedict("en", "ru", dir.path());
  // The direct pairs first, then those through German that the direct ones lack.
  CHECK(en_ru.pairs ==
        std::vector<WordPair>{{"house", "дом"}, {"dog", "собака"}, {"house", "здание"}});
  CHECK(en_ru.description ==
        "FreeDict eng-rus: 1 pairs, completed with eng-deu composed with deu-rus: 2 more");
  const lexicon::Sources sources = lexicon::dictionary_sources("en", "ru", dir.path());
  CHECK(sources.kind == lexicon::Sources::Kind::direct);
  CHECK(sources.files == std::vector<std::string>{"eng-rus"});
  CHECK(sources.completed_through == "deu");
  CHECK(sources.completing_files == std::vector<std::string>{"eng-deu", "deu-rus"});
  // The other direction through the same dictionaries, inverted.
  const lexicon::Lexicon ru_en = lexicon::load_freedict("ru", "en", dir.path());
  CHECK(has(ru_en.pairs, "дом", "house"));
  CHECK(has(ru_en.pairs, "собака", "dog"));

  // A direct dictionary of 3,000 headwords or more is used alone.
  std::vector<Entry> many;
  for (int i = 0; i < 3000; ++i) {
    const std::string word = "word" + std::to_string(i);
    many.push_back({word, word + "\nслово" + std::to_string(i) + "\n"});
  }
  write_dictd(dir.path(), "freedict-eng-rus", many);
  const lexicon::Lexicon full = lexicon::load_freedict("en", "ru", dir.path());
  CHECK_FALSE(has(full.pairs, "dog", "собака"));
  CHECK(full.description == "FreeDict eng-rus: 3,000 pairs");
  CHECK(lexicon::dictionary_sources("en", "ru", dir.path()).completed_through.empty());
}

TEST_CASE("an unknown or uninstalled direction gives no pairs and says so", "[lexicon]") {
  TempPath dir;
  fs::create_directories(dir.path());
  const lexicon::Lexicon unknown = lexicon::load_freedict("xx", "yy", dir.path());
  CHECK(unknown.pairs.empty());
  CHECK(unknown.description == "no dictionary for xx-yy");
  const lexicon::Lexicon missing = lexicon::load_freedict("es", "it", dir.path());
  CHECK(missing.pairs.empty());
  CHECK(missing.description == "no dictionary for es-it");
  CHECK(lexicon::load_freedict("en", "en", dir.path()).pairs.empty());
  CHECK(lexicon::load_freedict("en", "fr", dir.path() / "nowhere").pairs.empty());
}

TEST_CASE("the FreeDict dictionaries installed on this machine", "[lexicon]") {
  const fs::path dir = lexicon::default_dictd_dir();
  if (!fs::exists(dir / "freedict-eng-fra.index")) {
    WARN("FreeDict dictionaries not installed in " << dir << ": test skipped");
    return;
  }
  const lexicon::Lexicon en_fr = lexicon::load_freedict("en", "fr");
  CHECK_THAT(en_fr.description, Contains("eng-fra"));
  CHECK(en_fr.pairs.size() > 10000);
  CHECK(has(en_fr.pairs, "house", "maison"));
  CHECK(has(en_fr.pairs, "cat", "chat"));
  CHECK(has(en_fr.pairs, "agreement", "accord"));
  const auto untidy = std::find_if(en_fr.pairs.begin(), en_fr.pairs.end(), [](const WordPair& p) {
    return p.src.empty() || p.tgt.empty() || p.tgt.find("  ") != std::string::npos ||
           p.tgt.front() == ' ' || p.tgt.back() == ' ' || p.tgt.back() == '.';
  });
  if (untidy != en_fr.pairs.end()) FAIL("untidy pair: " << untidy->src << " -> " << untidy->tgt);

  if (fs::exists(dir / "freedict-fra-eng.index")) {
    const lexicon::Lexicon fr_en = lexicon::load_freedict("fr", "en");
    CHECK(has(fr_en.pairs, "maison", "house"));
    CHECK(has(fr_en.pairs, "chien", "dog"));
  }
  // Every dictionary between English and the other languages wirealign has data for
  // (scripts/setup installs them): each is read in its layout, with a floor under the pairs
  // read (measured, rounded down) so that a layout that stops being understood is noticed.
  struct Installed {
    const char* name;
    std::size_t min_pairs;
    const char* src;
    const char* tgt;
  };
  for (const Installed& d : std::vector<Installed>{{"eng-spa", 8500, "dog", "perro"},
                                                   {"spa-eng", 8500, "casa", "house"},
                                                   {"eng-deu", 700000, "government", "regierung"},
                                                   {"deu-eng", 700000, "hund", "dog"},
                                                   {"eng-ita", 6000, "government", "governo"},
                                                   {"ita-eng", 6000, "casa", "house"},
                                                   {"eng-por", 29000, "dog", "cão"},
                                                   {"por-eng", 20000, "casa", "house"},
                                                   {"eng-nld", 23000, "house", "huis"},
                                                   {"nld-eng", 44000, "hond", "dog"},
                                                   {"eng-pol", 32000, "government", "rząd"},
                                                   {"pol-eng", 58000, "rok", "year"},
                                                   {"eng-rus", 2000, "year", "год"}}) {
    const fs::path path = dir / ("freedict-" + std::string(d.name) + ".dict.dz");
    if (!fs::exists(path)) {
      WARN("dictionary " << path << " not installed (scripts/setup installs it)");
      continue;
    }
    const std::vector<WordPair> pairs = lexicon::read_dictd(path);
    INFO(d.name << ": " << pairs.size() << " pairs");
    CHECK(pairs.size() >= d.min_pairs);
    CHECK(has(pairs, d.src, d.tgt));
  }

  if (fs::exists(dir / "freedict-deu-fra.index")) {
    const lexicon::Lexicon de_fr = lexicon::load_freedict("de", "fr");
    CHECK(has(de_fr.pairs, "hund", "chien"));
    CHECK(has(de_fr.pairs, "vertrag", "contrat"));
    CHECK(has(de_fr.pairs, "haus", "maison"));
    // Definitions in German must not come out as French translations.
    CHECK_FALSE(has(de_fr.pairs, "vertrag", "rechtlich bindende vereinbarung"));
    CHECK(targets_of(de_fr.pairs, "hund").size() < 10);
  }
}
