// Tests of language codes, language data files, and recognising the language of a text.
#include "wirealign/lang/language.h"


#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <optional>
#include <random>
#include <string>
#include <unordered_set>
#include <vector>

#include "support/errors.h"
#include "support/temp_path.h"
#include "wirealign/core/error.h"

namespace {

namespace fs = std::filesystem;
namespace lang = wirealign::lang;
using Catch::Matchers::Contains;
using wirealign::ConfigError;

const fs::path kDataDir = WIREALIGN_TEST_DATA_DIR;

// The ConfigError that `f` throws, or nullopt if it returns.
template <typename F>
std::optional<ConfigError> config_error_of(F f) {
  return wirealign::testing::error_of<ConfigError>(f);
}

// A path in the system's temporary directory that no other test uses.
class TempDataDir {
 public:
  TempDataDir() { fs::create_directories(dir_.path() / "lang"); }
  const fs::path& path() const { return dir_.path(); }
  // Writes `content` to lang/<code>/<file>, creating the language folder.
  fs::path write(const std::string& code, const std::string& file,
                 const std::string& content) const {
    fs::create_directories(path() / "lang" / code);
    const fs::path p = path() / "lang" / code / file;
    wirealign::testing::TempPath::write_file(p, content);
    return p;
  }

 private:
  wirealign::testing::TempPath dir_;
};

const std::string kFrench =
    "Le chat de la voisine est entr\xC3\xA9 dans la maison pendant que les enfants jouaient au "
    "jardin. Il a mang\xC3\xA9 tout le poisson qui \xC3\xA9tait sur la table, et il est reparti "
    "sans un bruit.";
const std::string kEnglish =
    "The cat from next door came into the house while the children were playing in the garden. "
    "It ate all of the fish that was on the table, and it left without a sound.";
const std::string kGerman =
    "Die Katze der Nachbarin ist in das Haus gekommen, als die Kinder im Garten spielten. Sie hat "
    "den ganzen Fisch gegessen, der auf dem Tisch lag, und ist dann wieder gegangen.";

// The same short story in the other languages wirealign has data for.
const std::vector<std::pair<std::string, std::string>> kOthers = {
    {"es",
     "El gato de la vecina entró en la casa mientras los niños jugaban en el jardín. Se comió "
     "todo el pescado que estaba sobre la mesa y se fue sin hacer ruido."},
    {"it",
     "Il gatto della vicina è entrato in casa mentre i bambini giocavano nel giardino. Ha "
     "mangiato tutto il pesce che era sul tavolo e se n'è andato senza fare rumore."},
    {"pt",
     "O gato da vizinha entrou na casa enquanto as crianças brincavam no jardim. Comeu todo o "
     "peixe que estava sobre a mesa e foi embora sem fazer barulho."},
    {"nl",
     "De kat van de buurvrouw kwam het huis binnen terwijl de kinderen in de tuin speelden. Hij "
     "at alle vis op die op de tafel lag en ging zonder een geluid weer weg."},
    {"pl",
     "Kot sąsiadki wszedł do domu, gdy dzieci bawiły się w ogrodzie. Zjadł całą rybę, która "
     "leżała na stole, i wyszedł bez jednego dźwięku."},
    {"ru",
     "Кошка соседки вошла в дом, когда дети играли в саду. Она съела всю рыбу, которая "
     "лежала на столе, и ушла без единого звука."},
};

struct Shipped {
  lang::LanguageData de = lang::load(kDataDir, "de");
  lang::LanguageData en = lang::load(kDataDir, "en");
  lang::LanguageData fr = lang::load(kDataDir, "fr");
  std::vector<const lang::LanguageData*> all() const { return {&de, &en, &fr}; }
};

// Every language of the data folder.
struct AllShipped {
  std::vector<lang::LanguageData> data;
  AllShipped() {
    for (const std::string& code : lang::available(kDataDir))
      data.push_back(lang::load(kDataDir, code));
  }
  std::vector<const lang::LanguageData*> all() const {
    std::vector<const lang::LanguageData*> out;
    for (const lang::LanguageData& l : data) out.push_back(&l);
    return out;
  }
};

}  // namespace

TEST_CASE("canonical_code lowers case and drops the region", "[lang]") {
  CHECK(lang::canonical_code("en") == "en");
  CHECK(lang::canonical_code("EN") == "en");
  CHECK(lang::canonical_code("fr-CA") == "fr");
  CHECK(lang::canonical_code("de_AT") == "de");
  CHECK(lang::canonical_code("En-gb") == "en");
}

TEST_CASE("canonical_code refuses what is not an ISO 639 code, naming it", "[lang]") {
  for (const std::string code : {"xx", "english", "", "e1", "x", "-fr"}) {
    CAPTURE(code);
    const auto e = config_error_of([&] { lang::canonical_code(code); });
    REQUIRE(e);
    CHECK_THAT(e->what(), Contains("unknown language code '" + code + "'"));
  }
}

TEST_CASE("load reads the shipped English and French data", "[lang]") {
  const lang::LanguageData en = lang::load(kDataDir, "en");
  CHECK(en.code == "en");
  CHECK(en.has_data);
  CHECK(en.nonfinal_abbreviations.count("Mr.") == 1);
  CHECK(en.nonfinal_abbreviations.count("Dr.") == 1);
  CHECK(en.nonfinal_abbreviations.count("mr.") == 0);  // case-sensitive
  CHECK(en.final_abbreviations.count("Mr.") == 0);
  CHECK_FALSE(en.function_words.empty());
  CHECK(en.function_words.count("the") == 1);
  CHECK(en.function_words.count("# Frequent") == 0);  // comments are skipped

  const lang::LanguageData fr = lang::load(kDataDir, "fr");
  CHECK(fr.code == "fr");
  CHECK(fr.has_data);
  CHECK(fr.nonfinal_abbreviations.count("M.") == 1);
  CHECK(fr.final_abbreviations.count("J.-C.") == 1);
  CHECK(fr.nonfinal_abbreviations.count("J.-C.") == 0);
  CHECK(fr.nonfinal_abbreviations.count("G\xC3\xA9n.") == 1);  // "Gén."
  CHECK_FALSE(fr.function_words.empty());
  CHECK(fr.function_words.count("le") == 1);
  CHECK(fr.function_words.count("\xC3\xA0") == 1);  // "à"
}

TEST_CASE("load reads the shipped data of every language", "[lang]") {
  for (const std::string& code : lang::available(kDataDir)) {
    CAPTURE(code);
    const lang::LanguageData l = lang::load(kDataDir, code);
    CHECK(l.has_data);
    CHECK(l.function_words.size() >= 50);
    CHECK(l.nonfinal_abbreviations.size() >= 10);
    CHECK(fs::exists(kDataDir / "lang" / code / "boilerplate.txt"));
  }
  // Titles and abbreviations of each language, German ordinals.
  CHECK(lang::load(kDataDir, "es").nonfinal_abbreviations.count("Dra.") == 1);
  CHECK(lang::load(kDataDir, "de").nonfinal_abbreviations.count("z.B.") == 1);
  CHECK(lang::load(kDataDir, "de").ordinal_dot);
  CHECK_FALSE(lang::load(kDataDir, "en").ordinal_dot);
  CHECK(lang::load(kDataDir, "pl").nonfinal_abbreviations.count("ul.") == 1);
  CHECK(lang::load(kDataDir, "ru").nonfinal_abbreviations.count("т.е.") == 1);
  CHECK(lang::load(kDataDir, "pt").decimal_separator == ',');
}

TEST_CASE("strip_ending takes the longest ending that leaves three letters", "[lang]") {
  lang::LanguageData l;
  l.endings = {"owi", "ego", "ał", "a", "u"};  // longest first, as load() sorts them
  CHECK(lang::strip_ending("prezydentowi", l) == "prezydent");
  CHECK(lang::strip_ending("czytał", l) == "czyt");
  CHECK(lang::strip_ending("rządu", l) == "rząd");  // letters, not bytes: "rzą" would be 4 bytes
  CHECK(lang::strip_ending("domu", l) == "dom");
  CHECK(lang::strip_ending("ego", l) == "ego");  // nothing would be left
  CHECK(lang::strip_ending("psu", l) == "psu");  // two letters would be left
  CHECK(lang::strip_ending("kot", l) == "kot");
  // Polish ships its endings, longest first; languages with a Snowball stemmer need none.
  const lang::LanguageData pl = lang::load(kDataDir, "pl");
  REQUIRE_FALSE(pl.endings.empty());
  CHECK(pl.endings.front().size() >= pl.endings.back().size());
  CHECK(lang::strip_ending("polskiego", pl) == "polsk");
  CHECK(lang::load(kDataDir, "ru").endings.empty());
}

TEST_CASE("load of a language without a folder gives empty data", "[lang]") {
  const lang::LanguageData sv = lang::load(kDataDir, "sv");
  CHECK(sv.code == "sv");
  CHECK_FALSE(sv.has_data);
  CHECK(sv.nonfinal_abbreviations.empty());
  CHECK(sv.final_abbreviations.empty());
  CHECK(sv.function_words.empty());

  const TempDataDir empty;
  CHECK_FALSE(lang::load(empty.path() / "does-not-exist", "en").has_data);
}

TEST_CASE("the decimal separator comes from CLDR; settings.tsv may override it", "[lang]") {
  CHECK(lang::load(kDataDir, "en").decimal_separator == '.');
  CHECK(lang::load(kDataDir, "fr").decimal_separator == ',');
  CHECK(lang::load(kDataDir, "de").decimal_separator == ',');
  CHECK(lang::load(kDataDir, "it").decimal_separator == ',');  // no folder, CLDR still applies
  CHECK(lang::load(kDataDir, "ja").decimal_separator == '.');
  CHECK(lang::load(kDataDir, "ar").decimal_separator == '.');  // CLDR's is U+066B: not read

  const TempDataDir dir;
  dir.write("fr", "settings.tsv", "decimal-separator\t.\n");
  CHECK(lang::load(dir.path(), "fr").decimal_separator == '.');
}

TEST_CASE("load reads data files with comments, blank lines and CR LF", "[lang]") {
  const TempDataDir dir;
  dir.write("zz", "abbreviations.tsv",
            "# comment\n\nAbc.\tnonfinal\r\n  Xyz.\tfinal  \n\tnonfinal-looking\tnonfinal\n");
  dir.write("zz", "function-words.txt", "# comment\nThe\n\xC3\x89T\xC3\x89\r\n\n  und  \n");
  const lang::LanguageData zz = lang::load(dir.path(), "zz");
  CHECK(zz.has_data);
  CHECK(zz.nonfinal_abbreviations == std::unordered_set<std::string>{"Abc.", "nonfinal-looking"});
  CHECK(zz.final_abbreviations == std::unordered_set<std::string>{"Xyz."});
  // Function words are lowered, also outside ASCII ("ÉTÉ" -> "été").
  CHECK(zz.function_words == std::unordered_set<std::string>{"the", "\xC3\xA9t\xC3\xA9", "und"});
}

TEST_CASE("load refuses a malformed abbreviations file, naming file and line", "[lang]") {
  const TempDataDir dir;
  SECTION("a space instead of a tab") {
    const fs::path file =
        dir.write("zz", "abbreviations.tsv", "# comment\n\nAbc.\tnonfinal\nDef. nonfinal\n");
    const auto e = config_error_of([&] { lang::load(dir.path(), "zz"); });
    REQUIRE(e);
    CHECK_THAT(e->what(), Contains(file.string() + ", line 4"));
  }
  SECTION("an unknown kind") {
    const fs::path file = dir.write("zz", "abbreviations.tsv", "Abc.\tsometimes\n");
    const auto e = config_error_of([&] { lang::load(dir.path(), "zz"); });
    REQUIRE(e);
    CHECK_THAT(e->what(), Contains(file.string() + ", line 1") && Contains("nonfinal|numeral|final"));
  }
}

TEST_CASE("available lists the language folders, sorted", "[lang]") {
  CHECK(lang::available(kDataDir) ==
        std::vector<std::string>{"de", "en", "es", "fr", "it", "nl", "pl", "pt", "ru"});

  const TempDataDir dir;
  dir.write("zz", "function-words.txt", "a\n");
  dir.write("aa", "function-words.txt", "a\n");
  std::ofstream(dir.path() / "lang" / "README") << "not a language\n";
  CHECK(lang::available(dir.path()) == std::vector<std::string>{"aa", "zz"});

  CHECK(lang::available(dir.path() / "does-not-exist").empty());
}

TEST_CASE("guess recognises French, English and German", "[lang]") {
  const Shipped shipped;
  const lang::Guess fr = lang::guess(kFrench, shipped.all());
  CHECK(fr.code == "fr");
  CHECK(fr.score > fr.runner_up);
  CHECK(fr.score >= 0.25);

  const lang::Guess en = lang::guess(kEnglish, shipped.all());
  CHECK(en.code == "en");
  CHECK(en.score > en.runner_up);
  CHECK(en.score >= 0.25);

  const lang::Guess de = lang::guess(kGerman, shipped.all());
  CHECK(de.code == "de");
  CHECK(de.score > de.runner_up);

  // The order of the candidates does not matter.
  const lang::Guess reversed = lang::guess(kFrench, {&shipped.fr, &shipped.en, &shipped.de});
  CHECK(reversed.code == "fr");
  CHECK(reversed.score == Approx(fr.score));
  CHECK(reversed.runner_up == Approx(fr.runner_up));
}

TEST_CASE("guess recognises each language among all of them", "[lang]") {
  const AllShipped shipped;
  std::vector<std::pair<std::string, std::string>> texts = kOthers;
  texts.push_back({"fr", kFrench});
  texts.push_back({"en", kEnglish});
  texts.push_back({"de", kGerman});
  for (const auto& [code, text] : texts) {
    CAPTURE(code);
    const lang::Guess g = lang::guess(text, shipped.all());
    CHECK(g.code == code);
    CHECK(g.score >= 1.5 * g.runner_up);  // what choose() asks
  }
}

TEST_CASE("guess gives no language for text without words", "[lang]") {
  const Shipped shipped;
  for (const std::string text : {"", "123 456 7890", "42. -- 17,5 % (3)"}) {
    CAPTURE(text);
    const lang::Guess g = lang::guess(text, shipped.all());
    CHECK(g.code.empty());
    CHECK(g.score == 0);
    CHECK(g.runner_up == 0);
  }
  CHECK(lang::guess(kFrench, {}).code.empty());
}

TEST_CASE("guess reads only the first 20,000 bytes", "[lang]") {
  const Shipped shipped;
  std::string text;
  while (text.size() < 20000) text += "Xyzzy plugh. ";
  text += kFrench;
  CHECK(lang::guess(text, shipped.all()).code.empty());
}

TEST_CASE("choose uses the requested language", "[lang]") {
  SECTION("a code with data") {
    const lang::Choice c = lang::choose(kEnglish, "fr-CA", kDataDir);
    CHECK(c.data.code == "fr");
    CHECK(c.data.has_data);
    CHECK(c.data.nonfinal_abbreviations.count("M.") == 1);
    CHECK(c.notice.empty());
  }
  SECTION("a code without data") {
    const lang::Choice c = lang::choose(kFrench, "SV", kDataDir);
    CHECK(c.data.code == "sv");
    CHECK_FALSE(c.data.has_data);
    CHECK_THAT(c.notice, Contains("no language data for 'sv'"));
  }
  SECTION("an unknown code") {
    const auto e = config_error_of([&] { lang::choose(kFrench, "xx", kDataDir); });
    REQUIRE(e);
    CHECK_THAT(e->what(), Contains("'xx'"));
  }
}

TEST_CASE("choose recognises the language when none is given", "[lang]") {
  const lang::Choice fr = lang::choose(kFrench, "", kDataDir);
  CHECK(fr.data.code == "fr");
  CHECK(fr.data.has_data);
  CHECK(fr.data.final_abbreviations.count("J.-C.") == 1);
  CHECK_THAT(fr.notice, Contains("recognised as 'fr'"));

  const lang::Choice en = lang::choose(kEnglish, "", kDataDir);
  CHECK(en.data.code == "en");
  CHECK_THAT(en.notice, Contains("recognised as 'en'"));
}

TEST_CASE("choose falls back to und for text it cannot recognise", "[lang]") {
  for (const std::string text :
       {"Lorem ipsum dolor sit amet, consectetur adipiscing elit.", "123 456 7890"}) {
    CAPTURE(text);
    const lang::Choice c = lang::choose(text, "", kDataDir);
    CHECK(c.data.code == "und");
    CHECK_FALSE(c.data.has_data);
    CHECK(c.data.function_words.empty());
    CHECK_THAT(c.notice, Contains("not recognised"));
  }
}

TEST_CASE("ISO 639-2/B codes are accepted, and a language's name gets a suggestion", "[lang]") {
  CHECK(lang::canonical_code("fre") == "fr");
  CHECK(lang::canonical_code("ger") == "de");
  CHECK(lang::canonical_code("dut") == "nl");
  CHECK(lang::canonical_code("fra") == "fr");
  CHECK(lang::canonical_code("deu") == "de");
  CHECK_THROWS_WITH(lang::canonical_code("french"), Catch::Contains("did you mean fr?"));
  CHECK_THROWS_WITH(lang::canonical_code("Deutsch"), Catch::Contains("did you mean de?"));
  CHECK_THROWS_WITH(lang::canonical_code("qqq"), Catch::Contains("expected an ISO 639 code"));
}
