// Word (.docx) and OpenDocument text (.odt) files: the paragraphs of the document's XML, read from
// the zip archive with libzip and parsed with pugixml.
//
//   wirealign::read::office::Document d = wirealign::read::office::extract(bytes, "a.docx", limit);
//   // d.text: "First paragraph.\n\nSecond paragraph.\n"
//
// Read: the body's paragraphs and headings (<w:p>; <text:p>, <text:h>), in lists, tables and text
// boxes too, each a paragraph; tabs, line breaks and the spaces ODF counts (<text:s text:c="3">)
// as written. Left out: deleted revisions, field codes, comments, footnotes and endnotes, page
// headers and footers, and the second copy of content that Word stores for older readers
// (<mc:Fallback>).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace wirealign::read::office {

// The text of a document.
struct Document {
  std::string text;  // UTF-8, paragraphs separated by blank lines, ending with a line feed
  std::string
      kind;  // what it was: "a Word document (.docx)", "an OpenDocument text document (.odt)"
};

// Whether `bytes` start as a zip archive does.
bool is_zip(std::string_view bytes);

// The paragraphs of the Word or OpenDocument text document held in `bytes` (a zip archive);
// `name` is used in messages. Throws InputError for a damaged archive, an archive that holds
// something else (a spreadsheet, a presentation, an e-book, other files), or a document XML
// larger than `max_xml_bytes` once uncompressed.
Document extract(std::string_view bytes, const std::string& name, std::uint64_t max_xml_bytes);

}  // namespace wirealign::read::office
