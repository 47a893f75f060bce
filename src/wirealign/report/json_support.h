// Pieces shared by the JSON writers (report/ and the batch records). Included by .cpp files only.
#pragma once

#include <nlohmann/json.hpp>

#include "wirealign/core/types.h"
#include "wirealign/report/alignment.h"

namespace wirealign::report {

// The sentences of `doc` as a JSON array: index, paragraph, start and end (byte offsets, end
// exclusive, in the original input) and the normalised text.
nlohmann::ordered_json sentences_json(const Document& doc);

// Both documents (name, lang, encoding, sentences) and the blocks of their alignment, the object
// `wirealign align --format json` writes.
nlohmann::ordered_json alignment_json(const AlignedPair& pair);

// One finding of an audit of `src` and `tgt` (kind, severity, sentence indices, spans as byte
// offsets in the original inputs with their text, message, suggestion, fingerprint).
nlohmann::ordered_json finding_json(const Document& src, const Document& tgt, const Finding& f);

// Notices as a JSON array of {"kind", "subject", "message"}; empty for null.
nlohmann::ordered_json notices_json(const std::vector<Notice>* notices);

// `j` as text, two-space indented, followed by a line break. Invalid UTF-8 cannot occur (the
// pipeline's text is normalised) but would be replaced rather than throw.
std::string dump(const nlohmann::ordered_json& j);

}  // namespace wirealign::report
