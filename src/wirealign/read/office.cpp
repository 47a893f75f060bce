// Word and OpenDocument text files: the zip entry with the document's XML, walked paragraph by
// paragraph.
#include "wirealign/read/office.h"

#include <zip.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <pugixml.hpp>
#include <vector>

#include "wirealign/core/error.h"

namespace wirealign::read::office {
namespace {

constexpr const char* kWhatWeRead =
    "wirealign reads plain text, web pages (HTML), Word (.docx) and OpenDocument text (.odt)";

struct ArchiveCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};
struct FileCloser {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};

// A zip archive in memory, read-only.
class Archive {
 public:
  Archive(std::string_view bytes, const std::string& name) : name_(name) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (source != nullptr) {
      archive_.reset(zip_open_from_source(source, ZIP_RDONLY, &error));
      if (!archive_) zip_source_free(source);
    }
    if (!archive_) {
      const std::string why = zip_error_strerror(&error);
      zip_error_fini(&error);
      throw InputError(
          name, "looks like a zip archive (a .docx or .odt file) but cannot be read (" + why + ")");
    }
    zip_error_fini(&error);
  }

  bool has(const char* entry) const { return zip_name_locate(archive_.get(), entry, 0) >= 0; }

  // The uncompressed bytes of `entry`; throws InputError when it cannot be read or is larger
  // than `limit` bytes.
  std::string read(const char* entry, std::uint64_t limit) const {
    std::unique_ptr<zip_file_t, FileCloser> file(zip_fopen(archive_.get(), entry, 0));
    if (!file)
      throw InputError(name_, std::string("cannot read ") + entry + " in the archive (" +
                                  zip_strerror(archive_.get()) + ")");
    std::string out;
    char buffer[1 << 16];
    for (;;) {
      const zip_int64_t n = zip_fread(file.get(), buffer, sizeof buffer);
      if (n < 0)
        throw InputError(name_, std::string("cannot read ") + entry + " in the archive (" +
                                    zip_file_strerror(file.get()) + ")");
      if (n == 0) break;
      if (out.size() + static_cast<std::uint64_t>(n) > limit)
        throw InputError(name_, std::string(entry) + " is larger than the limit of " +
                                    std::to_string(limit) + " bytes once uncompressed");
      out.append(buffer, static_cast<std::size_t>(n));
    }
    return out;
  }

 private:
  std::string name_;
  std::unique_ptr<zip_t, ArchiveCloser> archive_;
};

// How the XML of one kind of document is read.
struct Vocabulary {
  const char* const* paragraphs;  // elements that are paragraphs
  const char* const* skipped;     // elements left out with everything inside them
  const char* text_element;       // the only element whose text is read (docx), or nullptr: all
                                  // text inside a paragraph (odt)
  bool collapse_space;            // white space runs are one space (ODF), or kept (Word)
};

bool among(const char* name, const char* const* list) {
  for (; *list != nullptr; ++list)
    if (std::string_view(name) == *list) return true;
  return false;
}

constexpr const char* kWordParagraphs[] = {"w:p", nullptr};
constexpr const char* kWordSkipped[] = {"w:del",       "w:delText",           "w:moveFrom",
                                        "w:instrText", "mc:Fallback",         "w:rPr",
                                        "w:pPr",       "w:footnoteReference", nullptr};
constexpr const char* kOdfParagraphs[] = {"text:p", "text:h", nullptr};
constexpr const char* kOdfSkipped[] = {
    "text:note", "office:annotation",       "text:tracked-changes", "svg:title",
    "svg:desc",  "office:automatic-styles", "office:styles",        nullptr};

// Appends the paragraphs of `doc` to `out`, separated by blank lines.
void paragraphs(const pugi::xml_document& doc, const Vocabulary& v, std::string& out) {
  bool pending_break = false;  // a paragraph ended since the last text
  bool space = false;          // ODF: white space pending
  int in_paragraph = 0;
  auto put = [&](std::string_view s) {
    if (s.empty()) return;
    if (pending_break && !out.empty())
      out += "\n\n";
    else if (space && !out.empty() && out.back() != '\n')
      out += ' ';
    pending_break = space = false;
    out += s;
  };
  auto put_text = [&](std::string_view s) {
    if (!v.collapse_space) return put(s);
    std::size_t i = 0;
    while (i < s.size()) {
      const std::size_t start = i;
      const bool blank = s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r';
      while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') == blank)
        ++i;
      if (blank)
        space = true;
      else
        put(s.substr(start, i - start));
    }
  };
  // An iterative walk in document order (documents can nest deeply).
  pugi::xml_node node = doc.first_child();
  while (node) {
    bool descend = false;
    if (node.type() == pugi::node_element) {
      const char* name = node.name();
      if (!among(name, v.skipped)) {
        descend = true;
        if (among(name, v.paragraphs)) {
          ++in_paragraph;
          pending_break = true;
        } else if (in_paragraph > 0) {
          const std::string_view n(name);
          if (n == "w:tab" || n == "text:tab") {
            put("\t");
          } else if (n == "w:br" || n == "w:cr" || n == "text:line-break") {
            put("\n");
          } else if (n == "w:noBreakHyphen") {
            put("\u2011");
          } else if (n == "text:s") {
            const long count = std::clamp(node.attribute("text:c").as_int(1), 1, 1000);
            put(std::string(static_cast<std::size_t>(count), ' '));
          }
        }
      }
    } else if ((node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) &&
               in_paragraph > 0) {
      if (v.text_element == nullptr || std::string_view(node.parent().name()) == v.text_element)
        put_text(node.value());
    }
    if (descend && node.first_child()) {
      node = node.first_child();
      continue;
    }
    // Up until there is a next sibling, closing the paragraphs left.
    for (;;) {
      if (node.type() == pugi::node_element && among(node.name(), v.paragraphs) && descend) {
        --in_paragraph;
        pending_break = true;
      }
      if (node.next_sibling()) {
        node = node.next_sibling();
        break;
      }
      node = node.parent();
      descend = true;  // every ancestor was entered
      if (!node || node.type() == pugi::node_document) {
        node = pugi::xml_node();
        break;
      }
    }
  }
}

pugi::xml_document parse(const std::string& xml, const std::string& name, const char* entry) {
  pugi::xml_document doc;
  const pugi::xml_parse_result parsed =
      doc.load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata);
  if (!parsed)
    throw InputError(name,
                     std::string(entry) + " in the archive is not well-formed XML (" +
                         parsed.description() + ")",
                     std::nullopt);
  return doc;
}

}  // namespace

bool is_zip(std::string_view bytes) {
  return bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4) ||
         bytes.substr(0, 4) == std::string_view("PK\x05\x06", 4);
}

Document extract(std::string_view bytes, const std::string& name, std::uint64_t max_xml_bytes) {
  const Archive archive(bytes, name);
  Document result;
  if (archive.has("word/document.xml")) {
    result.kind = "a Word document (.docx)";
    const pugi::xml_document doc =
        parse(archive.read("word/document.xml", max_xml_bytes), name, "word/document.xml");
    paragraphs(doc, {kWordParagraphs, kWordSkipped, "w:t", false}, result.text);
  } else if (archive.has("mimetype") && archive.has("content.xml")) {
    std::string mimetype = archive.read("mimetype", 1024);
    while (!mimetype.empty() && (mimetype.back() == '\n' || mimetype.back() == '\r'))
      mimetype.pop_back();
    if (mimetype != "application/vnd.oasis.opendocument.text")
      throw InputError(name, "is an OpenDocument file of type " + mimetype +
                                 ", not a text document; " + kWhatWeRead);
    result.kind = "an OpenDocument text document (.odt)";
    const pugi::xml_document doc =
        parse(archive.read("content.xml", max_xml_bytes), name, "content.xml");
    paragraphs(doc, {kOdfParagraphs, kOdfSkipped, nullptr, true}, result.text);
  } else {
    const char* what = archive.has("xl/workbook.xml")          ? "an Excel workbook (.xlsx)"
                       : archive.has("ppt/presentation.xml")   ? "a PowerPoint presentation (.pptx)"
                       : archive.has("META-INF/container.xml") ? "an e-book (EPUB) or other archive"
                                                               : "a zip archive";
    throw InputError(
        name, std::string("is ") + what + ", not a document wirealign reads; " + kWhatWeRead);
  }
  if (!result.text.empty()) result.text += '\n';
  return result;
}

}  // namespace wirealign::read::office
