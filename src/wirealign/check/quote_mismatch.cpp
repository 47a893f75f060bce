// quote-mismatch: a quotation of the source whose aligned target has no quotation marks (the
// quoted words became the writer's own), or a quotation the target added.
#include <algorithm>
#include <optional>

#include "wirealign/check/checks.h"
#include "wirealign/check/evidence.h"
#include "wirealign/check/quotes.h"

namespace wirealign::check {

namespace {

// The first five letters of a word's Latin spelling (or all of a shorter one), with spellings
// that a transliteration and an English word write differently made alike: ck, c, q -> k;
// ph -> f; y -> i; w -> v; z -> s ("shock" and шок "shok" both give "shok").
std::string sound_prefix(std::string_view latin) {
  std::string out;
  for (std::size_t i = 0; i < latin.size() && out.size() < 5; ++i) {
    const char c = latin[i], next = i + 1 < latin.size() ? latin[i + 1] : '\0';
    if ((c == 'c' && next == 'k') || (c == 'p' && next == 'h')) {
      out += c == 'c' ? 'k' : 'f';
      ++i;
      continue;
    }
    switch (c) {
      case 'c':
      case 'q':
        out += 'k';
        break;
      case 'y':
        out += 'i';
        break;
      case 'w':
        out += 'v';
        break;
      case 'z':
        out += 's';
        break;
      default:
        out += c;
    }
  }
  return out;
}

// Whether a word and a word of another script are the same cognate: their sound prefixes agree
// over the shorter, of four letters at least (shock "shok", шоке "shoke"), with one letter
// different in five (rocket "roket", ракетчик "raket").
bool cross_script_cognate(std::string_view a_latin, std::string_view b_latin) {
  const std::string a = sound_prefix(a_latin), b = sound_prefix(b_latin);
  const std::size_t n = std::min(a.size(), b.size());
  if (n < 4) return false;
  std::size_t differ = 0;
  for (std::size_t i = 0; i < n; ++i) differ += a[i] != b[i];
  return differ == 0 || (n == 5 && differ == 1);
}

// Whether source token `a` and target token `b` are evidence of translation: the same word,
// number or name, a dictionary translation, or a cognate (the first five letters alike; across
// scripts, those of their Latin spellings, nearly).
bool corresponds(const annotate::Token& a, const annotate::Token& b,
                 const align::Bilingual& lexicon) {
  if (!a.number().empty() || !b.number().empty()) return a.number() == b.number();
  if (a.folded() == b.folded()) return true;
  if (a.folded().size() >= 5 && b.folded().size() >= 5 &&
      a.folded().substr(0, 5) == b.folded().substr(0, 5))
    return true;
  if (a.latin().empty() != b.latin().empty() &&
      cross_script_cognate(a.latin().empty() ? a.folded() : a.latin(),
                           b.latin().empty() ? b.folded() : b.latin()))
    return true;
  if (const align::Translations tr = lexicon.translations(a.stem()))
    return std::find(tr.begin(), tr.end(), b.stem()) != tr.end();
  return false;
}

// Whether the target keeps any quotation mark or quoted word in `range`.
bool has_quotation(const Quotes& quotes, Span range) {
  auto within = [&](Span m) { return !m.empty() && m.begin >= range.begin && m.end <= range.end; };
  for (const Quotation& q : quotes.quotations)
    if (within(q.open) || (q.closed && within(q.close)) ||
        (q.inside.begin < range.end && q.inside.end > range.begin))
      return true;
  for (const StrayMark& m : quotes.stray)
    if (within(m.mark)) return true;
  return false;
}

// The quotations of `quotes` whose words overlap `range`, less those inside another of them
// (a quotation nested in a quotation the range also holds).
std::vector<const Quotation*> quotations_in(const Quotes& quotes, Span range) {
  std::vector<const Quotation*> all;
  for (const Quotation& q : quotes.quotations)
    if (q.inside.begin < range.end && q.inside.end > range.begin) all.push_back(&q);
  std::vector<const Quotation*> out;
  for (const Quotation* q : all)
    if (std::none_of(all.begin(), all.end(), [&](const Quotation* o) {
          return o != q && o->open.begin <= q->open.begin && q->inside.end <= o->inside.end;
        }))
      out.push_back(q);
  return out;
}

// Whether `at` lies inside one of `quotations`.
bool inside_any(const std::vector<const Quotation*>& quotations, Span at) {
  return std::any_of(quotations.begin(), quotations.end(), [&](const Quotation* q) {
    return at.begin >= q->inside.begin && at.end <= q->inside.end;
  });
}

// The byte range of sentences [begin, end) of `doc`.
Span range_of(const Document& doc, std::uint32_t begin, std::uint32_t end) {
  return {doc.sentences[begin].span.begin, doc.sentences[end - 1].span.end};
}

// One quotation of one side that the other side's aligned blocks do not quote.
struct Loss {
  std::vector<std::uint32_t> beads;  // the blocks concerned, ascending
  std::vector<Span> spans;           // the quotation, cut at sentence ends (the quoting side)
  std::vector<Span> evidence;        // its words, unquoted, on the other side
  std::string text;                  // the quoted words, for the message
  bool speech = false;               // reported speech rather than a quoted phrase
  // A quoted phrase whose words the other side does not show unquoted: rephrased, or a term the
  // translator chose not to quote; less sure than a quotation whose words are still there.
  bool rephrased = false;
  // The other side quotes too in these blocks, but fewer passages, none of them this one;
  // `unsure`: one of them may hold it unrecognised (reported only with its words unquoted).
  bool among_others = false;
  bool unsure = false;
  QuoteKind kind = QuoteKind::straight_double;
};

// Looks at one side ("from") against the other ("to") of a document pair.
struct Direction {
  const Document& from;
  const annotate::Annotated& from_tokens;
  const std::vector<std::uint32_t>& from_bead;
  const Document& to;
  const annotate::Annotated& to_tokens;
  bool from_is_src;
  bool to_capitalises_nouns = false;  // the other side's language writes its nouns with a capital
};

// How source quotation `q`, in a block whose target quotes too, stands there.
enum class AmongOthers {
  answered,  // a target quotation holds a word that renders one of its words, or as many quotes
  lost,      // lost: every target quotation renders another source quotation, at its length
  unsure,    // none renders it, but a longer one may hold it unrecognised
};

// Whether source quotation `q`, in a block whose target quotes too, lost its marks: the target
// has fewer quotations there than the source, no stray mark, and none of its quotations holds a
// word that renders one of q's ("devastated" and "in shock" against sconvolto and "sotto shock").
// Sure only when each target quotation renders another source quotation and is no more than
// twice its length (two words more): else one may hold q's translation too.
AmongOthers among_others(const Context& context, const Direction& dir, const Quotation& q,
                         const Quotes& from_quotes, const Quotes& to_quotes, Range from, Range to) {
  const Span from_range = range_of(dir.from, from.begin, from.end);
  const Span to_range = range_of(dir.to, to.begin, to.end);
  std::vector<const Quotation*> theirs = quotations_in(to_quotes, to_range);
  const std::vector<const Quotation*> ours = quotations_in(from_quotes, from_range);
  // Words of one quotation, on the side given.
  const auto words = [](const annotate::Annotated& tokens, Range sentences, const Quotation& in) {
    std::vector<const annotate::Token*> out;
    for (std::uint32_t i = sentences.begin; i < sentences.end; ++i)
      for (const annotate::Token& t : tokens.sentences[i])
        if (t.span.begin >= in.inside.begin && t.span.end <= in.inside.end) out.push_back(&t);
    return out;
  };
  // A quotation of theirs made of capitalised words only (in a language that writes its nouns in
  // lower case), one of which renders a name our side writes unquoted, quotes a name by the
  // typography of its language (a team, a company: «Манчестер Сити» for City): no quotation of
  // ours.
  const auto quotes_a_name = [&](const Quotation& b) {
    // Where every noun has a capital, capitals do not tell a name.
    if (dir.to_capitalises_nouns) return false;
    const std::vector<const annotate::Token*> named = words(dir.to_tokens, to, b);
    if (named.empty() || std::any_of(named.begin(), named.end(), [](const annotate::Token* u) {
          return !u->capitalised() && !u->function_word();
        }))
      return false;
    for (std::uint32_t i = from.begin; i < from.end; ++i)
      for (const annotate::Token& t : dir.from_tokens.sentences[i])
        if (t.capitalised() && !t.function_word() && !inside_any(ours, t.span) &&
            std::any_of(named.begin(), named.end(), [&](const annotate::Token* u) {
              return !u->function_word() && corresponds(t, *u, context.lexicon);
            }))
          return true;
    return false;
  };
  std::erase_if(theirs, [&](const Quotation* b) { return quotes_a_name(*b); });
  if (theirs.size() >= ours.size()) return AmongOthers::answered;
  for (const StrayMark& m : to_quotes.stray)
    if (m.mark.begin >= to_range.begin && m.mark.end <= to_range.end) return AmongOthers::answered;
  const auto renders = [&](const Quotation& a, const Quotation& b) {  // a source, b target
    for (const annotate::Token* t : words(dir.from_tokens, from, a))
      for (const annotate::Token* u : words(dir.to_tokens, to, b))
        if (!t->function_word() && !u->function_word() && corresponds(*t, *u, context.lexicon))
          return true;
    return false;
  };
  for (const Quotation* theirs_q : theirs)
    if (renders(q, *theirs_q)) return AmongOthers::answered;
  for (const Quotation* theirs_q : theirs) {
    std::size_t answered_words = 0;
    for (const Quotation* ours_q : ours)
      if (ours_q != &q && renders(*ours_q, *theirs_q))
        answered_words += words(dir.from_tokens, from, *ours_q).size();
    if (answered_words == 0 || words(dir.to_tokens, to, *theirs_q).size() > 2 * answered_words + 2)
      return AmongOthers::unsure;
  }
  return AmongOthers::lost;
}

// The quotations of `dir.from` that no quotation of `dir.to` answers in their blocks.
std::vector<Loss> losses(const Context& context, const Direction& dir, const Quotes& from_quotes,
                         const Quotes& to_quotes) {
  std::vector<Loss> out;
  for (const Quotation& q : from_quotes.quotations) {
    // Only a closed, short quotation of the target says where the translator meant to quote.
    if (q.depth > 0 || (!dir.from_is_src && (!q.closed || q.last_sentence - q.first_sentence >= 3)))
      continue;
    Loss loss;
    loss.kind = q.kind;
    std::vector<const annotate::Token*> quoted;  // words of the quotation in those blocks
    std::size_t words = 0;                       // all words of those blocks, quoting side
    std::vector<std::uint32_t> other;            // sentences of the other side
    for (std::uint32_t b = dir.from_bead[q.first_sentence]; b <= dir.from_bead[q.last_sentence];
         ++b) {
      const Bead& bead = context.alignment.beads[b];
      const std::uint32_t fb = dir.from_is_src ? bead.src_begin : bead.tgt_begin;
      const std::uint32_t fe = dir.from_is_src ? bead.src_end : bead.tgt_end;
      const std::uint32_t tb = dir.from_is_src ? bead.tgt_begin : bead.src_begin;
      const std::uint32_t te = dir.from_is_src ? bead.tgt_end : bead.src_end;
      if (fb == fe || tb == te) continue;
      // Where the other side quotes too, only a source quotation lost among others counts.
      if (has_quotation(to_quotes, range_of(dir.to, tb, te))) {
        if (!dir.from_is_src) continue;
        const AmongOthers how =
            among_others(context, dir, q, from_quotes, to_quotes, {fb, fe}, {tb, te});
        if (how == AmongOthers::answered) continue;
        loss.among_others = true;
        loss.unsure = loss.unsure || how == AmongOthers::unsure;
      }
      std::size_t before = quoted.size();
      for (std::uint32_t i = fb; i < fe; ++i) {
        const Span sentence = dir.from.sentences[i].span;
        const Span marked{std::max(sentence.begin, q.open.begin),
                          std::min(sentence.end, q.closed ? q.close.end : q.inside.end)};
        if (marked.begin < marked.end) loss.spans.push_back(marked);
        for (const annotate::Token& t : dir.from_tokens.sentences[i]) {
          ++words;
          if (t.span.begin >= q.inside.begin && t.span.end <= q.inside.end) quoted.push_back(&t);
        }
      }
      if (quoted.size() == before) continue;
      loss.beads.push_back(b);
      for (std::uint32_t k = tb; k < te; ++k) other.push_back(k);
    }
    if (quoted.empty()) continue;

    // The words of the other side that translate the quotation, as far as the evidence shows,
    // outside the quotations it has.
    std::vector<const Quotation*> theirs;
    if (loss.among_others) theirs = quotations_in(to_quotes, {0, UINT32_MAX});
    std::vector<bool> found(quoted.size(), false);
    for (const std::uint32_t k : other) {
      Span range{UINT32_MAX, 0};
      std::size_t hits = 0;
      for (const annotate::Token& u : dir.to_tokens.sentences[k]) {
        if (inside_any(theirs, u.span)) continue;
        for (std::size_t w = 0; w < quoted.size(); ++w) {
          const annotate::Token& t = *quoted[w];
          if (t.function_word()) continue;
          const bool same =
              !t.number().empty() ? t.number() == u.number() : t.folded() == u.folded();
          const bool match = same || (!u.function_word() &&
                                      (dir.from_is_src ? corresponds(t, u, context.lexicon)
                                                       : corresponds(u, t, context.lexicon)));
          if (!match) continue;
          found[w] = true;
          ++hits;
          range = {std::min(range.begin, u.span.begin), std::max(range.end, u.span.end)};
          break;
        }
      }
      if (hits >= 2 || (hits == 1 && quoted.size() <= 3)) loss.evidence.push_back(range);
    }
    std::size_t content = 0, evidence = 0;
    for (std::size_t w = 0; w < quoted.size(); ++w) {
      if (quoted[w]->function_word()) continue;
      ++content;
      evidence += found[w];
    }
    // Reported speech: a quotation that opens its sentence, runs over several sentences or fills
    // most of its blocks. A quoted phrase inside a sentence counts only when its words are still
    // there, unquoted: otherwise the translation rephrased it, which is the translator's choice.
    // A quotation that another of the target may hold, unrecognised, counts only with its words
    // there, unquoted.
    if (loss.unsure && (content == 0 || evidence * 5 < content * 3)) continue;
    loss.speech =
        q.at_sentence_start || q.first_sentence != q.last_sentence || quoted.size() * 2 >= words;
    if (!loss.speech && (content == 0 || evidence * 5 < content * 3)) {
      // Only the source's quotations count then, and only when the other side quotes nothing
      // in those blocks (checked above): the quotation marks are gone whatever the words.
      if (!dir.from_is_src || content == 0) continue;
      loss.rephrased = true;
    }
    loss.text = excerpt(dir.from.input.view({std::max(q.inside.begin, loss.spans.front().begin),
                                             std::min(q.inside.end, loss.spans.back().end)}),
                        60);
    while (!loss.text.empty() && (loss.text.back() == ',' || loss.text.back() == ' '))
      loss.text.pop_back();
    out.push_back(std::move(loss));
  }
  // Quotations that share blocks make one finding.
  std::vector<Loss> merged;
  for (Loss& loss : out) {
    if (!merged.empty() && loss.beads.front() <= merged.back().beads.back()) {
      Loss& last = merged.back();
      for (const std::uint32_t b : loss.beads)
        if (b > last.beads.back()) last.beads.push_back(b);
      last.spans.insert(last.spans.end(), loss.spans.begin(), loss.spans.end());
      for (const Span& e : loss.evidence)
        if (std::find(last.evidence.begin(), last.evidence.end(), e) == last.evidence.end())
          last.evidence.push_back(e);
      last.text += "\", \"" + loss.text;
      last.speech = last.speech || loss.speech;
      last.rephrased = last.rephrased && loss.rephrased;
      last.among_others = last.among_others || loss.among_others;
      continue;
    }
    merged.push_back(std::move(loss));
  }
  return merged;
}

class QuoteMismatch : public Check {
 public:
  explicit QuoteMismatch(const Setup& setup)
      : tgt_style_(load_quote_style(setup.data_dir, setup.tgt_language.code)),
        src_nouns_capitalised_(setup.src_language.nouns_capitalised),
        tgt_nouns_capitalised_(setup.tgt_language.nouns_capitalised) {}

  std::vector<Finding> run(const Context& context) const override {
    const Quotes& src_quotes = quotes_of(context, true);
    const Quotes& tgt_quotes = quotes_of(context, false);
    std::vector<Finding> findings;
    const Direction forward{context.src,           context.src_tokens, context.src_bead,
                            context.tgt,           context.tgt_tokens, true,
                            tgt_nouns_capitalised_};
    for (const Loss& loss : losses(context, forward, src_quotes, tgt_quotes)) {
      Finding f = finding(context, loss);
      f.src_spans = loss.spans;
      f.tgt_spans = loss.evidence;
      std::string unquoted;
      for (const Span& s : loss.evidence)
        unquoted += (unquoted.empty() ? "" : " … ") + excerpt(context.tgt.input.view(s), 50);
      f.message = "quotation marks lost: the source quotes \"" + loss.text + "\"" +
                  (unquoted.empty() ? std::string(" but the translation has no quotation marks")
                                    : "; the translation has \"" + unquoted + "\" unquoted");
      const std::string marks = tgt_style_.has_data ? tgt_style_.preferred_marks()
                                                    : std::string(quote_kind_marks(loss.kind));
      f.suggestion = loss.speech ? "put the quoted words back between " + marks +
                                       ": unquoted, they read as the writer's own statement"
                                 : "put the quoted words between " + marks + " as in the source";
      if (loss.rephrased && loss.among_others) {
        // The count says a quotation was lost; which words render it, the evidence does not.
        f.confidence = 0.5;
        f.message = "quotation marks lost: the source quotes \"" + loss.text +
                    "\"; the translation quotes fewer passages in these sentences, none of them "
                    "this one";
        f.suggestion = "find the words that render it and put them between " + marks;
      } else if (loss.rephrased) {
        f.severity = Severity::info;
        f.confidence = 0.3;
        f.message = "quotation marks lost: the source quotes \"" + loss.text +
                    "\"; the translation has no quotation marks in these sentences";
        f.suggestion = "if the translation renders the quoted words, put them between " + marks;
      }
      findings.push_back(std::move(f));
    }
    const Direction backward{context.tgt,           context.tgt_tokens, context.tgt_bead,
                             context.src,           context.src_tokens, false,
                             src_nouns_capitalised_};
    for (const Loss& loss : losses(context, backward, tgt_quotes, src_quotes)) {
      if (!loss.speech) continue;  // a term put in quotation marks is the translator's choice
      Finding f = finding(context, loss);
      f.severity = Severity::info;
      f.tgt_spans = loss.spans;
      f.src_spans = loss.evidence;
      f.message = "quotation marks added: the translation quotes \"" + loss.text +
                  "\" but the source has no quotation marks there";
      f.suggestion = "check that these words are a quotation in the original";
      findings.push_back(std::move(f));
    }
    return findings;
  }

 private:
  // A finding over the sentences of the blocks of `loss`.
  static Finding finding(const Context& context, const Loss& loss) {
    Finding f;
    f.kind = "quote-mismatch";
    f.severity = Severity::warning;
    for (const std::uint32_t b : loss.beads) {
      const Bead& bead = context.alignment.beads[b];
      for (std::uint32_t i = bead.src_begin; i < bead.src_end; ++i) f.src_sentences.push_back(i);
      for (std::uint32_t k = bead.tgt_begin; k < bead.tgt_end; ++k) f.tgt_sentences.push_back(k);
    }
    return f;
  }

  QuoteStyle tgt_style_;
  bool src_nouns_capitalised_, tgt_nouns_capitalised_;
};

}  // namespace

std::unique_ptr<Check> make_quote_mismatch(const Setup& setup) {
  return std::make_unique<QuoteMismatch>(setup);
}

}  // namespace wirealign::check
