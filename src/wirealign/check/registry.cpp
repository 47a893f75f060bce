// The table of checks: kind names, whether they run by default, and how to build them.
#include "wirealign/check/checks.h"

namespace wirealign::check {

const std::vector<CheckInfo>& registry() {
  static const std::vector<CheckInfo> table = {
      {"omission", true, "source sentence with no translation, or a translation cut short",
       make_omission},
      {"addition", true, "target sentences with no source (republisher boilerplate, inserted lines)",
       make_addition},
      {"duplicate", true, "target sentence printed twice (repeated headline or paragraph)",
       make_duplicate},
      {"untranslated", true, "target sentence or long stretch left in the source language",
       make_untranslated},
      {"length-ratio", true, "aligned pair whose length ratio is far from the document's norm",
       make_length_ratio},
      {"weak-alignment", true, "aligned pair with almost no lexical evidence: possible mistranslation",
       make_weak_alignment},
      {"quote-mismatch", true, "a quotation of the source whose translation lost its quotation marks",
       make_quote_mismatch},
      {"unbalanced-quote", true, "a quotation of the translation opened and never closed, or closed and never opened",
       make_unbalanced_quote},
      {"quote-style", true, "quotation marks or apostrophes of several kinds in one translation (« » and \" \", ' and ’)",
       make_quote_style},
      {"calque", true, "source-language structure in the translation: reporting clause without inversion, false friends",
       make_calque},
      {"typography", false, "target-language spacing around punctuation (French: no-break space before ; : ! ? and inside « »)",
       make_typography},
  };
  return table;
}

}  // namespace wirealign::check
