// Search for the cheapest monotone alignment under a cost model: an exhaustive dynamic programme
// for small inputs and a banded one, linear in the document length, around a path through
// anchors. The banded search widens its band where the best path touches its edge (there only, so
// that a hard stretch does not slow down the whole document), then checks the path in a band twice
// as wide, so it finds what the exhaustive search finds.
//
//   struct MyCosts : wirealign::align::CostModel { double cost(...) const override; };
//   std::vector<Bead> path = wirealign::align::search(n_src, n_tgt, types, costs, anchors, {});
#pragma once

#include <cstdint>
#include <limits>
#include <vector>

#include "wirealign/core/types.h"

namespace wirealign::align {

// How many source and target sentences a block joins: {1, 1}, {2, 1}, {0, 1}, ...
struct BeadType {
  std::uint8_t src = 1;  // source sentences
  std::uint8_t tgt = 1;  // target sentences
  friend bool operator==(const BeadType&, const BeadType&) = default;
};

// The cost of a block; the search minimises the sum over the blocks of a path.
class CostModel {
 public:
  virtual ~CostModel() = default;
  // Cost of the block of source sentences [i0, i1) and target sentences [j0, j1), of a type the
  // search was given. Return infinity() to forbid it.
  virtual double cost(std::uint32_t i0, std::uint32_t i1, std::uint32_t j0,
                      std::uint32_t j1) const = 0;
  // cost() when it is below `limit`; otherwise any value that is not (infinity will do). The
  // search asks this way when only a block cheaper than `limit` could change its choice, so that
  // a model can stop early; the default computes cost().
  virtual double cost_below(std::uint32_t i0, std::uint32_t i1, std::uint32_t j0, std::uint32_t j1,
                            double limit) const {
    (void)limit;
    return cost(i0, i1, j0, j1);
  }
  // A lower bound of cost() for every block of `src` source and `tgt` target sentences. The
  // search skips blocks that cannot beat what it has already found, so a tighter bound is
  // faster; it must never exceed the true cost, or results change.
  virtual double minimum(std::uint32_t src, std::uint32_t tgt) const {
    (void)src;
    (void)tgt;
    return 0;
  }
  // Called before each pass of the search with the target range [lo[i], hi[i]] it will visit in
  // row i (source position i), so that a model can lay out a cache for exactly those cells.
  virtual void prepare(const std::vector<std::uint32_t>& lo, const std::vector<std::uint32_t>& hi) const {
    (void)lo;
    (void)hi;
  }
  // Called in each pass, after prepare(), before the costs of the blocks that end in row i
  // (source position i) are asked for; rows come in order 0, 1, ..., n_src. A model can compute
  // there what the blocks of the row share.
  virtual void enter_row(std::uint32_t i) const { (void)i; }
  static constexpr double infinity() { return std::numeric_limits<double>::infinity(); }
};

// A pair of sentences believed to correspond, used to place the band: source sentence `src`
// and target sentence `tgt`.
struct Anchor {
  std::uint32_t src = 0;
  std::uint32_t tgt = 0;
};

// Limits of the search.
struct SearchOptions {
  // Inputs with at most this many cells (n_src+1)*(n_tgt+1) are searched exhaustively.
  std::uint64_t max_full_cells = 200'000;
  // Initial half-width, in target sentences, of the band around the anchor path.
  std::uint32_t band = 4;
  // Where the best path touches the band's edge, the band is widened around it (four times, over
  // a few dozen rows) up to this half-width; beyond, the path found is kept.
  std::uint32_t max_band = 64;
  // Between two anchors the band widens by the difference of their gaps, at most this much (a
  // bound on memory when anchors are sparse and the two sides differ much in length).
  std::uint32_t max_slack = 1000;
  // When false, the first banded path is returned without the check that a doubled band finds
  // it again (faster, for a first rough pass).
  bool verify = true;
  // Throws ConfigError for zero band widths or max_band < band.
  void validate() const;
};

// The cheapest monotone path of blocks of `types` from (0, 0) to (n_src, n_tgt), exhaustively.
// Time and memory O(n_src * n_tgt * types). Blocks have confidence 0 (set by the caller).
// Throws Error if no path exists with the given types.
std::vector<Bead> search_full(std::uint32_t n_src, std::uint32_t n_tgt,
                              const std::vector<BeadType>& types, const CostModel& costs);

// The cheapest path inside a band around the path through `anchors` (sorted, strictly increasing
// on both sides; those that are not are ignored), widened where the path touches the band's edge,
// and accepted when a band twice as wide finds it again. Time and memory O((n_src + n_tgt) * band
// * types), the band being wider only where the path strays from the anchors.
std::vector<Bead> search_banded(std::uint32_t n_src, std::uint32_t n_tgt,
                                const std::vector<BeadType>& types, const CostModel& costs,
                                const std::vector<Anchor>& anchors, const SearchOptions& options);

// search_full when the input is small enough (options.max_full_cells), else search_banded.
std::vector<Bead> search(std::uint32_t n_src, std::uint32_t n_tgt,
                         const std::vector<BeadType>& types, const CostModel& costs,
                         const std::vector<Anchor>& anchors, const SearchOptions& options);

}  // namespace wirealign::align
