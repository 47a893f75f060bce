// Unsigned integers written as little-endian bytes, the byte order of wirealign's compiled files
// (bilingual tables), whatever the machine's.
//
//   std::string out;
//   wirealign::little_endian::put(out, std::uint32_t{7});      // 4 bytes
//   std::uint32_t v = wirealign::little_endian::get_u32(out.data());
#pragma once

#include <cstdint>
#include <string>

namespace wirealign::little_endian {

// Appends `v` to `out`, least significant byte first.
template <typename Unsigned>
void put(std::string& out, Unsigned v) {
  for (std::size_t i = 0; i < sizeof v; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

// The 32-bit number whose four bytes start at `p`.
inline std::uint32_t get_u32(const char* p) {
  const auto* b = reinterpret_cast<const unsigned char*>(p);
  return static_cast<std::uint32_t>(b[0]) | static_cast<std::uint32_t>(b[1]) << 8 |
         static_cast<std::uint32_t>(b[2]) << 16 | static_cast<std::uint32_t>(b[3]) << 24;
}

}  // namespace wirealign::little_endian
