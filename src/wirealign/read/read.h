// Reading inputs: bytes from a file or stdin, encoding detection and conversion, normalisation.
// The result is a Text whose normalised UTF-8 keeps a map back to the bytes the user gave.
//
//   wirealign::read::ReadOptions options;
//   wirealign::Text text = wirealign::read::read_file("fr.txt", options);   // "-" reads stdin
//   for (const std::string& notice : text.notices) std::cerr << text.name << ": " << notice;
//
// Accepted: UTF-8 (with or without byte-order mark), UTF-16 and UTF-32 with a byte-order mark,
// UTF-16 without one (recognised by its zero bytes), and legacy single-byte encodings that ICU's
// detector recognises (windows-1252, ISO-8859-x, ...), converted with a notice. Refused with an
// InputError naming the input: a missing path, a directory, an empty or whitespace-only input,
// binary data (NUL or control bytes), bytes that are neither UTF-8 nor a recognised encoding.
#pragma once

#include <cstdint>
#include <string>

#include "wirealign/core/types.h"

namespace wirealign::read {

// How inputs are read.
struct ReadOptions {
  // Inputs larger than this many bytes are refused (offsets are 32-bit).
  std::uint64_t max_bytes = std::uint64_t{1} << 30;
  // When non-empty, decode with this ICU converter name ("windows-1252", "UTF-16LE") and skip
  // detection. A UTF-8 input with a byte-order mark still has it removed.
  std::string encoding;
  // When false, input that is not UTF-8 is refused instead of being detected and converted.
  bool detect_encoding = true;
  // Throws ConfigError if a field is out of range or `encoding` is unknown to ICU.
  void validate() const;
};

// Reads `path` ("-" for standard input) and decodes it. `name` defaults to the path ("<stdin>"
// for "-"). Throws InputError for unreadable or unusable input.
Text read_file(const std::string& path, const ReadOptions& options);

// Decodes bytes already in memory; `name` is used in messages. Throws InputError.
Text decode(std::string bytes, std::string name, const ReadOptions& options);

}  // namespace wirealign::read
