// The constructors of the individual checks, one per file (check/<kind>.cpp); registry.cpp lists
// them. Internal to the check stage.
#pragma once

#include <memory>

#include "wirealign/check/check.h"

namespace wirealign::check {

std::unique_ptr<Check> make_omission(const Setup& setup);        // check/omission.cpp
std::unique_ptr<Check> make_addition(const Setup& setup);        // check/addition.cpp
std::unique_ptr<Check> make_duplicate(const Setup& setup);       // check/duplicate.cpp
std::unique_ptr<Check> make_untranslated(const Setup& setup);    // check/untranslated.cpp
std::unique_ptr<Check> make_length_ratio(const Setup& setup);    // check/length_ratio.cpp
std::unique_ptr<Check> make_weak_alignment(const Setup& setup);  // check/weak_alignment.cpp

}  // namespace wirealign::check
