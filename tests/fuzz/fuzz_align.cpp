// Fuzz target: alignment of two random documents through the whole pipeline (without the
// dictionary, for speed), then every alignment writer on the result.
#include <sstream>

#include "fuzz_support.h"
#include "wirealign/core/error.h"
#include "wirealign/pipeline/pipeline.h"
#include "wirealign/read/read.h"
#include "wirealign/report/alignment.h"

namespace {

const wirealign::pipeline::Engine& engine() {
  static const wirealign::pipeline::Engine e = [] {
    wirealign::pipeline::EngineOptions options;
    options.data_dir = WIREALIGN_FUZZ_DATA_DIR;
    options.align.use_dictionary = false;
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
  fuzz::require_document(result->src);
  fuzz::require_document(result->tgt);
  fuzz::require_covering(result->alignment, result->src.sentences.size(),
                         result->tgt.sentences.size());
  const report::AlignedPair pair{result->src, result->tgt, result->alignment};
  std::ostringstream json, tmx;
  report::write_json(json, pair);
  fuzz::require_json(json.str(), "align: json");
  report::write_tmx(tmx, pair, {});
  fuzz::require_xml(tmx.str(), "align: tmx");
  return 0;
}
