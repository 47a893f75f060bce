// Quotation marks of a document: which stretches of text are quoted, which marks are never
// closed, and the apostrophes. Shared by the quotation checks (quote-mismatch, unbalanced-quote,
// quote-style, calque, typography). Internal to the check stage.
//
//   wirealign::check::Quotes q = wirealign::check::find_quotes(doc);
//   for (const auto& quotation : q.quotations)
//     if (!quotation.closed) ...;                  // opened and never closed
//   bool inside = q.quoted(token.span);            // a word inside some quotation
//
// Marks are told apart by the characters around them. « “ ‘ „ ‹ open and » ” › close (“ closes a
// „ quotation). A straight quote opens when it follows a space or the start of the text and is
// glued to the next word, closes in the opposite case, and otherwise closes an open quotation of
// its kind or opens one. ’ and ' between two letters (l’article, don't) are apostrophes; a single
// quote that closes nothing is an apostrophe too (the students' union, ’90s).
//
// Scope: a quotation still open at the end of a paragraph continues when the next paragraph
// starts with a quotation mark (« in French, " in English, or French » as a continuation mark);
// otherwise it was never closed. Within a paragraph, a sentence that starts with an opening mark
// of a quotation still open continues it (one sentence per line loses the paragraph breaks).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "wirealign/annotate/annotate.h"
#include "wirealign/check/check.h"
#include "wirealign/core/types.h"
#include "wirealign/lang/language.h"

namespace wirealign::check {

// Kinds of quotation marks; a quotation opens and closes with marks of one kind.
enum class QuoteKind : std::uint8_t {
  guillemets,         // « »
  curly_double,       // “ ” (and „ “, „ ”)
  straight_double,    // " "
  curly_single,       // ‘ ’
  straight_single,    // ' '
  single_guillemets,  // ‹ ›
};

// How a kind of quotation is written, for messages ("« »", "\" \"").
std::string_view quote_kind_marks(QuoteKind kind);

// One quotation of a document.
struct Quotation {
  QuoteKind kind = QuoteKind::straight_double;
  Span open;    // the opening mark in Text::text
  Span close;   // the closing mark; empty (at inside.end) when never closed
  Span inside;  // the quoted text, between the marks (to the end of its scope when never closed)
  std::uint32_t first_sentence = 0;  // sentence of the opening mark
  std::uint32_t last_sentence = 0;   // sentence of the closing mark, or where the scope ended
  std::uint32_t depth = 0;           // 0 for an outermost quotation, 1 inside another one...
  bool closed = false;               // a closing mark was found
  bool at_sentence_start = false;    // the opening mark starts its sentence (or follows a colon)
};

// A mark that closes a quotation which was never opened.
struct StrayMark {
  QuoteKind kind = QuoteKind::straight_double;
  Span mark;
  std::uint32_t sentence = 0;
};

// An apostrophe: ' or ’ inside or at the edge of a word.
struct Apostrophe {
  Span mark;
  bool typographic = false;  // ’ rather than '
  std::uint32_t sentence = 0;
};

// The quotation marks of one document.
struct Quotes {
  std::vector<Quotation> quotations;  // ordered by their opening mark
  std::vector<StrayMark> stray;       // closing marks with nothing open
  std::vector<Apostrophe> apostrophes;
  // True when `s` lies inside the quoted text of a quotation.
  bool quoted(Span s) const;
  // True when `s` lies inside a closed quotation of at most `max_bytes` bytes within one
  // sentence: a title or a name quoted ("AI Superpowers", „Just the Funny Parts“), not a speech.
  bool in_short_quotation(Span s, std::size_t max_bytes = 80) const;
};

// How a language writes quotations and apostrophes, from corpora/lang/<code>/quotes.tsv
// (lines "outer<TAB>«<TAB>»", "inner<TAB>“<TAB>”", "apostrophe<TAB>’").
struct QuoteStyle {
  std::vector<QuoteKind> outer;  // kinds for a quotation, preferred first
  std::vector<QuoteKind> inner;  // kinds for a quotation inside another one
  std::string apostrophe;        // the preferred apostrophe; empty if either is fine
  bool has_data = false;         // the file exists and lists at least one kind
  // The preferred marks for a quotation ("« »"), or "" without data.
  std::string preferred_marks() const;
};

// Loads the quotation style of language `code`; no file gives has_data false. Throws ConfigError
// for a line with an unknown mark.
QuoteStyle load_quote_style(const std::filesystem::path& data_dir, const std::string& code);

// Finds the quotations, stray closing marks and apostrophes of `doc`.
Quotes find_quotes(const Document& doc);

// find_quotes() of the source (`source` true) or target document of `context`, found by the
// first check that asks and kept with the context.
const Quotes& quotes_of(const Context& context, bool source);

// True when `tokens` (one sentence) read as the source language rather than the target one:
// more of the source language's function words than of the target's, and at least three. Used to
// leave sentences left untranslated (reported by their own check) out of target typography.
bool reads_as(const std::vector<annotate::Token>& tokens, const lang::LanguageData& language,
              const lang::LanguageData& other);

// `text` cut to at most `max_bytes` on a character boundary, with "…" when cut; for messages.
std::string excerpt(std::string_view text, std::size_t max_bytes = 60);

}  // namespace wirealign::check
