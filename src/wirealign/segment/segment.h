// Sentence segmentation: ICU's sentence break iterator for the language, corrected by rules that
// ICU lacks (abbreviations, initials, French spacing before ? and !, quotation marks, lower-case
// continuations, decoration lines), with paragraphs (blank-line separated blocks) kept as data.
//
//   wirealign::lang::LanguageData fr = wirealign::lang::load(data_dir, "fr");
//   wirealign::segment::Segmenter segmenter(fr, {});
//   wirealign::Document doc = segmenter.segment(text);   // text from read::read_file
//   for (const auto& s : doc.sentences) std::cout << s.text << '\n';
//
// Line breaks: a blank line ends a paragraph. A single line break ends a sentence, unless the
// next line starts with a lower-case letter or the whole document is hard-wrapped prose (many
// lines break in mid-sentence), in which case single line breaks are spaces. A line made only of
// symbols (`*****`, `----`) is always a sentence of its own.
#pragma once

#include <cstddef>
#include <memory>

#include "wirealign/core/types.h"
#include "wirealign/lang/language.h"

namespace wirealign::segment {

// How a text is cut into sentences.
struct SegmentOptions {
  // The input already has one sentence per line: every non-blank line is one sentence, blank
  // lines separate paragraphs, and no other rule applies.
  bool presegmented = false;
  // Use ICU's sentence break iterator alone, without wirealign's rules or paragraph handling
  // (a baseline for evaluation). Ignored when `presegmented` is set.
  bool plain_icu = false;
  // A sentence longer than this many bytes (a 1 MB line without a full stop, a table dumped as
  // text) is cut into pieces of at most this size, at the last white space before the limit (or
  // at a character boundary when there is none), so that later stages stay fast. 0: no limit.
  std::size_t max_sentence_bytes = 10000;
  // No combination is invalid today (plain_icu is ignored when presegmented is set); called by
  // the Segmenter like every stage's validate().
  void validate() const;
};

// Segments texts of one language. Construction loads ICU's rules once; segment() is const and
// may be called from several threads at once.
class Segmenter {
 public:
  Segmenter(lang::LanguageData language, SegmentOptions options);
  ~Segmenter();
  Segmenter(Segmenter&&) noexcept;
  Segmenter& operator=(Segmenter&&) noexcept;

  // Cuts `text` into sentences. The returned Document holds a copy of `text`.
  Document segment(const Text& text) const;
  // The same, moving `text` into the Document instead of copying it.
  Document segment(Text&& text) const;

  // The language data in use.
  const lang::LanguageData& language() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// One-off convenience: builds a Segmenter and segments `text`.
Document segment(const Text& text, const lang::LanguageData& language,
                 const SegmentOptions& options);

}  // namespace wirealign::segment
