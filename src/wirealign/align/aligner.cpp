// Anchors, the learned table, block confidence, and the two alignment passes.
#include "wirealign/align/aligner.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <sstream>

#include "wirealign/align/confidence.h"
#include "wirealign/align/scorer.h"
#include "wirealign/core/error.h"
#include "wirealign/core/parallel.h"
#include "wirealign/core/utf8.h"
#include "wirealign/subword/subword.h"

namespace wirealign::align {
namespace {

// For each key, the sentences of one side that have it, in increasing order.
struct Postings {
  std::vector<std::uint32_t> begin;  // sentences with key k: sentence[begin[k], begin[k + 1])
  std::vector<std::uint32_t> sentence;

  std::pair<const std::uint32_t*, const std::uint32_t*> of(Key k) const {
    return {sentence.data() + begin[k], sentence.data() + begin[k + 1]};
  }
};

Postings postings(const SideKeys& side, std::size_t keys) {
  Postings p;
  p.begin.assign(keys + 1, 0);
  std::vector<std::uint32_t> last(keys, kNone);  // the last sentence counted for each key
  // Two passes: count the sentences of each key, then place them.
  for (int pass = 0; pass < 2; ++pass) {
    std::fill(last.begin(), last.end(), kNone);
    for (std::uint32_t s = 0; s < side.sentences.size(); ++s)
      for (std::uint32_t k = side.sentences[s].begin; k < side.sentences[s].end; ++k)
        for (const Key* x = side.keys_begin(side.tokens[k]); x != side.keys_end(side.tokens[k]);
             ++x) {
          if (last[*x] == s) continue;
          last[*x] = s;
          if (pass == 0)
            ++p.begin[*x + 1];
          else
            p.sentence[p.begin[*x]++] = s;
        }
    if (pass == 0) {
      for (std::size_t k = 0; k < keys; ++k) p.begin[k + 1] += p.begin[k];
      p.sentence.resize(p.begin[keys]);
    } else {
      // begin[k] now points at the end of key k's run, the start of key k + 1's.
      for (std::size_t k = keys; k > 0; --k) p.begin[k] = p.begin[k - 1];
      p.begin[0] = 0;
    }
  }
  return p;
}

// Where the counterpart of each source sentence is expected on the target side: near
// centre[i], within window[i] sentences.
struct Expected {
  std::vector<double> centre, window;
};

// From the share of the text before each sentence (in characters: sentence counts drift apart
// where one side splits or joins sentences), within 100 sentences plus 1% of the document (at
// most 400: wider, text that recurs in a long document, such as a corpus of similar articles,
// would leave no sentence rare).
Expected proportional(const SideKeys& src, const SideKeys& tgt) {
  const auto n = src.sentences.size();
  const double window =
      100.0 + std::min(300.0, 0.01 * static_cast<double>(std::max(n, tgt.sentences.size())));
  Expected e{std::vector<double>(n), std::vector<double>(n, window)};
  const double src_total = std::max(src.chars.back(), 1.0), tgt_total = tgt.chars.back();
  for (std::size_t i = 0; i < n; ++i) {
    const double at = src.chars[i] / src_total * tgt_total;
    const auto j = std::upper_bound(tgt.chars.begin(), tgt.chars.end(), at) - tgt.chars.begin();
    e.centre[i] = static_cast<double>(std::max<std::ptrdiff_t>(j - 1, 0));
  }
  return e;
}

// On the line through a chain of anchors, within 50 sentences plus half the gap between the two
// anchors around (at most 400).
Expected interpolated(const std::vector<Anchor>& chain, std::size_t n, std::size_t m) {
  Expected e{std::vector<double>(n), std::vector<double>(n)};
  Anchor a{0, 0};
  std::size_t next = 0;
  for (std::size_t i = 0; i < n; ++i) {
    while (next < chain.size() && chain[next].src <= i) a = chain[next++];
    const Anchor z = next < chain.size()
                         ? chain[next]
                         : Anchor{static_cast<std::uint32_t>(n), static_cast<std::uint32_t>(m)};
    const double di = double(z.src) - a.src, dj = double(z.tgt) - a.tgt;
    e.centre[i] = di > 0 ? a.tgt + (double(i) - a.src) * dj / di : a.tgt;
    e.window[i] = 50.0 + std::min(350.0, std::max(di, dj) / 2);
  }
  return e;
}

// Pairs of sentences that share content keys found nowhere else near them, reduced to a monotone
// chain. "Near" is the window where sentence i's counterpart is expected (and as many sentences
// around i on the source side), so that text repeated far away (a recurring phrase, a repeated
// section) does not hide anchors. Text repeated near by on both sides (an article printed twice)
// pairs by rank; a key the source has more often than the target near by is not used.
std::vector<Anchor> find_anchors(const SideKeys& src, const SideKeys& tgt,
                                 const Postings& src_postings, const Postings& tgt_postings,
                                 const Expected& expected, unsigned threads) {
  constexpr std::size_t kMaxLocalDf = 2, kMaxPostings = 256;
  const auto n = src.sentences.size(), m = tgt.sentences.size();
  if (n == 0 || m == 0) return {};
  // Entries of the sorted range [b, e) within [lo, hi].
  auto in_range = [](const std::uint32_t* b, const std::uint32_t* e, double lo, double hi) {
    return std::pair{std::lower_bound(b, e, static_cast<std::uint32_t>(std::max(lo, 0.0))),
                     std::upper_bound(b, e, static_cast<std::uint32_t>(std::max(hi, 0.0)))};
  };

  struct Candidate {
    std::uint32_t i, j;
  };
  // The candidates of source sentences [from, to), in order.
  auto candidates_of = [&](std::uint32_t from, std::uint32_t to) {
    std::vector<Candidate> candidates;
    std::vector<std::pair<std::uint32_t, float>> score;
    std::vector<std::uint32_t> seen;
    for (std::uint32_t i = from; i < to; ++i) {
      score.clear();
      const double centre = expected.centre[i], window = expected.window[i];
      const double src_centre = static_cast<double>(i);
      const SentenceKeys& s = src.sentences[i];
      for (std::uint32_t t = s.begin; t < s.end; ++t) {
        const std::uint32_t form = src.tokens[t];
        if (src.form_class[form] != kHeavy) continue;
        seen.clear();
        for (const Key* x = src.keys_begin(form); x != src.keys_end(form); ++x) {
          const auto [pb, pe] = tgt_postings.of(*x);
          if (pb == pe || std::size_t(pe - pb) > kMaxPostings) continue;
          const auto [b, e] = in_range(pb, pe, centre - window, centre + window);
          if (b == e || std::size_t(e - b) > kMaxLocalDf) continue;
          const auto [spb, spe] = src_postings.of(*x);
          const auto [sb, se] = in_range(spb, spe, src_centre - window, src_centre + window);
          if (std::size_t(se - sb) > kMaxLocalDf) continue;
          auto vote = [&](std::uint32_t j) {
            if (std::find(seen.begin(), seen.end(), j) == seen.end()) seen.push_back(j);
          };
          if (se - sb == e - b && e - b > 1) {
            // As many sentences with the key on each side (text repeated on both, such as an
            // article printed twice): the r-th on one side stands for the r-th on the other.
            vote(*(b + (std::lower_bound(sb, se, i) - sb)));
          } else if (se - sb > e - b) {
            continue;  // more on the source side: the target one may be another's counterpart
          } else {
            for (auto it = b; it != e; ++it) vote(*it);
          }
        }
        const float weight = kClassWeight[kHeavy];
        for (std::uint32_t j : seen) {
          auto sc =
              std::find_if(score.begin(), score.end(), [&](const auto& x) { return x.first == j; });
          if (sc == score.end())
            score.push_back({j, weight});
          else
            sc->second += weight;
        }
      }
      float best = 0, second = 0;
      std::uint32_t best_j = 0;
      for (const auto& [j, sc] : score) {
        if (sc > best) {
          second = best;
          best = sc;
          best_j = j;
        } else if (sc > second) {
          second = sc;
        }
      }
      if (best >= 2.0f && second <= 0.6f * best) candidates.push_back({i, best_j});
    }
    return candidates;
  };
  // A long document's sentences are shared among the threads.
  constexpr std::size_t kSentencesPerThread = 2000;
  const std::size_t parts =
      std::max<std::size_t>(1, std::min<std::size_t>(threads, n / kSentencesPerThread));
  std::vector<std::vector<Candidate>> found(parts);
  in_parallel(parts, [&](std::size_t k) {
    found[k] = candidates_of(static_cast<std::uint32_t>(n * k / parts),
                             static_cast<std::uint32_t>(n * (k + 1) / parts));
  });
  std::vector<Candidate> candidates;
  for (const auto& f : found) candidates.insert(candidates.end(), f.begin(), f.end());
  // Longest chain increasing on both sides (patience sorting with back links).
  std::vector<std::size_t> tails, prev(candidates.size(), SIZE_MAX);
  for (std::size_t c = 0; c < candidates.size(); ++c) {
    auto it = std::lower_bound(tails.begin(), tails.end(), candidates[c].j,
                               [&](std::size_t t, std::uint32_t j) { return candidates[t].j < j; });
    if (it != tails.begin()) prev[c] = *(it - 1);
    if (it == tails.end())
      tails.push_back(c);
    else
      *it = c;
  }
  std::vector<Anchor> chain;
  for (std::size_t c = tails.empty() ? SIZE_MAX : tails.back(); c != SIZE_MAX; c = prev[c])
    chain.push_back({candidates[c].i, candidates[c].j});
  std::reverse(chain.begin(), chain.end());
  return chain;
}

// Anchors in two rounds: around where the share of the text puts each counterpart, then around
// the line through the anchors of the first round, which follows the drift of long documents.
std::vector<Anchor> find_anchors(const SideKeys& src, const SideKeys& tgt, std::size_t keys,
                                 unsigned threads) {
  if (src.sentences.empty() || tgt.sentences.empty()) return {};
  const Postings tgt_postings = postings(tgt, keys), src_postings = postings(src, keys);
  const std::vector<Anchor> first =
      find_anchors(src, tgt, src_postings, tgt_postings, proportional(src, tgt), threads);
  return find_anchors(src, tgt, src_postings, tgt_postings,
                      interpolated(first, src.sentences.size(), tgt.sentences.size()), threads);
}

// The confident 1-1 blocks of a first alignment, to learn from: at most kMaxBlocks, evenly
// spaced (plenty to learn from, and a bound on the time).
std::vector<Bead> confident_pairs(const std::vector<Bead>& beads, const Scorer& scorer) {
  constexpr double kMinZ = 0.2;
  constexpr std::size_t kMaxBlocks = 4000;
  std::vector<Bead> out;
  const std::size_t stride = beads.size() / kMaxBlocks + 1;
  for (std::size_t k = 0; k < beads.size(); k += stride) {
    const Bead& b = beads[k];
    if (b.src_size() != 1 || b.tgt_size() != 1) continue;
    if (scorer.z(b.src_begin, b.src_end, b.tgt_begin, b.tgt_end) < kMinZ) continue;
    out.push_back(b);
  }
  return out;
}

// Sentence pairs as bags of unit ids (stems, subword pieces), in flat arrays: pair p is
// es[e_begin[p], e_begin[p + 1]) and fs[f_begin[p], f_begin[p + 1]).
struct Bags {
  std::vector<std::uint32_t> es, fs, e_begin{0}, f_begin{0};
  std::size_t e_units = 0;  // source units are 0 .. e_units - 1

  // Ends the current pair; drops it when one side is empty.
  void close() {
    if (es.size() == e_begin.back() || fs.size() == f_begin.back()) {
      es.resize(e_begin.back());
      fs.resize(f_begin.back());
      return;
    }
    e_begin.push_back(static_cast<std::uint32_t>(es.size()));
    f_begin.push_back(static_cast<std::uint32_t>(fs.size()));
  }
};

// IBM Model 1 (5 EM iterations from uniform): the unit pairs (e, f) seen together at least twice
// whose probability t(f | e) reaches 0.3, in order of first co-occurrence.
std::vector<std::pair<std::uint32_t, std::uint32_t>> ibm1(const Bags& bags) {
  constexpr double kMinProbability = 0.3;
  constexpr int kIterations = 5;
  const auto& [es, fs, e_begin, f_begin, e_units] = bags;
  const std::size_t pairs = e_begin.size() - 1;
  // Every co-occurring (e, f) gets a slot; each sentence pair lists its slots, row by f. The
  // slots are found through an open-addressing table of their codes e << 32 | f.
  std::size_t occurrences = 0;
  for (std::size_t p = 0; p < pairs; ++p)
    occurrences += std::size_t(e_begin[p + 1] - e_begin[p]) * (f_begin[p + 1] - f_begin[p]);
  int bits = 4;
  while ((std::size_t{1} << bits) < 2 * occurrences) ++bits;
  // The table holds slot numbers; a slot's code is read back from slot_e and slot_f.
  std::vector<std::uint32_t> table(std::size_t{1} << bits, kNone);
  const std::size_t table_mask = table.size() - 1;
  std::vector<std::uint32_t> slots, slot_e, slot_f, cooc;
  slots.reserve(occurrences);
  for (std::size_t p = 0; p < pairs; ++p)
    for (std::uint32_t x = f_begin[p]; x < f_begin[p + 1]; ++x)
      for (std::uint32_t y = e_begin[p]; y < e_begin[p + 1]; ++y) {
        const std::uint64_t code = (std::uint64_t{es[y]} << 32) | fs[x];
        std::size_t h = static_cast<std::size_t>((code * 0x9E3779B97F4A7C15ull) >> (64 - bits));
        while (table[h] != kNone && (slot_e[table[h]] != es[y] || slot_f[table[h]] != fs[x]))
          h = (h + 1) & table_mask;
        if (table[h] == kNone) {
          table[h] = static_cast<std::uint32_t>(slot_e.size());
          slot_e.push_back(es[y]);
          slot_f.push_back(fs[x]);
          cooc.push_back(0);
        }
        ++cooc[table[h]];
        slots.push_back(table[h]);
      }
  std::vector<std::uint32_t>().swap(table);
  std::vector<double> t(slot_e.size(), 1.0), count(slot_e.size());
  std::vector<double> total(e_units);
  for (int it = 0; it < kIterations; ++it) {
    std::fill(count.begin(), count.end(), 0.0);
    std::fill(total.begin(), total.end(), 0.0);
    std::size_t at = 0;
    for (std::size_t p = 0; p < pairs; ++p) {
      const std::size_t ne = e_begin[p + 1] - e_begin[p];
      const std::size_t end = at + ne * (f_begin[p + 1] - f_begin[p]);
      for (; at < end; at += ne) {  // one row per target word f
        double denom = 0;
        for (std::size_t c = 0; c < ne; ++c) denom += t[slots[at + c]];
        for (std::size_t c = 0; c < ne; ++c) {
          const double x = t[slots[at + c]] / denom;
          count[slots[at + c]] += x;
          total[slot_e[slots[at + c]]] += x;
        }
      }
    }
    for (std::size_t k = 0; k < t.size(); ++k) t[k] = count[k] / total[slot_e[k]];
  }
  std::vector<std::pair<std::uint32_t, std::uint32_t>> out;
  for (std::size_t k = 0; k < t.size(); ++k)
    if (t[k] >= kMinProbability && cooc[k] >= 2) out.emplace_back(slot_e[k], slot_f[k]);
  return out;
}

bool content(const annotate::Token& t) {
  return !t.function_word() && t.number().empty() && t.lower().size() > 2;
}

// Unit ids by name, in order of arrival.
struct Units {
  std::unordered_map<std::string_view, std::uint32_t> ids;
  std::vector<std::string_view> names;
  std::uint32_t id(std::string_view name) {
    auto [it, added] = ids.try_emplace(name, static_cast<std::uint32_t>(names.size()));
    if (added) names.push_back(name);
    return it->second;
  }
};

// The learned table over the content stems of confident 1-1 blocks: for each source stem, the
// target stems it most probably translates to (other than itself).
Learned learn_table(const Side& src, const Side& tgt, const std::vector<Bead>& confident) {
  Units e, f;
  Bags bags;
  for (const Bead& b : confident) {
    for (const auto& t : src.tokens.sentences[b.src_begin])
      if (content(t)) bags.es.push_back(e.id(t.stem()));
    for (const auto& t : tgt.tokens.sentences[b.tgt_begin])
      if (content(t)) bags.fs.push_back(f.id(t.stem()));
    bags.close();
  }
  bags.e_units = e.names.size();
  Learned learned;
  for (const auto& [x, y] : ibm1(bags))
    if (e.names[x] != f.names[y]) learned[std::string(e.names[x])].emplace_back(f.names[y]);
  return learned;
}

// The subword pieces of the content word forms of one side (pieces of at least four
// characters; shorter ones say little), as ids into `names`.
struct FormPieces {
  std::vector<std::vector<std::uint32_t>> of_form;  // by word form of the side
  std::deque<std::string> names;                    // piece of each id
};

FormPieces form_pieces(const SideKeys& side, const subword::Model& model) {
  FormPieces out;
  std::unordered_map<std::string, std::uint32_t> ids;
  out.of_form.resize(side.forms.size());
  for (std::size_t f = 0; f < side.forms.size(); ++f) {
    const annotate::Token& t = *side.forms[f];
    if (!content(t)) continue;
    for (std::string& p : model.pieces(t.lower())) {
      if (utf8::length(p) < 4) continue;
      auto [it, added] = ids.try_emplace(p, static_cast<std::uint32_t>(out.names.size()));
      if (added) out.names.push_back(std::move(p));
      auto& list = out.of_form[f];
      if (std::find(list.begin(), list.end(), it->second) == list.end()) list.push_back(it->second);
    }
  }
  return out;
}

// The learned table over subword pieces: for each source piece, the target pieces it most
// probably translates to (other than itself: spelling alike is matched by the identity and
// cognate keys). As extra keys per form: target forms get "u" + each of their pieces, source
// forms "u" + each translation of each of their pieces.
void learn_subwords(const SideKeys& src_keys, const SideKeys& tgt_keys, const FormPieces& src,
                    const FormPieces& tgt, const std::vector<Bead>& confident,
                    std::vector<std::vector<std::string>>& src_extra,
                    std::vector<std::vector<std::string>>& tgt_extra) {
  Bags bags;
  for (const Bead& b : confident) {
    const SentenceKeys& s = src_keys.sentences[b.src_begin];
    for (std::uint32_t k = s.begin; k < s.end; ++k)
      for (std::uint32_t p : src.of_form[src_keys.tokens[k]]) bags.es.push_back(p);
    const SentenceKeys& t = tgt_keys.sentences[b.tgt_begin];
    for (std::uint32_t k = t.begin; k < t.end; ++k)
      for (std::uint32_t p : tgt.of_form[tgt_keys.tokens[k]]) bags.fs.push_back(p);
    bags.close();
  }
  bags.e_units = src.names.size();
  std::vector<std::vector<std::uint32_t>> translations(src.names.size());
  for (const auto& [x, y] : ibm1(bags))
    if (src.names[x] != tgt.names[y]) translations[x].push_back(y);
  src_extra.assign(src_keys.forms.size(), {});
  for (std::size_t f = 0; f < src.of_form.size(); ++f)
    for (std::uint32_t p : src.of_form[f])
      for (std::uint32_t y : translations[p]) src_extra[f].push_back("u" + tgt.names[y]);
  tgt_extra.assign(tgt_keys.forms.size(), {});
  for (std::size_t f = 0; f < tgt.of_form.size(); ++f)
    for (std::uint32_t p : tgt.of_form[f]) tgt_extra[f].push_back("u" + tgt.names[p]);
}

}  // namespace

void AlignOptions::validate() const {
  if (bead_types.empty()) throw ConfigError("no block types allowed");
  for (const BeadType& t : bead_types)
    if (t.src > kMaxSide || t.tgt > kMaxSide || (t.src == 0 && t.tgt == 0))
      throw ConfigError("block types join 0 to 4 sentences a side, and at least one");
  if (std::find(bead_types.begin(), bead_types.end(), BeadType{1, 1}) == bead_types.end())
    throw ConfigError("block type 1-1 must be allowed");
  if (skip_cost < 0 || length_weight < 0 || three_cost < 0 || four_cost < 0 ||
      repeated_skip_factor < 0)
    throw ConfigError("alignment costs must not be negative");
  if (threads == 0) throw ConfigError("an alignment needs at least one thread");
  search.validate();
}

std::vector<BeadType> parse_bead_types(const std::string& list) {
  std::vector<BeadType> out;
  std::stringstream in(list);
  std::string item;
  while (std::getline(in, item, ',')) {
    const auto dash = item.find('-');
    const bool ok = item.size() == 3 && dash == 1 && item[0] >= '0' && item[0] <= '4' &&
                    item[2] >= '0' && item[2] <= '4' && !(item[0] == '0' && item[2] == '0');
    if (!ok)
      throw ConfigError("bad block type '" + item +
                        "' (expected N-M with N, M from 0 to 4, e.g. 2-1)");
    const BeadType t{static_cast<std::uint8_t>(item[0] - '0'),
                     static_cast<std::uint8_t>(item[2] - '0')};
    if (std::find(out.begin(), out.end(), t) == out.end()) out.push_back(t);
  }
  if (out.empty()) throw ConfigError("empty block type list");
  return out;
}

Alignment align(const Side& src, const Side& tgt, const Bilingual& lexicon,
                const AlignOptions& options, const subword::Model* subwords) {
  return explain(src, tgt, lexicon, options, subwords).alignment;
}

Explained explain(const Side& src, const Side& tgt, const Bilingual& lexicon,
                  const AlignOptions& options, const subword::Model* subwords) {
  options.validate();
  const auto n = static_cast<std::uint32_t>(src.doc.sentences.size());
  const auto m = static_cast<std::uint32_t>(tgt.doc.sentences.size());
  KeySpace space;
  SideKeys tgt_keys = index_side(tgt);
  SideKeys src_keys = index_side(src);
  space.reserve(4 * (tgt_keys.forms.size() + src_keys.forms.size()));  // a few keys a form
  assign_keys(tgt_keys, false, nullptr, nullptr, nullptr, options, space);
  assign_keys(src_keys, true, &lexicon, nullptr, nullptr, options, space);
  std::vector<Bead> beads;
  Learned learned;
  std::vector<std::vector<std::string>> src_extra, tgt_extra;  // subword keys by word form
  {
    // A rough first pass is enough to learn from, when a second follows: it is not verified by a
    // wider band, and it uses only blocks of up to three sentences (the table is learned from
    // 1-1 blocks, and the second pass is anchored on them).
    AlignOptions first = options;
    if (options.use_learned_table) {
      first.search.verify = false;
      first.bead_types.clear();
      for (const BeadType& t : options.bead_types)
        if (t.src + t.tgt <= 3) first.bead_types.push_back(t);
    }
    Scorer scorer(src_keys, tgt_keys, first);
    const std::uint64_t cells = std::uint64_t(n + 1) * (m + 1);
    const std::vector<Anchor> anchors = cells > options.search.max_full_cells
                                            ? find_anchors(src_keys, tgt_keys, space.size(),
                                                           options.threads)
                                            : std::vector<Anchor>{};
    beads = search(n, m, first.bead_types, scorer, anchors, first.search);
    if (options.use_learned_table) {
      const std::vector<Bead> confident = confident_pairs(beads, scorer);
      learned = learn_table(src, tgt, confident);
      if (options.use_subwords && subwords)
        learn_subwords(src_keys, tgt_keys, form_pieces(src_keys, *subwords),
                       form_pieces(tgt_keys, *subwords), confident, src_extra, tgt_extra);
    }
  }
  if (!tgt_extra.empty())
    assign_keys(tgt_keys, false, nullptr, nullptr, &tgt_extra, options, space);
  if (!learned.empty() || !src_extra.empty()) add_keys(src_keys, &learned, &src_extra, space);
  Scorer scorer(src_keys, tgt_keys, options);
  if (options.use_learned_table) {
    std::vector<Anchor> anchors;
    for (const Bead& b : beads)
      if (b.src_size() == 1 && b.tgt_size() == 1) anchors.push_back({b.src_begin, b.tgt_begin});
    // The band of the first pass, though the anchors are dense now: a narrower one has fewer
    // cells but takes more passes wherever the path strays from them (a paragraph moved).
    beads = search(n, m, options.bead_types, scorer, anchors, options.search);
  }
  Explained out;
  out.evidence = block_evidence(src_keys, tgt_keys, scorer, beads, lexicon.size());
  for (std::size_t k = 0; k < beads.size(); ++k)
    beads[k].confidence = confidence(beads[k], out.evidence[k]);
  out.alignment.beads = std::move(beads);
  return out;
}

}  // namespace wirealign::align
