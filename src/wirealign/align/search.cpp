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
  std::vector<std::uint32_t> touched;  // rows where the path touches the band's edge
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
    if ((j == band.lo[i] && band.lo[i] > 0) || (j == band.hi[i] && band.hi[i] < n_tgt)) {
      r.touches_edge = true;
      r.touched.push_back(i);
    }
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

// Adds the band of half-width `width[i]` (row i) around the piecewise-linear path through the
// anchors. Between two anchors the path is let drift from the straight line by the difference of
// their gaps (at most max_slack).
void add_anchor_band(Band& b, std::uint32_t n_src, std::uint32_t n_tgt,
                     const std::vector<Anchor>& anchors, const std::vector<std::uint32_t>& width,
                     std::uint32_t max_slack) {
  std::vector<Anchor> points{{0, 0}};
  for (const Anchor& a : anchors)
    if (a.src > points.back().src && a.tgt > points.back().tgt && a.src < n_src && a.tgt < n_tgt)
      points.push_back(a);
  points.push_back({n_src, n_tgt});
  for (std::size_t k = 0; k + 1 < points.size(); ++k) {
    const Anchor a = points[k], z = points[k + 1];
    const double di = z.src - a.src, dj = double(z.tgt) - a.tgt;
    const double drift = std::min(std::abs(dj - di), double(max_slack));
    for (std::uint32_t i = a.src; i <= z.src; ++i) {
      const double slack = width[i] + drift;
      const double centre = di > 0 ? a.tgt + (i - a.src) * dj / di : a.tgt;
      widen(b, i, centre - slack, di == 0 ? z.tgt + slack : centre + slack, n_tgt);
    }
  }
}

// Adds the band of half-width `width[i]` (row i) around a path found before.
void add_path_band(Band& b, const std::vector<Bead>& path, const std::vector<std::uint32_t>& width,
                   std::uint32_t n_tgt) {
  for (const Bead& bead : path)
    for (std::uint32_t i = bead.src_begin; i <= bead.src_end; ++i)
      widen(b, i, double(bead.tgt_begin) - width[i], double(bead.tgt_end) + width[i], n_tgt);
}

// Widens the band around each row of `rows`: the rows as far as max(4 * width, 32) on either
// side get four times its width, up to `cap`. Returns false when none could grow.
bool widen_around(std::vector<std::uint32_t>& width, const std::vector<std::uint32_t>& rows,
                  std::uint32_t cap) {
  const std::vector<std::uint32_t> before = width;
  const auto last = static_cast<std::int64_t>(width.size()) - 1;
  bool grew = false;
  for (const std::uint32_t i : rows) {
    const std::uint32_t to = std::min(cap, 4 * before[i]);
    if (to <= before[i]) continue;
    const std::int64_t reach = std::max<std::int64_t>(32, 4 * std::int64_t{before[i]});
    for (std::int64_t k = std::max<std::int64_t>(0, i - reach); k <= std::min(last, i + reach); ++k)
      if (width[k] < to) {
        width[k] = to;
        grew = true;
      }
  }
  return grew;
}

// The rows where two paths differ: those of the blocks of each that the other does not have.
std::vector<std::uint32_t> differing_rows(const std::vector<Bead>& a, const std::vector<Bead>& b) {
  std::vector<std::uint32_t> rows;
  std::size_t x = 0, y = 0;
  while (x < a.size() || y < b.size()) {
    if (x < a.size() && y < b.size() && a[x] == b[y]) {
      ++x;
      ++y;
    } else if (y == b.size() || (x < a.size() && std::pair(a[x].src_end, a[x].tgt_end) <
                                                     std::pair(b[y].src_end, b[y].tgt_end))) {
      for (std::uint32_t i = a[x].src_begin; i <= a[x].src_end; ++i) rows.push_back(i);
      ++x;
    } else {
      for (std::uint32_t i = b[y].src_begin; i <= b[y].src_end; ++i) rows.push_back(i);
      ++y;
    }
  }
  return rows;
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
  const std::uint64_t all_cells = std::uint64_t(n_src + 1) * (n_tgt + 1);
  // Half-width of the band in each row. Where the path touches the band's edge the band is
  // widened there only, so that a hard stretch does not make the whole document slow.
  std::vector<std::uint32_t> width(n_src + 1, options.band);
  std::vector<Bead> previous;
  bool have_previous = false, doubled = false;
  for (;;) {
    Band band = empty_band(n_src, n_tgt);
    add_anchor_band(band, n_src, n_tgt, anchors, width, options.max_slack);
    if (have_previous) add_path_band(band, previous, width, n_tgt);
    finish(band, n_src, n_tgt);
    if (2 * band.offset.back() >= all_cells) return search_full(n_src, n_tgt, types, costs);
    Result r = run(n_src, n_tgt, types, costs, band);
    if (r.beads.empty()) {  // no path inside the band: widen it everywhere
      for (std::uint32_t& w : width) w *= 2;
      continue;
    }
    if (r.touches_edge) {
      // Widen where the path touches the edge, and search again around the path found.
      const bool grew = widen_around(width, r.touched, options.max_band);
      previous = std::move(r.beads);
      have_previous = true;
      if (grew) continue;
      return previous;  // as wide as allowed: keep the path found
    }
    if (!options.verify) return std::move(r.beads);
    // A path is accepted when a wider band, around the anchors and around the path itself (twice
    // as wide everywhere, then wider where the paths differed), finds it again.
    if (doubled && have_previous && r.beads == previous) return std::move(r.beads);
    if (!doubled) {
      for (std::uint32_t& w : width) w = std::min(options.max_band, 2 * w);
      doubled = true;
    } else if (!widen_around(width, differing_rows(previous, r.beads), options.max_band)) {
      return std::move(r.beads);  // as wide as allowed
    }
    previous = std::move(r.beads);
    have_previous = true;
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
