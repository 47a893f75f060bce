// Fuzz target: the audit of two random documents (every check, with the dictionary), then every
// findings writer on the result.
#include <sstream>

#include "fuzz_support.h"
#include "wirealign/core/error.h"
#include "wirealign/pipeline/pipeline.h"
#include "wirealign/read/read.h"
#include "wirealign/report/findings.h"

namespace {

const wirealign::pipeline::Engine& engine() {
  static const wirealign::pipeline::Engine e = [] {
    wirealign::pipeline::EngineOptions options;
    options.data_dir = WIREALIGN_FUZZ_DATA_DIR;
    options.check = true;
    options.checks.selection = {"all"};
    return wirealign::pipeline::Engine(options);
  }();
  return e;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace wirealign;
  FuzzedDataProvider in(data, size);
  const bool segmented = in.ConsumeBool();
  const std::string src_bytes = in.ConsumeRandomLengthString(size);
  const std::string tgt_bytes = in.ConsumeRemainingBytesAsString();
  Text src, tgt;
  try {
    src = read::decode(src_bytes, "src", read::ReadOptions{});
    tgt = read::decode(tgt_bytes, "tgt", read::ReadOptions{});
  } catch (const InputError&) {
    return 0;
  }
  const auto result = fuzz::run_pair(engine(), std::move(src), std::move(tgt), segmented);
  fuzz::require_covering(result->alignment, result->src.sentences.size(),
                         result->tgt.sentences.size());
  for (const Finding& f : result->findings) {
    if (!fuzz::valid_utf8(f.message) || !fuzz::valid_utf8(f.suggestion))
      std::fprintf(stderr, "%s: %s / %s\n", f.kind.c_str(), f.message.c_str(),
                   f.suggestion.c_str());
    fuzz::require(fuzz::valid_utf8(f.message) && fuzz::valid_utf8(f.suggestion),
                  "check: message is not valid UTF-8");
    for (std::uint32_t i : f.src_sentences)
      fuzz::require(i < result->src.sentences.size(), "check: source sentence out of range");
    for (std::uint32_t k : f.tgt_sentences)
      fuzz::require(k < result->tgt.sentences.size(), "check: target sentence out of range");
    for (const Span& s : f.src_spans)
      fuzz::require(s.begin <= s.end && s.end <= result->src.input.text.size(),
                    "check: source span out of range");
    for (const Span& s : f.tgt_spans)
      fuzz::require(s.begin <= s.end && s.end <= result->tgt.input.text.size(),
                    "check: target span out of range");
  }
  const report::CheckedPair pair{result->src, result->tgt, result->alignment, result->findings};
  std::ostringstream text, json, html;
  report::write_findings_text(text, pair, {});
  fuzz::require_text(text.str(), "check: text report");
  report::write_findings_json(json, pair);
  fuzz::require_json(json.str(), "check: json report");
  report::write_findings_html(html, pair);
  fuzz::require_xml(html.str(), "check: html report");
  return 0;
}
