// Tests of the alignment search: the banded search must find what the exhaustive one finds.
#include "wirealign/align/search.h"

#include <catch2/catch.hpp>
#include <random>

#include "wirealign/core/error.h"

namespace Catch {
template <>
struct StringMaker<wirealign::Bead> {
  static std::string convert(const wirealign::Bead& b) {
    std::string s = "[";
    s += std::to_string(b.src_begin);
    s += ',';
    s += std::to_string(b.src_end);
    s += ")x[";
    s += std::to_string(b.tgt_begin);
    s += ',';
    s += std::to_string(b.tgt_end);
    s += ')';
    return s;
  }
};
}  // namespace Catch

namespace {

using namespace wirealign::align;
using wirealign::Bead;

const std::vector<BeadType> kTypes = {{0, 1}, {1, 0}, {1, 1}, {1, 2}, {2, 1}, {2, 2}, {1, 3}, {3, 1}};

// Costs that favour a hidden true alignment, with noise; every block gets a deterministic
// pseudo-random cost so both searches see the same model.
class NoisyModel : public CostModel {
 public:
  // `echo`: source sentence i also matches target sentence i + echo of the same kind of block, as
  // when a text is repeated (0: no echo).
  NoisyModel(std::vector<Bead> truth, double noise, std::uint64_t seed, std::uint32_t echo = 0)
      : truth_(std::move(truth)), noise_(noise), seed_(seed), echo_(echo) {}
  double cost(std::uint32_t i0, std::uint32_t i1, std::uint32_t j0,
              std::uint32_t j1) const override {
    std::uint64_t h = seed_ ^ (i0 * 0x9E3779B97F4A7C15ull) ^ (i1 * 0xC2B2AE3D27D4EB4Full) ^
                      (j0 * 0x165667B19E3779F9ull) ^ (j1 * 0x27D4EB2F165667C5ull);
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ull;
    h ^= h >> 32;
    const double r = static_cast<double>(h % 10000) / 10000.0;
    Bead b;
    b.src_begin = i0, b.src_end = i1, b.tgt_begin = j0, b.tgt_end = j1;
    bool right = std::find(truth_.begin(), truth_.end(), b) != truth_.end();
    if (!right && echo_ > 0 && j0 >= echo_) {
      Bead e = b;
      e.tgt_begin -= echo_, e.tgt_end -= echo_;
      right = std::find(truth_.begin(), truth_.end(), e) != truth_.end();
    }
    const double base = (i1 - i0 == 0 || j1 - j0 == 0) ? 0.3 * (i1 - i0 + j1 - j0) : (right ? 0.1 : 1.5);
    return base + noise_ * r;
  }

 private:
  std::vector<Bead> truth_;
  double noise_;
  std::uint64_t seed_;
  std::uint32_t echo_;
};

// A random alignment of `blocks` blocks; `skips` allows 0-1 and 1-0 blocks.
std::vector<Bead> random_truth(std::mt19937& rng, std::uint32_t blocks, std::uint32_t& n,
                               std::uint32_t& m, bool skips = true) {
  std::vector<Bead> truth;
  n = m = 0;
  std::discrete_distribution<int> pick({skips ? 5.0 : 0.0, skips ? 5.0 : 0.0, 70, 6, 6, 2, 3, 3});
  for (std::uint32_t k = 0; k < blocks; ++k) {
    const BeadType t = kTypes[pick(rng)];
    Bead b;
    b.src_begin = n, b.src_end = n + t.src, b.tgt_begin = m, b.tgt_end = m + t.tgt;
    n += t.src;
    m += t.tgt;
    truth.push_back(b);
  }
  return truth;
}

// The longest chain of anchors increasing on both sides, as the aligner gives them to the search.
std::vector<Anchor> longest_chain(const std::vector<Anchor>& anchors) {
  std::vector<std::size_t> length(anchors.size(), 1), prev(anchors.size(), SIZE_MAX);
  std::size_t best = SIZE_MAX;
  for (std::size_t k = 0; k < anchors.size(); ++k) {
    for (std::size_t x = 0; x < k; ++x)
      if (anchors[x].src < anchors[k].src && anchors[x].tgt < anchors[k].tgt &&
          length[x] + 1 > length[k]) {
        length[k] = length[x] + 1;
        prev[k] = x;
      }
    if (best == SIZE_MAX || length[k] > length[best]) best = k;
  }
  std::vector<Anchor> chain;
  for (std::size_t k = best; k != SIZE_MAX; k = prev[k]) chain.push_back(anchors[k]);
  std::reverse(chain.begin(), chain.end());
  return chain;
}

}  // namespace

TEST_CASE("The banded search finds the exhaustive optimum on random inputs", "[align]") {
  std::mt19937 rng(20261123);
  SearchOptions narrow;
  narrow.max_full_cells = 0;  // always banded
  narrow.band = 2;
  int compared = 0;
  for (int round = 0; round < 300; ++round) {
    std::uint32_t n = 0, m = 0;
    const auto truth = random_truth(rng, static_cast<std::uint32_t>(5 + rng() % 60), n, m);
    // Noise up to the size of the signal (a wrong block costs 1.4 more than a right one).
    const double noise = (round % 3 == 0) ? 1.4 : 0.3;
    const NoisyModel model(truth, noise, rng());
    // Anchors: some true 1-1 blocks, and now and then a wrong one.
    std::vector<Anchor> anchors;
    for (const Bead& b : truth)
      if (b.src_size() == 1 && b.tgt_size() == 1 && rng() % 4 == 0) {
        const bool wrong = rng() % 8 == 0;
        anchors.push_back({b.src_begin, wrong ? std::min<std::uint32_t>(m - 1, b.tgt_begin + 5)
                                              : b.tgt_begin});
      }
    const auto full = search_full(n, m, kTypes, model);
    const auto banded = search_banded(n, m, kTypes, model, anchors, narrow);
    INFO("round " << round << ", noise " << noise << ", " << n << "x" << m);
    CHECK(banded == full);
    ++compared;
  }
  CHECK(compared == 300);
}

// The kinds of documents that once sent the banded search down a slow path: a text given twice,
// paragraphs moved (runs of sentences without counterpart on both sides), one side with 20% more
// lines, and a corpus of many short documents with the same text recurring. Anchors come from the
// true alignment, with wrong ones among them (an echo of the true pair elsewhere).
TEST_CASE("The banded search finds the exhaustive optimum on every kind of document", "[align]") {
  std::mt19937 rng(4242);
  SearchOptions narrow;
  narrow.max_full_cells = 0;
  narrow.band = 2;
  for (const char* kind : {"twice", "moved", "longer", "corpus"}) {
    for (int round = 0; round < 40; ++round) {
      std::uint32_t n = 0, m = 0;
      std::vector<Bead> truth =
          random_truth(rng, static_cast<std::uint32_t>(20 + rng() % 40), n, m);
      std::uint32_t echo = 0;
      const std::string k = kind;
      if (k == "twice" || k == "corpus") {
        // The same blocks again after the first copy (several times for a corpus).
        const std::vector<Bead> one = truth;
        const std::uint32_t n1 = n, m1 = m, copies = k == "twice" ? 1 : 3;
        for (std::uint32_t c = 1; c <= copies; ++c)
          for (Bead b : one) {
            b.src_begin += c * n1, b.src_end += c * n1, b.tgt_begin += c * m1, b.tgt_end += c * m1;
            truth.push_back(b);
          }
        n = n1 * (copies + 1);
        m = m1 * (copies + 1);
        echo = m1;
      } else {
        // Insert runs of unaligned sentences: a paragraph moved away leaves a run on each side
        // (5 to 15 sentences); one side 20% longer has an extra line every five blocks.
        std::vector<Bead> out;
        std::uint32_t di = 0, dj = 0;
        for (std::size_t x = 0; x < truth.size(); ++x) {
          Bead b = truth[x];
          b.src_begin += di, b.src_end += di, b.tgt_begin += dj, b.tgt_end += dj;
          const bool moved = k == "moved" && x % 12 == 6;
          const std::uint32_t run = moved ? 5 + static_cast<std::uint32_t>(rng() % 11)
                                    : (k == "longer" && x % 5 == 0) ? 1
                                                                    : 0;
          for (std::uint32_t r = 0; r < run; ++r)
            out.push_back({b.src_begin, b.src_begin, b.tgt_begin + r, b.tgt_begin + r + 1, 0});
          b.tgt_begin += run, b.tgt_end += run, dj += run;
          if (moved) {
            for (std::uint32_t r = 0; r < run; ++r)
              out.push_back({b.src_begin + r, b.src_begin + r + 1, b.tgt_begin, b.tgt_begin, 0});
            b.src_begin += run, b.src_end += run, di += run;
          }
          out.push_back(b);
        }
        truth = std::move(out);
        n += di;
        m += dj;
      }
      const NoisyModel model(truth, round % 2 == 0 ? 0.3 : 1.0, rng(), echo);
      std::vector<Anchor> anchors;
      for (const Bead& b : truth)
        if (b.src_size() == 1 && b.tgt_size() == 1 && rng() % 3 == 0) {
          const bool wrong = echo > 0 && rng() % 6 == 0 && b.tgt_begin + echo < m;
          anchors.push_back({b.src_begin, wrong ? b.tgt_begin + echo : b.tgt_begin});
        }
      INFO(kind << ", round " << round << ", " << n << "x" << m);
      CHECK(search_banded(n, m, kTypes, model, longest_chain(anchors), narrow) ==
            search_full(n, m, kTypes, model));
    }
  }
}

TEST_CASE("The search recovers a clear alignment", "[align]") {
  std::mt19937 rng(7);
  std::uint32_t n = 0, m = 0;
  // Without 1-0 and 0-1 blocks: two of them side by side cost the same in either order.
  const auto truth = random_truth(rng, 400, n, m, /*skips=*/false);
  const NoisyModel model(truth, 0.05, 1);
  SearchOptions options;
  options.max_full_cells = 0;
  const auto found = search(n, m, kTypes, model, {}, options);
  CHECK(found == truth);
}

TEST_CASE("Search covers both sides and refuses impossible block sets", "[align]") {
  const NoisyModel model({}, 0.1, 3);
  const auto path = search_full(3, 0, kTypes, model);
  REQUIRE(path.size() == 3);
  CHECK(path[2].src_end == 3);
  CHECK_THROWS_AS(search_full(2, 3, {{1, 1}}, model), wirealign::Error);
  SearchOptions bad;
  bad.band = 0;
  CHECK_THROWS_AS(bad.validate(), wirealign::ConfigError);
}

namespace {

// Records what the search announces: every cost asked for must end in the row entered last, and
// rows must come in order after prepare().
class RowWatcher : public CostModel {
 public:
  double cost(std::uint32_t i0, std::uint32_t i1, std::uint32_t j0,
              std::uint32_t j1) const override {
    if (i1 != row_) ++misplaced;
    return (i1 - i0 == j1 - j0) ? 0.1 * (i1 - i0) : 1.0 + 0.1 * (i1 - i0 + j1 - j0);
  }
  void prepare(const std::vector<std::uint32_t>& lo, const std::vector<std::uint32_t>&) const override {
    ++passes;
    rows = lo.size();
    row_ = kNoRow;
  }
  void enter_row(std::uint32_t i) const override {
    if ((row_ == kNoRow && i != 0) || (row_ != kNoRow && i != row_ + 1)) ++out_of_order;
    row_ = i;
    ++entered;
  }
  mutable int passes = 0, misplaced = 0, out_of_order = 0;
  mutable std::size_t rows = 0, entered = 0;

 private:
  static constexpr std::uint32_t kNoRow = 0xFFFFFFFFu;
  mutable std::uint32_t row_ = kNoRow;
};

}  // namespace

TEST_CASE("The search enters every row in order before asking for its blocks", "[align]") {
  const RowWatcher full;
  const auto path = search_full(30, 33, kTypes, full);
  CHECK(path.back().src_end == 30);
  CHECK(full.passes == 1);
  CHECK(full.entered == full.rows);
  CHECK(full.rows == 31);
  CHECK(full.misplaced == 0);
  CHECK(full.out_of_order == 0);

  const RowWatcher banded;
  SearchOptions options;
  options.max_full_cells = 0;
  options.band = 2;
  search_banded(200, 210, kTypes, banded, {{50, 52}, {120, 126}}, options);
  CHECK(banded.passes >= 2);  // verified by a wider band
  CHECK(banded.entered == banded.rows * static_cast<std::size_t>(banded.passes));
  CHECK(banded.misplaced == 0);
  CHECK(banded.out_of_order == 0);
}
