// Text from the inputs made safe to show (text and HTML reports) or to hold in XML (TMX, XLIFF).
// Included by report .cpp files only.
#pragma once

#include <string>
#include <string_view>

#include "wirealign/core/utf8.h"

namespace wirealign::report {

// `s` as valid UTF-8 that cannot drive a terminal or break XML 1.0: control characters shown as
// their Unicode control pictures (␛ for ESC), line breaks and tabs as spaces, C1 controls,
// bidirectional overrides and non-characters as U+FFFD. An XML writer still escapes < > & and
// quotes.
inline std::string printable(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const char32_t c = utf8::next(s, i);
    if (c == '\n' || c == '\t' || c == '\r')
      out += ' ';
    else if (c < 0x20)
      utf8::append(out, 0x2400 + c);
    else if (c == 0x7F)
      utf8::append(out, 0x2421);
    else if ((c >= 0x80 && c < 0xA0) || (c >= 0x202A && c <= 0x202E) ||
             (c >= 0x2066 && c <= 0x2069) || (c >= 0xFDD0 && c <= 0xFDEF) ||
             (c & 0xFFFE) == 0xFFFE)
      utf8::append(out, 0xFFFD);
    else
      utf8::append(out, c);
  }
  return out;
}

// `s` with the characters XML 1.0 cannot hold replaced: C0 controls but tab and line feed by a
// space (a carriage return too: XML readers turn it into a line feed, so it would not read back),
// the non-characters U+FFFE and U+FFFF and bytes that are not UTF-8 by U+FFFD. Everything else is
// kept as it is, so that a translation memory holds the sentences as they were read.
inline std::string xml_safe(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const char32_t c = utf8::next(s, i);
    if (c < 0x20 && c != U'\t' && c != U'\n')
      out += ' ';
    else if (c == 0xFFFE || c == 0xFFFF)
      utf8::append(out, U'\uFFFD');
    else
      utf8::append(out, c);
  }
  return out;
}

}  // namespace wirealign::report
