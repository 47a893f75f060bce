// The XLIFF 2.0 writer.
#include "wirealign/report/xliff.h"

#include <cstdio>
#include <pugixml.hpp>

#include "wirealign/report/alignment.h"
#include "wirealign/report/locations.h"
#include "wirealign/report/printable.h"

namespace wirealign::report {

namespace {

constexpr const char* kCore = "urn:oasis:names:tc:xliff:document:2.0";
constexpr const char* kMetadata = "urn:oasis:names:tc:xliff:metadata:2.0";

std::string number(double x) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.3f", x);
  return buf;
}

std::string indices(std::uint32_t begin, std::uint32_t end) {
  std::string s;
  for (std::uint32_t i = begin; i < end; ++i) {
    if (i > begin) s += ' ';
    s += std::to_string(i);
  }
  return s;
}

void set_text(pugi::xml_node node, std::string_view text) {
  node.text().set(xml_safe(text).c_str());
}

void meta(pugi::xml_node group, const char* type, std::string_view value) {
  pugi::xml_node m = group.append_child("mda:meta");
  m.append_attribute("type") = type;
  set_text(m, value);
}

pugi::xml_node meta_group(pugi::xml_node metadata, const char* category) {
  pugi::xml_node g = metadata.append_child("mda:metaGroup");
  g.append_attribute("category") = category;
  return g;
}

std::string note_text(const Finding& f) {
  return f.suggestion.empty() ? f.message : f.message + " \u2192 " + f.suggestion;
}

void finding_note(pugi::xml_node notes, const Finding& f, std::size_t number) {
  pugi::xml_node n = notes.append_child("note");
  n.append_attribute("id") = ("f" + std::to_string(number)).c_str();
  n.append_attribute("category") = xml_safe("wirealign:" + f.kind).c_str();
  n.append_attribute("priority") = xliff_priority(f.severity);
  set_text(n, note_text(f));
}

void finding_meta(pugi::xml_node metadata, const Finding& f, std::size_t number) {
  pugi::xml_node g = meta_group(metadata, "finding");
  meta(g, "note", "f" + std::to_string(number));
  meta(g, "kind", f.kind);
  meta(g, "severity", severity_name(f.severity));
  meta(g, "confidence", report::number(f.confidence));
  if (!f.fingerprint.empty()) meta(g, "fingerprint", f.fingerprint);
}

}  // namespace

int xliff_priority(Severity s) { return s == Severity::error ? 1 : s == Severity::warning ? 5 : 9; }

struct XliffDocument::Impl {
  pugi::xml_document doc;
  pugi::xml_node root;
  std::string src_lang, tgt_lang;
  std::size_t files = 0;
};

XliffDocument::XliffDocument() : impl_(std::make_unique<Impl>()) {}
XliffDocument::~XliffDocument() = default;

void XliffDocument::add(const PairReport& pair) {
  Impl& m = *impl_;
  if (m.files == 0) {
    m.src_lang = pair.src.lang;
    m.tgt_lang = pair.tgt.lang;
    auto decl = m.doc.append_child(pugi::node_declaration);
    decl.append_attribute("version") = "1.0";
    decl.append_attribute("encoding") = "UTF-8";
    m.root = m.doc.append_child("xliff");
    m.root.append_attribute("xmlns") = kCore;
    m.root.append_attribute("xmlns:mda") = kMetadata;
    m.root.append_attribute("version") = "2.0";
    m.root.append_attribute("srcLang") = xml_safe(m.src_lang).c_str();
    m.root.append_attribute("trgLang") = xml_safe(m.tgt_lang).c_str();
  } else if (pair.src.lang != m.src_lang || pair.tgt.lang != m.tgt_lang) {
    throw Unrepresentable("an XLIFF document holds one language pair (" + m.src_lang + "-" +
                          m.tgt_lang + "), not " + pair.src.lang + "-" + pair.tgt.lang);
  }
  ++m.files;

  pugi::xml_node file = m.root.append_child("file");
  file.append_attribute("id") = ("f" + std::to_string(m.files)).c_str();
  file.append_attribute("original") = xml_safe(pair.src.input.name).c_str();
  file.append_attribute("xml:space") = "preserve";

  const std::vector<Finding> none;
  const std::vector<Finding>& findings = pair.findings ? *pair.findings : none;
  std::vector<std::vector<std::size_t>> unit_findings(pair.alignment.beads.size());
  std::vector<std::size_t> file_findings;
  const std::vector<std::size_t> blocks =
      finding_blocks(pair.src, pair.tgt, pair.alignment, findings);
  for (std::size_t i = 0; i < findings.size(); ++i)
    (blocks[i] == kNoBlock ? file_findings : unit_findings[blocks[i]]).push_back(i);

  pugi::xml_node metadata = file.append_child("mda:metadata");
  pugi::xml_node documents = meta_group(metadata, "documents");
  if (!pair.id.empty()) meta(documents, "id", pair.id);
  meta(documents, "src-name", pair.src.input.name);
  meta(documents, "tgt-name", pair.tgt.input.name);
  meta(documents, "src-encoding", pair.src.input.encoding);
  meta(documents, "tgt-encoding", pair.tgt.input.encoding);
  meta(documents, "src-sentences", std::to_string(pair.src.sentences.size()));
  meta(documents, "tgt-sentences", std::to_string(pair.tgt.sentences.size()));
  if (pair.findings) {
    std::size_t counts[3] = {0, 0, 0};
    for (const Finding& f : findings) ++counts[static_cast<int>(f.severity)];
    pugi::xml_node summary = meta_group(metadata, "summary");
    meta(summary, "error", std::to_string(counts[2]));
    meta(summary, "warning", std::to_string(counts[1]));
    meta(summary, "info", std::to_string(counts[0]));
    meta(summary, "muted", std::to_string(pair.muted));
    for (std::size_t i : file_findings) finding_meta(metadata, findings[i], i + 1);
  }
  const bool has_notices = pair.notices && !pair.notices->empty();
  if (has_notices || !file_findings.empty()) {
    pugi::xml_node notes = file.append_child("notes");
    if (pair.notices)
      for (const Notice& n : *pair.notices) {
        pugi::xml_node note = notes.append_child("note");
        note.append_attribute("category") = xml_safe("wirealign:notice:" + n.kind).c_str();
        set_text(note, n.subject.empty() ? n.message : n.subject + ": " + n.message);
      }
    for (std::size_t i : file_findings) finding_note(notes, findings[i], i + 1);
  }

  for (std::size_t b = 0; b < pair.alignment.beads.size(); ++b) {
    const Bead& bead = pair.alignment.beads[b];
    pugi::xml_node unit = file.append_child("unit");
    unit.append_attribute("id") = ("b" + std::to_string(b + 1)).c_str();
    pugi::xml_node block = meta_group(unit.append_child("mda:metadata"), "block");
    meta(block, "block", std::to_string(b + 1));
    meta(block, "type", std::to_string(bead.src_size()) + "-" + std::to_string(bead.tgt_size()));
    meta(block, "confidence", number(bead.confidence));
    meta(block, "src-sentences", indices(bead.src_begin, bead.src_end));
    meta(block, "tgt-sentences", indices(bead.tgt_begin, bead.tgt_end));
    for (std::size_t i : unit_findings[b]) finding_meta(block.parent(), findings[i], i + 1);
    if (!unit_findings[b].empty()) {
      pugi::xml_node notes = unit.append_child("notes");
      for (std::size_t i : unit_findings[b]) finding_note(notes, findings[i], i + 1);
    }
    pugi::xml_node segment = unit.append_child("segment");
    segment.append_attribute("id") = "s1";
    set_text(segment.append_child("source"), side_text(pair.src, bead.src_begin, bead.src_end));
    if (bead.tgt_size() > 0)
      set_text(segment.append_child("target"), side_text(pair.tgt, bead.tgt_begin, bead.tgt_end));
  }
}

void XliffDocument::save(std::ostream& out) const {
  if (impl_->files == 0) throw Error("an XLIFF document needs at least one document pair");
  impl_->doc.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
}

void write_xliff(std::ostream& out, const PairReport& pair) {
  XliffDocument doc;
  doc.add(pair);
  doc.save(out);
}

}  // namespace wirealign::report
