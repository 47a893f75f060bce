// Writers for the audit of a document pair: a human report (text, colour on a terminal), JSON with
// a stable schema (documented in README.md), and one self-contained HTML page.
//
//   wirealign::report::CheckedPair pair{src_doc, tgt_doc, alignment, findings};
//   wirealign::report::write_findings_text(std::cout, pair, {.colour = isatty(1)});
//
// Spans in the output point at the original inputs (byte offsets in the files as given), so a
// finding can be found in what the user wrote.
#pragma once

#include <cstddef>
#include <ostream>
#include <vector>

#include "wirealign/core/types.h"

namespace wirealign::report {

// An aligned document pair and the findings of its audit (as check::Checker::run returns them:
// sorted by severity, then position).
struct CheckedPair {
  CheckedPair(const Document& src_doc, const Document& tgt_doc, const Alignment& blocks,
              const std::vector<Finding>& found, const std::vector<Notice>* run_notices = nullptr,
              std::size_t muted_count = 0)
      : src(src_doc),
        tgt(tgt_doc),
        alignment(blocks),
        findings(found),
        notices(run_notices),
        muted(muted_count) {}

  const Document& src;
  const Document& tgt;
  const Alignment& alignment;
  const std::vector<Finding>& findings;
  const std::vector<Notice>* notices = nullptr;  // about the run (pipeline::Result); null: none
  std::size_t muted = 0;                         // findings muted by the ignore list
};

// How the text report looks.
struct TextStyle {
  // ANSI colours, with the words concerned in bold and the colour of the severity (only on a
  // terminal). Without colour the words concerned are written between ⟦ and ⟧.
  bool colour = false;
  // Sentences and explanations are wrapped to this many columns; 0 leaves lines unwrapped.
  std::size_t width = 100;
  // A sentence longer than this many characters is shortened: the words concerned are kept with
  // some context around them, the rest is elided with "…". 0 never shortens.
  std::size_t long_sentence = 320;
};

// The human report: the notices of the run (but "muted": the summary line counts them), a summary
// line, then the findings grouped by severity (errors first), each
// with its kind and where it is (FILE:LINE in each input), the sentences concerned numbered from 1
// ("src 3", "tgt 4") with the words concerned marked, a one-line explanation, the suggestion
// after "→" and the fingerprint for an ignore file. One line ("No findings ...", with the number
// muted) when there are none. Control characters in the text are shown as visible symbols, never
// sent to the terminal.
void write_findings_text(std::ostream& out, const CheckedPair& pair, const TextStyle& style);

// One JSON document (schema version 2, README.md): `version`, `src` and `tgt` (as `wirealign
// align --format json`), `blocks`, `notices` (kind, subject, message), `summary` (counts per
// severity, and muted) and `findings` (kind, severity, confidence, src and tgt sentence indices,
// src_spans and tgt_spans as byte offsets in the original inputs with their text, message,
// suggestion, fingerprint).
void write_findings_json(std::ostream& out, const CheckedPair& pair);

// One self-contained HTML page (no network): the notices in a banner, both documents side by
// side, block by block, the findings highlighted in the text and listed with their place
// (sentence numbers and FILE:LINE), confidence and explanation.
void write_findings_html(std::ostream& out, const CheckedPair& pair);

}  // namespace wirealign::report
