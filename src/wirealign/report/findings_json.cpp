// The JSON form of an audit.
#include <cmath>

#include "wirealign/report/findings.h"
#include "wirealign/report/json_support.h"

namespace wirealign::report {

namespace {

nlohmann::ordered_json spans_json(const Document& doc, const std::vector<Span>& spans) {
  auto j = nlohmann::ordered_json::array();
  for (const Span& s : spans) {
    if (s.end > doc.input.text.size()) continue;
    const Span o = doc.input.original_span(s);
    j.push_back({{"start", o.begin}, {"end", o.end}, {"text", std::string(doc.input.view(s))}});
  }
  return j;
}

}  // namespace

nlohmann::ordered_json finding_json(const Document& src, const Document& tgt, const Finding& f) {
  return {{"kind", f.kind},
          {"severity", std::string(severity_name(f.severity))},
          {"confidence", std::round(f.confidence * 1000) / 1000},
          {"src", f.src_sentences},
          {"tgt", f.tgt_sentences},
          {"src_spans", spans_json(src, f.src_spans)},
          {"tgt_spans", spans_json(tgt, f.tgt_spans)},
          {"message", f.message},
          {"suggestion", f.suggestion},
          {"fingerprint", f.fingerprint}};
}

void write_findings_json(std::ostream& out, const CheckedPair& pair) {
  using json = nlohmann::ordered_json;
  json j;
  j["version"] = 2;
  const json aligned = alignment_json({pair.src, pair.tgt, pair.alignment, pair.notices});
  for (auto it = aligned.begin(); it != aligned.end(); ++it) j[it.key()] = it.value();
  std::size_t counts[3] = {0, 0, 0};
  for (const Finding& f : pair.findings) ++counts[static_cast<int>(f.severity)];
  j["summary"] = {
      {"error", counts[2]}, {"warning", counts[1]}, {"info", counts[0]}, {"muted", pair.muted}};
  auto& findings = j["findings"] = json::array();
  for (const Finding& f : pair.findings) findings.push_back(finding_json(pair.src, pair.tgt, f));
  out << dump(j);
}

}  // namespace wirealign::report
