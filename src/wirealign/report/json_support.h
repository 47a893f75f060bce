// Pieces shared by the JSON writers of report/. Included by report .cpp files only.
#pragma once

#include <nlohmann/json.hpp>

#include "wirealign/core/types.h"

namespace wirealign::report {

// The sentences of `doc` as a JSON array: index, paragraph, start and end (byte offsets, end
// exclusive, in the original input) and the normalised text.
nlohmann::ordered_json sentences_json(const Document& doc);

// `j` as text, two-space indented, followed by a line break. Invalid UTF-8 cannot occur (the
// pipeline's text is normalised) but would be replaced rather than throw.
std::string dump(const nlohmann::ordered_json& j);

}  // namespace wirealign::report
