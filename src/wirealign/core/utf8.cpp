// UTF-8 helpers, on top of ICU's macros.
#include "wirealign/core/utf8.h"

#include <unicode/utf8.h>

#include <cstdint>

namespace wirealign::utf8 {

std::optional<std::size_t> find_invalid(std::string_view s) {
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
  const auto n = static_cast<std::int64_t>(s.size());
  std::int64_t i = 0;
  while (i < n) {
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    const std::int64_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return static_cast<std::size_t>(start);
  }
  return std::nullopt;
}

char32_t next(std::string_view s, std::size_t& i) {
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
  auto j = static_cast<std::int64_t>(i);
  UChar32 c;
  U8_NEXT(p, j, static_cast<std::int64_t>(s.size()), c);
  i = static_cast<std::size_t>(j);
  return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

char32_t prev(std::string_view s, std::size_t& i) {
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
  // U8_PREV needs an int32 index; look back at most 4 bytes from a window start.
  const std::size_t window = i >= 4 ? i - 4 : 0;
  std::int32_t j = static_cast<std::int32_t>(i - window);
  UChar32 c;
  U8_PREV(p + window, 0, j, c);
  i = window + static_cast<std::size_t>(j);
  return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}
void append(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

std::size_t length(std::string_view s) {
  std::size_t n = 0;
  for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

}  // namespace wirealign::utf8
