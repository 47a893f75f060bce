// Tests of the aligner on small document pairs: block types, unaligned sentences, the effect of
// each kind of evidence, and the block-type option.
#include "wirealign/align/aligner.h"

#include <catch2/catch.hpp>

#include "wirealign/core/error.h"
#include "wirealign/lexicon/freedict.h"
#include "wirealign/read/read.h"
#include "wirealign/segment/segment.h"
#include "wirealign/subword/subword.h"

namespace {

using namespace wirealign;

struct Pair {
  lang::LanguageData en = lang::load(WIREALIGN_TEST_DATA_DIR, "en");
  lang::LanguageData fr = lang::load(WIREALIGN_TEST_DATA_DIR, "fr");
  annotate::Annotator en_annotator{en}, fr_annotator{fr};
  std::vector<double> last_confidence;  // confidences of the blocks of the last align()

  // Aligns two texts given one sentence per line; returns the blocks as "i,j:k" strings.
  std::vector<std::string> align(const std::string& src, const std::string& tgt,
                                 align::AlignOptions options = {},
                                 const align::Bilingual& lexicon = {}) {
    segment::SegmentOptions seg;
    seg.presegmented = true;
    const Document s = segment::segment(read::decode(src, "src", {}), en, seg);
    const Document t = segment::segment(read::decode(tgt, "tgt", {}), fr, seg);
    const auto st = en_annotator.annotate(s);
    const auto tt = fr_annotator.annotate(t);
    const Alignment a = align::align({s, st}, {t, tt}, lexicon, options);
    std::vector<std::string> out;
    last_confidence.clear();
    for (const Bead& b : a.beads) {
      last_confidence.push_back(b.confidence);
      std::string x;
      for (auto i = b.src_begin; i < b.src_end; ++i) {
        if (i > b.src_begin) x += ',';
        x += std::to_string(i);
      }
      x += ':';
      for (auto j = b.tgt_begin; j < b.tgt_end; ++j) {
        if (j > b.tgt_begin) x += ',';
        x += std::to_string(j);
      }
      REQUIRE(b.confidence >= 0.0);
      REQUIRE(b.confidence <= 1.0);
      out.push_back(x);
    }
    return out;
  }
};

using V = std::vector<std::string>;

const std::string kEnglish =
    "The CSTO held exercises in Tajikistan on Monday.\n"
    "About 1,500 soldiers from Russia and Kazakhstan took part.\n"
    "President Emomali Rahmon watched the manoeuvres near Dushanbe.\n"
    "The Taliban control most of the border.\n"
    "Officials said the drills would continue until September 11.\n";

}  // namespace

TEST_CASE("Names, numbers and cognates align a faithful translation 1-1", "[align]") {
  Pair p;
  const std::string french =
      "L'OTSC a organisé des exercices au Tadjikistan lundi.\n"
      "Environ 1 500 soldats de Russie et du Kazakhstan y ont participé.\n"
      "Le président Emomali Rahmon a observé les manœuvres près de Douchanbé.\n"
      "Les talibans contrôlent l'essentiel de la frontière.\n"
      "Les responsables ont indiqué que les manœuvres dureraient jusqu'au 11 septembre.\n";
  CHECK(p.align(kEnglish, french) == V{"0:0", "1:1", "2:2", "3:3", "4:4"});
}

TEST_CASE("Merged, dropped and added sentences become 2-1, 1-0 and 0-1 blocks", "[align]") {
  Pair p;
  const std::string french =
      "L'OTSC a organisé des exercices au Tadjikistan lundi, avec environ 1 500 soldats de Russie "
      "et du Kazakhstan.\n"
      "Le président Emomali Rahmon a observé les manœuvres près de Douchanbé.\n"
      "Les responsables ont indiqué que les manœuvres dureraient jusqu'au 11 septembre.\n"
      "Abonnez-vous à notre lettre d'information gratuite pour ne rien manquer !\n";
  CHECK(p.align(kEnglish, french) == V{"0,1:0", "2:1", "3:", "4:2", ":3"});
}

TEST_CASE("An unrelated pair forced into a block has a low confidence", "[align]") {
  Pair p;
  // Sentence 3 was dropped and an unrelated line added in its place: monotone alignment pairs
  // them, and its confidence is the lowest of the document.
  const std::string french =
      "L'OTSC a organisé des exercices au Tadjikistan lundi.\n"
      "Environ 1 500 soldats de Russie et du Kazakhstan y ont participé.\n"
      "Le président Emomali Rahmon a observé les manœuvres près de Douchanbé.\n"
      "Abonnez-vous à notre lettre d'information gratuite pour ne rien manquer !\n"
      "Les responsables ont indiqué que les manœuvres dureraient jusqu'au 11 septembre.\n";
  const auto blocks = p.align(kEnglish, french);
  REQUIRE(blocks == V{"0:0", "1:1", "2:2", "3:3", "4:4"});
  for (int k : {0, 1, 2, 4}) CHECK(p.last_confidence[k] > p.last_confidence[3] + 0.05);
}

TEST_CASE("A split sentence becomes a 1-2 block", "[align]") {
  Pair p;
  const std::string french =
      "L'OTSC a organisé des exercices au Tadjikistan lundi.\n"
      "Environ 1 500 soldats y ont participé.\n"
      "Ils venaient de Russie et du Kazakhstan.\n"
      "Le président Emomali Rahmon a observé les manœuvres près de Douchanbé.\n"
      "Les talibans contrôlent l'essentiel de la frontière.\n"
      "Les responsables ont indiqué que les manœuvres dureraient jusqu'au 11 septembre.\n";
  CHECK(p.align(kEnglish, french) == V{"0:0", "1:1,2", "2:3", "3:4", "4:5"});
}

TEST_CASE("The dictionary supplies evidence that spelling cannot", "[align]") {
  Pair p;
  // Without shared names or numbers, only translations tie these sentences together.
  const std::string en = "The house is red.\nThe dog sleeps in the garden.\nMy brother likes cheese.\n";
  const std::string fr = "Mon frère aime le fromage.\nLa maison est rouge.\nLe chien dort dans le jardin.\n";
  align::Bilingual lexicon;
  for (auto [s, t] : std::vector<std::pair<std::string, std::string>>{
           {"hous", "maison"}, {"red", "roug"}, {"dog", "chien"}, {"sleep", "dort"},
           {"garden", "jardin"}, {"brother", "frer"}, {"like", "aim"}, {"chees", "fromag"}})
    lexicon.add(s, t);
  align::AlignOptions o;
  o.use_learned_table = false;
  // Monotone alignment: the first French sentence has no place before the others.
  CHECK(p.align(en, fr, o, lexicon) == V{":0", "0:1", "1:2", "2:"});
}

TEST_CASE("Block types can be restricted", "[align]") {
  Pair p;
  align::AlignOptions o;
  o.bead_types = align::parse_bead_types("0-1,1-0,1-1");
  const std::string french =
      "L'OTSC a organisé des exercices au Tadjikistan lundi, avec environ 1 500 soldats de Russie "
      "et du Kazakhstan.\n"
      "Le président Emomali Rahmon a observé les manœuvres près de Douchanbé.\n";
  const auto blocks = p.align(kEnglish, french, o);
  for (const auto& b : blocks) {
    const auto colon = b.find(':');
    CHECK(b.substr(0, colon).find(',') == std::string::npos);
    CHECK(b.substr(colon + 1).find(',') == std::string::npos);
  }
  CHECK(std::find(blocks.begin(), blocks.end(), "2:1") != blocks.end());
}

TEST_CASE("Block type lists are parsed and checked", "[align]") {
  const auto t = align::parse_bead_types("1-1,2-1,0-1,1-1");
  CHECK(t.size() == 3);
  CHECK(t[1] == align::BeadType{2, 1});
  CHECK_THROWS_WITH(align::parse_bead_types("1-1,5-1"), Catch::Contains("5-1"));
  CHECK_THROWS_AS(align::parse_bead_types("0-0"), ConfigError);
  align::AlignOptions o;
  o.bead_types = {{1, 0}, {0, 1}};
  CHECK_THROWS_AS(o.validate(), ConfigError);
  o.bead_types = {{1, 1}, {5, 1}};  // the cost model handles blocks of up to four a side
  CHECK_THROWS_AS(o.validate(), ConfigError);
  o.bead_types = {{1, 1}, {4, 1}};
  CHECK_NOTHROW(o.validate());
}

TEST_CASE("An empty side leaves every sentence unaligned", "[align]") {
  Pair p;
  // The reader refuses empty documents, so build one with no sentences directly.
  lang::LanguageData en = p.en;
  const Document s = segment::segment(read::decode("One.\nTwo.\n", "s", {}), en, {});
  Document t;
  t.lang = "fr";
  const auto st = p.en_annotator.annotate(s);
  const annotate::Annotated tt;
  const Alignment a = align::align({s, st}, {t, tt}, {}, {});
  REQUIRE(a.beads.size() == 2);
  CHECK(a.beads[0].tgt_size() == 0);
}

TEST_CASE("A headline printed twice leaves the copy unaligned", "[align]") {
  Pair p;
  const std::string en =
      "Taliban will not be allowed to stir up trouble in Tajikistan, top Russian general tells RT\n"
      "Tajikistan and its allies will repel any Taliban incursion, a Russian general told RT.\n";
  const std::string fr =
      "Les talibans ne pourront pas semer le trouble au Tadjikistan, dit à RT un général russe\n"
      "Les talibans ne pourront pas semer le trouble au Tadjikistan, dit à RT un général russe\n"
      "Le Tadjikistan et ses alliés repousseront toute incursion des talibans, a dit à RT un "
      "général russe.\n";
  CHECK(p.align(en, fr) == V{"0:0", ":1", "1:2"});
}

TEST_CASE("The banded search aligns a real pair as the exhaustive one does", "[align]") {
  // The example article pair (35 and 50 sentences: merges, splits and added lines), with the
  // dictionary and the learned table: both searches score blocks row by row, over different bands.
  Pair p;
  const auto read = [](const std::string& name) {
    return read::read_file(std::string(WIREALIGN_TEST_DATA_DIR) + "/examples/" + name, {});
  };
  const Document s = segment::segment(read("rt-tajikistan.en.txt"), p.en, {});
  const Document t = segment::segment(read("rt-tajikistan.fr.txt"), p.fr, {});
  const auto st = p.en_annotator.annotate(s);
  const auto tt = p.fr_annotator.annotate(t);
  const align::Bilingual lexicon =
      align::Bilingual::from_pairs(lexicon::load_freedict("en", "fr").pairs, p.en_annotator, p.fr_annotator);
  align::AlignOptions full;
  full.search.max_full_cells = 1'000'000;
  align::AlignOptions banded = full;
  banded.search.max_full_cells = 0;
  banded.search.band = 1;
  const Alignment a = align::align({s, st}, {t, tt}, lexicon, full);
  const Alignment b = align::align({s, st}, {t, tt}, lexicon, banded);
  REQUIRE(a.beads.size() > 20);
  REQUIRE(a.beads.size() == b.beads.size());
  for (std::size_t k = 0; k < a.beads.size(); ++k) {
    INFO("block " << k);
    CHECK(a.beads[k] == b.beads[k]);
    CHECK(a.beads[k].confidence == b.beads[k].confidence);
  }
}

TEST_CASE("Subword units are learned only when asked for and given a model", "[align]") {
  // The example pair again: with the subword table the alignment still holds together, and
  // switching the option on without a model changes nothing.
  Pair p;
  const auto read = [](const std::string& name) {
    return read::read_file(std::string(WIREALIGN_TEST_DATA_DIR) + "/examples/" + name, {});
  };
  const Document s = segment::segment(read("rt-tajikistan.en.txt"), p.en, {});
  const Document t = segment::segment(read("rt-tajikistan.fr.txt"), p.fr, {});
  const auto st = p.en_annotator.annotate(s);
  const auto tt = p.fr_annotator.annotate(t);
  const subword::Model model =
      subword::Model::load(std::string(WIREALIGN_TEST_DATA_DIR) + "/subwords/joint.model");
  align::AlignOptions plain;
  align::AlignOptions with = plain;
  with.use_subwords = true;
  const Alignment a = align::align({s, st}, {t, tt}, {}, plain);
  const Alignment b = align::align({s, st}, {t, tt}, {}, with);
  const Alignment c = align::align({s, st}, {t, tt}, {}, plain, &model);
  const Alignment d = align::align({s, st}, {t, tt}, {}, with, &model);
  CHECK(a.beads == b.beads);  // no model
  CHECK(a.beads == c.beads);  // option off
  std::size_t same = 0;
  for (const Bead& x : d.beads) same += std::count(a.beads.begin(), a.beads.end(), x);
  CHECK(same >= a.beads.size() * 9 / 10);
}

TEST_CASE("The banded search aligns every kind of document as the exhaustive one does", "[align]") {
  // The example pair made into the documents that once took a slow path: given twice, with a
  // paragraph moved 17 lines on, and with 20% more target lines (lines of the pair inserted
  // elsewhere).
  Pair p;
  const auto lines = [](const std::string& name, const lang::LanguageData& language) {
    const Document d = segment::segment(
        read::read_file(std::string(WIREALIGN_TEST_DATA_DIR) + "/examples/" + name, {}), language,
        {});
    std::vector<std::string> out;
    for (const Sentence& s : d.sentences) out.push_back(s.text);
    return out;
  };
  const std::vector<std::string> en = lines("rt-tajikistan.en.txt", p.en);
  const std::vector<std::string> fr = lines("rt-tajikistan.fr.txt", p.fr);
  const auto join = [](const std::vector<std::string>& v) {
    std::string s;
    for (const std::string& x : v) s += x + "\n";
    return s;
  };
  std::vector<std::string> twice_en = en, twice_fr = fr, moved = fr, longer;
  twice_en.insert(twice_en.end(), en.begin(), en.end());
  twice_fr.insert(twice_fr.end(), fr.begin(), fr.end());
  std::rotate(moved.begin() + 8, moved.begin() + 13, moved.begin() + 30);  // lines 8-12 moved
  for (std::size_t k = 0; k < fr.size(); ++k) {
    longer.push_back(fr[k]);
    if (k % 5 == 2) longer.push_back(fr[(k * 7 + 11) % fr.size()]);
  }
  const align::Bilingual lexicon = align::Bilingual::from_pairs(
      lexicon::load_freedict("en", "fr").pairs, p.en_annotator, p.fr_annotator);
  align::AlignOptions full;
  full.search.max_full_cells = 100'000'000;
  align::AlignOptions banded = full;
  banded.search.max_full_cells = 0;
  banded.search.band = 1;
  for (const auto& [name, src, tgt] :
       {std::tuple{"twice", twice_en, twice_fr}, {"moved", en, moved}, {"longer", en, longer}}) {
    INFO(name);
    const std::vector<std::string> a = p.align(join(src), join(tgt), full, lexicon);
    CHECK(p.align(join(src), join(tgt), banded, lexicon) == a);
  }
}

TEST_CASE("A long document repeated many times aligns copy with copy, alike on one thread or two",
          "[align]") {
  // The example pair given 30 times (1,050 and 1,500 sentences): every sentence has a twin in
  // each copy, so anchors must pair the k-th copy with the k-th; long enough that the search
  // masks and the block evidence are computed on two threads when allowed.
  Pair p;
  const auto text = [](const std::string& name) {
    return read::read_file(std::string(WIREALIGN_TEST_DATA_DIR) + "/examples/" + name, {});
  };
  segment::SegmentOptions lines;
  lines.presegmented = true;
  const auto repeated = [&](const std::string& name, const lang::LanguageData& language,
                            std::size_t& per_copy) {
    const Document d = segment::segment(text(name), language, {});
    per_copy = d.sentences.size();
    std::string s;
    for (int copy = 0; copy < 30; ++copy)
      for (const Sentence& x : d.sentences) s += x.text + "\n";
    return segment::segment(read::decode(s, name, {}), language, lines);
  };
  std::size_t en_copy = 0, fr_copy = 0;
  const Document s = repeated("rt-tajikistan.en.txt", p.en, en_copy);
  const Document t = repeated("rt-tajikistan.fr.txt", p.fr, fr_copy);
  REQUIRE(s.sentences.size() == 30 * en_copy);
  REQUIRE(t.sentences.size() == 30 * fr_copy);
  const auto st = p.en_annotator.annotate(s);
  const auto tt = p.fr_annotator.annotate(t);
  const align::Bilingual lexicon = align::Bilingual::from_pairs(
      lexicon::load_freedict("en", "fr").pairs, p.en_annotator, p.fr_annotator);
  align::AlignOptions one, two;
  two.threads = 2;
  const Alignment a = align::align({s, st}, {t, tt}, lexicon, one);
  const Alignment b = align::align({s, st}, {t, tt}, lexicon, two);
  REQUIRE(a.beads.size() == b.beads.size());
  for (std::size_t k = 0; k < a.beads.size(); ++k) {
    INFO("block " << k);
    REQUIRE(a.beads[k] == b.beads[k]);
    REQUIRE(a.beads[k].confidence == b.beads[k].confidence);
  }
  std::size_t pairs = 0, same_copy = 0;
  for (const Bead& x : a.beads) {
    if (x.src_size() == 0 || x.tgt_size() == 0) continue;
    ++pairs;
    same_copy += x.src_begin / en_copy == x.tgt_begin / fr_copy;
  }
  CHECK(pairs > 600);
  CHECK(same_copy == pairs);
  align::AlignOptions none;
  none.threads = 0;
  CHECK_THROWS_AS(align::align({s, st}, {t, tt}, lexicon, none), ConfigError);
}
