// Tests of the language conventions read from ICU and CLDR, spelled-out numbers, and names
// compared across scripts.
#include "wirealign/lang/conventions.h"

#include <unicode/dcfmtsym.h>
#include <unicode/dtfmtsym.h>
#include <unicode/rbnf.h>
#include <unicode/ulocdata.h>

#include <catch2/catch.hpp>
#include <optional>
#include <string>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

#include "wirealign/annotate/annotate.h"

namespace {

namespace lang = wirealign::lang;
using Words = std::vector<std::pair<std::string, double>>;

// What one language must get from ICU 72 (CLDR 42).
struct Expected {
  std::string code;
  lang::QuotePair quotes, alternate;
  std::string decimal, grouping;
  Words months, weekdays, numbers, ordinals, scales, compact;
  std::pair<std::string, std::string> territory;  // folded name, region
  Words parsed;                                   // spelled-out numbers and their values
};

const std::vector<Expected>& expected() {
  static const std::vector<Expected> all = {
      {"en",
       {"“", "”"},
       {"‘", "’"},
       ".",
       ",",
       {{"september", 9}, {"sep", 9}, {"may", 5}},
       {{"monday", 1}, {"sun", 7}, {"sunday", 7}},
       {{"twenty-one", 21}, {"twenty one", 21}, {"forty-five", 45}, {"one", 1}, {"zero", 0}},
       {{"first", 1}, {"twenty-first", 21}, {"forty-fifth", 45}, {"hundredth", 100}},
       {{"hundred", 100},
        {"thousand", 1e3},
        {"million", 1e6},
        {"billion", 1e9},
        {"trillion", 1e12}},
       {{"K", 1e3}, {"M", 1e6}, {"B", 1e9}, {"T", 1e12}},
       {"germany", "DE"},
       {{"twenty-one", 21}, {"twenty one", 21}, {"Forty-Five", 45}, {"twenty-first", 21}}},
      {"fr",
       {"«", "»"},
       {"«", "»"},
       ",",
       "\u202F",
       {{"septembre", 9}, {"sept.", 9}, {"sept", 9}, {"août", 8}, {"aout", 8}, {"fevrier", 2}},
       {{"lundi", 1}, {"dim.", 7}, {"dimanche", 7}},
       {{"vingt-et-un", 21},
        {"vingt et un", 21},
        {"quarante-cinq", 45},
        {"une", 1},
        {"vingt-et-une", 21},
        {"quatre-vingts", 80},
        {"soixante-et-onze", 71}},
       {{"premier", 1},
        {"première", 1},
        {"premiere", 1},
        {"vingt-et-unième", 21},
        {"unième", 1},
        {"quarante-cinquième", 45}},
       {{"cent", 100},
        {"cents", 100},
        {"mille", 1e3},
        {"million", 1e6},
        {"millions", 1e6},
        {"milliard", 1e9},
        {"milliards", 1e9},
        {"billion", 1e12}},
       {{"k", 1e3}, {"M", 1e6}, {"Md", 1e9}, {"Bn", 1e12}},
       {"allemagne", "DE"},
       {{"vingt et un", 21}, {"quatre-vingt-onze", 91}, {"deux cents", 200}, {"Première", 1}}},
      {"de",
       {"„", "“"},
       {"‚", "‘"},
       ",",
       ".",
       {{"september", 9}, {"märz", 3}, {"marz", 3}, {"sept.", 9}},
       {{"montag", 1}, {"so.", 7}, {"sonntag", 7}},
       {{"einundzwanzig", 21},
        {"fünfundvierzig", 45},
        {"funfundvierzig", 45},
        {"eins", 1},
        {"eine", 1},
        {"einer", 1}},
       {{"erste", 1}, {"erster", 1}, {"einundzwanzigste", 21}, {"einhundertste", 100}},
       {{"hundert", 100},
        {"tausend", 1e3},
        {"million", 1e6},
        {"millionen", 1e6},
        {"milliarde", 1e9},
        {"milliarden", 1e9}},
       {{"Mio.", 1e6}, {"Mio", 1e6}, {"Mrd.", 1e9}, {"Bio.", 1e12}},
       {"frankreich", "FR"},
       {{"einundzwanzig", 21}, {"Einundzwanzig", 21}, {"zwei Millionen", 2e6}}},
      {"es",
       {"«", "»"},
       {"“", "”"},
       ",",
       ".",
       {{"septiembre", 9}, {"sept", 9}, {"enero", 1}},
       {{"lunes", 1}, {"miércoles", 3}, {"miercoles", 3}, {"domingo", 7}},
       {{"veintiuno", 21}, {"cuarenta y cinco", 45}, {"una", 1}, {"veintiuna", 21}, {"un", 1}},
       {{"primero", 1}, {"primera", 1}, {"vigésimo primero", 21}, {"vigesimo primero", 21}},
       {{"cien", 100}, {"mil", 1e3}, {"millón", 1e6}, {"millones", 1e6}, {"billón", 1e12}},
       {{"mil", 1e3}, {"M", 1e6}, {"B", 1e12}},
       {"reino unido", "GB"},
       {{"cuarenta y cinco", 45}, {"veintiuno", 21}, {"veintiuna", 21}}},
      {"it",
       {"«", "»"},
       {"“", "”"},
       ",",
       ".",
       {{"settembre", 9}, {"set", 9}, {"gennaio", 1}},
       {{"lunedì", 1}, {"lunedi", 1}, {"domenica", 7}},
       {{"ventuno", 21}, {"quarantacinque", 45}, {"una", 1}, {"ventuna", 21}},
       {{"primo", 1}, {"prima", 1}, {"ventunesimo", 21}},
       {{"cento", 100},
        {"mille", 1e3},
        {"mila", 1e3},
        {"milione", 1e6},
        {"milioni", 1e6},
        {"miliardo", 1e9},
        {"miliardi", 1e9}},
       {{"Mln", 1e6}, {"Mrd", 1e9}, {"Bln", 1e12}},
       {"germania", "DE"},
       {{"quarantacinque", 45}, {"ventuno", 21}}},
      {"pt",
       {"“", "”"},
       {"‘", "’"},
       ",",
       ".",
       {{"setembro", 9}, {"set.", 9}, {"março", 3}, {"marco", 3}},
       {{"segunda-feira", 1}, {"domingo", 7}, {"sáb.", 6}},
       {{"vinte e um", 21}, {"quarenta e cinco", 45}, {"uma", 1}, {"duas", 2}, {"vinte e uma", 21}},
       {{"primeiro", 1}, {"primeira", 1}, {"vigésimo primeiro", 21}},
       {{"cem", 100}, {"mil", 1e3}, {"milhão", 1e6}, {"milhões", 1e6}, {"bilhão", 1e9}},
       {{"mil", 1e3}, {"mi", 1e6}, {"bi", 1e9}, {"tri", 1e12}},
       {"alemanha", "DE"},
       {{"vinte e um", 21}, {"quarenta e cinco", 45}}},
      {"nl",
       {"‘", "’"},
       {"‘", "’"},
       ",",
       ".",
       {{"september", 9}, {"mrt", 3}, {"maart", 3}},
       {{"maandag", 1}, {"zo", 7}, {"zondag", 7}},
       {{"eenentwintig", 21}, {"vijfenveertig", 45}, {"een", 1}, {"drieëntwintig", 23}},
       {{"eerste", 1}, {"eenentwintigste", 21}},
       {{"honderd", 100}, {"duizend", 1e3}, {"miljoen", 1e6}, {"miljard", 1e9}},
       {{"K", 1e3}, {"mln.", 1e6}, {"mld.", 1e9}, {"bln.", 1e12}},
       {"duitsland", "DE"},
       {{"vijfenveertig", 45}, {"eenentwintig", 21}}},
      // ICU 72 has no spell-out ordinals for Polish.
      {"pl",
       {"„", "”"},
       {"«", "»"},
       ",",
       "\u00A0",
       {{"września", 9}, {"wrzesień", 9}, {"wrzesnia", 9}, {"wrz", 9}, {"stycznia", 1}},
       {{"poniedziałek", 1}, {"pon.", 1}, {"niedziela", 7}},
       {{"dwadzieścia jeden", 21}, {"czterdzieści pięć", 45}, {"jedna", 1}, {"dwie", 2}},
       {},
       {{"sto", 100},
        {"tysiąc", 1e3},
        {"tysiące", 1e3},
        {"tysięcy", 1e3},
        {"milion", 1e6},
        {"miliony", 1e6},
        {"miliard", 1e9}},
       {{"tys.", 1e3}, {"mln", 1e6}, {"mld", 1e9}, {"bln", 1e12}},
       {"niemcy", "DE"},
       {{"dwadzieścia jeden", 21}, {"czterdzieści pięć", 45}}},
      {"ru",
       {"«", "»"},
       {"„", "“"},
       ",",
       "\u00A0",
       {{"сентября", 9}, {"сентябрь", 9}, {"сент.", 9}, {"мая", 5}},
       {{"понедельник", 1}, {"вс", 7}, {"воскресенье", 7}},
       {{"двадцать один", 21}, {"сорок пять", 45}, {"одна", 1}, {"две", 2}, {"двадцать одна", 21}},
       {{"первый", 1}, {"первая", 1}, {"двадцать первый", 21}},
       {{"сто", 100},
        {"тысяча", 1e3},
        {"тысячи", 1e3},
        {"тысяч", 1e3},
        {"миллион", 1e6},
        {"миллиона", 1e6},
        {"миллионов", 1e6},
        {"миллиард", 1e9}},
       {{"тыс.", 1e3}, {"млн", 1e6}, {"млрд", 1e9}, {"трлн", 1e12}},
       {"германия", "DE"},
       {{"сорок пять", 45}, {"двадцать одна", 21}, {"Двадцать один", 21}}},
  };
  return all;
}

// The value `table` gives `form` looked up as annotate gives it (case-folded), or nullopt.
template <typename Table>
std::optional<double> lookup(const Table& table, const std::string& form) {
  const auto it = table.find(wirealign::annotate::case_fold(form));
  if (it == table.end()) return std::nullopt;
  return static_cast<double>(it->second);
}

std::optional<double> exact(const std::unordered_map<std::string, double>& table,
                            const std::string& form) {
  const auto it = table.find(form);
  if (it == table.end()) return std::nullopt;
  return it->second;
}

std::string utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

std::string without_soft_hyphens(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s.compare(i, 2, "\xC2\xAD") == 0) {
      ++i;
      continue;
    }
    out.push_back(s[i]);
  }
  return out;
}

}  // namespace

TEST_CASE("conventions of the first-class languages are CLDR's", "[lang]") {
  for (const Expected& e : expected()) {
    const lang::Conventions& c = lang::conventions(e.code);
    INFO("language " << e.code);
    CHECK(c.has_data);
    CHECK(c.quotes.open == e.quotes.open);
    CHECK(c.quotes.close == e.quotes.close);
    CHECK(c.alternate_quotes.open == e.alternate.open);
    CHECK(c.alternate_quotes.close == e.alternate.close);
    CHECK(c.decimal == e.decimal);
    CHECK(c.grouping == e.grouping);
    for (const auto& [form, n] : e.months) CHECK(lookup(c.months, form) == n);
    for (const auto& [form, n] : e.weekdays) CHECK(lookup(c.weekdays, form) == n);
    const lang::NumberWords& w = c.numbers();
    for (const auto& [form, n] : e.numbers) CHECK(lookup(w.number_words, form) == n);
    for (const auto& [form, n] : e.ordinals) CHECK(lookup(w.ordinal_words, form) == n);
    for (const auto& [form, n] : e.scales) CHECK(lookup(w.scale_words, form) == n);
    for (const auto& [form, n] : e.compact) CHECK(exact(w.compact_scales, form) == n);
    const auto& territories = c.names().territories;
    const auto t = territories.find(e.territory.first);
    REQUIRE(t != territories.end());
    CHECK(t->second == e.territory.second);
    for (const auto& [text, n] : e.parsed) CHECK(lang::parse_spelled_number(e.code, text) == n);
  }
}

TEST_CASE("month keys are also accent-stripped, as annotate folds tokens", "[lang]") {
  const auto& fr = lang::conventions("fr").months;
  for (const auto& [key, month] : fr) {
    const auto folded = fr.find(wirealign::annotate::fold(key));
    REQUIRE(folded != fr.end());
    CHECK(folded->second == month);
  }
  CHECK(lang::conventions("ru").months.count("маи") == 1);  // май folded: й loses its breve
}

TEST_CASE("months, weekdays, symbols and quotes are ICU's for every language it has", "[lang]") {
  for (const std::string code :
       {"en", "fr", "de", "es", "it", "pt", "nl", "pl", "ru", "uk", "sv", "cs", "tr", "el", "ja"}) {
    INFO("language " << code);
    const lang::Conventions& c = lang::conventions(code);
    const icu::Locale locale(code.c_str());
    UErrorCode status = U_ZERO_ERROR;
    const icu::DateFormatSymbols dates(locale, status);
    REQUIRE(U_SUCCESS(status));
    using D = icu::DateFormatSymbols;
    for (const auto context : {D::FORMAT, D::STANDALONE})
      for (const auto width : {D::WIDE, D::ABBREVIATED}) {
        int32_t count = 0;
        const icu::UnicodeString* months = dates.getMonths(count, context, width);
        for (int32_t i = 0; i < count; ++i) CHECK(lookup(c.months, utf8(months[i])) == i + 1);
        const icu::UnicodeString* days = dates.getWeekdays(count, context, width);
        for (int32_t i = 1; i < count; ++i)
          CHECK(lookup(c.weekdays, utf8(days[i])) == (i == 1 ? 7 : i - 1));
      }
    const icu::DecimalFormatSymbols symbols(locale, status);
    CHECK(c.decimal == utf8(symbols.getSymbol(icu::DecimalFormatSymbols::kDecimalSeparatorSymbol)));
    CHECK(c.grouping ==
          utf8(symbols.getSymbol(icu::DecimalFormatSymbols::kGroupingSeparatorSymbol)));
    ULocaleData* data = ulocdata_open(code.c_str(), &status);
    UChar mark[8];
    const int32_t n = ulocdata_getDelimiter(data, ULOCDATA_QUOTATION_START, mark, 8, &status);
    ulocdata_close(data);
    REQUIRE(U_SUCCESS(status));
    CHECK(c.quotes.open == utf8(icu::UnicodeString(mark, n)));
  }
}

TEST_CASE("every cardinal and ordinal ICU spells out to 100 is a number word", "[lang]") {
  for (const std::string code : {"en", "fr", "de", "es", "it", "pt", "nl", "pl", "ru"}) {
    INFO("language " << code);
    const lang::NumberWords& w = lang::conventions(code).numbers();
    UErrorCode status = U_ZERO_ERROR;
    icu::RuleBasedNumberFormat rules(icu::URBNF_SPELLOUT, icu::Locale(code.c_str()), status);
    REQUIRE(U_SUCCESS(status));
    int checked = 0;
    for (int32_t i = 0; i < rules.getNumberOfRuleSetNames(); ++i) {
      const icu::UnicodeString set = rules.getRuleSetName(i);
      const std::string name = utf8(set);
      if (name.find("year") != std::string::npos) continue;
      const bool ordinal = name.find("ordinal") != std::string::npos;
      for (int v = ordinal ? 1 : 0; v <= 100; ++v) {
        icu::UnicodeString s;
        icu::FieldPosition position;
        rules.format(static_cast<int32_t>(v), set, s, position, status);
        const std::string form = without_soft_hyphens(utf8(s));
        INFO(name << " " << v << " '" << form << "'");
        CHECK(lookup(ordinal ? w.ordinal_words : w.number_words, form) == v);
        CHECK(lookup(ordinal ? w.ordinal_words : w.number_words, wirealign::annotate::fold(form)) ==
              v);
        ++checked;
      }
    }
    CHECK(checked >= 200);
  }
}

TEST_CASE("the words of a compound number have their own values; joining words have none",
          "[lang]") {
  const auto& fr = lang::conventions("fr").numbers().number_words;
  CHECK(fr.at("vingt") == 20);
  CHECK(fr.at("un") == 1);
  CHECK(fr.count("et") == 0);
  CHECK(lang::conventions("es").numbers().number_words.count("y") == 0);
  CHECK(lang::conventions("en").numbers().number_words.at("hundred") == 100);
  CHECK(lang::conventions("fr").numbers().ordinal_words.at("unieme") == 1);
}

TEST_CASE("ordinal suffixes after figures are ICU's", "[lang]") {
  const auto& en = lang::conventions("en").numbers().ordinal_suffixes;
  for (const std::string s : {"st", "nd", "rd", "th"}) CHECK(en.count(s) == 1);
  const auto& fr = lang::conventions("fr").numbers().ordinal_suffixes;
  for (const std::string s : {"er", "re", "e", "es"}) CHECK(fr.count(s) == 1);
  CHECK(lang::conventions("de").numbers().ordinal_suffixes.count(".") == 1);
}

TEST_CASE("parse_spelled_number reads only numbers as ICU writes them", "[lang]") {
  CHECK(lang::parse_spelled_number("en", "twenty one") == 21);  // not the year 2001
  CHECK(lang::parse_spelled_number("en", "one hundred and one") == 101);
  CHECK(lang::parse_spelled_number("fr", "trois mille deux cents") == 3200);
  CHECK(lang::parse_spelled_number("de", "dreihundertzwölf") == 312);
  CHECK(lang::parse_spelled_number("de", "zwei\u00ADhundert") == 200);  // soft hyphen
  CHECK_FALSE(lang::parse_spelled_number("fr", "deux cent"));
  CHECK_FALSE(lang::parse_spelled_number("fr", "bonjour"));
  CHECK_FALSE(lang::parse_spelled_number("fr", "vingt et un ans"));
  CHECK_FALSE(lang::parse_spelled_number("en", "21"));
  CHECK_FALSE(lang::parse_spelled_number("en", ""));
  CHECK_FALSE(lang::parse_spelled_number("en", "vingt"));
  CHECK_FALSE(lang::parse_spelled_number("ru", "привет"));
  CHECK_FALSE(lang::parse_spelled_number("und", "one"));
}

TEST_CASE("measurement, script and alphabet", "[lang]") {
  CHECK(lang::conventions("en").measurement == lang::Measurement::us);
  CHECK(lang::conventions("fr").measurement == lang::Measurement::metric);
  CHECK(lang::conventions("ru").script == "Cyrl");
  CHECK(lang::conventions("fr").script == "Latn");
  CHECK(lang::conventions("fr").in_alphabet("Façade"));
  CHECK_FALSE(lang::conventions("en").in_alphabet("façade"));
  CHECK_FALSE(lang::conventions("fr").in_alphabet("Dvořák"));
  CHECK(lang::conventions("ru").in_alphabet("Москва"));
  CHECK_FALSE(lang::conventions("fr").in_alphabet("Москва"));
  CHECK(lang::conventions("pl").in_alphabet("Łódź"));
  CHECK(lang::conventions("en").in_alphabet("1,500"));
}

TEST_CASE("territory and language names go both ways", "[lang]") {
  const lang::DisplayNames& fr = lang::conventions("fr").names();
  CHECK(fr.territories.at("royaume-uni") == "GB");
  CHECK(fr.territories.at("etats-unis") == "US");
  CHECK(fr.territory_names.at("DE") == "Allemagne");
  CHECK(fr.languages.at("anglais") == "en");
  CHECK(fr.language_names.at("de") == "allemand");
  const lang::DisplayNames& en = lang::conventions("en").names();
  CHECK(en.territories.at("myanmar") == "MM");      // "Myanmar (Burma)"
  CHECK(en.territories.at("ivory coast") == "CI");  // CLDR's variant of "Côte d’Ivoire"
  CHECK(en.territories.at("czech republic") == "CZ");
  CHECK(en.territories.at("palestine") == "PS");  // CLDR's short name
  CHECK(lang::conventions("de").names().territories.at("elfenbeinkuste") == "CI");
  CHECK(en.territories.count("us") == 0);     // an acronym would read the word "us"
  CHECK(en.territories.count("congo") == 0);  // two Congos: no key for either
  CHECK(en.languages.at("french") == "fr");
}

TEST_CASE("a language ICU has no data for gets nothing, not the default locale's data", "[lang]") {
  for (const std::string code : {"und", "xx", "zz"}) {
    const lang::Conventions& c = lang::conventions(code);
    CHECK_FALSE(c.has_data);
    CHECK(c.quotes.open.empty());
    CHECK(c.decimal.empty());
    CHECK(c.months.empty());
    CHECK(c.numbers().number_words.empty());
    CHECK(c.names().territories.empty());
    CHECK_FALSE(c.in_alphabet("abc"));
  }
  CHECK(&lang::conventions("fr") == &lang::conventions("fr"));  // built once
}

TEST_CASE("conventions, numbers and keys are safe to build from several threads", "[lang]") {
  const std::vector<std::string> codes = {"sv", "cs", "uk", "bg"};
  std::vector<std::size_t> sizes(8);
  std::vector<std::string> keys(8);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < 8; ++t)
    threads.emplace_back([&, t] {
      const lang::Conventions& c = lang::conventions(codes[t % codes.size()]);
      sizes[t] = c.numbers().number_words.size() + c.names().territories.size();
      keys[t] = lang::latin_key("Вашингтон");
    });
  for (auto& t : threads) t.join();
  for (std::size_t t = 0; t < 8; ++t) {
    CHECK(sizes[t] == sizes[t % codes.size()]);
    CHECK(sizes[t] > 0);
    CHECK(keys[t] == "vashington");
  }
}

TEST_CASE("latin_key spells names of any script in folded Latin letters", "[lang]") {
  CHECK(lang::latin_key("Трамп") == "tramp");
  CHECK(lang::latin_key("Вашингтон") == "vashington");
  CHECK(lang::latin_key("Москва") == "moskva");
  CHECK(lang::latin_key("Путин") == "putin");
  CHECK(lang::latin_key("Ельцин") == "yeltsin");  // BGN's "Yel'tsin" without its apostrophe
  CHECK(lang::latin_key("Αθήνα") == "athena");
  CHECK(lang::latin_key("Douchanbé") == "douchanbe");
  CHECK(lang::latin_key("Łódź") == "lodz");
  CHECK(lang::latin_key("Trump") == "trump");
  CHECK(lang::latin_key("O’Brien") == "obrien");
  CHECK(lang::latin_key("") == "");
  // Stable: a key is its own key, and the same word gives the same key every time.
  for (const std::string w : {"Трамп", "Щукин", "Хрущёв", "Чайковский", "Αθήνα", "Łódź", "東京"}) {
    const std::string key = lang::latin_key(w);
    CHECK(lang::latin_key(key) == key);
    CHECK(lang::latin_key(w) == key);
  }
}

TEST_CASE("names_match: one name across scripts and spelling conventions", "[lang]") {
  const std::vector<std::pair<std::string, std::string>> same = {
      {"Dushanbe", "Douchanbé"},
      {"Sidorov", "Sidorow"},
      {"Tchaïkovski", "Tchaikovsky"},
      {"Tchaikovsky", "Tschaikowski"},
      {"Чайковский", "Tchaikovsky"},
      {"Трамп", "Trump"},
      {"Вашингтон", "Washington"},
      {"Зеленский", "Zelensky"},
      {"Zelensky", "Selenskyj"},
      {"Зеленский", "Selenskyj"},
      {"Путин", "Putin"},
      {"Москва", "Moskva"},
      {"Yeltsin", "Jelzin"},
      {"Ельцин", "Yeltsin"},
      {"Байден", "Biden"},
      {"Dostoïevski", "Dostoevsky"},
      {"Джонсон", "Johnson"},
      {"putin", "PUTIN"},
      {"Daley", "Дейли"},
      {"Michael", "Майкл"},
      {"Massachusetts", "Массачусетса"},  // genitive
      {"Northamptonshire", "Нортгемптоншир"},
      {"Bouchard", "Бушар"},
      {"Deptford", "Депфорт"},
      // English spellings as Russian transcribes them: silent gh and h, soft g, w as у or в,
      // v as ф, a case ending that adds a consonant.
      {"Wilson", "Уилсон"},
      {"Hamilton", "Гамильтон"},
      {"Churchill", "Черчилль"},
      {"Brighton", "Брайтоне"},
      {"George", "Джордж"},
      {"Greenwich", "Гринвич"},
      {"Theresa", "Тереза"},
      {"Twitter", "Твиттере"},
      {"Volkswagen", "Фольксвагеном"},
      {"Zuckerberg", "Цукерберг"},
  };
  for (const auto& [a, b] : same) {
    INFO(a << " / " << b);
    CHECK(lang::names_match(a, b));
    CHECK(lang::names_match(b, a));
  }
  const std::vector<std::pair<std::string, std::string>> different = {
      {"Trump", "Tramp"},         {"Paris", "Peru"},       {"Smith", "Schmidt"},
      {"Putin", "Medvedev"},      {"Путин", "Медведев"},   {"Трамп", "Trudeau"},
      {"Hernández", "Fernández"}, {"Sidorov", "Sokolov"},  {"Moscow", "Minsk"},
      {"Иран", "Iraq"},           {"Ирак", "Iran"},        {"", ""},
      {"Daley", "Дэвис"},         {"Michael", "Мэтью"},    {"Bouchard", "Бутрос"},
      {"West", "Уотсон"},         {"Hamilton", "Кеннеди"}, {"George", "Гарри"},
  };
  for (const auto& [a, b] : different) {
    INFO(a << " / " << b);
    CHECK_FALSE(lang::names_match(a, b));
    CHECK_FALSE(lang::names_match(b, a));
  }
}

TEST_CASE("name_key: one key for a name in two scripts", "[lang]") {
  for (const auto& [a, b] :
       std::vector<std::pair<std::string, std::string>>{{"Трамп", "Trump"},
                                                        {"Вашингтон", "Washington"},
                                                        {"Джонсон", "Johnson"},
                                                        {"Харрис", "Harris"},
                                                        {"Ливерпуль", "Liverpool"},
                                                        {"Москва", "Moscow"},
                                                        {"Челси", "Chelsea"},
                                                        {"Sidorov", "Sidorow"}}) {
    INFO(a << " / " << b);
    CHECK(lang::name_key(a) == lang::name_key(b));
    CHECK_FALSE(lang::name_key(a).empty());
  }
  CHECK(lang::name_key("Трамп") == "trmp");
  CHECK(lang::name_key("Putin") != lang::name_key("Medvedev"));
  CHECK(lang::name_key("Иран") != lang::name_key("Ирак"));
  CHECK(lang::name_key("").empty());
  CHECK(lang::name_key("Aia").empty());
}

TEST_CASE("units of measure are CLDR's names, long and short, with their SI size", "[lang]") {
  const auto find = [](const std::string& code, const std::string& form) {
    for (const lang::UnitName& u : lang::conventions(code).units())
      if (u.form == form) return std::optional<lang::UnitName>(u);
    return std::optional<lang::UnitName>();
  };
  for (const auto& [code, form] : std::vector<std::pair<std::string, std::string>>{
           {"de", "kilometer"}, {"fr", "km"}, {"pl", "kilometrów"}, {"ru", "километров"}}) {
    INFO(code << " " << form);
    const auto u = find(code, form);
    REQUIRE(u);
    CHECK(u->dimension == "length");
    CHECK(u->factor == Approx(1000));
  }
  const auto fahrenheit = find("en", "°f");
  REQUIRE(fahrenheit);
  CHECK(70 * fahrenheit->factor + fahrenheit->offset == Approx(21.111).epsilon(0.001));
  CHECK_FALSE(find("zz", "km"));  // no locale data: none
}

TEST_CASE("city_names: a city under its names in several languages names one time zone", "[lang]") {
  const auto& cities = lang::city_names();
  for (const std::string name : {"wien", "vienna", "vienne", "wenen", "вена"}) {
    INFO(name);
    REQUIRE(cities.count(name));
    CHECK(cities.at(name) == "Europe/Vienna");
  }
  // With and without accents.
  REQUIRE(cities.count("zurich"));
  CHECK(cities.at("zurich") == cities.at("zürich"));
  // Research stations of Antarctica are named after people, not places.
  CHECK_FALSE(cities.count("casey"));
  CHECK_FALSE(cities.count("davis"));
  CHECK(&lang::city_names() == &cities);  // built once
}
