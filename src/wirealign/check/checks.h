// The constructors of the individual checks, one per file (check/<kind>.cpp); registry.cpp lists
// them. Internal to the check stage.
#pragma once

#include <memory>

#include "wirealign/check/check.h"

namespace wirealign::check {

}  // namespace wirealign::check
