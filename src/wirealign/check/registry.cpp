// The table of checks: kind names, whether they run by default, and how to build them.
#include "wirealign/check/checks.h"

namespace wirealign::check {

const std::vector<CheckInfo>& registry() {
  static const std::vector<CheckInfo> table = {
      {"omission", true,
       "source sentence with no translation or an unrelated one in its place, a translation cut "
       "short, a source name or figure dropped, or a word lost from a translated sentence (\"the "
       "of\")",
       make_omission},
      {"addition", true,
       "target sentences with no source (republisher boilerplate, inserted lines)", make_addition},
      {"duplicate", true, "target sentence printed twice (repeated headline or paragraph)",
       make_duplicate},
      {"untranslated", true, "target sentence or long stretch left in the source language",
       make_untranslated},
      {"untranslated-acronym", true,
       "a source-language acronym left where the target language has its own (CSTO for OTSC)",
       make_untranslated_acronym},
      {"inconsistent-term", true,
       "one source term (name, translated name, acronym) rendered two ways in the translation",
       make_inconsistent_term},
      {"number-mismatch", true,
       "numbers, dates, percentages and amounts that differ after locale-aware reading",
       make_number_mismatch},
      {"name-mismatch", true,
       "a proper name of the source with no counterpart (same, transliterated or translated) "
       "in the aligned target, or a name of the target that the source does not name and no "
       "dictionary knows",
       make_name_mismatch},
      {"quote-mismatch", true,
       "a quotation of the source whose translation lost its quotation marks", make_quote_mismatch},
      {"unbalanced-quote", true,
       "a quotation of the translation opened and never closed, or closed and never opened",
       make_unbalanced_quote},
      {"quote-style", true,
       "quotation marks or apostrophes of several kinds in one translation (« » and \" \", ' and "
       "’)",
       make_quote_style},
      {"calque", true,
       "source-language structure in the translation: reporting clause without inversion, false "
       "friends",
       make_calque},
      {"length-ratio", true, "aligned pair whose length ratio is far from the document's norm",
       make_length_ratio},
      {"weak-alignment", true,
       "in a document of a few sentences, an aligned pair with almost no lexical evidence: "
       "possible mistranslation",
       make_weak_alignment},
      {"repeated-word", true,
       "a word written twice in a row where the language does not double it (\"the the\")",
       make_repeated_word},
      {"spelling", true,
       "a word the target language's hunspell dictionary does not know (names, acronyms and "
       "source words left out)",
       make_spelling},
      {"typography", false,
       "target-language spacing around punctuation (French: no-break space before ; : ! ? and "
       "inside « »)",
       make_typography},
  };
  return table;
}

}  // namespace wirealign::check
