// Tests of typography: French spacing around punctuation.
#include <catch2/catch.hpp>

#include "support/checked_pair.h"
#include "wirealign/check/checks.h"
#include "wirealign/core/utf8.h"

namespace {

using namespace wirealign;

std::vector<Finding> run(const std::string& tgt) {
  std::string src;
  for (char c : tgt)
    if (c == '\n') src += "A sentence of the original.\n";
  const testing::CheckedPair pair(src, tgt);
  return check::make_typography(pair.setup())->run(*pair.context);
}

}  // namespace

TEST_CASE("a missing space before a question mark or a colon", "[check]") {
  const auto findings =
      run("Vous pensez que vos amis seraient intéressés?\nLe livre Superpowers: un succès.\n");
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].severity == Severity::info);
  CHECK(findings[0].message.find("intéressés?") != std::string::npos);
  CHECK(findings[1].tgt_sentences == std::vector<std::uint32_t>{1});
}

TEST_CASE("no-break spaces, clock times and web addresses pass", "[check]") {
  CHECK(run("Vous pensez\u202F? Il est arrivé à 12:30.\nLisez https://example.org/a?b=c\u00A0: "
            "merci\u00A0!\n"
            "«\u00A0Oui\u00A0», dit-il\u00A0; «\u00A0non\u00A0».\n")
            .empty());
}

TEST_CASE("ordinary spaces count only where the text uses no-break ones elsewhere", "[check]") {
  CHECK(run("Vous pensez ? Partagez !\n« Oui », dit-il.\n").empty());
  const auto findings = run("Vous pensez\u202F? Partagez !\n");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message.find("ordinary space before !") != std::string::npos);
}

TEST_CASE("the quoted word is cut between characters, never inside one", "[check]") {
  // 30 bytes before the mark fall inside a "€" (three bytes).
  std::string word;
  for (int i = 0; i < 20; ++i) word += "€";
  const auto findings = run("Le prix est " + word + "é?\n");
  REQUIRE(findings.size() == 1);
  CHECK_FALSE(utf8::find_invalid(findings[0].message));
}

TEST_CASE("a sentence with many marks quotes three and counts the rest", "[check]") {
  const auto findings = run("Quoi?Quoi?Quoi?Quoi?Quoi?Quoi?\n");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].tgt_spans.size() == 6);
  CHECK(findings[0].message.find("; and 3 more") != std::string::npos);
}
