// Alignment writers.
#include "wirealign/report/alignment.h"

#include <cstdio>
#include <pugixml.hpp>

#include "wirealign/report/json_support.h"
#include "wirealign/report/printable.h"

namespace wirealign::report {
namespace {

std::string confidence_text(double c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.3f", c);
  return buf;
}

std::string type_of(const Bead& b) {
  return std::to_string(b.src_size()) + "-" + std::to_string(b.tgt_size());
}

std::string index_list(std::uint32_t begin, std::uint32_t end) {
  std::string s = "[";
  for (std::uint32_t i = begin; i < end; ++i) {
    if (i > begin) s += ", ";
    s += std::to_string(i);
  }
  return s + "]";
}

bool keep(const Bead& b, const PairFilter& f) {
  return b.src_size() > 0 && b.tgt_size() > 0 && b.confidence >= f.min_confidence;
}

std::string one_line(std::string s) {
  for (char& c : s)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return s;
}

}  // namespace

std::string side_text(const Document& doc, std::uint32_t begin, std::uint32_t end) {
  std::string s;
  for (std::uint32_t i = begin; i < end; ++i) {
    if (i > begin) s += ' ';
    s += doc.sentences[i].text;
  }
  return s;
}

void write_blocks(std::ostream& out, const AlignedPair& pair) {
  for (const Bead& b : pair.alignment.beads)
    out << index_list(b.src_begin, b.src_end) << ':' << index_list(b.tgt_begin, b.tgt_end) << ':'
        << confidence_text(b.confidence) << '\n';
}

void write_tsv(std::ostream& out, const AlignedPair& pair, const PairFilter& filter) {
  for (const Bead& b : pair.alignment.beads) {
    if (!keep(b, filter)) continue;
    out << one_line(side_text(pair.src, b.src_begin, b.src_end)) << '\t'
        << one_line(side_text(pair.tgt, b.tgt_begin, b.tgt_end)) << '\t'
        << confidence_text(b.confidence) << '\t' << type_of(b) << '\n';
  }
}

void write_moses(std::ostream& src_out, std::ostream& tgt_out, const AlignedPair& pair,
                 const PairFilter& filter) {
  for (const Bead& b : pair.alignment.beads) {
    if (!keep(b, filter)) continue;
    src_out << one_line(side_text(pair.src, b.src_begin, b.src_end)) << '\n';
    tgt_out << one_line(side_text(pair.tgt, b.tgt_begin, b.tgt_end)) << '\n';
  }
}

nlohmann::ordered_json alignment_json(const AlignedPair& pair) {
  using json = nlohmann::ordered_json;
  auto side = [](const Document& d) {
    json j;
    j["name"] = d.input.name;
    j["lang"] = d.lang;
    j["encoding"] = d.input.encoding;
    j["sentences"] = sentences_json(d);
    return j;
  };
  json j;
  j["src"] = side(pair.src);
  j["tgt"] = side(pair.tgt);
  auto& blocks = j["blocks"] = json::array();
  for (const Bead& b : pair.alignment.beads) {
    json src = json::array(), tgt = json::array();
    for (auto i = b.src_begin; i < b.src_end; ++i) src.push_back(i);
    for (auto i = b.tgt_begin; i < b.tgt_end; ++i) tgt.push_back(i);
    blocks.push_back({{"src", src},
                      {"tgt", tgt},
                      {"confidence", std::round(b.confidence * 1000) / 1000},
                      {"type", type_of(b)}});
  }
  j["notices"] = notices_json(pair.notices);
  return j;
}

void write_json(std::ostream& out, const AlignedPair& pair) { out << dump(alignment_json(pair)); }

void write_tmx(std::ostream& out, const AlignedPair& pair, const PairFilter& filter) {
  pugi::xml_document doc;
  auto decl = doc.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  auto tmx = doc.append_child("tmx");
  tmx.append_attribute("version") = "1.4";
  auto header = tmx.append_child("header");
  header.append_attribute("creationtool") = "wirealign";
  header.append_attribute("creationtoolversion") = WIREALIGN_VERSION;
  header.append_attribute("segtype") = "sentence";
  header.append_attribute("o-tmf") = "wirealign";
  header.append_attribute("adminlang") = "en";
  header.append_attribute("srclang") = pair.src.lang.c_str();
  header.append_attribute("datatype") = "plaintext";
  auto body = tmx.append_child("body");
  for (const Bead& b : pair.alignment.beads) {
    if (!keep(b, filter)) continue;
    auto tu = body.append_child("tu");
    auto prop = tu.append_child("prop");
    prop.append_attribute("type") = "x-confidence";
    prop.text() = confidence_text(b.confidence).c_str();
    auto add = [&](const Document& d, std::uint32_t begin, std::uint32_t end) {
      auto tuv = tu.append_child("tuv");
      tuv.append_attribute("xml:lang") = d.lang.c_str();
      tuv.append_child("seg").text() = xml_safe(side_text(d, begin, end)).c_str();
    };
    add(pair.src, b.src_begin, b.src_end);
    add(pair.tgt, b.tgt_begin, b.tgt_end);
  }
  doc.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
}

}  // namespace wirealign::report
