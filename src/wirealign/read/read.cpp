// Reading bytes, detecting and converting encodings, and refusing what is not text.
#include "wirealign/read/read.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>

#include "wirealign/core/error.h"
#include "wirealign/core/utf8.h"
#include "wirealign/icu/icu.h"
#include "wirealign/read/normalise.h"

namespace wirealign::read {
namespace {

// Share of control characters above which decoded text is taken for binary data.
constexpr double kMaxControlShare = 0.01;
// Smallest confidence (0-100) of ICU's charset detector that we act on.
constexpr std::int32_t kMinDetectorConfidence = 10;

std::string hex_byte(unsigned char b) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02X", b);
  return buf;
}

struct Encoding {
  std::string name;      // ICU converter name
  std::size_t skip = 0;  // bytes of byte-order mark to skip
  std::string notice;    // what to tell the user, empty for plain UTF-8
};

std::optional<Encoding> from_bom(std::string_view b) {
  auto starts = [&](std::string_view p) { return b.substr(0, p.size()) == p; };
  using namespace std::string_view_literals;
  if (starts("\xEF\xBB\xBF"sv)) return Encoding{"UTF-8", 3, ""};
  if (starts("\xFF\xFE\x00\x00"sv)) return Encoding{"UTF-32LE", 4, "read as UTF-32LE (byte-order mark)"};
  if (starts("\x00\x00\xFE\xFF"sv)) return Encoding{"UTF-32BE", 4, "read as UTF-32BE (byte-order mark)"};
  if (starts("\xFF\xFE"sv)) return Encoding{"UTF-16LE", 2, "read as UTF-16LE (byte-order mark)"};
  if (starts("\xFE\xFF"sv)) return Encoding{"UTF-16BE", 2, "read as UTF-16BE (byte-order mark)"};
  return std::nullopt;
}

// UTF-16 without a byte-order mark: text in Latin scripts has a zero byte in every other position.
std::optional<Encoding> utf16_without_bom(std::string_view b) {
  const std::size_t n = std::min<std::size_t>(b.size(), 8192) & ~std::size_t{1};
  if (n < 4) return std::nullopt;
  std::size_t zero_even = 0, zero_odd = 0;
  for (std::size_t i = 0; i < n; i += 2) {
    zero_even += b[i] == '\0';
    zero_odd += b[i + 1] == '\0';
  }
  const std::size_t pairs = n / 2;
  if (zero_odd * 10 >= pairs * 4 && zero_even * 50 <= pairs)
    return Encoding{"UTF-16LE", 0, "read as UTF-16LE (no byte-order mark; recognised by its zero bytes)"};
  if (zero_even * 10 >= pairs * 4 && zero_odd * 50 <= pairs)
    return Encoding{"UTF-16BE", 0, "read as UTF-16BE (no byte-order mark; recognised by its zero bytes)"};
  return std::nullopt;
}

// Counts in UTF-8-looking bytes `s` the well-formed multi-byte sequences and the malformed ones.
struct Utf8Census {
  std::size_t valid = 0;    // well-formed sequences of two bytes or more
  std::size_t invalid = 0;  // runs of malformed bytes (replaced by U+FFFD when decoded)
};

Utf8Census utf8_census(std::string_view s) {
  Utf8Census c;
  std::size_t i = 0;
  bool in_run = false;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      in_run = false;
      continue;
    }
    const std::size_t start = i;
    const char32_t cp = utf8::next(s, i);
    const bool malformed = cp == U'\uFFFD' && s.substr(start, 3) != "\xEF\xBF\xBD";
    if (!malformed)
      ++c.valid;
    else if (!in_run)
      ++c.invalid;
    in_run = malformed;
  }
  return c;
}

// Whether ICU has a converter for `name`. The detector names some encodings it has none for
// ("IBM420_ltr", "IBM424_rtl": visual-order variants).
bool has_converter(const char* name) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* c = ucnv_open(name, &status);
  if (c != nullptr) ucnv_close(c);
  return U_SUCCESS(status) && c != nullptr;
}

// Asks ICU's detector for a legacy encoding. Returns nullopt if it has no usable answer.
std::optional<std::string> detect_legacy(std::string_view b) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Detector det(ucsdet_open(&status));
  icu::check(status, "ucsdet_open");
  ucsdet_setText(det.get(), b.data(), icu::checked_length(b.size(), "ucsdet_setText"), &status);
  icu::check(status, "ucsdet_setText");
  std::int32_t count = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(det.get(), &count, &status);
  if (U_FAILURE(status) || matches == nullptr) return std::nullopt;
  // The first usable answer, except that windows-1252 (read for ISO-8859-1, its superset, as
  // browsers do) wins when it scores close to the top: on short text the detector often ranks
  // ISO-8859-2 first for French or German, which would garble their accents.
  constexpr std::int32_t kLatin1Margin = 15;
  std::optional<std::string> best;
  std::int32_t best_confidence = 0;
  for (std::int32_t i = 0; i < count; ++i) {
    const char* name = ucsdet_getName(matches[i], &status);
    const std::int32_t confidence = ucsdet_getConfidence(matches[i], &status);
    if (U_FAILURE(status) || name == nullptr) break;
    if (confidence < kMinDetectorConfidence) break;
    const std::string n(name);
    if (n.rfind("UTF-", 0) == 0) continue;  // Unicode forms were handled before
    if (!has_converter(name)) continue;
    const bool latin1 = n == "ISO-8859-1" || n == "windows-1252";
    if (!best) {
      best = latin1 ? "windows-1252" : n;
      best_confidence = confidence;
      if (latin1) break;
    } else if (latin1 && confidence + kLatin1Margin >= best_confidence) {
      return "windows-1252";
    }
  }
  return best;
}

// Decodes `b` (after the byte-order mark) from `encoding` into UTF-16, recording for every code
// unit the offset of the byte it came from (`base` is added to every offset).
Decoded to_utf16(std::string_view b, const std::string& encoding, std::uint32_t base) {
  icu::Converter conv = icu::open_converter(encoding.c_str());
  Decoded out;
  constexpr std::size_t kChunk = 1 << 16;
  std::vector<UChar> target(kChunk);
  std::vector<std::int32_t> offsets(kChunk);
  const char* source = b.data();
  const char* const source_limit = b.data() + b.size();
  std::uint32_t last = base;
  for (;;) {
    UErrorCode status = U_ZERO_ERROR;
    UChar* t = target.data();
    std::int32_t* o = offsets.data();
    const char* call_start = source;
    ucnv_toUnicode(conv.get(), &t, target.data() + target.size(), &source, source_limit, o,
                   /*flush=*/true, &status);
    const auto produced = static_cast<std::size_t>(t - target.data());
    const auto call_base = static_cast<std::uint32_t>(call_start - b.data()) + base;
    for (std::size_t k = 0; k < produced; ++k) {
      // -1: the character began in an earlier call; keep the previous offset.
      if (offsets[k] >= 0) last = call_base + static_cast<std::uint32_t>(offsets[k]);
      out.units.push_back(static_cast<char16_t>(target[k]));
      out.offsets.push_back(last);
    }
    if (status == U_BUFFER_OVERFLOW_ERROR) continue;
    icu::check(status, "ucnv_toUnicode");
    break;
  }
  return out;
}

bool is_control(char16_t c) {
  return (c < 0x20 && c != u'\n' && c != u'\r' && c != u'\t' && c != u'\f' && c != u'\v') ||
         (c >= 0x7F && c <= 0x9F);
}

// Refuses decoded text that looks like binary data.
// `count_replacement`: count U+FFFD too, as a legacy converter produces it for undecodable bytes
// (in Unicode input it is a character the author wrote).
void check_not_binary(const Decoded& d, const std::string& name, bool count_replacement) {
  std::size_t controls = 0;
  std::optional<std::uint32_t> first;
  for (std::size_t i = 0; i < d.units.size(); ++i) {
    if (is_control(d.units[i]) || (count_replacement && d.units[i] == u'\uFFFD')) {
      ++controls;
      if (!first) first = d.offsets[i];
    }
  }
  if (controls > 0 && static_cast<double>(controls) > kMaxControlShare * static_cast<double>(d.units.size()))
    throw InputError(name, "looks like binary data, not text (" + std::to_string(controls) +
                               " control or undecodable characters)", first);
}

}  // namespace

void ReadOptions::validate() const {
  if (max_bytes == 0 || max_bytes > std::numeric_limits<std::uint32_t>::max() - 1)
    throw ConfigError("max_bytes must be between 1 and 4 GiB");
  if (!encoding.empty()) icu::open_converter(encoding.c_str());
}

Text decode(std::string bytes, std::string name, const ReadOptions& options) {
  if (bytes.empty()) throw InputError(name, "the file is empty");
  if (bytes.size() > options.max_bytes)
    throw InputError(name, "input is larger than the limit of " + std::to_string(options.max_bytes) +
                               " bytes");
  const std::string_view b(bytes);
  Encoding enc;
  if (!options.encoding.empty()) {
    enc.name = options.encoding;
    if (auto bom = from_bom(b); bom && bom->name == "UTF-8") enc.skip = bom->skip;
  } else if (auto bom = from_bom(b)) {
    enc = *bom;
  } else if (auto u16 = utf16_without_bom(b)) {
    enc = *u16;
  } else {
    enc.name = "UTF-8";
  }
  // Bytes that claim to be UTF-8 (by default or by their byte-order mark) are checked here:
  // NUL bytes mean binary data; invalid sequences mean another encoding, if one is recognised.
  if (enc.name == "UTF-8" && options.encoding.empty()) {
    const std::string_view body = b.substr(enc.skip);
    if (const auto* nul = std::memchr(body.data(), '\0', body.size()))
      throw InputError(name, "looks like binary data, not text (NUL byte)",
                       static_cast<const char*>(nul) - b.data());
    if (auto bad = utf8::find_invalid(body)) {
      const std::size_t at = *bad + enc.skip;
      const std::string where = "byte " + hex_byte(static_cast<unsigned char>(b[at])) +
                                " at offset " + std::to_string(at) + ")";
      // UTF-8 text with a few bad bytes (a stray byte, a surrogate encoded in UTF-8, a file cut
      // in mid-character) stays UTF-8, the bad bytes replaced: read in a legacy encoding, every
      // accented letter of it would be garbled.
      const Utf8Census census = utf8_census(body);
      if (options.detect_encoding && census.valid > census.invalid) {
        const std::string more = census.invalid == 2 ? ", and 1 other invalid sequence after it"
                                 : census.invalid > 2
                                     ? ", and " + std::to_string(census.invalid - 1) +
                                           " other invalid sequences after it"
                                     : std::string();
        enc.notice = "not valid UTF-8 (" + where.substr(0, where.size() - 1) + more +
                     "); read as UTF-8, each invalid sequence replaced by U+FFFD";
      } else {
        std::optional<std::string> legacy;
        // A UTF-8 byte-order mark says the bytes are UTF-8: no other encoding is tried.
        if (options.detect_encoding && enc.skip == 0) legacy = detect_legacy(body);
        if (!legacy)
          throw InputError(name,
                           "is not valid UTF-8 and its encoding was not recognised; convert it "
                           "to UTF-8 or name its encoding with --encoding",
                           at);
        enc.name = *legacy;
        enc.notice = "not UTF-8 (" + where + "; read as " + *legacy;
      }
    }
  }
  const bool unicode = enc.name.rfind("UTF-", 0) == 0;

  const auto base = static_cast<std::uint32_t>(enc.skip);
  Decoded decoded = to_utf16(b.substr(enc.skip), enc.name, base);
  check_not_binary(decoded, name, /*count_replacement=*/!unicode);
  Normalised normalised = normalise(decoded, static_cast<std::uint32_t>(b.size()));
  const bool blank = std::all_of(normalised.text.begin(), normalised.text.end(), [](char c) {
    return c == ' ' || c == '\n' || c == '\t';
  });
  if (blank) throw InputError(name, "contains no text (only white space)");

  Text text;
  text.name = std::move(name);
  text.encoding = enc.name;
  text.original = std::move(bytes);
  text.text = std::move(normalised.text);
  text.offsets = std::move(normalised.offsets);
  if (!enc.notice.empty()) text.notices.push_back(enc.notice);
  return text;
}

Text read_file(const std::string& path, const ReadOptions& options) {
  options.validate();
  std::string bytes;
  std::string name = path;
  if (path == "-") {
    name = "<stdin>";
    bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    if (std::cin.bad()) throw InputError(name, "read error");
  } else {
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status)) throw InputError(name, "no such file");
    if (std::filesystem::is_directory(status)) throw InputError(name, "is a directory, not a file");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(name, std::string("cannot open: ") + std::strerror(errno));
    std::uintmax_t size = 0;
    if (std::filesystem::is_regular_file(status)) {
      size = std::filesystem::file_size(path, ec);
      if (ec) size = 0;
      if (size > options.max_bytes)
        throw InputError(name, "input is larger than the limit of " +
                                   std::to_string(options.max_bytes) + " bytes");
    }
    // A regular file is read in one piece; anything else (or a file that grew) by the stream.
    bytes.resize(static_cast<std::size_t>(size));
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    if (in) bytes.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad()) throw InputError(name, "read error");
  }
  return decode(std::move(bytes), std::move(name), options);
}

}  // namespace wirealign::read
