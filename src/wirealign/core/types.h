// The shared vocabulary of the pipeline: spans, decoded text, sentences, documents, alignments and
// findings. Every stage reads and returns these plain structs.
//
//   Text text = read::read_file("fr.txt", {});            // bytes -> normalised UTF-8
//   Document doc = segment::segment(text, lang, {});      // -> sentences with byte spans
//   for (const Sentence& s : doc.sentences)
//     std::string_view in_file = doc.input.original_text(s);  // what the user wrote
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "wirealign/core/offset_map.h"

namespace wirealign {

// A half-open byte range [begin, end) in some string.
struct Span {
  std::uint32_t begin = 0;  // first byte
  std::uint32_t end = 0;    // one past the last byte
  std::uint32_t size() const { return end - begin; }
  bool empty() const { return end == begin; }
  friend bool operator==(const Span&, const Span&) = default;
};

// One input after reading: the bytes as given, and the normalised UTF-8 text the pipeline works
// on, with a map from every byte of the normalised text back to the original bytes.
struct Text {
  std::string name;      // the input as the user named it ("fr.txt", "<stdin>")
  std::string original;  // the bytes exactly as read, in their original encoding
  std::string encoding;  // encoding the bytes were decoded from ("UTF-8", "windows-1252", ...)
  std::string text;      // normalised text: valid UTF-8, NFC, LF line ends, no byte-order mark
  // offsets[i] is the byte offset in `original` of the character that produced text byte i;
  // offsets[text.size()] == original.size(). Non-decreasing.
  OffsetMap offsets;
  // Where the lines of `original` begin, for inputs whose text is taken out of markup (a web
  // page): line_starts[k] is the offset in `original` of the first byte of line k + 2. Empty for
  // plain text, whose lines are those of `text`.
  std::vector<std::uint32_t> line_starts;
  // Notices for the user about how the input was read (encoding converted, ...). One line each,
  // without the input name; the program decides where they go.
  std::vector<std::string> notices;

  // The span in `original` that the normalised span `s` came from.
  Span original_span(Span s) const { return {offsets[s.begin], offsets[s.end]}; }
  // The normalised text of span `s`; valid while this Text lives and is not modified.
  std::string_view view(Span s) const { return std::string_view(text).substr(s.begin, s.size()); }
};

// One sentence of a document.
struct Sentence {
  Span span;                 // bytes in Text::text (normalised)
  Span original;             // bytes in Text::original (what the user wrote)
  std::uint32_t paragraph = 0;  // index of the paragraph (blank-line separated block)
  std::string text;          // the normalised text with line breaks and tabs shown as spaces
};

// A segmented document: the input it came from and its sentences in order.
struct Document {
  std::string lang;                 // language code the document was segmented as ("en")
  Text input;                       // the input, kept so spans can be resolved
  std::vector<Sentence> sentences;  // in reading order, never empty strings
  std::uint32_t paragraphs = 0;     // number of paragraphs

  // The original bytes of sentence `s`; valid while this Document lives.
  std::string_view original_text(const Sentence& s) const {
    return std::string_view(input.original).substr(s.original.begin, s.original.size());
  }
};

// A block of an alignment: source sentences [src_begin, src_end) correspond to target sentences
// [tgt_begin, tgt_end). One side may be empty (a sentence with no counterpart).
struct Bead {
  std::uint32_t src_begin = 0;  // first source sentence
  std::uint32_t src_end = 0;    // one past the last source sentence
  std::uint32_t tgt_begin = 0;  // first target sentence
  std::uint32_t tgt_end = 0;    // one past the last target sentence
  double confidence = 0;        // estimated probability that the block is exactly right, [0, 1]
  std::uint32_t src_size() const { return src_end - src_begin; }
  std::uint32_t tgt_size() const { return tgt_end - tgt_begin; }
  // Blocks are equal when they join the same sentences, whatever their confidence.
  friend bool operator==(const Bead& a, const Bead& b) {
    return a.src_begin == b.src_begin && a.src_end == b.src_end && a.tgt_begin == b.tgt_begin &&
           a.tgt_end == b.tgt_end;
  }
};

// A monotone alignment of two documents: blocks in order, covering every sentence of both sides
// exactly once.
struct Alignment {
  std::vector<Bead> beads;
};

// How serious a finding is. Errors are content lost or wrong (omission, number, name,
// untranslated); warnings deserve a look; info is style.
enum class Severity : std::uint8_t { info = 0, warning = 1, error = 2 };

// The name of `s` as users write it ("error").
constexpr std::string_view severity_name(Severity s) {
  return s == Severity::error ? "error" : s == Severity::warning ? "warning" : "info";
}

// One problem a check found in a translation.
struct Finding {
  std::string kind;  // stable name of the check that found it ("omission", "number-mismatch")
  Severity severity = Severity::warning;
  // How sure the check is that the finding is right, in [0, 1]. Severity error needs strong
  // evidence; a check that cannot be sure lowers the severity or stays silent.
  double confidence = 1.0;
  std::vector<std::uint32_t> src_sentences;  // source sentences concerned, ascending; may be empty
  std::vector<std::uint32_t> tgt_sentences;  // target sentences concerned, ascending; may be empty
  // The words concerned, as byte spans in the normalised text (Text::text) of each side; each
  // lies inside one of the sentences above. Empty when the finding is about whole sentences.
  std::vector<Span> src_spans;
  std::vector<Span> tgt_spans;
  std::string message;     // one line: what is wrong, quoting the words concerned
  std::string suggestion;  // one line: what to do about it; may be empty
  // Stable identity across runs (kind, the sentences' text and the words concerned, not their
  // positions), so that a reviewed finding can be muted. Set by check::Checker.
  std::string fingerprint;
};

// Something the user should know about a run that is not a finding about the translation: how an
// input was read, which language data was missing, what was muted. Part of every report.
struct Notice {
  // Stable name: "encoding" (converted from another encoding), "invalid-bytes", "input" (another
  // note about how an input was read), "language-data" (none for a language), "dictionary" (none
  // for the pair), "subwords" (no subword model), "languages-reversed", "language-mismatch" (a
  // side not in its declared language), "same-text", "muted".
  std::string kind;
  std::string subject;  // what it is about: an input's name, a language code; empty for the run
  std::string message;  // one line for the user
};

}  // namespace wirealign
