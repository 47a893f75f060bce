// Tests of the block cost model: keys per word form, masks of shared keys, and costs computed
// row by row during a search equal to those computed directly.
#include "wirealign/align/scorer.h"

#include <catch2/catch.hpp>

#include "wirealign/read/read.h"
#include "wirealign/segment/segment.h"

namespace {

using namespace wirealign;
using namespace wirealign::align;

struct Docs {
  lang::LanguageData en = lang::load(WIREALIGN_TEST_DATA_DIR, "en");
  lang::LanguageData fr = lang::load(WIREALIGN_TEST_DATA_DIR, "fr");
  annotate::Annotator en_annotator{en}, fr_annotator{fr};
  Document src, tgt;
  annotate::Annotated src_tokens, tgt_tokens;

  Docs(const std::string& s, const std::string& t) {
    segment::SegmentOptions seg;
    seg.presegmented = true;
    src = segment::segment(read::decode(s, "src", {}), en, seg);
    tgt = segment::segment(read::decode(t, "tgt", {}), fr, seg);
    src_tokens = en_annotator.annotate(src);
    tgt_tokens = fr_annotator.annotate(tgt);
  }
};

const std::string kEnglish =
    "The CSTO held exercises in Tajikistan on Monday.\n"
    "About 1,500 soldiers from Russia and Kazakhstan took part.\n"
    "President Emomali Rahmon watched the manoeuvres near Dushanbe.\n"
    "The Taliban control most of the border, the officials said.\n"
    "Officials said the drills would continue until September 11.\n"
    "Subscribe to our newsletter.\n";
const std::string kFrench =
    "L'OTSC a organisé des exercices au Tadjikistan lundi, avec environ 1 500 soldats.\n"
    "Ils venaient de Russie et du Kazakhstan.\n"
    "Le président Emomali Rahmon a observé les manœuvres près de Douchanbé.\n"
    "Les talibans contrôlent l'essentiel de la frontière.\n"
    "Les responsables ont indiqué que les manœuvres dureraient jusqu'au 11 septembre.\n";

}  // namespace

TEST_CASE("A word form's keys are stored once for all its tokens", "[align]") {
  Docs d("The cat saw the other cat.\n", "Le chat.\n");
  AlignOptions o;
  KeySpace space;
  SideKeys src = index_side({d.src, d.src_tokens});
  assign_keys(src, true, nullptr, nullptr, nullptr, o, space);
  REQUIRE(src.tokens.size() == 6);
  CHECK(src.forms.size() == 4);  // the (twice), cat (twice), saw, other
  CHECK(src.tokens[0] == src.tokens[3]);
  CHECK(src.tokens[1] == src.tokens[5]);
  CHECK(src.form_class[src.tokens[0]] == kLight);  // a function word
  CHECK(src.form_class[src.tokens[1]] == kHeavy);
  CHECK(src.sentences[0].total == Approx(4 * 1.0 + 2 * 0.15));
  CHECK(src.chars.back() == 26);
}

TEST_CASE("Shared keys mark the covered tokens of both sentences", "[align]") {
  Docs d("Dushanbe hosted 1,500 soldiers.\n", "Douchanbé a accueilli 1 500 soldats.\n");
  AlignOptions o;
  o.use_cognates = false;
  KeySpace space;
  SideKeys src = index_side({d.src, d.src_tokens}), tgt = index_side({d.tgt, d.tgt_tokens});
  assign_keys(tgt, false, nullptr, nullptr, nullptr, o, space);
  Bilingual lexicon;
  lexicon.add("soldier", "soldat");
  assign_keys(src, true, &lexicon, nullptr, nullptr, o, space);
  KeyMasks row;
  row.build(src, src.sentences[0]);
  const PairMasks m = shared(row, tgt, tgt.sentences[0]);
  // Source: Dushanbe hosted 1,500 soldiers; target: Douchanbé a accueilli 1 500 soldats. The
  // name by its name key (sh and ch are one), the number, the translated word.
  CHECK(m.src == 0b1101);
  CHECK(m.tgt == 0b11001);
  o.use_cognates = true;  // "dusha" and "douch" still differ
  assign_keys(src, true, &lexicon, nullptr, nullptr, o, space);
  assign_keys(tgt, false, nullptr, nullptr, nullptr, o, space);
  row.build(src, src.sentences[0]);
  CHECK(shared(row, tgt, tgt.sentences[0]).src == 0b1101);
  CHECK(weight_of(src, src.sentences[0], 0b1100) == Approx(2.0));
}

TEST_CASE("Names and cognates meet across scripts", "[align]") {
  const lang::LanguageData en = lang::load(WIREALIGN_TEST_DATA_DIR, "en");
  const lang::LanguageData ru = lang::load(WIREALIGN_TEST_DATA_DIR, "ru");
  segment::SegmentOptions seg;
  seg.presegmented = true;
  const Document src =
      segment::segment(read::decode("Trump met the minister.\n", "src", {}), en, seg);
  const Document tgt =
      segment::segment(read::decode("Трамп встретился с министром.\n", "tgt", {}), ru, seg);
  const annotate::Annotated src_tokens = annotate::Annotator(en).annotate(src);
  const annotate::Annotated tgt_tokens = annotate::Annotator(ru).annotate(tgt);
  AlignOptions o;
  KeySpace space;
  SideKeys s = index_side({src, src_tokens}), t = index_side({tgt, tgt_tokens});
  assign_keys(t, false, nullptr, nullptr, nullptr, o, space);
  assign_keys(s, true, nullptr, nullptr, nullptr, o, space);
  KeyMasks row;
  row.build(s, s.sentences[0]);
  // Trump / Трамп by their name key, minister / министром by the cognate key of "ministrom".
  CHECK(shared(row, t, t.sentences[0]).src == 0b1001);
  CHECK(shared(row, t, t.sentences[0]).tgt == 0b1001);
}

TEST_CASE("Keys added to a source side are those assigned with the learned table", "[align]") {
  Docs d(kEnglish, kFrench);
  AlignOptions o;
  KeySpace a_space, b_space;
  SideKeys a = index_side({d.src, d.src_tokens}), b = index_side({d.src, d.src_tokens});
  // A learned table for some content words, numbers and function words of the source.
  Learned learned;
  for (std::size_t f = 0; f < a.forms.size(); f += 3)
    learned[std::string(a.forms[f]->stem())] = {"x" + std::to_string(f), "shared"};
  std::vector<std::vector<std::string>> extra(a.forms.size());
  extra[1] = {"upiece"};
  // Both sides numbered in the same order: first without the table, then with it.
  assign_keys(a, true, nullptr, nullptr, nullptr, o, a_space);
  assign_keys(a, true, nullptr, &learned, &extra, o, a_space);
  assign_keys(b, true, nullptr, nullptr, nullptr, o, b_space);
  const std::size_t before = b.keys.size();
  add_keys(b, &learned, &extra, b_space);
  CHECK(b.keys.size() > before);
  CHECK(a.form_begin == b.form_begin);
  CHECK(a.keys == b.keys);
  CHECK(a_space.size() == b_space.size());
}

TEST_CASE("Costs computed row by row equal costs computed directly", "[align]") {
  Docs d(kEnglish, kFrench);
  AlignOptions o;
  KeySpace space;
  SideKeys src = index_side({d.src, d.src_tokens}), tgt = index_side({d.tgt, d.tgt_tokens});
  assign_keys(tgt, false, nullptr, nullptr, nullptr, o, space);
  assign_keys(src, true, nullptr, nullptr, nullptr, o, space);
  const Scorer scorer(src, tgt, o);
  const auto n = static_cast<std::uint32_t>(d.src.sentences.size());
  const auto m = static_cast<std::uint32_t>(d.tgt.sentences.size());
  REQUIRE(n == 6);
  REQUIRE(m == 5);
  // Direct costs of every block of every type first (no pass prepared)...
  auto direct = [&](std::uint32_t i0, std::uint32_t i1, std::uint32_t j0, std::uint32_t j1) {
    return scorer.uncovered(i0, i1, j0, j1) + o.length_weight * scorer.length(i0, i1, j0, j1) +
           scorer.size_cost(i1 - i0 + j1 - j0);
  };
  // ...then the same blocks through a pass over a band of half-width 1 around the diagonal, and
  // over the whole matrix.
  for (std::uint32_t w : {1u, 100u}) {
    std::vector<std::uint32_t> lo(n + 1), hi(n + 1);
    for (std::uint32_t i = 0; i <= n; ++i) {
      lo[i] = i > w ? i - w : 0;
      hi[i] = std::min(m, i + w);
    }
    scorer.prepare(lo, hi);
    int compared = 0;
    for (std::uint32_t i = 0; i <= n; ++i) {
      scorer.enter_row(i);
      for (std::uint32_t j = lo[i]; j <= hi[i]; ++j)
        for (const BeadType& t : o.bead_types) {
          if (t.src == 0 || t.tgt == 0 || t.src > i || t.tgt > j) continue;
          INFO("band " << w << ", block ending at " << i << "," << j << ", type " << int(t.src)
                       << "-" << int(t.tgt));
          CHECK(scorer.cost(i - t.src, i, j - t.tgt, j) == direct(i - t.src, i, j - t.tgt, j));
          ++compared;
        }
    }
    CHECK(compared > (w == 1 ? 20 : 100));
  }
  // cost_below() gives the cost when it is below the limit, and something not below otherwise.
  const double c = scorer.cost(2, 4, 2, 3);
  CHECK(scorer.cost_below(2, 4, 2, 3, c + 0.01) == c);
  CHECK(scorer.cost_below(2, 4, 2, 3, 0.0) >= 0.0);
  CHECK(scorer.cost_below(2, 4, 2, 3, c / 2) >= c / 2);
  // The masks kept by the passes, and a reader of them on another scorer, give the values of a
  // scorer that kept none, along rows and along columns.
  const Scorer fresh(src, tgt, o);
  const Scorer reader = scorer.reader();
  for (std::uint32_t j = 0; j < m; ++j)
    for (std::uint32_t i = 0; i < n; ++i)
      for (std::uint32_t b = 1; b <= 2 && j + b <= m; ++b) {
        INFO("source " << i << ", target " << j << " to " << j + b);
        CHECK(scorer.uncovered(i, i + 1, j, j + b) == fresh.uncovered(i, i + 1, j, j + b));
        CHECK(reader.uncovered(i, i + 1, j, j + b) == fresh.uncovered(i, i + 1, j, j + b));
        CHECK(reader.similarity(i, i + 1, j, j + b) == fresh.similarity(i, i + 1, j, j + b));
      }
  // A faithful pair costs less than a wrong one.
  CHECK(scorer.cost(2, 3, 2, 3) < scorer.cost(2, 3, 3, 4));
  CHECK(scorer.z(2, 3, 2, 3) > scorer.z(2, 3, 3, 4) + 0.2);
}
