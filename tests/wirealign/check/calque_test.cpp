// Tests of calque: reporting clauses without inversion, false friends.
#include <catch2/catch.hpp>

#include "support/checked_pair.h"
#include "wirealign/check/checks.h"

namespace {

using namespace wirealign;

std::vector<Finding> run(const std::string& src, const std::string& tgt) {
  const testing::CheckedPair pair(src, tgt, true, "en", "fr", true);
  return check::make_calque(pair.setup())->run(*pair.context);
}

}  // namespace

TEST_CASE("a reporting clause in English order gets the inverted one", "[check]") {
  const std::string src =
      "\"There is no doubt the border guards will handle it,\" he said.\n"
      "\"We did not go to Afghanistan to nation-build,\" Biden said.\n"
      "\"We are ready,\" she says.\n";
  const auto findings = run(src,
                            "« Les gardes-frontières géreront la situation », il a dit.\n"
                            "\"Nous ne sommes pas allés en Afghanistan\", Biden a déclaré.\n"
                            "« Nous sommes prêts », elle déclare.\n");
  REQUIRE(findings.size() == 3);
  CHECK(findings[0].kind == "calque");
  CHECK(findings[0].message.find("», il a dit") != std::string::npos);
  CHECK(findings[0].suggestion.find("», a-t-il dit") != std::string::npos);
  CHECK(findings[1].suggestion.find("\", a déclaré Biden") != std::string::npos);
  CHECK(findings[2].suggestion.find("», déclare-t-elle") != std::string::npos);
}

TEST_CASE("inverted clauses and reported statements pass", "[check]") {
  const std::string src =
      "\"We are ready,\" he said.\n\"We are ready,\" Sidorov said.\n"
      "\"We are ready,\" the minister said.\n\"Ready,\" he said that day.\n";
  CHECK(run(src,
            "« Nous sommes prêts », a-t-il dit.\n« Nous sommes prêts », dit Sidorov.\n"
            "« Nous sommes prêts », a déclaré le ministre.\n"
            "« Prêts », il a dit que c'était le cas ce jour-là.\n")
            .empty());
}

TEST_CASE("a false friend in the aligned block", "[check]") {
  const auto findings = run("The minister actually resigned on Monday.\n",
                            "Le ministre a actuellement démissionné lundi.\n");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message.find("actuellement") != std::string::npos);
  CHECK(findings[0].suggestion.find("en fait") != std::string::npos);
  CHECK(findings[0].src_spans.size() == 1);
  CHECK(findings[0].tgt_spans.size() == 1);
}

TEST_CASE("the look-alike without the English word is no false friend", "[check]") {
  CHECK(run("The minister is currently in Paris.\n", "Le ministre est actuellement à Paris.\n")
            .empty());
}
