// Small UTF-8 helpers used across the pipeline (validation, decoding one code point at a time).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace wirealign::utf8 {

// Offset of the first byte that does not start or continue a well-formed UTF-8 sequence, or
// nullopt if `s` is valid UTF-8 (surrogates and overlong forms are invalid).
std::optional<std::size_t> find_invalid(std::string_view s);

// Decodes the code point starting at s[i] and advances i past it. Returns U+FFFD for a malformed
// sequence (advancing by at least one byte). Requires i < s.size().
char32_t next(std::string_view s, std::size_t& i);

// Decodes the code point that ends just before s[i] and moves i back to its first byte. Requires
// i > 0.
char32_t prev(std::string_view s, std::size_t& i);

// Appends the UTF-8 encoding of `c` to `out`.
void append(std::string& out, char32_t c);

// The number of code points of UTF-8 text `s` (its bytes that do not continue a sequence).
std::size_t length(std::string_view s);

}  // namespace wirealign::utf8
