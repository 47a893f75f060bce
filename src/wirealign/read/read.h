// Reading inputs: bytes from a file or stdin, what they are (plain text, a web page, a Word or
// OpenDocument file), encoding detection and conversion, normalisation. The result is a Text
// whose normalised UTF-8 keeps a map back to the bytes the user gave.
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
//
// Formats (InputFormat::automatic recognises them from the bytes, never from the file name):
// - plain text: paragraphs separated by blank lines;
// - web pages (HTML): the text a reader sees, found by an HTML5 parser (see html.h): the article
//   when the page marks one, headings, paragraphs, list items and quotations as paragraphs,
//   navigation, scripts, forms and the like left out. The encoding comes from a byte-order mark,
//   else the page's <meta charset> or http-equiv declaration, else detection as for text. Offsets
//   point into the page's bytes (an entity's text at its '&', a paragraph break at its tag), and
//   Text::line_starts gives the page's own lines;
// - Word (.docx) and OpenDocument text (.odt): the paragraphs of the document (see office.h).
//   The file is a zip archive whose bytes hold no readable text: every offset is 0 but the last
//   (offsets[text.size()] == original.size()), so sentences have empty original spans at 0 and
//   are found by their paragraph;
// - PDF, RTF and Word 97-2003 (.doc) files are refused with an InputError that names the format
//   and says how to save the text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "wirealign/core/types.h"

namespace wirealign::read {

// What an input is.
enum class InputFormat : std::uint8_t {
  automatic,  // recognised from the bytes: Word, OpenDocument, PDF, RTF by their signatures; HTML
              // by a leading <!DOCTYPE html> or <html>, or HTML tags on most lines; else text
  text,       // plain text, whatever it looks like
  html,       // a web page
};

// The format named `name` ("auto", "text", "html"); throws ConfigError for another name.
InputFormat parse_input_format(std::string_view name);

// How inputs are read.
struct ReadOptions {
  // Inputs larger than this many bytes are refused (offsets are 32-bit).
  std::uint64_t max_bytes = std::uint64_t{1} << 30;
  // When non-empty, decode with this ICU converter name ("windows-1252", "UTF-16LE") and skip
  // detection. A UTF-8 input with a byte-order mark still has it removed.
  std::string encoding;
  // When false, input that is not UTF-8 is refused instead of being detected and converted.
  bool detect_encoding = true;
  // What the inputs are.
  InputFormat format = InputFormat::automatic;
  // Web pages: read the whole page (its title and every part not left out), not only the part
  // the page marks as its article (<article>, <main>, role="main").
  bool whole_page = false;
  // Web pages: elements nested deeper than this are refused (see html::HtmlOptions::max_depth).
  std::size_t max_html_depth = 2000;
  // Throws ConfigError if a field is out of range or `encoding` is unknown to ICU.
  void validate() const;
};

// Reads `path` ("-" for standard input) and decodes it. `name` defaults to the path ("<stdin>"
// for "-"). Throws InputError for unreadable or unusable input.
Text read_file(const std::string& path, const ReadOptions& options);

// Decodes bytes already in memory; `name` is used in messages. Throws InputError.
Text decode(std::string bytes, std::string name, const ReadOptions& options);

}  // namespace wirealign::read
