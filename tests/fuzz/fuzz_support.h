// Shared helpers of the fuzz targets: turning fuzz bytes into inputs, and the properties every
// output must keep (valid UTF-8, JSON that parses, XML that parses and holds only characters
// XML 1.0 allows). A broken property aborts, which libFuzzer reports as a crash.
#pragma once

#include <fuzzer/FuzzedDataProvider.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "wirealign/core/error.h"
#include "wirealign/core/types.h"
#include "wirealign/core/utf8.h"
#include "wirealign/pipeline/pipeline.h"

namespace wirealign::fuzz {

// Aborts with `what` when `ok` is false.
inline void require(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "fuzz property broken: %s\n", what);
  std::abort();
}

// True when `s` is valid UTF-8.
inline bool valid_utf8(std::string_view s) { return !utf8::find_invalid(s).has_value(); }

// Requires `s` to be one JSON document that nlohmann parses.
inline void require_json(const std::string& s, const char* what) {
  require(valid_utf8(s), what);
  require(nlohmann::json::accept(s), what);
}

// Requires every line of `s` to be a JSON document (JSON Lines).
inline void require_json_lines(const std::string& s, const char* what) {
  std::size_t start = 0;
  while (start < s.size()) {
    std::size_t end = s.find('\n', start);
    if (end == std::string::npos) end = s.size();
    require(nlohmann::json::accept(s.substr(start, end - start)), what);
    start = end + 1;
  }
}

// Requires `s` to be well-formed XML for pugixml, in valid UTF-8, without characters XML 1.0
// forbids (C0 controls other than tab and line breaks), raw or as character references.
inline void require_xml(const std::string& s, const char* what) {
  if (!valid_utf8(s)) std::fprintf(stderr, "%s: not valid UTF-8\n", what);
  require(valid_utf8(s), what);
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
      std::fprintf(stderr, "%s: control byte 0x%02x at %zu\n", what, c, i);
    require(c >= 0x20 || c == '\t' || c == '\n' || c == '\r', what);
  }
  // The non-characters U+FFFE and U+FFFF are not XML 1.0 characters either.
  const bool non_character = s.find("\xEF\xBF\xBE") != std::string::npos ||
                             s.find("\xEF\xBF\xBF") != std::string::npos;
  if (non_character) std::fprintf(stderr, "%s: U+FFFE or U+FFFF\n", what);
  require(!non_character, what);
  pugi::xml_document doc;
  const pugi::xml_parse_result parsed = doc.load_buffer(
      s.data(), s.size(), pugi::parse_default | pugi::parse_doctype, pugi::encoding_utf8);
  if (!parsed) std::fprintf(stderr, "%s: %s at %td\n", what, parsed.description(), parsed.offset);
  require(static_cast<bool>(parsed), what);
  // Character references to C0 controls (pugixml writes "&#1;" for a raw U+0001).
  for (std::size_t at = s.find("&#"); at != std::string::npos; at = s.find("&#", at + 2)) {
    const bool hex = at + 2 < s.size() && (s[at + 2] == 'x' || s[at + 2] == 'X');
    const long value = std::strtol(s.c_str() + at + (hex ? 3 : 2), nullptr, hex ? 16 : 10);
    if (value < 0x20 && value != 9 && value != 10 && value != 13)
      std::fprintf(stderr, "%s: reference to U+%04lX at %zu\n", what, value, at);
    require(value >= 0x20 || value == 9 || value == 10 || value == 13, what);
  }
}

// Requires `text`, read from `bytes`, to keep the invariants of Text: the bytes as given, text in
// valid UTF-8 and not empty, offsets that never decrease and end at the size of the bytes.
inline void require_read(const Text& text, const std::string& bytes) {
  require(text.original == bytes, "read: original bytes changed");
  require(valid_utf8(text.text), "read: text is not valid UTF-8");
  require(!text.text.empty(), "read: empty text accepted");
  require(text.offsets.size() == text.text.size() + 1, "read: offsets size");
  require(text.offsets.back() == text.original.size(), "read: last offset");
  for (std::size_t i = 1; i < text.offsets.size(); ++i)
    require(text.offsets[i - 1] <= text.offsets[i], "read: offsets decrease");
}

// Requires a plain-text report to be valid UTF-8 without terminal control bytes (ESC and the
// other C0 controls but tab and line feed).
inline void require_text(const std::string& s, const char* what) {
  require(valid_utf8(s), what);
  for (unsigned char c : s) require(c >= 0x20 || c == '\t' || c == '\n', what);
}

// A Text whose normalised and original bytes are both `bytes` (no decoding): what the writers
// see if a sentence held any bytes at all, invalid UTF-8 and lone surrogates included.
inline Text raw_text(std::string name, std::string bytes) {
  Text t;
  t.name = std::move(name);
  t.encoding = "UTF-8";
  t.original = bytes;
  t.text = std::move(bytes);
  for (std::size_t i = 0; i <= t.text.size(); ++i)
    t.offsets.push_back(static_cast<std::uint32_t>(i));
  return t;
}

// A document of up to `max_sentences` sentences of arbitrary bytes, one per line.
inline Document raw_document(FuzzedDataProvider& in, std::string lang, std::size_t max_sentences) {
  std::string name = in.ConsumeRandomLengthString(40);
  const std::size_t n = in.ConsumeIntegralInRange<std::size_t>(0, max_sentences);
  std::string bytes;
  std::vector<Span> spans;
  for (std::size_t i = 0; i < n; ++i) {
    std::string s = in.ConsumeRandomLengthString(200);
    if (s.empty()) s = "x";
    const auto begin = static_cast<std::uint32_t>(bytes.size());
    bytes += s;
    spans.push_back({begin, static_cast<std::uint32_t>(bytes.size())});
    bytes += '\n';
  }
  Document doc;
  doc.lang = std::move(lang);
  doc.input = raw_text(std::move(name), std::move(bytes));
  std::uint32_t paragraph = 0;
  for (const Span& s : spans) {
    if (in.ConsumeBool()) ++paragraph;
    doc.sentences.push_back({s, s, paragraph, std::string(doc.input.view(s))});
  }
  doc.paragraphs = doc.sentences.empty() ? 0 : paragraph + 1;
  return doc;
}

// A monotone alignment covering every sentence of both sides, blocks of up to 4 sentences a side.
inline Alignment random_alignment(FuzzedDataProvider& in, std::uint32_t src_n,
                                  std::uint32_t tgt_n) {
  Alignment a;
  std::uint32_t i = 0, k = 0;
  while (i < src_n || k < tgt_n) {
    Bead b;
    b.src_begin = i;
    b.tgt_begin = k;
    const std::uint32_t ds = i < src_n ? in.ConsumeIntegralInRange<std::uint32_t>(0, 4) : 0;
    std::uint32_t dt = k < tgt_n ? in.ConsumeIntegralInRange<std::uint32_t>(0, 4) : 0;
    if (ds == 0 && dt == 0) dt = k < tgt_n ? 1 : 0;
    b.src_end = std::min(src_n, i + (ds == 0 && dt == 0 ? 1 : ds));
    b.tgt_end = std::min(tgt_n, k + dt);
    b.confidence = in.ConsumeProbability<double>();
    i = b.src_end;
    k = b.tgt_end;
    a.beads.push_back(b);
  }
  return a;
}

// A run of up to three consecutive sentence indices below `n` (none when `n` is 0).
inline std::vector<std::uint32_t> random_sentences(FuzzedDataProvider& in, std::size_t n) {
  std::vector<std::uint32_t> out;
  if (n == 0) return out;
  auto i = in.ConsumeIntegralInRange<std::uint32_t>(0, static_cast<std::uint32_t>(n - 1));
  const auto count = in.ConsumeIntegralInRange<std::uint32_t>(0, 3);
  for (std::uint32_t c = 0; c < count && i < n; ++c, ++i) out.push_back(i);
  return out;
}

// Requires `a` to be monotone and to cover every sentence of both sides exactly once.
inline void require_covering(const Alignment& a, std::size_t src_n, std::size_t tgt_n) {
  std::size_t i = 0, k = 0;
  for (const Bead& b : a.beads) {
    require(b.src_begin == i && b.tgt_begin == k, "alignment: blocks not contiguous");
    require(b.src_end >= b.src_begin && b.tgt_end >= b.tgt_begin, "alignment: negative block");
    require(b.src_size() + b.tgt_size() > 0, "alignment: empty block");
    require(b.confidence >= 0 && b.confidence <= 1, "alignment: confidence outside [0, 1]");
    i = b.src_end;
    k = b.tgt_end;
  }
  require(i == src_n && k == tgt_n, "alignment: does not cover every sentence");
}

// Requires the sentences of `doc` to be non-empty, in order, inside their texts, and their
// normalised text to be valid UTF-8.
inline void require_document(const Document& doc) {
  std::uint32_t last = 0, last_paragraph = 0;
  for (const Sentence& s : doc.sentences) {
    require(s.span.begin < s.span.end && s.span.end <= doc.input.text.size(),
            "segment: sentence span outside the text");
    require(s.span.begin >= last, "segment: sentences out of order");
    require(s.original.begin <= s.original.end && s.original.end <= doc.input.original.size(),
            "segment: original span outside the input");
    require(s.paragraph >= last_paragraph && s.paragraph < doc.paragraphs,
            "segment: paragraph numbers");
    require(!s.text.empty() && valid_utf8(s.text), "segment: sentence text");
    last = s.span.end;
    last_paragraph = s.paragraph;
  }
}

// engine.run() on the pair. Texts that do not read as their declared languages are refused with
// a LanguageError (a message for the user, not a crash): its message must be valid UTF-8, and the
// pair is then run forced, which must work all the same.
inline std::unique_ptr<pipeline::Result> run_pair(const pipeline::Engine& engine, Text src,
                                                  Text tgt, bool segmented) {
  try {
    return engine.run(src, tgt, segmented);
  } catch (const LanguageError& e) {
    require(valid_utf8(e.what()), "language refusal: message is not valid UTF-8");
    return engine.run(std::move(src), std::move(tgt), segmented, false, true, true);
  }
}

}  // namespace wirealign::fuzz
