// Tests of quote-style: quotation marks or apostrophes of a second kind in one translation.
#include <catch2/catch.hpp>

#include "support/checked_pair.h"
#include "wirealign/check/checks.h"

namespace {

using namespace wirealign;

std::vector<Finding> run(const std::string& src, const std::string& tgt) {
  const testing::CheckedPair pair(src, tgt);
  return check::make_quote_style(pair.setup())->run(*pair.context);
}

const std::string kSource =
    "\"We have seen the outposts,\" Sidorov said.\n"
    "\"We must keep our powder dry,\" he said.\n"
    "\"We did not go to Afghanistan to nation-build,\" Biden said.\n";

}  // namespace

TEST_CASE("straight quotes in a text that quotes with guillemets: one finding", "[check]") {
  const auto findings = run(kSource,
                            "« Nous avons vu les avant-postes », dit Sidorov.\n"
                            "\"Nous devons garder notre poudre sèche\", a-t-il dit.\n"
                            "\"Nous ne sommes pas allés en Afghanistan\", a déclaré Biden.\n");
  REQUIRE(findings.size() == 1);
  const Finding& f = findings[0];
  CHECK(f.kind == "quote-style");
  CHECK(f.severity == Severity::warning);
  CHECK(f.tgt_sentences == std::vector<std::uint32_t>{1, 2});
  CHECK(f.tgt_spans.size() == 4);  // both marks of both quotations
  CHECK(f.message.find("« »") != std::string::npos);
}

TEST_CASE("straight quotes nested in guillemets are the inner level, not a mix", "[check]") {
  CHECK(run(kSource,
            "« Il a répondu : \"Nous avons vu les avant-postes\" », dit Sidorov.\n"
            "« Nous devons garder notre poudre sèche », a-t-il dit.\n"
            "« Nous ne sommes pas allés en Afghanistan », a déclaré Biden.\n")
            .empty());
}

TEST_CASE("a few straight apostrophes among typographic ones: one info finding", "[check]") {
  const auto findings = run(kSource,
                            "« Nous avons vu l’avant-poste d’en face », dit Sidorov.\n"
                            "« Nous devons garder notre poudre sèche », a-t-il dit.\n"
                            "« Nous ne sommes pas allés en Afghanistan pour l'État », a déclaré "
                            "Biden.\n");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].severity == Severity::info);
  CHECK(findings[0].tgt_sentences == std::vector<std::uint32_t>{2});
  CHECK(findings[0].message.find("l'État") != std::string::npos);
}
