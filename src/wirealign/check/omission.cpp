// omission: source content missing from the translation: a sentence with no translation, a
// sentence left out of a block that translates its neighbours, a translation cut short, or a name
// or a figure of the source with no counterpart in its translation and nothing in its place, or a
// word lost from a translated sentence, seen in its grammar (missing_words.h).
#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <string>
#include <unordered_set>

#include "wirealign/check/boilerplate.h"
#include "wirealign/check/checks.h"
#include "wirealign/check/evidence.h"
#include "wirealign/check/missing_words.h"
#include "wirealign/check/name_comparison.h"
#include "wirealign/check/names.h"
#include "wirealign/check/numbers.h"
#include "wirealign/lang/conventions.h"

namespace wirealign::check {

namespace {

// A sentence whose words appear this much in a neighbouring target sentence was merged into it
// rather than dropped.
constexpr double kMergedShare = 0.6;
// In a block of several source sentences, one with at most this share of evidence while its
// companions have at least kTranslatedShare was left out.
constexpr double kLeftOutShare = 0.1;
constexpr double kTranslatedShare = 0.4;
// Without the left-out sentence, the block's length ratio is within this many spreads of the
// norm, or closer to it than with the sentence.
constexpr double kLeftOutMaxSpreads = 2.5;

// How much less sure a replacement is when its length is the usual one for a translation, in a
// document whose translated pairs share less than kWeakCoverage of their words.
constexpr double kUsualLengthDoubt = 0.15;
constexpr double kWeakCoverage = 0.35;

// A document with this many sentences that put a space before a full stop or a comma is written
// so (tokenised text): a space there does not show a word removed.
constexpr std::size_t kTokenisedSentences = 3;

class Omission : public Check {
 public:
  explicit Omission(const Setup& setup)
      : boilerplate_(setup),
        names_(setup),
        src_numbers_(setup.src_language, setup.data_dir),
        tgt_numbers_(setup.tgt_language, setup.data_dir),
        src_words_(setup.data_dir, setup.src_language.code),
        tgt_words_(setup.data_dir, setup.tgt_language.code),
        cross_script_(lang::conventions(setup.src_language.code).script !=
                      lang::conventions(setup.tgt_language.code).script),
        tgt_drops_subjects_(setup.tgt_language.subject_dropped) {}

  std::vector<Finding> run(const Context& context) const override {
    std::vector<Finding> findings;
    const LengthNorm norm = length_norm(context);
    const CoverageNorm coverage = coverage_norm(context);
    const auto& beads = context.alignment.beads;
    // The nearest blocks with a target sentence before and after each block, found once: a long
    // run of unaligned source sentences must not be walked once for each of them.
    std::vector<std::size_t> before(beads.size(), kNone), after(beads.size(), kNone);
    for (std::size_t b = 1; b < beads.size(); ++b)
      before[b] = beads[b - 1].tgt_size() > 0 ? b - 1 : before[b - 1];
    for (std::size_t b = beads.size(); b-- > 1;)
      after[b - 1] = beads[b].tgt_size() > 0 ? b : after[b];
    for (std::size_t b = 0; b < beads.size(); ++b) {
      const Bead& bead = beads[b];
      if (bead.src_size() == 0) continue;
      // Boilerplate the alignment put in the block translates none of it.
      const Range tgt = translating_part(context, bead, boilerplate_);
      if (tgt.empty()) {
        // A translation the alignment split off into a block of its own: judge it as a pair.
        if (const auto partner = unaligned_partner(context, b)) {
          const Bead& other = beads[*partner];
          const Range split{other.tgt_begin, other.tgt_end};
          if (auto tr = truncated_tail(context, bead.src_begin, split, norm))
            findings.push_back(cut(context, bead.src_begin, split, *tr, coverage));
          continue;
        }
        for (std::uint32_t i = bead.src_begin; i < bead.src_end; ++i)
          if (auto f = unaligned(context, {before[b], after[b]}, i))
            findings.push_back(std::move(*f));
        continue;
      }
      // A translation replaced by something else: the alignment paired what stands in its place.
      if (auto sure = unrelated(context, {bead.src_begin, bead.src_end}, tgt, coverage)) {
        // Where the dictionary covers the pair's translations badly (a small dictionary,
        // another script), a target of just the length a translation would have is less surely
        // unrelated.
        const Range src{bead.src_begin, bead.src_end};
        if (coverage.median < kWeakCoverage && norm.pairs >= 8 &&
            std::fabs(norm.z(log_length_ratio(context, src, tgt))) < 1)
          *sure -= kUsualLengthDoubt;
        findings.push_back(replaced(context, bead, tgt, *sure));
        continue;
      }
      // Or by something that shares almost nothing with it, in a document long enough for the
      // place of the pair to doubt it too (in a short one, weak-alignment reports it).
      if (!short_document(context))
        if (const auto shares = little_shared(context, bead, coverage)) {
          findings.push_back(replaced_by_other(context, bead, *shares));
          continue;
        }
      if (bead.src_size() > 1)
        if (auto f = left_out(context, bead, tgt, norm)) {
          findings.push_back(std::move(*f));
          continue;
        }
      // A cut-off translation: only the last source sentence of a block can lose its tail.
      const std::uint32_t i = bead.src_end - 1;
      if (auto tr = truncated_tail(context, i, tgt, norm);
          tr && !(tr->far_only && tail_is_a_name(context, i, *tr))) {
        findings.push_back(cut(context, i, tgt, *tr, coverage));
        continue;
      }
      if (auto f = cut_inside(context, bead, tgt, norm, coverage)) {
        findings.push_back(std::move(*f));
        continue;
      }
      if (bead.src_size() == 1 && tgt.end - tgt.begin == 1)
        if (auto part = part_left_out(context, i, tgt.begin, norm, coverage))
          findings.push_back(left_out_part(context, i, tgt.begin, *part));
    }
    dropped_names(context, findings);
    vanished_figures(context, coverage, findings);
    lost_percent(context, findings);
    missing_words(context, findings);
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
      return a.src_sentences.front() < b.src_sentences.front();
    });
    return findings;
  }

 private:
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

  // A source sentence in a block with no target sentence; `neighbours` are the nearest blocks
  // before and after it that have a target sentence (kNone when there is none).
  static std::optional<Finding> unaligned(const Context& context,
                                          std::array<std::size_t, 2> neighbours, std::uint32_t i) {
    const auto& beads = context.alignment.beads;
    const auto& tokens = context.src_tokens.sentences[i];
    std::size_t words = 0;
    for (const auto& t : tokens) words += is_content(t);
    if (words == 0) return std::nullopt;  // a line of punctuation or symbols
    // Merged into a neighbour? Look at the target sentences of the nearest blocks that have one.
    for (std::size_t n : neighbours) {
      if (n == kNone) continue;
      if (src_coverage(context, i, {beads[n].tgt_begin, beads[n].tgt_end}).share() >= kMergedShare)
        return std::nullopt;
    }
    Finding f;
    f.kind = "omission";
    f.severity = Severity::error;
    f.confidence = 0.85;
    f.src_sentences = {i};
    f.message =
        "no translation of the source sentence \"" + shorten(context.src.sentences[i].text) + "\"";
    f.suggestion = "translate it, or check whether the target leaves it out on purpose";
    return f;
  }

  // A source sentence of a block of several whose words have no counterpart in the block's
  // target sentences `tgt`, other than words it shares with its companions, and without which
  // the block's length ratio stays near the document's norm.
  static std::optional<Finding> left_out(const Context& context, const Bead& bead, Range tgt,
                                         const LengthNorm& norm) {
    std::optional<std::uint32_t> missing;
    for (std::uint32_t i = bead.src_begin; i < bead.src_end; ++i) {
      std::unordered_set<std::string_view> companions;
      for (std::uint32_t j = bead.src_begin; j < bead.src_end; ++j)
        if (j != i)
          for (const auto& t : context.src_tokens.sentences[j]) companions.insert(t.folded());
      const auto& tokens = context.src_tokens.sentences[i];
      const Coverage c = src_coverage(context, i, tgt);
      double own = 0, own_covered = 0;
      std::size_t words = 0;
      for (std::size_t p = 0; p < tokens.size(); ++p) {
        if (companions.count(tokens[p].folded())) continue;
        own += evidence_weight(tokens[p]);
        if (c.covered[p]) own_covered += evidence_weight(tokens[p]);
        words += is_content(tokens[p]);
      }
      const double share = own > 0 ? own_covered / own : 0;
      if (share <= kLeftOutShare && words >= 3) {
        if (missing) return std::nullopt;  // two of them: the block itself is doubtful
        missing = i;
      } else if (c.share() < kTranslatedShare) {
        return std::nullopt;
      }
    }
    if (!missing) return std::nullopt;
    const Range with{bead.src_begin, bead.src_end};
    const Range without = *missing == bead.src_begin ? Range{with.begin + 1, with.end}
                                                     : Range{with.begin, with.end - 1};
    if (*missing != bead.src_begin && *missing != bead.src_end - 1) return std::nullopt;
    if (std::abs(norm.z(log_length_ratio(context, without, tgt))) >
        std::max(kLeftOutMaxSpreads, std::abs(norm.z(log_length_ratio(context, with, tgt)))))
      return std::nullopt;
    Finding f;
    f.kind = "omission";
    f.severity = Severity::error;
    f.confidence = 0.75;
    f.src_sentences = {*missing};
    for (std::uint32_t k = tgt.begin; k < tgt.end; ++k) f.tgt_sentences.push_back(k);
    f.message = "no translation of the source sentence \"" +
                shorten(context.src.sentences[*missing].text) +
                "\": the target translates only the sentences around it";
    f.suggestion = "translate it, or check whether the target leaves it out on purpose";
    return f;
  }

  // Source sentences of `bead` whose target sentences `tgt` translate none of them; `sure` from
  // unrelated().
  static Finding replaced(const Context& context, const Bead& bead, Range tgt, double sure) {
    Finding f;
    f.kind = "omission";
    f.severity = sure >= 0.7 ? Severity::error : Severity::warning;
    f.confidence = sure;
    for (std::uint32_t i = bead.src_begin; i < bead.src_end; ++i) f.src_sentences.push_back(i);
    for (std::uint32_t k = tgt.begin; k < tgt.end; ++k) f.tgt_sentences.push_back(k);
    // Short sentences, or a dictionary that sees less of the document's pairs: perhaps.
    const bool doubtful = sure <= kDoubtfullyUnrelated;
    f.message = std::string(doubtful ? "perhaps no" : "no") +
                " translation of the source sentence \"" +
                shorten(context.src.sentences[bead.src_begin].text) + "\": the target has \"" +
                shorten(context.tgt.sentences[tgt.begin].text) +
                "\" in its place, which shares no word, name or number with it";
    f.suggestion =
        doubtful ? "check that the target sentence translates the source sentence"
                 : "translate the source sentence; check where the target sentence comes from";
    return f;
  }

  // The translation of 1-1 block `bead` replaced by a sentence that shares only `shares` with its
  // source (evidence.h, little_shared).
  static Finding replaced_by_other(const Context& context, const Bead& bead, Shares shares) {
    Finding f;
    f.kind = "omission";
    f.severity = Severity::warning;
    f.confidence = std::max(0.45, 1.0 - bead.confidence);
    f.src_sentences = {bead.src_begin};
    f.tgt_sentences = {bead.tgt_begin};
    f.message = "perhaps no translation of the source sentence \"" +
                shorten(context.src.sentences[bead.src_begin].text) + "\": the target has \"" +
                shorten(context.tgt.sentences[bead.tgt_begin].text) +
                "\" in its place, which has little in common with it (" + shares.describe() +
                " have a counterpart: name, number, cognate or dictionary translation)";
    f.suggestion = "check that the target sentence translates the source sentence";
    return f;
  }

  // A translation (target sentences `tgt`) that stops before the end of source sentence `i`.
  // Where the dictionary covers the document's translations badly (`coverage`, a thin dictionary),
  // a tail it finds no counterpart for may be translated in words it does not know: without a
  // visible cut, a warning.
  // A translation cut short inside a block of as many sentences a side (2-2, 3-3): the aligner
  // joins a sentence too short to pair alone with its neighbour. Each source sentence is judged
  // against the target sentence in its place; its lost tail must have no counterpart in the
  // whole block either, mostly (a sentence boundary the translation moved is no cut; names and
  // words the next sentence repeats may be there). The first found.
  static std::optional<Finding> cut_inside(const Context& context, const Bead& bead, Range tgt,
                                           const LengthNorm& norm, const CoverageNorm& coverage) {
    if (bead.src_size() < 2 || bead.src_size() != tgt.end - tgt.begin) return std::nullopt;
    for (std::uint32_t d = 0; d < bead.src_size(); ++d) {
      const std::uint32_t i = bead.src_begin + d;
      const Range own{tgt.begin + d, tgt.begin + d + 1};
      const auto tr = truncated_tail(context, i, own, norm);
      if (!tr) continue;
      const auto& tokens = context.src_tokens.sentences[i];
      const Coverage whole = src_coverage(context, i, tgt);
      std::size_t tail = 0, covered = 0;
      for (std::size_t p = tr->first_token; p < tokens.size(); ++p) {
        if (!is_content(tokens[p])) continue;
        ++tail;
        covered += whole.covered[p];
      }
      if (covered * 2 > tail) continue;
      return cut(context, i, own, *tr, coverage);
    }
    return std::nullopt;
  }

  // Part of source sentence `i` that target sentence `k` does not render (evidence.h).
  static Finding left_out_part(const Context& context, std::uint32_t i, std::uint32_t k,
                               const PartLeftOut& part) {
    Finding f;
    f.kind = "omission";
    f.severity = Severity::warning;
    f.confidence = 0.55;
    f.src_sentences = {i};
    f.tgt_sentences = {k};
    f.src_spans = part.missing;
    std::string missing;
    for (const Span& span : part.missing)
      missing += (missing.empty() ? "\"" : ", \"") + shorten(context.src.input.view(span)) + "\"";
    char times[32];
    std::snprintf(times, sizeof times, "%.1f", part.factor);
    f.message = "the translation renders only part of the source sentence: " + missing + " ha" +
                (part.missing.size() > 1 ? "ve" : "s") +
                " no counterpart in the target, which is " + times +
                " times shorter than the document's usual ratio would give";
    f.suggestion = "translate the missing part of the sentence";
    return f;
  }

  static Finding cut(const Context& context, std::uint32_t i, Range tgt, const Truncation& tr,
                     const CoverageNorm& coverage) {
    const auto& tokens = context.src_tokens.sentences[i];
    Finding f;
    f.kind = "omission";
    const bool doubtful = !tr.cut_mark && (coverage.median < kWeakCoverage || tr.far_only);
    f.severity = doubtful ? Severity::warning : Severity::error;
    f.confidence = tr.cut_mark ? 0.85 : doubtful ? 0.55 : 0.7;
    f.src_sentences = {i};
    for (std::uint32_t k = tgt.begin; k < tgt.end; ++k) f.tgt_sentences.push_back(k);
    f.src_spans = {{tokens[tr.first_token].span.begin, tokens.back().span.end}};
    const std::string tail =
        quote_tokens(context.src.input.text, tokens, tr.first_token, tokens.size() - 1);
    f.message = "the translation stops short: the end of the source sentence, \"" + tail +
                "\", has no counterpart in the target" +
                (tr.cut_mark ? ", which ends as if cut off" : "");
    f.suggestion = "translate the end of the sentence";
    return f;
  }

  // Whether the tail of truncation `tr` of source sentence `i` is, but for one content word, a
  // name the target does not render (the envoy Halvard Quillfeather): a name dropped, which
  // dropped_names reports more precisely than a short sentence cut short.
  bool tail_is_a_name(const Context& context, std::uint32_t i, const Truncation& tr) const {
    const auto& tokens = context.src_tokens.sentences[i];
    std::size_t lost = 0;
    for (const BlockNames& block : compared_names(context, names_))
      for (const NameRun& run : block.lost)
        if (run.sentence == i)
          for (const annotate::Token* t : run.tokens)
            lost += t >= tokens.data() + tr.first_token && t < tokens.data() + tokens.size();
    return lost > 0 && tr.tail_words <= lost + 1;
  }

  // Names of the source that the aligned target neither renders nor replaces by another name
  // (check/name_comparison.h), in blocks with no omission reported already: a warning, since a
  // translation may refer to a person by a pronoun or a title instead. Not reported for a name
  // whose words are all dictionary words or ones the source language's hunspell dictionary knows
  // (a noun, a nationality: translations adapt those; Daniel Ortega is reported, Queen Elizabeth
  // is not) unless it is a country or a city whose names CLDR gives, an abbreviation in mixed
  // case, or a name a target word derives from; nor across scripts, where names are
  // transliterated in ways the comparison only partly knows.
  void dropped_names(const Context& context, std::vector<Finding>& findings) const {
    if (cross_script_) return;
    const std::vector<bool> reported = reported_sentences(findings, context.src, true);
    for (const BlockNames& block : compared_names(context, names_)) {
      std::vector<bool> replaced(block.lost.size(), false);  // name-mismatch's
      for (const NamePair& pair : block.pairs) replaced[pair.lost] = true;
      const Bead& bead = context.alignment.beads[block.bead];
      for (std::size_t r = 0; r < block.lost.size(); ++r) {
        const NameRun& run = block.lost[r];
        if (replaced[r] || reported[run.sentence]) continue;
        // A name opening the sentence is often its subject, which a language that drops
        // subjects leaves out ("Aguero then found himself" -> "Ficou então").
        if (tgt_drops_subjects_ &&
            std::any_of(run.tokens.begin(), run.tokens.end(),
                        [&](const auto* t) { return block.opening_lost.count(t) != 0; }))
          continue;
        // An adjective in lower case (italiana) is name-mismatch's only.
        if (std::any_of(run.tokens.begin(), run.tokens.end(), [&](const annotate::Token* t) {
              return !t->capitalised() || mixed_case(context.src.input.view(t->span)) ||
                     derived_in(context, bead, *t);
            }))
          continue;
        // A name is gone when one of its words at least is no dictionary word (Mistol; not
        // Premier League), or when it has two words or more, one of them a name that the source's
        // hunspell dictionary knows only with its capital and no other dictionary knows, and none
        // of them names a place or a language (Daniel Ortega, though an ortega is a bird; not
        // North Koreans, Yorkshire English).
        const bool person =
            run.tokens.size() >= 2 &&
            std::any_of(run.tokens.begin(), run.tokens.end(),
                        [&](const auto* t) {
                          return block.named_lost.count(t) && !block.proper_lost.count(t);
                        }) &&
            std::none_of(run.tokens.begin(), run.tokens.end(),
                         [&](const auto* t) { return names_.source_place_word(*t); });
        // A country or a city, though the dictionaries know it: CLDR gives its names in the
        // target language, so its absence is sure enough.
        if (!person && !names_.dropped_country(context, bead, run) &&
            std::all_of(run.tokens.begin(), run.tokens.end(), [&](const annotate::Token* t) {
              return block.common_lost.count(t) != 0 ||
                     names_.known_to_source(*t, context.src.input.view(t->span));
            }))
          continue;
        const std::string name(context.src.input.view(run.span()));
        Finding f;
        f.kind = "omission";
        f.severity = Severity::warning;
        f.confidence = 0.5;
        f.src_sentences = {run.sentence};
        f.src_spans = {run.span()};
        for (std::uint32_t k = bead.tgt_begin; k < bead.tgt_end; ++k) f.tgt_sentences.push_back(k);
        f.message = "the name " + name +
                    " has no counterpart in the translation, and no other name stands in its place";
        f.suggestion = "check whether the translation left " + name +
                       " out; a pronoun or a title standing for it is fine";
        findings.push_back(std::move(f));
      }
    }
  }

  // Figures of a translated block's source with no counterpart in its target while the target
  // has no unmatched figure of their kind either ("At least 14 people" -> "Several people"):
  // left out, not changed (that is number-mismatch's). A number in words of another value does
  // not stand in a figure's place ("5-3" -> "Primeira Divisão"). Only figures worth reporting
  // (Quantity::significant: two digits or more, decimals, a score), not ordinals, nor measures,
  // which translations convert into words ("1,6 km", "a mile"); times, months and weekdays are
  // merged into other words too often (Freitagabend, "a las dos de la tarde"). One finding a block,
  // none where another omission is reported.
  void vanished_figures(const Context& context, const CoverageNorm& coverage,
                        std::vector<Finding>& findings) const {
    const std::vector<bool> reported = reported_sentences(findings, context.src, true);
    const BlockQuantities& q = block_quantities(context, src_numbers_, tgt_numbers_);
    const auto& beads = context.alignment.beads;
    for (std::size_t b = 0; b < beads.size(); ++b) {
      const Bead& bead = beads[b];
      if (bead.src_size() == 0 || bead.tgt_size() == 0) continue;
      if (std::any_of(reported.begin() + bead.src_begin, reported.begin() + bead.src_end,
                      [](bool r) { return r; }))
        continue;
      if (unrelated(context, {bead.src_begin, bead.src_end}, {bead.tgt_begin, bead.tgt_end},
                    coverage))
        continue;
      const auto [s_left, t_left] = q.unmatched(b);
      std::vector<const Quantity*> gone;
      for (const Quantity* x : s_left)
        if (x->kind() == QuantityKind::number && x->significant() && !whole_percent(*x) &&
            std::all_of(x->readings.begin(), x->readings.end(),
                        [](const Reading& r) { return r.dimension.empty(); }) &&
            std::none_of(t_left.begin(), t_left.end(),
                         [&](const Quantity* y) { return y->kind() == x->kind() && !y->soft; }) &&
            !written_in(context, bead, context.src.input.view(x->span)) &&
            std::none_of(x->readings.begin(), x->readings.end(),
                         [&](const Reading& r) { return spelled_out(context, bead, r.value); }))
          gone.push_back(x);
      if (gone.empty()) continue;
      Finding f;
      f.kind = "omission";
      f.severity = Severity::warning;
      f.confidence = 0.55;
      std::string figures;
      for (const Quantity* x : gone) {
        f.src_sentences.push_back(x->sentence);
        f.src_spans.push_back(x->span);
        figures += (figures.empty() ? "" : ", ") + std::string(context.src.input.view(x->span));
      }
      std::sort(f.src_sentences.begin(), f.src_sentences.end());
      f.src_sentences.erase(std::unique(f.src_sentences.begin(), f.src_sentences.end()),
                            f.src_sentences.end());
      for (std::uint32_t k = bead.tgt_begin; k < bead.tgt_end; ++k) f.tgt_sentences.push_back(k);
      f.message = figures + (gone.size() == 1 ? " has" : " have") +
                  " no counterpart in the translation, and no other figure stands in " +
                  (gone.size() == 1 ? "its" : "their") + " place";
      f.suggestion = "check whether the translation left out " + figures;
      findings.push_back(std::move(f));
    }
  }

  // Whether `x` is a hundred per cent, which says "entirely" as often as it counts ("100 percent
  // certain": "totalmente seguro").
  static bool whole_percent(const Quantity& x) {
    return x.percent && std::fabs(x.readings.front().value - 100) < 1e-9;
  }

  // Whether the figure `written` is an ordinal ("19th", "19."), which translations write in
  // words or Roman numerals, or its digits appear in the block's target all the same, inside a
  // word ("1980er", "24enne") or a name ("Saturday Night Live").
  static bool written_in(const Context& context, const Bead& bead, std::string_view written) {
    std::string digits;
    for (const char c : written)
      if (c >= '0' && c <= '9')
        digits += c;
      else if (!digits.empty() && c != ',' && c != '.' && c != ' ')
        break;
    if (digits.empty()) return true;
    const char last = written.back();
    if ((last >= 'a' && last <= 'z') || last == '.') {
      const std::size_t d = written.find_last_of("0123456789");
      const std::string_view tail = written.substr(d + 1);
      if (tail == "st" || tail == "nd" || tail == "rd" || tail == "th" || tail == ".") return true;
    }
    for (std::uint32_t k = bead.tgt_begin; k < bead.tgt_end; ++k) {
      const std::string_view t = context.tgt.input.view(context.tgt.sentences[k].span);
      std::string target_digits;
      for (const char c : t)
        if (c >= '0' && c <= '9')
          target_digits += c;
        else if (c != ',' && c != '.' && c != ' ' && !(c & 0x80))
          target_digits += ' ';
      if (target_digits.find(digits) != std::string::npos) return true;
    }
    return false;
  }

  // A percentage of the source whose figure the block's target writes with no percent sign or
  // word ("19 Prozent" as "19 of all wind power"), where no figure of the target with one has
  // its value: the word for percent was lost. One finding a sentence, and none where another
  // omission is reported.
  void lost_percent(const Context& context, std::vector<Finding>& findings) const {
    std::vector<bool> reported = reported_sentences(findings, context.src, true);
    const BlockQuantities& q = block_quantities(context, src_numbers_, tgt_numbers_);
    const auto& beads = context.alignment.beads;
    for (std::size_t b = 0; b < beads.size(); ++b) {
      if (beads[b].src_size() == 0 || beads[b].tgt_size() == 0) continue;
      const std::vector<const Quantity*> tgt = q.gather(false, b);
      for (const Quantity* x : q.gather(true, b)) {
        if (!x->percent || x->kind() != QuantityKind::number || reported[x->sentence]) continue;
        const Quantity* plain = nullptr;
        bool marked = false;
        const std::string_view text = context.tgt.input.text;
        for (const Quantity* y : tgt) {
          if (!exact_match(*x, *y)) continue;
          // A figure joined to a word or a sign says what it counts in a way the reader does not
          // know ("14-procentowy", "14°%"): marked too.
          const bool joined = y->span.end < text.size() && text[y->span.end] != ' ' &&
                              text[y->span.end] != ',' && text[y->span.end] != '.' &&
                              text[y->span.end] != ';' && text[y->span.end] != ')';
          if (y->percent || joined)
            marked = true;
          else if (plain == nullptr)
            plain = y;
        }
        if (marked || plain == nullptr) continue;
        const std::string figure(context.src.input.view(x->span));
        const std::string written(context.tgt.input.view(plain->span));
        Finding f;
        f.kind = "omission";
        f.severity = Severity::warning;
        f.confidence = 0.5;
        f.src_sentences = {x->sentence};
        f.src_spans = {x->span};
        f.tgt_sentences = {plain->sentence};
        f.tgt_spans = {plain->span};
        f.message = "\"" + figure + "\" in the source is \"" + written +
                    "\" in the translation: the word for percent is missing";
        f.suggestion = "write the percentage as the source does, or check that " + written +
                       " is not another figure";
        findings.push_back(std::move(f));
        reported[x->sentence] = true;
      }
    }
  }

  // Whether a word of the block's target writes `value` in words inside a compound
  // ("vierentwintigjarige" for "24-year-old", "osiemdziesiątych" for the 80 of "1980s").
  bool spelled_out(const Context& context, const Bead& bead, double value) const {
    for (std::uint32_t k = bead.tgt_begin; k < bead.tgt_end; ++k)
      for (const annotate::Token& t : context.tgt_tokens.sentences[k])
        if (tgt_numbers_.spelled_in(t.lower(), value)) return true;
    return false;
  }

  // A translated sentence with a gap in its grammar (a determiner followed by a preposition, a
  // statement ending on "and") where none of its source sentences has one: a word of the
  // translation is missing. One finding a sentence, and none where another omission is reported.
  void missing_words(const Context& context, std::vector<Finding>& findings) const {
    const std::vector<bool> reported = reported_sentences(findings, context.tgt, false);
    const std::string_view src_text = context.src.input.text;
    const std::string_view tgt_text = context.tgt.input.text;
    std::vector<std::optional<Gap>> gaps(context.tgt.sentences.size());
    std::size_t spaced = 0;  // sentences with a space before a full stop or a comma
    for (std::uint32_t k = 0; k < context.tgt.sentences.size(); ++k) {
      gaps[k] = tgt_words_.find(tgt_text, context.tgt.sentences[k].span);
      if (gaps[k] && gaps[k]->spacing) ++spaced;
    }
    // Several such sentences: a text tokenised word by word, not words removed.
    const bool tokenised = spaced >= kTokenisedSentences;
    for (std::uint32_t k = 0; k < context.tgt.sentences.size(); ++k) {
      if (reported[k]) continue;
      const std::vector<std::uint32_t> src = context.src_of_tgt(k);
      if (src.empty()) continue;  // a line of the target's own: addition's
      const std::optional<Gap>& gap = gaps[k];
      if (!gap || (gap->spacing && tokenised)) continue;
      // A name that ends like a possessive, kept as the source writes it (McDonald's).
      const std::string_view owner = tgt_text.substr(gap->span.begin, gap->span.size());
      if (gap->possessive && std::any_of(src.begin(), src.end(), [&](std::uint32_t i) {
            const Span s = context.src.sentences[i].span;
            return src_text.substr(s.begin, s.size()).find(owner) != std::string_view::npos;
          }))
        continue;
      if (std::any_of(src.begin(), src.end(), [&](std::uint32_t i) {
            return src_words_.find(src_text, context.src.sentences[i].span).has_value();
          }))
        continue;
      Finding f;
      f.kind = "omission";
      f.severity = Severity::warning;
      f.confidence = 0.6;
      f.src_sentences = src;
      f.tgt_sentences = {k};
      f.tgt_spans = {gap->span};
      f.message = "a word seems to be missing from the translation: " + gap->message;
      f.suggestion = "compare with the source sentence and restore the word the translation lost";
      findings.push_back(std::move(f));
    }
  }

  // Which sentences of `doc` (the source side when `src`) the findings so far touch.
  static std::vector<bool> reported_sentences(const std::vector<Finding>& findings,
                                              const Document& doc, bool src) {
    std::vector<bool> reported(doc.sentences.size(), false);
    for (const Finding& f : findings)
      for (std::uint32_t i : src ? f.src_sentences : f.tgt_sentences) reported[i] = true;
    return reported;
  }

  // Whether `word` has an upper-case letter after its first (PhD, AMs, TVs): an acronym or an
  // abbreviation, which translations expand or leave out.
  static bool mixed_case(std::string_view word) {
    return std::any_of(word.begin() + (word.empty() ? 0 : 1), word.end(),
                       [](char c) { return c >= 'A' && c <= 'Z'; });
  }

  // Whether a target word of `bead` starts with the first three consonants of name `t` (its
  // skeleton, names.h): a word derived from the name, written in lower case in the target
  // (Syrians, siriani; Chilean, cileno).
  static bool derived_in(const Context& context, const Bead& bead, const annotate::Token& t) {
    const std::string name = skeleton(t.folded());
    if (name.size() < 3) return false;
    for (std::uint32_t k = bead.tgt_begin; k < bead.tgt_end; ++k)
      for (const annotate::Token& u : context.tgt_tokens.sentences[k])
        if (skeleton(u.folded()).starts_with(std::string_view(name).substr(0, 3))) return true;
    return false;
  }

  Boilerplate boilerplate_;
  NameComparison names_;
  NumberReader src_numbers_, tgt_numbers_;
  MissingWords src_words_, tgt_words_;  // the gaps of each language's grammar
  const bool cross_script_;  // the two languages are written in different scripts
  const bool tgt_drops_subjects_;  // the target language leaves out subjects (Spanish, Polish)
};

}  // namespace

std::unique_ptr<Check> make_omission(const Setup& setup) {
  return std::make_unique<Omission>(setup);
}

}  // namespace wirealign::check
