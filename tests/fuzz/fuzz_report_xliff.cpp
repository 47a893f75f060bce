// Fuzz target: the XLIFF 2.0 writer on documents whose names and sentences hold any bytes, a
// random alignment, random findings and notices. The output must be well-formed XML of XLIFF
// 2.0's structure (required attributes, unique ids, priorities 1 to 10, one unit a block with its
// segment), and every source and target must read back as the writer's text.
#include <set>
#include <sstream>

#include "fuzz_support.h"
#include "wirealign/report/alignment.h"
#include "wirealign/report/printable.h"
#include "wirealign/report/xliff.h"

namespace {

using namespace wirealign;

// Requires the attribute ids of `children` named `name` of `parent` to be present and unique.
void require_unique_ids(pugi::xml_node parent, const char* name, const char* what) {
  std::set<std::string> ids;
  for (pugi::xml_node c : parent.children(name)) {
    const std::string id = c.attribute("id").value();
    fuzz::require(!id.empty() && ids.insert(id).second, what);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzedDataProvider in(data, size);
  const Document src = fuzz::raw_document(in, "en", 10);
  const Document tgt = fuzz::raw_document(in, "fr", 10);
  const Alignment alignment =
      fuzz::random_alignment(in, static_cast<std::uint32_t>(src.sentences.size()),
                             static_cast<std::uint32_t>(tgt.sentences.size()));
  std::vector<Finding> findings(in.ConsumeIntegralInRange<std::size_t>(0, 6));
  for (Finding& f : findings) {
    f.kind = in.ConsumeRandomLengthString(20);
    f.severity = static_cast<Severity>(in.ConsumeIntegralInRange<int>(0, 2));
    f.confidence = in.ConsumeProbability<double>();
    f.src_sentences = fuzz::random_sentences(in, src.sentences.size());
    f.tgt_sentences = fuzz::random_sentences(in, tgt.sentences.size());
    f.message = in.ConsumeRandomLengthString(120);
    f.suggestion = in.ConsumeRandomLengthString(60);
    f.fingerprint = in.ConsumeRandomLengthString(16);
  }
  std::vector<Notice> notices(in.ConsumeIntegralInRange<std::size_t>(0, 3));
  for (Notice& n : notices) {
    n.kind = in.ConsumeRandomLengthString(20);
    n.subject = in.ConsumeRandomLengthString(40);
    n.message = in.ConsumeRandomLengthString(120);
  }
  const bool checked = in.ConsumeBool();
  report::PairReport pair{src, tgt, alignment, checked ? &findings : nullptr, &notices};
  pair.id = in.ConsumeRandomLengthString(20);

  std::ostringstream out;
  report::write_xliff(out, pair);
  const std::string xml = out.str();
  fuzz::require_xml(xml, "xliff");

  pugi::xml_document doc;
  // Text of white space only is text too (pugixml drops it unless asked).
  doc.load_string(xml.c_str(), pugi::parse_default | pugi::parse_ws_pcdata);
  const pugi::xml_node root = doc.child("xliff");
  fuzz::require(std::string(root.attribute("version").value()) == "2.0", "xliff: version");
  fuzz::require(
      std::string(root.attribute("xmlns").value()) == "urn:oasis:names:tc:xliff:document:2.0",
      "xliff: namespace");
  fuzz::require(!std::string(root.attribute("srcLang").value()).empty(), "xliff: srcLang");
  require_unique_ids(root, "file", "xliff: file ids");
  const pugi::xml_node file = root.child("file");
  fuzz::require(file && !file.next_sibling("file"), "xliff: one file");
  require_unique_ids(file, "unit", "xliff: unit ids");
  std::size_t b = 0;
  for (pugi::xml_node unit : file.children("unit")) {
    fuzz::require(b < alignment.beads.size(), "xliff: more units than blocks");
    const Bead& bead = alignment.beads[b++];
    const pugi::xml_node segment = unit.child("segment");
    fuzz::require(segment && !segment.next_sibling("segment"), "xliff: one segment a unit");
    pugi::xml_node before = segment.previous_sibling();
    while (before && before.type() != pugi::node_element) before = before.previous_sibling();
    fuzz::require(!before || before.name() == std::string("notes") ||
                      before.name() == std::string("mda:metadata"),
                  "xliff: segment after metadata and notes");
    fuzz::require(static_cast<bool>(segment.child("source")), "xliff: source");
    fuzz::require(segment.child_value("source") ==
                      report::xml_safe(report::side_text(src, bead.src_begin, bead.src_end)),
                  "xliff: source reads back");
    if (bead.tgt_size() > 0)
      fuzz::require(segment.child_value("target") ==
                        report::xml_safe(report::side_text(tgt, bead.tgt_begin, bead.tgt_end)),
                    "xliff: target reads back");
    else
      fuzz::require(!segment.child("target"), "xliff: no target for a 1-0 block");
    require_unique_ids(unit.child("notes"), "note", "xliff: note ids");
  }
  fuzz::require(b == alignment.beads.size(), "xliff: one unit a block");
  for (pugi::xpath_node n : doc.select_nodes("//note")) {
    const pugi::xml_attribute p = n.node().attribute("priority");
    if (p) fuzz::require(p.as_int() >= 1 && p.as_int() <= 10, "xliff: priority 1 to 10");
  }
  return 0;
}
