// Test support: a document whose sentences are the lines of a text, built directly, without the
// reader (which would refuse control characters; the writers must cope with any sentence text).
#pragma once

#include <cstdint>
#include <string>

#include "wirealign/core/types.h"

namespace wirealign::testing {

// The lines of `text` (each ending with '\n') as the sentences of a document in language `code`,
// named "<code>.txt"; the spans point into its text.
inline Document line_document(const std::string& text, const std::string& code) {
  Document d;
  d.lang = code;
  d.input.name = code + ".txt";
  d.input.encoding = "UTF-8";
  d.input.text = text;
  d.input.original = text;
  for (std::size_t i = 0; i <= text.size(); ++i)
    d.input.offsets.push_back(static_cast<std::uint32_t>(i));
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = text.find('\n', start);
    Sentence s;
    s.span = {static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)};
    s.original = s.span;
    s.text = text.substr(start, end - start);
    d.sentences.push_back(s);
    start = end + 1;
  }
  return d;
}

}  // namespace wirealign::testing
