// Reading bytes, detecting and converting encodings, and refusing what is not text.
#include "wirealign/read/read.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/utf16.h>

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
#include "wirealign/read/html.h"
#include "wirealign/read/normalise.h"
#include "wirealign/read/office.h"

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
  // A byte gives at most one code unit (UTF-16 and UTF-32 input give fewer).
  out.units.reserve(b.size());
  out.offsets.reserve(b.size());
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

// The encoding a web page declares (`label`, from its <meta> element), as browsers take it: a
// declared UTF-16 means UTF-8 (the declaration could be read as ASCII), ISO-8859-1 and ASCII mean
// windows-1252; a legacy encoding declared for bytes that are valid UTF-8 with non-ASCII
// characters gives way to UTF-8 (a page saved again as UTF-8 that kept its declaration). nullopt
// for UTF-8 and for a label ICU does not know, which leave the choice to detection.
std::optional<Encoding> declared_encoding(const std::string& label, std::string_view b) {
  std::string l = label;
  std::transform(l.begin(), l.end(), l.begin(), [](char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  });
  for (const char* utf8 : {"utf-8", "utf8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be"})
    if (l == utf8) return std::nullopt;
  std::string icu_name = label;
  for (const char* latin1 : {"iso-8859-1", "iso8859-1", "latin1", "l1", "ascii", "us-ascii",
                             "iso-ir-100", "cp819", "ibm819", "cp1252", "x-cp1252"})
    if (l == latin1) icu_name = "windows-1252";
  if (!has_converter(icu_name.c_str())) return std::nullopt;
  const bool ascii =
      std::all_of(b.begin(), b.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii) return Encoding{icu_name, 0, ""};
  if (!utf8::find_invalid(b))
    return Encoding{"UTF-8", 0,
                    "declares the encoding " + label + " but is valid UTF-8: read as UTF-8"};
  return Encoding{icu_name, 0, "read as " + icu_name + " (declared by the page)"};
}

// Chooses how to decode `b`: the encoding the options name, else a byte-order mark, else the
// encoding a web page declares (`declared`), else UTF-16 recognised by its zero bytes, else UTF-8
// if the bytes are (mostly) UTF-8, else a legacy encoding ICU's detector recognises. Throws
// InputError for binary data and for bytes whose encoding is not recognised.
Encoding choose_encoding(std::string_view b, const std::string& name, const ReadOptions& options,
                         const std::optional<std::string>& declared = std::nullopt) {
  Encoding enc;
  if (!options.encoding.empty()) {
    enc.name = options.encoding;
    if (auto bom = from_bom(b); bom && bom->name == "UTF-8") enc.skip = bom->skip;
  } else if (auto bom = from_bom(b)) {
    enc = *bom;
  } else if (auto page = declared ? declared_encoding(*declared, b) : std::nullopt) {
    enc = *page;
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
  return enc;
}

// Whether normalised text holds nothing but white space.
bool blank(const std::string& text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return c == ' ' || c == '\n' || c == '\t'; });
}

// The Text of an input named `name`, read from `original` in `encoding`.
Text make_text(std::string name, std::string encoding, std::string original,
               Normalised normalised) {
  Text text;
  text.name = std::move(name);
  text.encoding = std::move(encoding);
  text.original = std::move(original);
  text.text = std::move(normalised.text);
  text.offsets = std::move(normalised.offsets);
  return text;
}

// Plain text (and the bytes of any input, once its format is known to be text).
Text decode_text(std::string bytes, std::string name, const ReadOptions& options) {
  const std::string_view b(bytes);
  const Encoding enc = choose_encoding(b, name, options);
  const bool unicode = enc.name.rfind("UTF-", 0) == 0;

  const auto base = static_cast<std::uint32_t>(enc.skip);
  const auto size = static_cast<std::uint32_t>(b.size());
  // Most text is UTF-8 that needs no change: it is taken as it is, without decoding.
  std::optional<Normalised> normalised;
  if (enc.name == "UTF-8") normalised = normalised_as_is(b.substr(enc.skip), base, size);
  if (!normalised) {
    Decoded decoded = to_utf16(b.substr(enc.skip), enc.name, base);
    check_not_binary(decoded, name, /*count_replacement=*/!unicode);
    normalised = normalise(std::move(decoded), size);
  }
  if (blank(normalised->text)) throw InputError(name, "contains no text (only white space)");

  Text text = make_text(std::move(name), enc.name, std::move(bytes), std::move(*normalised));
  if (!enc.notice.empty()) text.notices.push_back(enc.notice);
  return text;
}

// Line starts of a page (see Text::line_starts): after each LF, CR LF or lone CR of `page`, whose
// byte i came from original offset origin[i].
std::vector<std::uint32_t> line_starts(std::string_view page,
                                       const std::vector<std::uint32_t>& origin) {
  std::vector<std::uint32_t> starts;
  for (std::size_t i = 0; i < page.size(); ++i) {
    if (page[i] == '\n' || (page[i] == '\r' && (i + 1 == page.size() || page[i + 1] != '\n')))
      starts.push_back(origin[i + 1]);
  }
  return starts;
}

// A web page: decoded, parsed, and its text extracted.
Text decode_html(std::string bytes, std::string name, const ReadOptions& options) {
  const std::string_view b(bytes);
  std::optional<std::string> declared;
  if (options.encoding.empty() && !from_bom(b)) declared = html::declared_charset(b);
  const Encoding enc = choose_encoding(b, name, options, declared);
  const bool unicode = enc.name.rfind("UTF-", 0) == 0;
  Decoded decoded = to_utf16(b.substr(enc.skip), enc.name, static_cast<std::uint32_t>(enc.skip));
  check_not_binary(decoded, name, /*count_replacement=*/!unicode);

  // The page in UTF-8 for the parser, each byte with the original offset it came from.
  std::string page;
  std::vector<std::uint32_t> origin;
  page.reserve(decoded.units.size() + decoded.units.size() / 4);
  origin.reserve(page.capacity() + 1);
  const std::u16string& u = decoded.units;
  for (std::size_t i = 0; i < u.size();) {
    const std::size_t start = i;
    char32_t c;
    U16_NEXT(u.data(), i, u.size(), c);
    if (U_IS_SURROGATE(c)) c = U'\uFFFD';
    const std::size_t before = page.size();
    utf8::append(page, c);
    origin.insert(origin.end(), page.size() - before, decoded.offsets[start]);
  }
  origin.push_back(static_cast<std::uint32_t>(b.size()));
  decoded = Decoded();

  const auto [depth, deepest_at] = html::nesting_depth(page);
  if (depth > options.max_html_depth)
    throw InputError(name,
                     "nests HTML elements more than " + std::to_string(options.max_html_depth) +
                         " deep, which no article does; read it with --input-format text",
                     origin[deepest_at]);
  html::HtmlOptions html_options;
  html_options.whole_page = options.whole_page;
  html_options.max_depth = options.max_html_depth;
  html::Extracted extracted = html::extract(page, origin, html_options);
  Normalised normalised =
      normalise(std::move(extracted.text), static_cast<std::uint32_t>(b.size()));
  if (blank(normalised.text))
    throw InputError(name,
                     "is a web page without text (nothing is left once markup, scripts, "
                     "navigation and forms are set aside)");

  Text text = make_text(std::move(name), enc.name, std::move(bytes), std::move(normalised));
  text.line_starts = line_starts(page, origin);
  if (!enc.notice.empty()) text.notices.push_back(enc.notice);
  text.notices.push_back(extracted.part == "page"
                             ? "read as a web page (HTML): all its text"
                             : "read as a web page (HTML): the text of its <" + extracted.part +
                                   "> element (--whole-page reads all of it)");
  return text;
}

// A Word or OpenDocument text file: its paragraphs, every offset 0 (see read.h).
Text decode_office(std::string bytes, std::string name, const ReadOptions& options) {
  office::Document document = office::extract(bytes, name, options.max_bytes);
  Decoded decoded;
  decoded.units.reserve(document.text.size());
  for (std::size_t i = 0; i < document.text.size();) {
    const char32_t c = utf8::next(document.text, i);
    char16_t units[2];
    std::size_t n = 0;
    U16_APPEND_UNSAFE(units, n, c);
    decoded.units.append(units, n);
  }
  decoded.offsets.assign(decoded.units.size(), 0);
  Normalised normalised = normalise(std::move(decoded), static_cast<std::uint32_t>(bytes.size()));
  if (blank(normalised.text)) throw InputError(name, "is " + document.kind + " without text");

  Text text = make_text(std::move(name), "UTF-8", std::move(bytes), std::move(normalised));
  text.notices.push_back("read as " + document.kind +
                         ": its paragraphs; byte offsets in it are all 0");
  return text;
}

// The start of `b` for recognising its format: the first 64 KB, without a byte-order mark and
// without NUL bytes (so that UTF-16 and UTF-32 read as ASCII).
std::string probe(std::string_view b) {
  if (auto bom = from_bom(b)) b.remove_prefix(bom->skip);
  std::string p(b.substr(0, 1 << 16));
  p.erase(std::remove(p.begin(), p.end(), '\0'), p.end());
  return p;
}

}  // namespace

void ReadOptions::validate() const {
  if (max_bytes == 0 || max_bytes > std::numeric_limits<std::uint32_t>::max() - 1)
    throw ConfigError("max_bytes must be between 1 and 4 GiB");
  if (!encoding.empty()) icu::open_converter(encoding.c_str());
}

InputFormat parse_input_format(std::string_view name) {
  if (name == "auto") return InputFormat::automatic;
  if (name == "text") return InputFormat::text;
  if (name == "html") return InputFormat::html;
  throw ConfigError("unknown input format '" + std::string(name) +
                    "' (expected auto, text or html)");
}

Text decode(std::string bytes, std::string name, const ReadOptions& options) {
  if (bytes.empty()) throw InputError(name, "the file is empty");
  if (bytes.size() > options.max_bytes)
    throw InputError(
        name, "input is larger than the limit of " + std::to_string(options.max_bytes) + " bytes");
  InputFormat format = options.format;
  if (format == InputFormat::automatic) {
    const std::string start = probe(bytes);
    std::string_view s(start);
    while (!s.empty() &&
           (s.front() == ' ' || s.front() == '\n' || s.front() == '\r' || s.front() == '\t'))
      s.remove_prefix(1);
    if (s.substr(0, 5) == "%PDF-")
      throw InputError(name,
                       "is a PDF document, which wirealign does not read: save its text as "
                       "a plain text file (pdftotext FILE.pdf FILE.txt, from Debian's "
                       "poppler-utils, or your PDF viewer's Save as Text) and give that");
    if (s.substr(0, 5) == "{\\rtf")
      throw InputError(name,
                       "is an RTF document, which wirealign does not read: open it in a word "
                       "processor and save it as Word (.docx), OpenDocument (.odt) or plain "
                       "text (.txt)");
    if (std::string_view(bytes).substr(0, 8) == "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")
      throw InputError(name,
                       "is a Word 97-2003 document (.doc) or another old Office file, which "
                       "wirealign does not read: save it as Word (.docx), OpenDocument "
                       "(.odt) or plain text (.txt)");
    if (office::is_zip(bytes)) return decode_office(std::move(bytes), std::move(name), options);
    format = html::looks_like_html(start) ? InputFormat::html : InputFormat::text;
  }
  if (format == InputFormat::html) return decode_html(std::move(bytes), std::move(name), options);
  return decode_text(std::move(bytes), std::move(name), options);
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
