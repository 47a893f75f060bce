// Writers for a segmented document: one sentence per line, or JSON with byte offsets.
//
//   wirealign::report::write_sentences_json(std::cout, doc);
#pragma once

#include <ostream>

#include "wirealign/core/types.h"

namespace wirealign::report {

// One sentence per line, as normalised text (line breaks inside a sentence shown as spaces).
void write_sentences_text(std::ostream& out, const Document& doc);

// One JSON document: source name, language, encoding, number of paragraphs, and the sentences
// (index, paragraph, start and end byte offsets in the original input, text).
void write_sentences_json(std::ostream& out, const Document& doc);

}  // namespace wirealign::report
