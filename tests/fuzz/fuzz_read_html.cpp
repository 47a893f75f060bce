// Fuzz target: reading web pages (read::decode with the HTML format: encoding declarations,
// gumbo's parse, the article and the text a reader sees). Any bytes either give valid UTF-8 text
// with a non-decreasing map back to the page's bytes and line starts inside the page, or are
// refused with an InputError.
#include "fuzz_support.h"
#include "wirealign/core/error.h"
#include "wirealign/read/read.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace wirealign;
  if (size == 0) return 0;
  // The first byte chooses the options; the rest is the page.
  read::ReadOptions options;
  options.format = (data[0] & 1) != 0 ? read::InputFormat::html : read::InputFormat::automatic;
  options.whole_page = (data[0] & 2) != 0;
  const std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  Text text;
  try {
    text = read::decode(bytes, "fuzz.html", options);
  } catch (const InputError&) {
    return 0;
  }
  fuzz::require_read(text, bytes);
  for (std::size_t i = 0; i < text.line_starts.size(); ++i) {
    fuzz::require(text.line_starts[i] <= text.original.size(), "html: line start past the end");
    fuzz::require(i == 0 || text.line_starts[i - 1] <= text.line_starts[i],
                  "html: line starts decrease");
  }
  return 0;
}
