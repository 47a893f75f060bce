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
// number-mismatch: numbers, dates and amounts that differ across an aligned block.
std::unique_ptr<Check> make_number_mismatch(const Setup& setup);
// untranslated-acronym: a source-language acronym left where the target language has its own.
std::unique_ptr<Check> make_untranslated_acronym(const Setup& setup);
// inconsistent-term: one source term (name, translated name, acronym) rendered two ways.
std::unique_ptr<Check> make_inconsistent_term(const Setup& setup);
// name-mismatch: a proper name of the source with no counterpart in the aligned target.
std::unique_ptr<Check> make_name_mismatch(const Setup& setup);
// repeated-word: a word written twice in a row where the language does not double it.
std::unique_ptr<Check> make_repeated_word(const Setup& setup);
// spelling: a word the target language's hunspell dictionary does not know.
std::unique_ptr<Check> make_spelling(const Setup& setup);

}  // namespace wirealign::check
