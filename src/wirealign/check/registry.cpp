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
  };
  return table;
}

}  // namespace wirealign::check
