// Exhaustive and banded dynamic programmes over block types.
#include "wirealign/align/search.h"

#include <algorithm>
#include <cmath>

#include "wirealign/core/error.h"

namespace wirealign::align {
namespace {

constexpr std::uint8_t kNone = 0xFF;

// For every row i (source position), the target positions [lo[i], hi[i]] searched.
struct Band {
  std::vector<std::uint32_t> lo, hi;
  std::vector<std::uint64_t> offset;  // first cell of row i in the packed arrays

  void pack() {
    offset.assign(lo.size() + 1, 0);
    for (std::size_t i = 0; i < lo.size(); ++i) offset[i + 1] = offset[i] + (hi[i] - lo[i] + 1);
  }
  bool contains(std::uint32_t i, std::uint32_t j) const { return j >= lo[i] && j <= hi[i]; }
  std::uint64_t cell(std::uint32_t i, std::uint32_t j) const { return offset[i] + (j - lo[i]); }
};

struct Result {
  std::vector<Bead> beads;
  bool touches_edge = false;
};

Result run(std::uint32_t n_src, std::uint32_t n_tgt, const std::vector<BeadType>& types,
           const CostModel& costs, const Band& band) {
  costs.prepare(band.lo, band.hi);
  // Types in order of their lower bound, so that cheap ones set the bar for the others.
  std::vector<std::size_t> order(types.size());
  std::vector<double> floor(types.size());
  for (std::size_t t = 0; t < types.size(); ++t) {
    order[t] = t;
    floor[t] = costs.minimum(types[t].src, types[t].tgt);
  }
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return floor[a] < floor[b]; });
  const std::uint64_t cells = band.offset.back();
  std::vector<double> best(cells, CostModel::infinity());
  std::vector<std::uint8_t> back(cells, kNone);
  best[band.cell(0, 0)] = 0;
  for (std::uint32_t i = 0; i <= n_src; ++i) {
    costs.enter_row(i);
    for (std::uint32_t j = band.lo[i]; j <= band.hi[i]; ++j) {
      if (i == 0 && j == 0) continue;
      double here = CostModel::infinity();
      std::uint8_t how = kNone;
      for (std::size_t t : order) {
        const BeadType bt = types[t];
        if (bt.src > i || bt.tgt > j) continue;
        const std::uint32_t pi = i - bt.src, pj = j - bt.tgt;
        if (!band.contains(pi, pj)) continue;
        const double before = best[band.cell(pi, pj)];
        if (before == CostModel::infinity() || before + floor[t] >= here) continue;
        // Only a cost up to here - before can win (a tie with a lower type number included).
        const double c = before + costs.cost_below(pi, i, pj, j, here - before);
        if (c < here || (c == here && t < how)) {
          here = c;
          how = static_cast<std::uint8_t>(t);
        }
      }
      best[band.cell(i, j)] = here;
      back[band.cell(i, j)] = how;
    }
  }
  Result r;
  if (!band.contains(n_src, n_tgt) || back[band.cell(n_src, n_tgt)] == kNone) {
    r.touches_edge = true;  // no path inside the band
    return r;
  }
  std::uint32_t i = n_src, j = n_tgt;
  while (i > 0 || j > 0) {
    if ((j == band.lo[i] && band.lo[i] > 0) || (j == band.hi[i] && band.hi[i] < n_tgt))
      r.touches_edge = true;
    const BeadType bt = types[back[band.cell(i, j)]];
    Bead b;
    b.src_begin = i - bt.src;
    b.src_end = i;
    b.tgt_begin = j - bt.tgt;
    b.tgt_end = j;
    r.beads.push_back(b);
    i = b.src_begin;
    j = b.tgt_begin;
  }
  std::reverse(r.beads.begin(), r.beads.end());
  return r;
}

Band full_band(std::uint32_t n_src, std::uint32_t n_tgt) {
  Band b;
  b.lo.assign(n_src + 1, 0);
  b.hi.assign(n_src + 1, n_tgt);
  b.pack();
  return b;
}

// The band of half-width `w` around the piecewise-linear path through the anchors. Between two
// anchors the path may drift from the straight line by as much as the difference of their gaps,
// so that much is added.
Band empty_band(std::uint32_t n_src, std::uint32_t n_tgt) {
  Band b;
  b.lo.assign(n_src + 1, n_tgt);
  b.hi.assign(n_src + 1, 0);
  return b;
}

void widen(Band& b, std::uint32_t i, double lo, double hi, std::uint32_t n_tgt) {
  const auto l = static_cast<std::uint32_t>(std::clamp(std::floor(lo), 0.0, double(n_tgt)));
  const auto h = static_cast<std::uint32_t>(std::clamp(std::ceil(hi), 0.0, double(n_tgt)));
  b.lo[i] = std::min(b.lo[i], l);
  b.hi[i] = std::max(b.hi[i], h);
}

// Makes every row overlap its neighbours, so that every row can be reached, and packs.
void finish(Band& b, std::uint32_t n_src, std::uint32_t n_tgt) {
  for (std::uint32_t i = 1; i <= n_src; ++i) {
    b.lo[i] = std::min(b.lo[i], b.hi[i - 1]);
    b.hi[i - 1] = std::max(b.hi[i - 1], b.lo[i]);
  }
  b.lo[0] = 0;
  b.hi[n_src] = n_tgt;
  b.pack();
}

// Adds the band of half-width `w` around the piecewise-linear path through the anchors. Between
// two anchors the path is let drift from the straight line by the difference of their gaps (at
// most max_slack).
void add_anchor_band(Band& b, std::uint32_t n_src, std::uint32_t n_tgt,
                     const std::vector<Anchor>& anchors, std::uint32_t w, std::uint32_t max_slack) {
  std::vector<Anchor> points{{0, 0}};
  for (const Anchor& a : anchors)
    if (a.src > points.back().src && a.tgt > points.back().tgt && a.src < n_src && a.tgt < n_tgt)
      points.push_back(a);
  points.push_back({n_src, n_tgt});
  for (std::size_t k = 0; k + 1 < points.size(); ++k) {
    const Anchor a = points[k], z = points[k + 1];
    const double di = z.src - a.src, dj = double(z.tgt) - a.tgt;
    const double slack = w + std::min(std::abs(dj - di), double(max_slack));
    for (std::uint32_t i = a.src; i <= z.src; ++i) {
      const double centre = di > 0 ? a.tgt + (i - a.src) * dj / di : a.tgt;
      widen(b, i, centre - slack, di == 0 ? z.tgt + slack : centre + slack, n_tgt);
    }
  }
}

// Adds the band of half-width `w` around a path found before.
void add_path_band(Band& b, const std::vector<Bead>& path, std::uint32_t w, std::uint32_t n_tgt) {
  for (const Bead& bead : path)
    for (std::uint32_t i = bead.src_begin; i <= bead.src_end; ++i)
      widen(b, i, double(bead.tgt_begin) - w, double(bead.tgt_end) + w, n_tgt);
}

}  // namespace

void SearchOptions::validate() const {
  if (band == 0 || max_band < band)
    throw ConfigError("search band must be at least 1 and no larger than max_band");
}

std::vector<Bead> search_full(std::uint32_t n_src, std::uint32_t n_tgt,
                              const std::vector<BeadType>& types, const CostModel& costs) {
  Result r = run(n_src, n_tgt, types, costs, full_band(n_src, n_tgt));
  if (r.beads.empty() && (n_src > 0 || n_tgt > 0))
    throw Error("no alignment is possible with the allowed block types");
  return std::move(r.beads);
}

std::vector<Bead> search_banded(std::uint32_t n_src, std::uint32_t n_tgt,
                                const std::vector<BeadType>& types, const CostModel& costs,
                                const std::vector<Anchor>& anchors, const SearchOptions& options) {
  options.validate();
  // A path is accepted when doubling the band, around the anchors and around the path itself,
  // finds the same path again without touching the band's edge.
  std::vector<Bead> previous;
  bool have_previous = false;
  for (std::uint32_t w = options.band;; w *= 2) {
    if (w >= std::max(n_src, n_tgt)) return search_full(n_src, n_tgt, types, costs);
    Band band = empty_band(n_src, n_tgt);
    add_anchor_band(band, n_src, n_tgt, anchors, w, options.max_slack);
    if (have_previous) add_path_band(band, previous, w, n_tgt);
    finish(band, n_src, n_tgt);
    Result r = run(n_src, n_tgt, types, costs, band);
    if (!r.beads.empty()) {
      if (!options.verify && !r.touches_edge) return std::move(r.beads);
      if (have_previous && !r.touches_edge && r.beads == previous) return std::move(r.beads);
      if (w >= options.max_band) return std::move(r.beads);
      previous = std::move(r.beads);
      have_previous = true;
    }
  }
}

std::vector<Bead> search(std::uint32_t n_src, std::uint32_t n_tgt,
                         const std::vector<BeadType>& types, const CostModel& costs,
                         const std::vector<Anchor>& anchors, const SearchOptions& options) {
  const std::uint64_t cells = std::uint64_t(n_src + 1) * (n_tgt + 1);
  if (cells <= options.max_full_cells) return search_full(n_src, n_tgt, types, costs);
  return search_banded(n_src, n_tgt, types, costs, anchors, options);
}

}  // namespace wirealign::align
