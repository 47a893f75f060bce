// The constructors of the individual checks, one per file (check/<kind>.cpp); registry.cpp lists
// them. Internal to the check stage.
#pragma once

#include <memory>

#include "wirealign/check/check.h"

namespace wirealign::check {

// number-mismatch: numbers, dates and amounts that differ across an aligned block.
std::unique_ptr<Check> make_number_mismatch(const Setup& setup);
// untranslated-acronym: a source-language acronym left where the target language has its own.
std::unique_ptr<Check> make_untranslated_acronym(const Setup& setup);
// name-mismatch: a proper name of the source with no counterpart in the aligned target.
std::unique_ptr<Check> make_name_mismatch(const Setup& setup);

}  // namespace wirealign::check
