// The constructors of the individual checks, one per file (check/<kind>.cpp); registry.cpp lists
// them. Internal to the check stage.
#pragma once

#include <memory>

#include "wirealign/check/check.h"

namespace wirealign::check {

// quote-mismatch: source quotations whose aligned target lost its quotation marks.
std::unique_ptr<Check> make_quote_mismatch(const Setup& setup);
// unbalanced-quote: target quotations never closed, closing marks never opened.
std::unique_ptr<Check> make_unbalanced_quote(const Setup& setup);
// quote-style: quotation marks or apostrophes of several kinds in one translation.
std::unique_ptr<Check> make_quote_style(const Setup& setup);
// calque: reporting clauses in source-language word order, false friends.
std::unique_ptr<Check> make_calque(const Setup& setup);
// typography: target-language spacing around punctuation (off by default).
std::unique_ptr<Check> make_typography(const Setup& setup);

}  // namespace wirealign::check
