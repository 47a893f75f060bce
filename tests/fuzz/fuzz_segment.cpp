// Fuzz target: segmentation of decoded text in English, French and German, free and one sentence
// a line. Sentences must be non-empty, in order and inside the text.
#include <memory>

#include "fuzz_support.h"
#include "wirealign/core/error.h"
#include "wirealign/lang/language.h"
#include "wirealign/read/read.h"
#include "wirealign/segment/segment.h"

namespace {

struct Segmenters {
  std::vector<wirealign::segment::Segmenter> all;
  Segmenters() {
    using namespace wirealign;
    for (const char* code : {"en", "fr", "de"}) {
      const lang::LanguageData data = lang::load(WIREALIGN_FUZZ_DATA_DIR, code);
      segment::SegmentOptions plain, lines;
      lines.presegmented = true;
      all.emplace_back(data, plain);
      all.emplace_back(data, lines);
    }
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace wirealign;
  static const Segmenters segmenters;
  if (size == 0) return 0;
  const segment::Segmenter& segmenter = segmenters.all[data[0] % segmenters.all.size()];
  Text text;
  try {
    text = read::decode(std::string(reinterpret_cast<const char*>(data) + 1, size - 1), "fuzz",
                        read::ReadOptions{});
  } catch (const InputError&) {
    return 0;
  }
  const Document doc = segmenter.segment(text);
  fuzz::require_document(doc);
  return 0;
}
