// Fuzz target: reading and encoding detection (read::decode). Any bytes either decode to valid
// UTF-8 with a monotone map back to the original bytes, or are refused with an InputError.
#include "fuzz_support.h"
#include "wirealign/core/error.h"
#include "wirealign/read/read.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace wirealign;
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  Text text;
  try {
    text = read::decode(bytes, "fuzz", read::ReadOptions{});
  } catch (const InputError&) {
    return 0;
  }
  fuzz::require_read(text, bytes);
  return 0;
}
