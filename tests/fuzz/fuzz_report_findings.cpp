// Fuzz target: the findings writers (text, JSON, HTML) on documents whose names and sentences hold
// any bytes, a random alignment, random findings (kinds, severities, sentences, spans inside
// them, messages of any bytes) and notices of any bytes. JSON must parse, HTML must be well-formed
// XML, the text report must send no control character to the terminal.
#include <sstream>

#include "fuzz_support.h"
#include "wirealign/report/findings.h"

namespace {

using namespace wirealign;

std::vector<Span> random_spans(FuzzedDataProvider& in, const Document& doc,
                               const std::vector<std::uint32_t>& sentences) {
  std::vector<Span> spans;
  for (std::uint32_t i : sentences) {
    if (!in.ConsumeBool()) continue;
    const Span s = doc.sentences[i].span;
    const auto a = in.ConsumeIntegralInRange<std::uint32_t>(s.begin, s.end);
    const auto b = in.ConsumeIntegralInRange<std::uint32_t>(a, s.end);
    spans.push_back({a, b});
  }
  return spans;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const char* const kinds[] = {"omission",     "addition",        "duplicate",
                                      "untranslated", "number-mismatch", "name-mismatch",
                                      "typography",   "weak-alignment",  "length-ratio"};
  FuzzedDataProvider in(data, size);
  const Document src = fuzz::raw_document(in, "en", 8);
  const Document tgt = fuzz::raw_document(in, "fr", 8);
  const Alignment alignment =
      fuzz::random_alignment(in, static_cast<std::uint32_t>(src.sentences.size()),
                             static_cast<std::uint32_t>(tgt.sentences.size()));
  std::vector<Finding> findings(in.ConsumeIntegralInRange<std::size_t>(0, 6));
  for (Finding& f : findings) {
    f.kind = in.PickValueInArray(kinds);
    f.severity = static_cast<Severity>(in.ConsumeIntegralInRange<int>(0, 2));
    f.src_sentences = fuzz::random_sentences(in, src.sentences.size());
    f.tgt_sentences = fuzz::random_sentences(in, tgt.sentences.size());
    f.src_spans = random_spans(in, src, f.src_sentences);
    f.tgt_spans = random_spans(in, tgt, f.tgt_sentences);
    f.message = in.ConsumeRandomLengthString(120);
    f.suggestion = in.ConsumeRandomLengthString(60);
    f.fingerprint = in.ConsumeRandomLengthString(16);
  }
  std::stable_sort(findings.begin(), findings.end(),
                   [](const Finding& a, const Finding& b) { return a.severity > b.severity; });
  std::vector<Notice> notices(in.ConsumeIntegralInRange<std::size_t>(0, 3));
  for (Notice& n : notices) {
    n.kind = in.ConsumeRandomLengthString(20);
    n.subject = in.ConsumeRandomLengthString(40);
    n.message = in.ConsumeRandomLengthString(120);
  }
  const report::CheckedPair pair{src,      tgt,      alignment,
                                 findings, &notices, in.ConsumeIntegralInRange<std::size_t>(0, 3)};
  report::TextStyle style;
  style.width = in.ConsumeIntegralInRange<std::size_t>(0, 120);
  style.long_sentence = in.ConsumeIntegralInRange<std::size_t>(0, 400);
  std::ostringstream text, json, html;
  report::write_findings_text(text, pair, style);
  fuzz::require_text(text.str(), "text report");
  report::write_findings_json(json, pair);
  fuzz::require_json(json.str(), "json report");
  report::write_findings_html(html, pair);
  fuzz::require_xml(html.str(), "html report");
  return 0;
}
