// NFC normalisation with an offset map, in the manner of SentencePiece's normaliser.
#include "wirealign/read/normalise.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>

#include "wirealign/core/utf8.h"
#include "wirealign/icu/icu.h"

namespace wirealign::read {
namespace {

// Applies line-end and control-character rules, one code point at a time, in place (the text
// only shrinks).
void clean(Decoded& d) {
  std::u16string& u = d.units;
  std::size_t out = 0;
  for (std::size_t i = 0; i < u.size(); ++i) {
    char16_t c = u[i];
    const std::uint32_t off = d.offsets[i];
    if (c == u'\r') {
      u[out] = u'\n';
      d.offsets[out++] = off;
      if (i + 1 < u.size() && u[i + 1] == u'\n') ++i;
      continue;
    }
    if (c == u'\uFEFF') continue;
    if (c == u'\u2028' || c == u'\u2029' || c == u'\v' || c == u'\f') c = u'\n';
    else if ((c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7F && c <= 0x9F)) c = u' ';
    u[out] = c;
    d.offsets[out++] = off;
  }
  u.resize(out);
  d.offsets.resize(out);
}

// Bytes of `u` in UTF-8 (an unpaired surrogate counts as U+FFFD, three bytes).
std::size_t utf8_size(const std::u16string& u) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < u.size(); ++i) {
    const char16_t c = u[i];
    if (c < 0x80)
      n += 1;
    else if (c < 0x800)
      n += 2;
    else if (U16_IS_LEAD(c) && i + 1 < u.size() && U16_IS_TRAIL(u[i + 1]))
      n += 4, ++i;
    else
      n += 3;
  }
  return n;
}

void append_utf8(Normalised& out, const std::u16string& units, std::size_t begin, std::size_t end,
                 std::uint32_t offset_of_first, const std::vector<std::uint32_t>* per_unit) {
  std::size_t i = begin;
  while (i < end) {
    const std::size_t start = i;
    char32_t c;
    U16_NEXT(units.data(), i, end, c);
    if (U_IS_SURROGATE(c)) c = U'\uFFFD';  // unpaired surrogate
    const std::uint32_t off = per_unit ? (*per_unit)[start] : offset_of_first;
    if (c < 0x80) {  // the common case: one byte
      out.text.push_back(static_cast<char>(c));
      out.offsets.push_back(off);
      continue;
    }
    const std::size_t before = out.text.size();
    utf8::append(out.text, c);
    for (std::size_t k = before; k < out.text.size(); ++k) out.offsets.push_back(off);
  }
}

}  // namespace

Normalised normalise(Decoded decoded, std::uint32_t original_size) {
  clean(decoded);
  const Decoded& cleaned = decoded;
  UErrorCode status = U_ZERO_ERROR;
  const ::icu::Normalizer2* nfc = ::icu::Normalizer2::getNFCInstance(status);
  icu::check(status, "Normalizer2::getNFCInstance");

  Normalised out;
  // The size the text has when normalisation changes nothing, as most text is already NFC.
  const std::size_t expected = utf8_size(cleaned.units);
  out.text.reserve(expected);
  out.offsets.reserve(expected + 1);
  const std::u16string& u = cleaned.units;
  const ::icu::UnicodeString whole(false, u.data(), icu::checked_length(u.size(), "normalise"));
  const std::int32_t yes = nfc->spanQuickCheckYes(whole, status);
  icu::check(status, "Normalizer2::spanQuickCheckYes");
  // The prefix that is certainly NFC is copied as it is; the rest is normalised chunk by chunk
  // between normalisation boundaries, each output character mapped to its chunk's first offset.
  std::size_t i = 0;
  std::size_t prefix = static_cast<std::size_t>(yes);
  if (prefix < u.size()) {  // back off, by code points, to a boundary for the next chunk
    while (prefix > 0) {
      if (U16_IS_TRAIL(u[prefix]) && U16_IS_LEAD(u[prefix - 1])) {
        --prefix;
        continue;
      }
      UChar32 c;
      U16_GET(u.data(), 0, prefix, u.size(), c);
      if (nfc->hasBoundaryBefore(c)) break;
      --prefix;
    }
  }
  append_utf8(out, u, 0, prefix, 0, &cleaned.offsets);
  i = prefix;
  while (i < u.size()) {
    std::size_t j = i;
    UChar32 c;
    U16_NEXT(u.data(), j, u.size(), c);
    while (j < u.size()) {
      std::size_t k = j;
      UChar32 d;
      U16_NEXT(u.data(), k, u.size(), d);
      if (nfc->hasBoundaryBefore(d)) break;
      j = k;
    }
    const ::icu::UnicodeString chunk(false, u.data() + i, static_cast<std::int32_t>(j - i));
    if (nfc->isNormalized(chunk, status) && U_SUCCESS(status)) {
      append_utf8(out, u, i, j, 0, &cleaned.offsets);
    } else {
      status = U_ZERO_ERROR;
      ::icu::UnicodeString normalised = nfc->normalize(chunk, status);
      icu::check(status, "Normalizer2::normalize");
      const std::u16string n(normalised.getBuffer(), static_cast<std::size_t>(normalised.length()));
      append_utf8(out, n, 0, n.size(), cleaned.offsets[i], nullptr);
    }
    i = j;
  }
  out.offsets.push_back(original_size);
  if (out.text.size() != expected) {  // normalisation changed the size: give back unused room
    out.text.shrink_to_fit();
    out.offsets.shrink_to_fit();
  }
  return out;
}

std::optional<Normalised> normalised_as_is(std::string_view utf8, std::uint32_t base,
                                           std::uint32_t original_size) {
  const auto* p = reinterpret_cast<const unsigned char*>(utf8.data());
  const std::size_t n = utf8.size();
  for (std::size_t i = 0; i < n; ++i) {
    const unsigned char c = p[i];
    if (c >= 0x20 && c < 0x7F) continue;
    if (c == '\n' || c == '\t') continue;
    if (c < 0x80) return std::nullopt;  // CR, other C0 controls, DEL
    const unsigned char c1 = i + 1 < n ? p[i + 1] : 0, c2 = i + 2 < n ? p[i + 2] : 0;
    if (c == 0xC2 && c1 >= 0x80 && c1 <= 0x9F) return std::nullopt;                  // C1 controls
    if (c == 0xEF && c1 == 0xBB && c2 == 0xBF) return std::nullopt;                  // U+FEFF
    if (c == 0xE2 && c1 == 0x80 && (c2 == 0xA8 || c2 == 0xA9)) return std::nullopt;  // U+2028/9
  }
  if (utf8::find_invalid(utf8)) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  const ::icu::Normalizer2* nfc = ::icu::Normalizer2::getNFCInstance(status);
  icu::check(status, "Normalizer2::getNFCInstance");
  const bool normal = nfc->isNormalizedUTF8(
      ::icu::StringPiece(utf8.data(), icu::checked_length(n, "normalise")), status);
  if (U_FAILURE(status) || !normal) return std::nullopt;
  Normalised out;
  out.text.assign(utf8);
  out.offsets.reserve(n + 1);
  // Every byte of a character maps to the character's first byte, as normalise() maps them.
  std::uint32_t lead = base;
  for (std::size_t i = 0; i < n; ++i) {
    if ((p[i] & 0xC0) != 0x80) lead = base + static_cast<std::uint32_t>(i);
    out.offsets.push_back(lead);
  }
  out.offsets.push_back(original_size);
  return out;
}

}  // namespace wirealign::read
