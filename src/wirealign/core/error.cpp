// Error message formatting.
#include "wirealign/core/error.h"

namespace wirealign {
namespace {

std::string format_input_error(const std::string& source, const std::string& message,
                               std::optional<std::uint64_t> byte_offset) {
  std::string out = source + ": " + message;
  if (byte_offset) out += " (at byte " + std::to_string(*byte_offset) + ")";
  return out;
}

}  // namespace

InputError::InputError(std::string source, const std::string& message,
                       std::optional<std::uint64_t> byte_offset)
    : Error(format_input_error(source, message, byte_offset)),
      source_(std::move(source)),
      byte_offset_(byte_offset) {}

}  // namespace wirealign
