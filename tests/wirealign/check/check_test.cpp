// Tests of the check framework: selection lists, ignore files, fingerprints and the check table.
#include "wirealign/check/check.h"

#include <catch2/catch.hpp>
#include <set>

#include "support/checked_pair.h"
#include "support/temp_path.h"
#include "wirealign/core/error.h"

namespace {

using namespace wirealign;

TEST_CASE("check lists split on commas and keep their signs", "[check]") {
  CHECK(check::parse_check_list("all, -typography,+calque,,") ==
        std::vector<std::string>{"all", "-typography", "+calque"});
  CHECK(check::parse_check_list("").empty());
}

TEST_CASE("an unknown check kind is a configuration error naming it", "[check]") {
  check::CheckOptions options;
  options.selection = {"-no-such-check"};
  try {
    options.validate();
    FAIL("no error");
  } catch (const ConfigError& e) {
    CHECK(std::string(e.what()).find("'no-such-check'") != std::string::npos);
  }
}

TEST_CASE("the check table has unique kinds, each with a description", "[check]") {
  std::set<std::string> kinds;
  for (const check::CheckInfo& info : check::registry()) {
    CHECK(kinds.insert(std::string(info.kind)).second);
    CHECK(!info.description.empty());
    CHECK(info.make != nullptr);
  }
}

TEST_CASE("ignore files give the first word of each line, without comments", "[check]") {
  testing::TempPath file;
  file.write("# reviewed on Monday\n0123456789abcdef  CSTO is the agency's own style\n\n"
             "  fedcba9876543210\r\n");
  CHECK(check::read_ignore_file(file.path()) ==
        std::set<std::string>{"0123456789abcdef", "fedcba9876543210"});
  testing::TempPath missing;
  CHECK_THROWS_AS(check::read_ignore_file(missing.path()), InputError);
}

TEST_CASE("fingerprints follow the text, not the position", "[check]") {
  const testing::CheckedPair a("One.\nThe CSTO met.\n", "Un.\nLa CSTO s'est réunie.\n");
  const testing::CheckedPair b("Zero.\nOne.\nThe CSTO met.\n",
                               "Zéro.\nUn.\nLa CSTO s'est réunie.\n");
  auto finding = [](const testing::CheckedPair& p, std::uint32_t i) {
    Finding f;
    f.kind = "untranslated-acronym";
    f.src_sentences = {i};
    f.tgt_sentences = {i};
    const Span s = p.tgt.sentences[i].span;
    f.tgt_spans = {{s.begin + 3, s.begin + 7}};  // "CSTO"
    return f;
  };
  const std::string fa = check::fingerprint(finding(a, 1), *a.context);
  CHECK(fa.size() == 16);
  CHECK(fa == check::fingerprint(finding(b, 2), *b.context));
  Finding other = finding(a, 1);
  other.kind = "name-mismatch";
  CHECK(check::fingerprint(other, *a.context) != fa);
  Finding whole = finding(a, 1);
  whole.tgt_spans.clear();
  CHECK(check::fingerprint(whole, *a.context) != fa);
}

TEST_CASE("the context knows the block of every sentence", "[check]") {
  const testing::CheckedPair p("The CSTO met in Moscow.\nRussia sent 1,500 troops.\n",
                               "L'OTSC s'est réunie à Moscou.\nLa Russie a envoyé 1 500 soldats.\n");
  REQUIRE(p.context->src_bead.size() == 2);
  REQUIRE(p.context->tgt_bead.size() == 2);
  for (std::uint32_t i = 0; i < 2; ++i) {
    const Bead& b = p.alignment.beads[p.context->src_bead[i]];
    CHECK((b.src_begin <= i && i < b.src_end));
    const Bead& t = p.alignment.beads[p.context->tgt_bead[i]];
    CHECK((t.tgt_begin <= i && i < t.tgt_end));
  }
}

}  // namespace
