// Tests of recognising the language and script of a text and judging it against its declared
// language, with the function words shipped in corpora/lang/.
#include "wirealign/lang/identify.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "support/language_samples.h"

namespace {

namespace lang = wirealign::lang;
using lang::Verdict;
using wirealign::testing::known_samples;
using wirealign::testing::LanguageSample;

const std::filesystem::path kDataDir = WIREALIGN_TEST_DATA_DIR;

// The languages with function words, loaded once.
const std::vector<lang::LanguageData>& known() {
  static const std::vector<lang::LanguageData> languages = lang::known_languages(kDataDir);
  return languages;
}

const std::vector<const lang::LanguageData*>& candidates() {
  static const std::vector<const lang::LanguageData*> pointers = lang::pointers(known());
  return pointers;
}

lang::Evidence evidence(const std::string& text) { return lang::gather(text, candidates()); }

// The data of language `code` (empty function words when wirealign has none).
lang::LanguageData data(const std::string& code) { return lang::load(kDataDir, code); }

// The first `n` lines of `text`.
std::string lines(const std::string& text, std::size_t n) {
  std::size_t end = 0;
  for (std::size_t i = 0; i < n && end != std::string::npos; ++i)
    end = text.find('\n', end == 0 && i == 0 ? 0 : end + 1);
  return end == std::string::npos ? text : text.substr(0, end + 1);
}

lang::Judgement judge(const LanguageSample& sample, const std::string& declared,
                      std::size_t sentences = 4) {
  return lang::judge(evidence(sample.text), data(declared), sentences);
}

}  // namespace

TEST_CASE("the known languages are those with function words", "[lang]") {
  REQUIRE(known().size() >= 3);
  for (const lang::LanguageData& l : known()) CHECK_FALSE(l.function_words.empty());
  for (const std::string code : {"en", "fr", "de"})
    CHECK(std::any_of(known().begin(), known().end(),
                      [&](const lang::LanguageData& l) { return l.code == code; }));
}

TEST_CASE("gather counts words, letters by script and function words", "[lang]") {
  const lang::Evidence e = evidence("The cat and the мир, 123 世界!");
  CHECK(e.words == 6);  // The, cat, and, the, мир, 世界 (a run of letters, without spaces)
  CHECK(e.letters == 17);
  REQUIRE(e.scripts.size() == 3);
  CHECK(e.scripts[0] == std::pair<std::string, std::size_t>{"Latn", 12});
  CHECK(e.scripts[1] == std::pair<std::string, std::size_t>{"Cyrl", 3});
  CHECK(e.scripts[2] == std::pair<std::string, std::size_t>{"Hani", 2});
  CHECK(e.function_words.at("the") == 2);
  CHECK(e.function_words.at("and") == 1);
  CHECK(e.function_words.count("cat") == 0);
  CHECK(e.share(data("en")) == Approx(3.0 / 6));
  CHECK(e.script_share("en") == Approx(12.0 / 17));
  CHECK(e.script_share("xx") == 1);  // a script ICU does not know: nothing to compare
  // A candidate's share and leads, counted from the languages each word is listed in, equal
  // those of the same language loaded apart (its words looked up one by one).
  const auto english = std::find_if(candidates().begin(), candidates().end(),
                                    [](const lang::LanguageData* l) { return l->code == "en"; });
  const auto french = std::find_if(candidates().begin(), candidates().end(),
                                   [](const lang::LanguageData* l) { return l->code == "fr"; });
  REQUIRE(english != candidates().end());
  REQUIRE(french != candidates().end());
  const lang::Evidence mixed =
      evidence("The cat and the dog sat on le tapis de la maison, et the end, the, la.");
  CHECK(mixed.share(**english) == Approx(mixed.share(data("en"))));
  CHECK(mixed.share(**french) == Approx(mixed.share(data("fr"))));
  CHECK(mixed.share(**english) > 0.2);
  const lang::Lead by_bits = lang::lead(mixed, **english, **french);
  const lang::Lead by_words = lang::lead(mixed, data("en"), data("fr"));
  CHECK(by_bits.a_only == by_words.a_only);
  CHECK(by_bits.b_only == by_words.b_only);
  CHECK(by_bits.a_only > by_bits.b_only);
  CHECK(lang::gather("", candidates()).words == 0);
  CHECK(lang::gather("", candidates()).share(data("en")) == 0);
}

TEST_CASE("a lead counts the words of one list that are not in the other", "[lang]") {
  // "la" and "de" are French, and German or Spanish words too in some lists; "le", "et", "les"
  // are only French, "the" and "of" only English.
  const lang::Evidence e = evidence("le chat et les chiens de la ville, the end of it");
  const lang::Lead l = lang::lead(e, data("fr"), data("en"));
  CHECK(l.a_only >= 3);
  CHECK(l.b_only >= 2);
  CHECK(l.ratio() == Approx(static_cast<double>(l.a_only) / l.b_only));
  CHECK(l.z() == Approx((l.a_only - l.b_only) / std::sqrt(double(l.a_only + l.b_only))));
  const lang::Lead none;
  CHECK(none.z() == 0);
  CHECK(none.ratio() == 0);
  lang::Lead clear;
  clear.a_only = 12;
  clear.b_only = 1;
  CHECK(clear.clear());
  CHECK(clear.doubtful());
  clear.b_only = 7;  // 12 against 7: not twice as many
  CHECK_FALSE(clear.clear());
}

TEST_CASE("each language with function words is recognised and fits its declaration",
          "[lang]") {
  for (const LanguageSample& sample : known_samples()) {
    CAPTURE(sample.code);
    const lang::Evidence e = evidence(sample.text);
    const bool has_words = !data(sample.code).function_words.empty();
    if (has_words) {
      const lang::Identification id = lang::identify(e);
      CHECK(id.code == sample.code);
      CHECK(id.share >= lang::limits::kMinShare);
      CHECK(id.margin.clear());
    }
    // Declared rightly: fits, whole or cut to its first line.
    CHECK(judge(sample, sample.code).verdict == Verdict::fits);
    CHECK(lang::judge(evidence(lines(sample.text, 1)), data(sample.code), 1).verdict ==
          Verdict::fits);
  }
}

TEST_CASE("a text declared in another known language is that language, clearly from three "
          "sentences",
          "[lang]") {
  for (const LanguageSample& sample : known_samples()) {
    if (data(sample.code).function_words.empty()) continue;
    for (const lang::LanguageData& declared : known()) {
      if (declared.code == sample.code) continue;
      CAPTURE(sample.code, declared.code);
      const lang::Judgement j = judge(sample, declared.code);
      CHECK(j.verdict == Verdict::other);
      CHECK(j.code == sample.code);
      CHECK(j.reads_as == lang::display_name(sample.code));
      // Two sentences are too few to be sure: at most doubtful.
      CHECK(lang::judge(evidence(lines(sample.text, 2)), declared, 2).verdict != Verdict::other);
    }
  }
}

TEST_CASE("a text in another script is told by its script", "[lang]") {
  const lang::Judgement greek = judge(wirealign::testing::greek_sample(), "fr");
  CHECK(greek.verdict == Verdict::other);
  CHECK(greek.script == "Grek");
  CHECK(greek.code.empty());
  CHECK(greek.reads_as == "Greek script");
  const lang::Judgement chinese = judge(wirealign::testing::chinese_sample(), "en");
  CHECK(chinese.verdict == Verdict::other);
  CHECK(chinese.script == "Hani");
  CHECK(chinese.reads_as == "Han script");
  // Russian declared English: Cyrillic, and Russian when wirealign has its function words.
  const LanguageSample& russian = known_samples().back();
  REQUIRE(russian.code == "ru");
  const lang::Judgement ru = judge(russian, "en");
  CHECK(ru.verdict == Verdict::other);
  CHECK(ru.script == "Cyrl");
  CHECK(ru.reads_as == (data("ru").function_words.empty() ? "Cyrillic script" : "Russian"));
  // Short: doubtful.
  CHECK(lang::judge(evidence(lines(wirealign::testing::greek_sample().text, 2)), data("fr"), 2)
            .verdict == Verdict::doubtful);
  // Declared in the language's own scripts: fits (Chinese and Greek have no function words).
  CHECK(judge(wirealign::testing::chinese_sample(), "zh").verdict == Verdict::fits);
  CHECK(judge(wirealign::testing::chinese_sample(), "ja").verdict == Verdict::fits);
  CHECK(judge(wirealign::testing::greek_sample(), "el").verdict == Verdict::fits);
  // A language without function words never stops: Greek declared Swedish is doubtful.
  const lang::Judgement sv = judge(wirealign::testing::greek_sample(), "sv");
  CHECK(sv.verdict == Verdict::doubtful);
  CHECK(sv.declared_unknown);
}

TEST_CASE("a Latin text in a language wirealign does not know", "[lang]") {
  const LanguageSample& swedish = wirealign::testing::swedish_sample();
  // Declared French: not French, nor any language wirealign knows.
  const lang::Judgement j = judge(swedish, "fr", 6);
  CHECK(j.verdict == Verdict::other);
  CHECK(j.code.empty());
  CHECK(j.script.empty());
  CHECK(j.reads_as.empty());
  // Three lines (fewer than a hundred words): doubtful.
  CHECK(lang::judge(evidence(lines(swedish.text, 3)), data("fr"), 3).verdict ==
        Verdict::doubtful);
  // Declared as itself: wirealign has no data to compare with, and nothing to say.
  CHECK(judge(swedish, "sv", 6).verdict == Verdict::fits);
}

TEST_CASE("a known language declared as one without function words is a notice at most",
          "[lang]") {
  const LanguageSample& french = known_samples()[1];
  REQUIRE(french.code == "fr");
  const lang::Judgement j = judge(french, "sv");
  CHECK(j.verdict == Verdict::doubtful);
  CHECK(j.declared_unknown);
  CHECK(j.code == "fr");
  // Short: nothing.
  CHECK(lang::judge(evidence(lines(french.text, 1)), data("sv"), 1).verdict == Verdict::fits);
}

TEST_CASE("scripts of languages and their names come from ICU", "[lang]") {
  CHECK(lang::script_codes("en") == std::vector<std::string>{"Latn"});
  CHECK(lang::script_codes("ru") == std::vector<std::string>{"Cyrl"});
  const std::vector<std::string> ja = lang::script_codes("ja");
  CHECK(std::find(ja.begin(), ja.end(), "Hira") != ja.end());
  CHECK(std::find(ja.begin(), ja.end(), "Hani") != ja.end());
  CHECK(lang::script_codes("xx").empty());
  CHECK(lang::script_name("Cyrl") == "Cyrillic");
  CHECK(lang::script_name("Grek") == "Greek");
  CHECK(lang::script_name("Zzzz_nonsense") == "Zzzz_nonsense");
}
