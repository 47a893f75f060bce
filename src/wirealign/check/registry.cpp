// The table of checks: kind names, whether they run by default, and how to build them.
#include "wirealign/check/checks.h"

namespace wirealign::check {

const std::vector<CheckInfo>& registry() {
  static const std::vector<CheckInfo> table = {
      {"number-mismatch", true,
       "numbers, dates, percentages and amounts that differ after locale-aware reading",
       make_number_mismatch},
      {"untranslated-acronym", true,
       "a source-language acronym left where the target language has its own (CSTO for OTSC)",
       make_untranslated_acronym},
      {"name-mismatch", true,
       "a proper name of the source with no counterpart (same, transliterated or translated) "
       "in the aligned target",
       make_name_mismatch},
  };
  return table;
}

}  // namespace wirealign::check
