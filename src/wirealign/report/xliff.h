// XLIFF 2.0 (OASIS, core and Metadata module) for CAT tools: one <file> per document pair, one
// <unit> per block of the alignment.
//
//   wirealign::report::XliffDocument xliff;
//   xliff.add({result.src, result.tgt, result.alignment, &result.findings, &result.notices});
//   xliff.save(std::cout);
//
// The document, as README.md describes it:
//   <xliff version="2.0" srcLang="en" trgLang="fr">     languages as BCP 47 tags
//     <file id="f1" original="SRC NAME" xml:space="preserve">
//       <mda:metadata>  the two inputs (names, encodings, sentence counts) and, when checked,
//                       the summary (error, warning, info, muted)
//       <notes>         the notices of the run (category "wirealign:notice:KIND") and the
//                       findings about no sentence in particular
//       <unit id="b1">  one per block, in order
//         <mda:metadata>  block number, type ("2-1"), confidence, sentence indices of each side
//                         (from 0, as in the JSON report); one group per finding of the unit
//                         (kind, severity, confidence, fingerprint, the id of its note)
//         <notes>         the unit's findings: <note id="f3" category="wirealign:KIND"
//                         priority="P">message → suggestion</note>; P is 1 for an error, 5 for a
//                         warning, 9 for info
//         <segment id="s1" state="initial"><source>…</source><target>…</target></segment>
// A finding belongs to the unit of its first target sentence, else of its first source one. A
// block with no target sentence (1-0) has a segment without <target>; one with no source sentence
// (0-1) has an empty <source> (XLIFF requires one) and the sentences in <target>. The sentences
// of a side are joined with a space. Text is written with pugixml, with the characters XML 1.0
// cannot hold replaced as in TMX (xml_safe in printable.h).
#pragma once

#include <memory>
#include <ostream>

#include "wirealign/report/reporter.h"

namespace wirealign::report {

// An XLIFF 2.0 document built one pair at a time.
class XliffDocument {
 public:
  XliffDocument();
  ~XliffDocument();
  XliffDocument(const XliffDocument&) = delete;
  XliffDocument& operator=(const XliffDocument&) = delete;

  // Adds `pair` as the next <file>. Throws Unrepresentable when its languages are not those of
  // the first pair (an XLIFF document has one srcLang and one trgLang).
  void add(const PairReport& pair);
  // Writes the document, UTF-8 with an XML declaration. Throws Error when no pair was added
  // (XLIFF needs at least one <file>).
  void save(std::ostream& out) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// An XLIFF 2.0 document of one pair.
void write_xliff(std::ostream& out, const PairReport& pair);

// The XLIFF 2.0 note priority of a finding of severity `s`: 1 (error), 5 (warning), 9 (info).
int xliff_priority(Severity s);

}  // namespace wirealign::report
