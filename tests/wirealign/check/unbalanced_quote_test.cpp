// Tests of unbalanced-quote: target quotations never closed, closing marks never opened.
#include <catch2/catch.hpp>

#include "support/checked_pair.h"
#include "wirealign/check/checks.h"

namespace {

using namespace wirealign;

std::vector<Finding> run(const std::string& src, const std::string& tgt, bool segmented = false) {
  const testing::CheckedPair pair(src, tgt, segmented);
  return check::make_unbalanced_quote(pair.setup())->run(*pair.context);
}

const std::string kSource =
    "\"We have seen the Taliban's outposts,\" Sidorov said. \"They are not hiding at all. It "
    "seems the situation is quite peaceful.\"\n\n"
    "Sidorov said he was confident.\n";

}  // namespace

TEST_CASE("a guillemet never closed before the paragraph ends", "[check]") {
  const auto findings = run(kSource,
                            "« Nous avons vu les avant-postes des talibans », dit Sidorov. « Ils "
                            "ne se cachent pas du tout. Il semble que la situation soit assez "
                            "paisible.\n\nSidorov s'est dit convaincu.\n");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].kind == "unbalanced-quote");
  CHECK(findings[0].severity == Severity::warning);
  CHECK(findings[0].tgt_sentences == std::vector<std::uint32_t>{1});
  CHECK(findings[0].message.find("« Ils ne se cachent pas du tout.") != std::string::npos);
  CHECK(findings[0].suggestion.find("»") != std::string::npos);
}

TEST_CASE("balanced guillemets and a quotation continued on the next paragraph pass", "[check]") {
  CHECK(run(kSource,
            "« Nous avons vu les avant-postes des talibans », dit Sidorov. « Ils ne se cachent "
            "pas du tout. Il semble que la situation soit assez paisible. »\n\n"
            "Sidorov s'est dit convaincu.\n")
            .empty());
  CHECK(run("\"We are here.\n\n\"We will stay,\" he said.\n",
            "« Nous sommes là.\n\n« Nous resterons », a-t-il dit.\n")
            .empty());
}

TEST_CASE("a closing guillemet never opened", "[check]") {
  const auto findings = run("\"We will stay,\" he said.\n", "Nous resterons », a-t-il dit.\n");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message.find("closing »") != std::string::npos);
}

TEST_CASE("an imbalance copied from the source is left alone", "[check]") {
  CHECK(run("\"We will stay, he said.\n", "« Nous resterons, a-t-il dit.\n").empty());
}

TEST_CASE("marks of mixed kinds, as many as the source's, are no imbalance", "[check]") {
  // The translation closes "“catalizzatore" with a straight mark and the next speech, opened
  // with one, with ”: quote-style's business. One mark fewer than the source is reported.
  const std::string src =
      "He spoke to the farmers.\nBlood can act as a \"trigger.\"\n\"They're just playful.\n"
      "They are curious.\nYou have to respect them,\" he said.\nThe end.\n";
  CHECK(run(src,
            "Il a parlé aux fermiers.\nLe sang peut agir comme un “déclencheur.\"\n\"Ils sont "
            "joueurs.\nIls sont curieux.\nIl faut les respecter”, a-t-il dit.\nFin.\n",
            true)
            .empty());
  CHECK_FALSE(run(src,
                  "Il a parlé aux fermiers.\nLe sang peut agir comme un “déclencheur.\n\"Ils "
                  "sont joueurs.\nIls sont curieux.\nIl faut les respecter”, a-t-il dit.\n"
                  "Fin.\n",
                  true)
                  .empty());
}

TEST_CASE("a German closing mark never opened is named as written", "[check]") {
  const testing::CheckedPair pair("He said it.\nAnd I see nothing new.\n",
                                  "Er sagte es.\nUnd ich sehe nichts Neues.“\n", true, "en", "de");
  const auto findings = check::make_unbalanced_quote(pair.setup())->run(*pair.context);
  REQUIRE(findings.size() == 1);
  CHECK_THAT(findings[0].message,
             Catch::Matchers::StartsWith("closing \u201C with no opening \u201E"));
}
