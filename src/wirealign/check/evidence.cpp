// Lexical evidence between aligned sentences, the document's length norm, cut-off tails.
#include "wirealign/check/evidence.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <string>

#include "wirealign/core/utf8.h"

namespace wirealign::check {

namespace {

// A key: the tag and the string, hashed (64 bits: two different keys of one document meet by
// chance about once in 10^15 comparisons).
using Key = std::uint64_t;

Key keyed(char tag, std::string_view s) {
  return std::hash<std::string_view>()(s) * 0x9E3779B97F4A7C15ull + static_cast<unsigned char>(tag);
}

std::string_view cognate_prefix(std::string_view folded) {
  std::size_t i = 0, letters = 0;
  while (i < folded.size() && letters < 5) {
    utf8::next(folded, i);
    ++letters;
  }
  if (letters < 5 || i >= folded.size()) return {};
  return folded.substr(0, i);
}

// The dictionary key of a stem: its first four letters, so that stems the two stemmers cut
// differently still meet (utilis / util, églis / église).
Key stem_key(std::string_view stem) {
  std::size_t i = 0, letters = 0;
  while (i < stem.size() && letters < 4) {
    utf8::next(stem, i);
    ++letters;
  }
  return keyed('t', stem.substr(0, i));
}

// Keys a token offers to be matched: number, folded form, cognate prefix.
template <typename Add>
void spelling_keys(const annotate::Token& t, Add add) {
  if (!t.number().empty()) {
    add(keyed('n', t.number()));
    return;
  }
  add(keyed('i', t.folded()));
  if (!t.function_word()) {
    const std::string_view p = cognate_prefix(t.folded());
    if (!p.empty()) add(keyed('c', p));
  }
}

// Keys of a source token: spelling and the target stems of its translations.
template <typename Add>
void src_keys(const annotate::Token& t, const align::Bilingual& lexicon, Add add) {
  spelling_keys(t, add);
  if (t.number().empty() && !t.function_word())
    if (const align::Translations tr = lexicon.translations(t.stem()))
      for (const std::string_view x : tr) add(stem_key(x));
}

// Keys of a target token: spelling and its own stem.
template <typename Add>
void tgt_keys(const annotate::Token& t, Add add) {
  spelling_keys(t, add);
  if (t.number().empty() && !t.function_word()) add(stem_key(t.stem()));
}

}  // namespace

double evidence_weight(const annotate::Token& t) {
  if (!t.number().empty()) return 1.0;
  if (t.function_word()) return 0.15;
  if (t.lower().size() <= 2) return 0.3;
  return 1.0;
}

bool is_content(const annotate::Token& t) {
  return !t.number().empty() || (!t.function_word() && t.lower().size() > 2);
}

// The keys of every token of both sides, made once per context (the checks ask for the coverage
// of the same sentences many times).
struct TokenKeys {
  struct Side {
    std::vector<Key> keys;  // token after token, sentence after sentence
    // The keys of token k of the side: keys[token_begin[k], token_begin[k + 1]).
    std::vector<std::uint32_t> token_begin;
    std::vector<std::uint32_t> first_token;  // first token of each sentence, and one past the last
    // The keys of each sentence, sorted: sorted[sorted_begin[s], sorted_begin[s + 1]).
    std::vector<Key> sorted;
    std::vector<std::uint32_t> sorted_begin;
  };
  Side src, tgt;
};

namespace {

template <typename Keys>
TokenKeys::Side side_keys(const annotate::Annotated& tokens, Keys keys_of) {
  TokenKeys::Side side;
  side.token_begin.push_back(0);
  for (const auto& sentence : tokens.sentences) {
    side.first_token.push_back(static_cast<std::uint32_t>(side.token_begin.size() - 1));
    for (const annotate::Token& t : sentence) {
      keys_of(t, [&](Key k) { side.keys.push_back(k); });
      side.token_begin.push_back(static_cast<std::uint32_t>(side.keys.size()));
    }
  }
  side.first_token.push_back(static_cast<std::uint32_t>(side.token_begin.size() - 1));
  side.sorted = side.keys;
  side.sorted_begin.reserve(side.first_token.size());
  for (const std::uint32_t first : side.first_token) {
    side.sorted_begin.push_back(side.token_begin[first]);
    if (side.sorted_begin.size() > 1)
      std::sort(side.sorted.begin() + side.sorted_begin[side.sorted_begin.size() - 2],
                side.sorted.begin() + side.sorted_begin.back());
  }
  return side;
}

const TokenKeys& token_keys(const Context& context) {
  if (!context.token_keys) {
    auto keys = std::make_shared<TokenKeys>();
    keys->src = side_keys(context.src_tokens, [&](const annotate::Token& t, auto add) {
      src_keys(t, context.lexicon, add);
    });
    keys->tgt = side_keys(context.tgt_tokens, [](const annotate::Token& t, auto add) { tgt_keys(t, add); });
    context.token_keys = std::move(keys);
  }
  return *context.token_keys;
}

// Coverage of the tokens of sentence `sentence` of `side` (tokens `tokens`) by the sentences
// `others` of the other side.
Coverage coverage(const TokenKeys::Side& side, const std::vector<annotate::Token>& tokens,
                  std::uint32_t sentence, const TokenKeys::Side& other, Range others) {
  const auto has = [&](Key key) {
    for (std::uint32_t s = others.begin; s < others.end; ++s)
      if (std::binary_search(other.sorted.begin() + other.sorted_begin[s],
                             other.sorted.begin() + other.sorted_begin[s + 1], key))
        return true;
    return false;
  };
  Coverage c;
  c.covered.reserve(tokens.size());
  const std::uint32_t first = side.first_token[sentence];
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    bool hit = false;
    for (std::uint32_t x = side.token_begin[first + k]; x < side.token_begin[first + k + 1] && !hit; ++x)
      hit = has(side.keys[x]);
    const double w = evidence_weight(tokens[k]);
    c.covered.push_back(hit);
    c.total_weight += w;
    if (hit) c.covered_weight += w;
  }
  return c;
}

}  // namespace

Coverage src_coverage(const Context& context, std::uint32_t src_sentence, Range tgt) {
  if (tgt.empty()) tgt = {0, 0};
  const TokenKeys& k = token_keys(context);
  return coverage(k.src, context.src_tokens.sentences[src_sentence], src_sentence, k.tgt, tgt);
}

Coverage tgt_coverage(const Context& context, std::uint32_t tgt_sentence, Range src) {
  if (src.empty()) src = {0, 0};
  const TokenKeys& k = token_keys(context);
  return coverage(k.tgt, context.tgt_tokens.sentences[tgt_sentence], tgt_sentence, k.src, src);
}

std::size_t content_words(const std::vector<annotate::Token>& tokens) {
  std::size_t n = 0;
  for (const auto& t : tokens) n += is_content(t);
  return n;
}

std::size_t covered_content(const std::vector<annotate::Token>& tokens, const Coverage& c) {
  std::size_t n = 0;
  for (std::size_t t = 0; t < tokens.size(); ++t) n += c.covered[t] && is_content(tokens[t]);
  return n;
}

namespace {

// A side of a pair needs this many content words to be judged unrelated (free translations of
// short sentences, quotations above all, often share nothing the lexicon can see); with fewer
// than kMinUnrelatedWords, only doubtfully.
constexpr std::size_t kMinUnrelatedWords = 6;
constexpr std::size_t kMinDoubtfulWords = 5;
// Pairs with this many content words a side make the coverage norm.
constexpr std::size_t kMinNormWords = 4;
// Norms from this many pairs; below, the lexicon's expected norm.
constexpr std::size_t kMinNormPairs = 6;
constexpr double kDictionaryNorm = 0.4;
constexpr std::size_t kDictionarySize = 1000;
// The document's pairs must usually share this much for a pair sharing nothing to stand out;
// from kMinNormForDoubtful, it stands out doubtfully (a smaller dictionary).
constexpr double kMinNormForUnrelated = 0.35;
constexpr double kMinNormForDoubtful = 0.2;

}  // namespace

CoverageNorm coverage_norm(const Context& context) {
  if (context.coverage_norm) return *context.coverage_norm;
  std::vector<double> shares;
  for (const Bead& b : context.alignment.beads) {
    if (b.src_size() != 1 || b.tgt_size() != 1) continue;
    const auto& s = context.src_tokens.sentences[b.src_begin];
    const auto& t = context.tgt_tokens.sentences[b.tgt_begin];
    if (content_words(s) < kMinNormWords || content_words(t) < kMinNormWords) continue;
    const double a = src_coverage(context, b.src_begin, {b.tgt_begin, b.tgt_end}).share();
    const double c = tgt_coverage(context, b.tgt_begin, {b.src_begin, b.src_end}).share();
    shares.push_back(std::min(a, c));
  }
  CoverageNorm norm;
  norm.pairs = shares.size();
  if (shares.size() < kMinNormPairs) {
    norm.median = context.lexicon.size() >= kDictionarySize ? kDictionaryNorm : 0.0;
  } else {
    std::nth_element(shares.begin(), shares.begin() + shares.size() / 2, shares.end());
    norm.median = shares[shares.size() / 2];
  }
  context.coverage_norm = std::make_shared<const CoverageNorm>(norm);
  return norm;
}

std::optional<double> unrelated(const Context& context, Range src, Range tgt,
                                const CoverageNorm& norm) {
  if (src.empty() || tgt.empty() || norm.median < kMinNormForDoubtful) return std::nullopt;
  std::size_t src_words = 0, tgt_words = 0;
  for (std::uint32_t i = src.begin; i < src.end; ++i) {
    const auto& tokens = context.src_tokens.sentences[i];
    src_words += content_words(tokens);
    if (covered_content(tokens, src_coverage(context, i, tgt)) > 0) return std::nullopt;
  }
  for (std::uint32_t k = tgt.begin; k < tgt.end; ++k) {
    const auto& tokens = context.tgt_tokens.sentences[k];
    tgt_words += content_words(tokens);
    if (covered_content(tokens, tgt_coverage(context, k, src)) > 0) return std::nullopt;
  }
  if (src_words < kMinDoubtfulWords || tgt_words < kMinDoubtfulWords) return std::nullopt;
  if (src_words < kMinUnrelatedWords || tgt_words < kMinUnrelatedWords ||
      norm.median < kMinNormForUnrelated)
    return kDoubtfullyUnrelated;
  // Surer with longer sentences and a document whose pairs share more.
  const double length = std::min(1.0, static_cast<double>(std::min(src_words, tgt_words)) / 12);
  return std::min(0.95, 0.5 + 0.3 * length + 0.4 * (norm.median - kMinNormForUnrelated));
}

namespace {

// little_shared: both sentences need this many content words to be judged (free translations of
// short sentences often share no word at all: "He was speechless" / "La nouvelle le laissa sans
// voix"); kMinContentWordsShort in a short document.
constexpr std::size_t kMinContentWords = 5;
constexpr std::size_t kMinContentWordsShort = 3;
constexpr std::size_t kMaxBlocksShortDocument = 4;
// Neither side covered beyond kMaxShare, and the block's confidence at kMaxConfidence or below:
// in a document whose order vouches for its pairs, a free translation shares little too, so the
// place must doubt the pair as well. In a short document, kMaxConfidenceShort.
constexpr double kMaxShare = 0.15;
constexpr double kMaxConfidence = 0.25;
// Where the place and the evidence doubt the pair much more (a confidence of kMaxConfidenceDoubted
// or below), shared function words and a chance translation or two are not enough to vouch for
// it: up to kMaxShareDoubted of each side may be covered.
constexpr double kMaxConfidenceDoubted = 0.05;
constexpr double kMaxShareDoubted = 0.4;
constexpr double kMaxConfidenceShort = 0.5;
// The document's pairs must usually share at least this much (with no dictionary for the pair,
// or another script, a pair with little in common is the norm).
constexpr double kMinNormLittleShared = 0.3;

}  // namespace

std::string Shares::describe() const {
  char text[64];
  std::snprintf(text, sizeof text, "%.0f%% of the source words, %.0f%% of the target words",
                100 * src, 100 * tgt);
  return text;
}

bool short_document(const Context& context) {
  return context.alignment.beads.size() < kMaxBlocksShortDocument;
}

std::optional<Shares> little_shared(const Context& context, const Bead& bead,
                                    const CoverageNorm& norm) {
  if (bead.src_size() != 1 || bead.tgt_size() != 1 || norm.median < kMinNormLittleShared)
    return std::nullopt;
  const bool short_doc = short_document(context);
  // Beside a block of one side only, the pair may be part of a longer line the alignment split,
  // which lowers the confidence of a translation too: doubted as in a short document.
  bool beside_unpaired = false;
  const auto& beads = context.alignment.beads;
  const std::size_t b = context.src_bead[bead.src_begin];
  for (const std::size_t n : {b - 1, b + 1})  // b - 1 wraps around for the first block
    if (n < beads.size() && (beads[n].src_size() == 0 || beads[n].tgt_size() == 0))
      beside_unpaired = true;
  if (bead.confidence > (short_doc || beside_unpaired ? kMaxConfidenceShort : kMaxConfidence))
    return std::nullopt;
  const std::uint32_t i = bead.src_begin, k = bead.tgt_begin;
  if (unrelated(context, {i, i + 1}, {k, k + 1}, norm)) return std::nullopt;
  const std::size_t words = std::min(content_words(context.src_tokens.sentences[i]),
                                     content_words(context.tgt_tokens.sentences[k]));
  // Where the place and the evidence doubt the pair much more, a short sentence is judged too.
  const bool doubted = !short_doc && bead.confidence <= kMaxConfidenceDoubted;
  if (words < (short_doc || doubted ? kMinContentWordsShort : kMinContentWords))
    return std::nullopt;
  const Shares shares{src_coverage(context, i, {k, k + 1}).share(),
                      tgt_coverage(context, k, {i, i + 1}).share()};
  const double max_share = doubted ? kMaxShareDoubted : kMaxShare;
  if (shares.src > max_share || shares.tgt > max_share) return std::nullopt;
  return shares;
}

std::size_t characters(const Sentence& sentence) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < sentence.text.size(); ++n) utf8::next(sentence.text, i);
  return n;
}

double log_length_ratio(const Context& context, Range src, Range tgt) {
  double s = 10, t = 10;
  for (std::uint32_t i = src.begin; i < src.end; ++i)
    s += static_cast<double>(characters(context.src.sentences[i]));
  for (std::uint32_t k = tgt.begin; k < tgt.end; ++k)
    t += static_cast<double>(characters(context.tgt.sentences[k]));
  return std::log(t / s);
}

LengthNorm length_norm(const Context& context) {
  std::vector<double> ratios;
  for (const Bead& b : context.alignment.beads) {
    if (b.src_size() != 1 || b.tgt_size() != 1) continue;
    if (characters(context.src.sentences[b.src_begin]) < 20 ||
        characters(context.tgt.sentences[b.tgt_begin]) < 20)
      continue;
    ratios.push_back(
        log_length_ratio(context, {b.src_begin, b.src_end}, {b.tgt_begin, b.tgt_end}));
  }
  LengthNorm norm;
  norm.pairs = ratios.size();
  if (ratios.size() < 8) return norm;
  auto median = [](std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  };
  norm.median = median(ratios);
  for (double& r : ratios) r = std::abs(r - norm.median);
  norm.spread = std::max(0.12, 1.4826 * median(ratios));
  return norm;
}

namespace {

// Truncations: sentences of less token weight are not judged.
constexpr double kMinTruncatedWeight = 8;
// The target must be this many spreads shorter than the norm (fewer when it ends as if cut).
constexpr double kMaxSpreads = -3.0;
constexpr double kCutMaxSpreads = -1.0;
// The missing tail: at least this many content words and this share of the sentence's weight,
// with at most this fraction of the head's covered share (no more than the head's share when the
// target ends as if cut).
constexpr std::size_t kMinTailWords = 3;
constexpr double kMinTailShare = 0.2;
constexpr double kMaxTailCoverage = 0.5;
// A target kFarSpreads or more shorter than the norm is judged in shorter sentences too (of
// kMinFarWeight), where a tail of kMinFarTailWords content words is enough.
constexpr double kFarSpreads = -4.5;
constexpr double kMinFarWeight = 5;
constexpr std::size_t kMinFarTailWords = 2;

// part_left_out: the target at least kPartMinFactor times and kPartMaxSpreads spreads shorter
// than the norm of a document of kMinPartPairs measured pairs; of its weight, kPartMinTargetShare
// and kPartTargetNormShare of the coverage norm rendering the source; and kMinPartWords content
// words making kMinPartShare of the source's weight without counterpart.
constexpr std::size_t kMinPartPairs = 8;
constexpr double kPartMinFactor = 1.8;  // as far off as length-ratio reports from
constexpr double kPartMaxSpreads = -3.0;
constexpr double kPartMinTargetShare = 0.12;
constexpr double kPartTargetNormShare = 0.4;
constexpr std::size_t kMinPartWords = 3;
constexpr double kMinPartShare = 0.3;

// Split pairs: the target sentence needs this many content words, and one of the two sentences
// this share covered by the other.
constexpr std::size_t kMinPartnerWords = 2;
constexpr double kMinPartnerShare = 0.3;

// Quotation marks in `text`: how many open (« “ and straight quotes counted as opening) and how
// many close (» ”).
std::pair<int, int> quotes(std::string_view text) {
  int open = 0, close = 0, straight = 0;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = utf8::next(text, i);
    if (c == U'\u00AB' || c == U'\u201C') ++open;
    else if (c == U'\u00BB' || c == U'\u201D') ++close;
    else if (c == U'"') ++straight;
  }
  return {open + (straight + 1) / 2, close + straight / 2};
}

// Whether target sentence `k`, which translates source sentence `i`, ends in a visibly cut way:
// a comma, colon or semicolon right before its final full stop ("...de cuir blanc,."), or a
// quotation opened and not closed where the source closes all of its quotations.
bool cut_mark(const Context& context, std::uint32_t i, std::uint32_t k) {
  const std::string& text = context.tgt.sentences[k].text;
  std::size_t end = text.find_last_not_of(' ');
  if (end == std::string::npos || end == 0 || text[end] != '.') return false;
  if (text[end - 1] == '.') return false;  // "..." is a deliberate ellipsis
  const std::size_t before = text.find_last_not_of(' ', end - 1);
  if (before == std::string::npos) return false;
  if (text[before] == ',' || text[before] == ':' || text[before] == ';') return true;
  const auto [src_open, src_close] = quotes(context.src.sentences[i].text);
  const auto [tgt_open, tgt_close] = quotes(text);
  return src_open == src_close && tgt_open > tgt_close;
}

// Whether `text` ends in a closing quotation mark, before or after its final punctuation
// ("... concern." and "... preocupación»."). After the last word, any quotation mark closes.
bool ends_quoted(std::string_view text) {
  std::size_t i = text.size();
  while (i > 0) {
    std::size_t p = i - 1;
    while (p > 0 && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
    std::size_t q = p;
    const char32_t c = utf8::next(text, q);
    if (c == U'\u00BB' || c == U'\u201D' || c == U'\u201C' || c == U'"') return true;
    if (c != U' ' && c != U'.' && c != U'!' && c != U'?' && c != U'\u2026') return false;
    i = p;
  }
  return false;
}

// Whether the translation of source sentence `i` ends where the source does: both end with a
// quotation, and have as many. The quoted words were rendered to their end, perhaps freely (a
// translation cut short leaves its last quotation open, or loses it).
bool quotation_kept_to_end(const Context& context, std::uint32_t i, std::uint32_t k) {
  const std::string& src = context.src.sentences[i].text;
  const std::string& tgt = context.tgt.sentences[k].text;
  return ends_quoted(src) && ends_quoted(tgt) && quotes(src) == quotes(tgt);
}

}  // namespace

std::optional<Truncation> truncated_tail(const Context& context, std::uint32_t src_sentence,
                                         Range tgt, const LengthNorm& norm) {
  if (tgt.empty()) return std::nullopt;
  const auto& tokens = context.src_tokens.sentences[src_sentence];
  const Coverage c = src_coverage(context, src_sentence, tgt);
  if (c.total_weight < kMinFarWeight) return std::nullopt;
  const double r = log_length_ratio(context, {src_sentence, src_sentence + 1}, tgt);
  const double z = norm.z(r);
  const bool far = z <= kFarSpreads;
  if (c.total_weight < kMinTruncatedWeight && !far) return std::nullopt;
  const bool cut = cut_mark(context, src_sentence, tgt.end - 1);
  if (z > (cut ? kCutMaxSpreads : kMaxSpreads)) return std::nullopt;
  if (quotation_kept_to_end(context, src_sentence, tgt.end - 1)) return std::nullopt;
  // Where the translation would stop if it rendered the source in order at the usual ratio.
  const double kept = std::min(1.0, std::exp(r - norm.median));
  const Span sentence = context.src.sentences[src_sentence].span;
  const double stop = sentence.begin + kept * sentence.size();
  std::size_t first = 0;
  while (first < tokens.size() && tokens[first].span.begin < stop) ++first;
  while (first < tokens.size() && (c.covered[first] || !is_content(tokens[first]))) ++first;
  if (first >= tokens.size()) return std::nullopt;
  double head_w = 0, head_cov = 0, tail_w = 0, tail_cov = 0;
  Truncation tr;
  tr.first_token = first;
  tr.cut_mark = cut;
  for (std::size_t p = 0; p < tokens.size(); ++p) {
    const double w = evidence_weight(tokens[p]);
    (p < first ? head_w : tail_w) += w;
    if (c.covered[p]) (p < first ? head_cov : tail_cov) += w;
    if (p >= first && is_content(tokens[p])) ++tr.tail_words;
  }
  tr.tail_share = tail_w / c.total_weight;
  const double head_share = head_w > 0 ? head_cov / head_w : 0;
  const double tail_covered = tail_w > 0 ? tail_cov / tail_w : 0;
  // The tail must be long and have clearly less evidence than the head.
  if (tr.tail_words < (far ? kMinFarTailWords : kMinTailWords) || tr.tail_share < kMinTailShare)
    return std::nullopt;
  tr.far_only = c.total_weight < kMinTruncatedWeight || tr.tail_words < kMinTailWords;
  if (tail_covered > (cut ? 1.0 : kMaxTailCoverage) * head_share) return std::nullopt;
  return tr;
}

std::optional<PartLeftOut> part_left_out(const Context& context, std::uint32_t i, std::uint32_t k,
                                         const LengthNorm& norm, const CoverageNorm& coverage) {
  if (norm.pairs < kMinPartPairs) return std::nullopt;
  const double r = log_length_ratio(context, {i, i + 1}, {k, k + 1});
  if (norm.z(r) > kPartMaxSpreads || r - norm.median > -std::log(kPartMinFactor))
    return std::nullopt;
  // The target renders the source about as much as the document's pairs usually do: it
  // translates part of it.
  if (tgt_coverage(context, k, {i, i + 1}).share() <
      std::max(kPartMinTargetShare, kPartTargetNormShare * coverage.median))
    return std::nullopt;
  const auto& tokens = context.src_tokens.sentences[i];
  const Coverage c = src_coverage(context, i, {k, k + 1});
  PartLeftOut part;
  part.factor = std::exp(norm.median - r);
  double missing_weight = 0;
  // Runs of uncovered tokens; function words inside a run do not end it.
  std::size_t p = 0;
  while (p < tokens.size()) {
    if (c.covered[p] || !is_content(tokens[p])) {
      ++p;
      continue;
    }
    std::size_t end = p, words = 0, last = p;
    double weight = 0;
    for (; end < tokens.size() && !c.covered[end]; ++end) {
      weight += evidence_weight(tokens[end]);
      if (is_content(tokens[end])) {
        ++words;
        last = end;
      }
    }
    if (words >= 2) {
      part.missing.push_back({tokens[p].span.begin, tokens[last].span.end});
      part.missing_words += words;
      missing_weight += weight;
    }
    p = end;
  }
  if (part.missing_words < kMinPartWords || missing_weight < kMinPartShare * c.total_weight)
    return std::nullopt;
  return part;
}

std::optional<std::size_t> unaligned_partner(const Context& context, std::size_t b) {
  const auto& beads = context.alignment.beads;
  const Bead& bead = beads[b];
  const bool src_side = bead.src_size() == 1 && bead.tgt_size() == 0;
  if (!src_side && !(bead.src_size() == 0 && bead.tgt_size() == 1)) return std::nullopt;
  for (const std::size_t n : {b - 1, b + 1}) {
    if (n >= beads.size()) continue;  // b - 1 wraps around for the first block
    const Bead& other = beads[n];
    if (other.src_size() != (src_side ? 0u : 1u) || other.tgt_size() != (src_side ? 1u : 0u))
      continue;
    const std::uint32_t i = src_side ? bead.src_begin : other.src_begin;
    const std::uint32_t k = src_side ? other.tgt_begin : bead.tgt_begin;
    std::size_t words = 0;
    for (const auto& t : context.tgt_tokens.sentences[k]) words += is_content(t);
    if (words >= kMinPartnerWords &&
        (tgt_coverage(context, k, {i, i + 1}).share() >= kMinPartnerShare ||
         src_coverage(context, i, {k, k + 1}).share() >= kMinPartnerShare))
      return n;
  }
  return std::nullopt;
}

std::string shorten(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  std::size_t cut = text.rfind(' ', max_bytes);
  if (cut == std::string_view::npos || cut < max_bytes / 2) {
    cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  }
  std::string out(text.substr(0, cut));
  while (!out.empty() && (out.back() == ' ' || out.back() == ',')) out.pop_back();
  return out + "…";
}

std::string quote_tokens(const std::string& text, const std::vector<annotate::Token>& tokens,
                         std::size_t first, std::size_t last, std::size_t max_bytes) {
  if (tokens.empty() || first > last || last >= tokens.size()) return {};
  const std::uint32_t b = tokens[first].span.begin, e = tokens[last].span.end;
  std::string s(std::string_view(text).substr(b, e - b));
  for (char& ch : s)
    if (ch == '\n' || ch == '\t') ch = ' ';
  if (s.size() <= max_bytes) return s;
  // Keep the beginning and the end: "first words ... last words".
  const std::string head = shorten(s, max_bytes / 2);
  std::size_t from = s.size() - max_bytes / 2;
  const std::size_t space = s.find(' ', from);
  if (space != std::string::npos) from = space + 1;
  while (from < s.size() && (static_cast<unsigned char>(s[from]) & 0xC0) == 0x80) ++from;
  return head + " " + s.substr(from);
}

}  // namespace wirealign::check
