// Tests of the rules that check the texts of a pair against their declared languages: each rule,
// its stop or notice, and the messages.
#include "wirealign/pipeline/languages.h"

#include <catch2/catch.hpp>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "support/language_samples.h"
#include "wirealign/read/read.h"
#include "wirealign/segment/segment.h"

namespace {

using namespace wirealign;
using Catch::Matchers::Contains;
using testing::known_samples;

const std::filesystem::path kDataDir = WIREALIGN_TEST_DATA_DIR;

const std::vector<const lang::LanguageData*>& known() {
  static const std::vector<lang::LanguageData> languages = lang::known_languages(kDataDir);
  static const std::vector<const lang::LanguageData*> pointers = lang::pointers(languages);
  return pointers;
}

const lang::LanguageData& language(const std::string& code) {
  static std::map<std::string, lang::LanguageData> loaded;
  auto it = loaded.find(code);
  if (it == loaded.end()) it = loaded.emplace(code, lang::load(kDataDir, code)).first;
  return it->second;
}

// `text` read as the file `name` and segmented in language `code`.
Document document(const std::string& text, const std::string& name, const std::string& code) {
  return segment::Segmenter(language(code), {}).segment(read::decode(text, name, {}));
}

const std::string& sample(const std::string& code) {
  for (const auto& s : known_samples())
    if (s.code == code) return s.text;
  FAIL("no sample for " << code);
  throw;
}

// The sentences of `text` (one a line) in the reverse order: another text, in the same language.
std::string reversed(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1)
    lines.push_back(text.substr(start, end - start + 1));
  std::string out;
  for (auto it = lines.rbegin(); it != lines.rend(); ++it) out += *it;
  return out;
}

std::string first_line(const std::string& text) { return text.substr(0, text.find('\n') + 1); }

pipeline::LanguageCheck check(const std::string& src, const std::string& src_name,
                              const std::string& src_lang, const std::string& tgt,
                              const std::string& tgt_name, const std::string& tgt_lang,
                              bool untranslated_reported = true) {
  return pipeline::check_languages(document(src, src_name, src_lang),
                                   document(tgt, tgt_name, tgt_lang), language(src_lang),
                                   language(tgt_lang), known(), untranslated_reported);
}

std::vector<std::string> kinds(const pipeline::LanguageCheck& c) {
  std::vector<std::string> out;
  for (const Notice& n : c.notices) out.push_back(n.kind);
  return out;
}

}  // namespace

TEST_CASE("a pair in its declared languages goes on without a word", "[pipeline]") {
  for (const auto& s : known_samples()) {
    if (s.code == "en") continue;
    CAPTURE(s.code);
    const auto c = check(sample("en"), "en.txt", "en", s.text, "tgt.txt", s.code);
    CHECK(c.stops.empty());
    CHECK(c.notices.empty());
    // One line each: the same.
    const auto short_pair =
        check(first_line(sample("en")), "en.txt", "en", first_line(s.text), "tgt.txt", s.code);
    CHECK(short_pair.stops.empty());
    CHECK(short_pair.notices.empty());
  }
}

TEST_CASE("rule 1: the same text on both sides is a notice", "[pipeline]") {
  const auto c = check(sample("en"), "a.txt", "en", sample("en"), "b.txt", "fr");
  CHECK(c.stops.empty());
  CHECK(kinds(c) == std::vector<std::string>{"same-text"});
  CHECK(c.notices[0].message == "a.txt and b.txt are the same text: give the original and its "
                                "translation");
}

TEST_CASE("rule 2: swapped files stop the run; swapped lines are a notice", "[pipeline]") {
  const auto c = check(sample("fr"), "fr.txt", "en", sample("en"), "en.txt", "fr");
  REQUIRE(c.stops.size() == 1);
  CHECK(c.message() ==
        "fr.txt reads as French and en.txt as English: the files look swapped; give the original "
        "first, or --force-lang");
  CHECK(kinds(c) == std::vector<std::string>{"languages-reversed"});
  CHECK(c.notices[0].message ==
        "fr.txt reads as French and en.txt as English: the files look swapped; going on as "
        "English to French (--force-lang)");
  // German and English the wrong way round too.
  CHECK_FALSE(check(sample("en"), "en.txt", "de", sample("de"), "de.txt", "en").stops.empty());
  // One long side is enough when the other leans the same way.
  CHECK_FALSE(
      check(sample("fr"), "fr.txt", "en", first_line(sample("en")), "en.txt", "fr").stops.empty());
  // One line each: a notice.
  const auto short_pair =
      check(first_line(sample("fr")), "fr.txt", "en", first_line(sample("en")), "en.txt", "fr");
  CHECK(short_pair.stops.empty());
  CHECK(kinds(short_pair) == std::vector<std::string>{"languages-reversed"});
  CHECK_THAT(short_pair.notices[0].message,
             Contains("are the files swapped?") && Contains("--src-lang fr --tgt-lang en"));
}

TEST_CASE("rule 3: a target in the source language goes on, for the untranslated check",
          "[pipeline]") {
  const std::string english = reversed(sample("en"));
  const auto c = check(sample("en"), "en.txt", "en", english, "fr.txt", "fr");
  CHECK(c.stops.empty());
  CHECK(c.notices.empty());
  // Without the untranslated check, a notice says so.
  const auto unchecked = check(sample("en"), "en.txt", "en", english, "fr.txt", "fr", false);
  CHECK(unchecked.stops.empty());
  REQUIRE(kinds(unchecked) == std::vector<std::string>{"language-mismatch"});
  CHECK(unchecked.notices[0].subject == "fr.txt");
  CHECK(unchecked.notices[0].message ==
        "fr.txt reads as English, the language of en.txt, not French: is it the translation?");
}

TEST_CASE("rule 4: a side clearly in another language or script stops the run", "[pipeline]") {
  // A third language: the French file given as German.
  auto c = check(sample("en"), "en.txt", "en", sample("fr"), "fr.txt", "de");
  CHECK(c.message() == "fr.txt reads as French, not German: give --tgt-lang fr, or --force-lang");
  REQUIRE(kinds(c) == std::vector<std::string>{"language-mismatch"});
  CHECK(c.notices[0].subject == "fr.txt");
  CHECK(c.notices[0].message ==
        "fr.txt reads as French, not German; going on as German (--force-lang)");
  // The source in the target's language.
  c = check(reversed(sample("fr")), "src.txt", "en", sample("fr"), "fr.txt", "fr");
  CHECK(c.message() == "src.txt reads as French, not English: give --src-lang fr, or --force-lang");
  // Both sides wrong: both said.
  c = check(sample("de"), "de.txt", "en", sample("fr"), "fr.txt", "de");
  CHECK(c.stops.size() == 2);
  CHECK_THAT(c.message(), Contains("de.txt reads as German, not English") &&
                              Contains("; fr.txt reads as French, not German"));
  // Another script.
  c = check(sample("en"), "en.txt", "en", testing::greek_sample().text, "el.txt", "fr");
  CHECK(c.message() == "el.txt is written in Greek script, not in French: give --tgt-lang with "
                       "its language, or --force-lang");
  // No language wirealign knows.
  c = check(sample("en"), "en.txt", "en", testing::swedish_sample().text, "sv.txt", "fr");
  REQUIRE(c.stops.size() == 1);
  CHECK_THAT(c.message(),
             Contains("sv.txt does not read as French or any language wirealign knows (") &&
                 Contains("% of its words are French function words): give --tgt-lang with its "
                          "language, or --force-lang"));
}

TEST_CASE("rule 5: a short side in another language is a notice", "[pipeline]") {
  const auto c =
      check(sample("en"), "en.txt", "en", first_line(sample("fr")) + "Merci.\n", "fr.txt", "de");
  CHECK(c.stops.empty());
  REQUIRE(kinds(c) == std::vector<std::string>{"language-mismatch"});
  CHECK(c.notices[0].message == "fr.txt reads more like French than German: is it German? "
                                "(--tgt-lang)");
  const auto greek = check(sample("en"), "en.txt", "en", first_line(testing::greek_sample().text),
                           "el.txt", "fr");
  CHECK(greek.stops.empty());
  REQUIRE(kinds(greek) == std::vector<std::string>{"language-mismatch"});
  CHECK(greek.notices[0].message == "el.txt is mostly written in Greek script: is it French?");
}

TEST_CASE("rule 6: a declared language without function words never stops", "[pipeline]") {
  const auto c = check(sample("en"), "en.txt", "en", sample("fr"), "fr.txt", "sv");
  CHECK(c.stops.empty());
  REQUIRE(kinds(c) == std::vector<std::string>{"language-mismatch"});
  CHECK(c.notices[0].message ==
        "fr.txt reads as French; wirealign has no function words for Swedish to tell them apart");
  // Its own text: nothing.
  const auto own =
      check(sample("en"), "en.txt", "en", testing::swedish_sample().text, "sv.txt", "sv");
  CHECK(own.stops.empty());
  CHECK(own.notices.empty());
  // Another script: a notice.
  const auto greek =
      check(sample("en"), "en.txt", "en", testing::greek_sample().text, "el.txt", "sv");
  CHECK(greek.stops.empty());
  CHECK(kinds(greek) == std::vector<std::string>{"language-mismatch"});
}

TEST_CASE("one document: a notice whatever the evidence", "[pipeline]") {
  const std::optional<Notice> n = pipeline::check_language(
      document(sample("fr"), "fr.txt", "de"), language("de"), known(), "--lang");
  REQUIRE(n);
  CHECK(n->kind == "language-mismatch");
  CHECK(n->subject == "fr.txt");
  CHECK(n->message == "fr.txt reads as French, not German: give --lang fr");
  CHECK_FALSE(pipeline::check_language(document(sample("fr"), "fr.txt", "fr"), language("fr"),
                                       known(), "--lang"));
  const std::optional<Notice> short_one = pipeline::check_language(
      document(first_line(sample("fr")), "fr.txt", "de"), language("de"), known(), "--lang");
  REQUIRE(short_one);
  CHECK_THAT(short_one->message, Contains("reads more like French than German"));
}
