// Normalisation of decoded text: NFC, LF line ends, no byte-order marks, control characters made
// visible as spaces, with a map from every output byte back to the original input bytes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "wirealign/core/offset_map.h"

namespace wirealign::read {

// Decoded text in UTF-16 with, for each code unit, the offset of the original byte it came from.
struct Decoded {
  std::u16string units;                // decoded text
  std::vector<std::uint32_t> offsets;  // offsets[i]: original byte offset of units[i]
};

// The normalised text and its byte map (see Text::text and Text::offsets).
struct Normalised {
  std::string text;                    // UTF-8, NFC
  OffsetMap offsets;                   // size text.size() + 1
};

// Normalises `decoded`: CR LF and CR become LF; U+2028, U+2029, VT and FF become LF; U+FEFF is
// dropped; other C0 and C1 control characters become spaces; the result is NFC. `original_size`
// is the size of the original input, used for the final offset.
Normalised normalise(Decoded decoded, std::uint32_t original_size);

// normalise() of UTF-8 text without decoding it, for the common case: `utf8` (which starts at
// byte `base` of an original input of `original_size` bytes) when it is valid UTF-8, already NFC,
// and holds nothing normalise() changes (CR, U+FEFF, U+2028, U+2029, control characters other
// than LF and tab). nullopt otherwise: the text needs normalise().
std::optional<Normalised> normalised_as_is(std::string_view utf8, std::uint32_t base,
                                           std::uint32_t original_size);

}  // namespace wirealign::read
