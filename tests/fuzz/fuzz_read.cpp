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
  fuzz::require(text.original == bytes, "read: original bytes changed");
  fuzz::require(fuzz::valid_utf8(text.text), "read: text is not valid UTF-8");
  fuzz::require(!text.text.empty(), "read: empty text accepted");
  fuzz::require(text.offsets.size() == text.text.size() + 1, "read: offsets size");
  fuzz::require(text.offsets.back() == text.original.size(), "read: last offset");
  for (std::size_t i = 1; i < text.offsets.size(); ++i)
    fuzz::require(text.offsets[i - 1] <= text.offsets[i], "read: offsets decrease");
  return 0;
}
