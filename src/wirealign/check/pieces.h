// The white-space-delimited pieces of a sentence ("(GBP)", "states.", "что-то"), each with its
// core: the piece without the punctuation around it. Shared by repeated-word (a word written
// twice) and the missing-word gaps of omission (a determiner with nothing after it).
//
//   for (const Piece& p : pieces_of(doc.input.text, doc.sentences[k].span)) ... p.key ...
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "wirealign/core/types.h"

namespace wirealign::check {

// Byte offsets in the document's text.
struct Piece {
  std::size_t begin = 0, end = 0;            // the piece
  std::size_t core_begin = 0, core_end = 0;  // from its first to its last letter or digit
  std::string key;                           // the core, case-folded
  bool digits_only = false;                  // the core is a number written with digits only
  bool capitalised = false;                  // the core starts with an upper-case letter
};

// The pieces of `sentence` in `text` that hold a letter or a digit, in order (a piece of
// punctuation only, "–" or "«", is left out).
std::vector<Piece> pieces_of(std::string_view text, Span sentence);

// `word` case-folded as Piece::key is: the form under which a data file's words are compared
// with pieces.
std::string piece_key(std::string_view word);

}  // namespace wirealign::check
