// The texts of a run checked against their declared languages: the rules that stop a run (the
// files swapped, a side clearly in another language or script) and the notices of the doubtful
// cases. The one place where the languages of a pair are checked; Engine::run calls it.
//
//   const auto known = wirealign::lang::known_languages(data_dir);
//   wirealign::pipeline::LanguageCheck c = wirealign::pipeline::check_languages(
//       src_doc, tgt_doc, english, german, wirealign::lang::pointers(known), true);
//   if (!c.stops.empty() && !force_lang) throw wirealign::LanguageError(c.message());
//   // c.message(): "fr.txt reads as French, not German: give --tgt-lang fr, or --force-lang"
//
// The rules, in order (lang::judge says what a text reads as, and how surely):
// 1. The same text on both sides: a "same-text" notice and nothing else (the untranslated check
//    reports the target as left in the source language).
// 2. The source reads as the target's language and the target as the source's, one of them
//    clearly: the files look swapped, the run stops. Both only leaning that way: a
//    "languages-reversed" notice.
// 3. The target clearly in the source's language: the run goes on; the untranslated check
//    reports it (a "language-mismatch" notice when that check does not run).
// 4. A side clearly in another language (a third one, or the source in the target's language),
//    in another script, or in no language wirealign knows: the run stops.
// 5. A side that only leans elsewhere, or is too short to tell (a line or two never stops): a
//    "language-mismatch" notice.
// 6. A declared language without function words (corpora/lang/<code>/function-words.txt) is
//    compared by script only, and never stops a run.
// A run that would stop goes on with --force-lang; what stopped it becomes a notice.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "wirealign/core/types.h"
#include "wirealign/lang/identify.h"
#include "wirealign/lang/language.h"

namespace wirealign::pipeline {

// What the texts of a pair say about their declared languages.
struct LanguageCheck {
  // Why the run stops, one sentence each, naming the inputs; empty when it may go on.
  std::vector<std::string> stops;
  // The notices of a run that goes on: the doubtful cases, and the stops when forced (saying
  // that the run went on).
  std::vector<Notice> notices;
  // The message of the LanguageError of a run that stops: the stops, joined by "; ".
  std::string message() const;
};

// Checks the pair `src`, `tgt` (segmented, for their sentence counts) against their declared
// languages `src_language` and `tgt_language` by the rules above; `known` are the languages
// wirealign can recognise (lang::known_languages). `untranslated_reported`: the untranslated
// check runs, so a target in the source language needs no notice.
LanguageCheck check_languages(const Document& src, const Document& tgt,
                              const lang::LanguageData& src_language,
                              const lang::LanguageData& tgt_language,
                              const lang::Candidates& known,
                              bool untranslated_reported);

// The "language-mismatch" notice about one document `doc` declared in `language` (with the
// option `flag`, "--lang", to name in the advice), when it clearly or doubtfully reads as
// something else; nullopt when it fits. Never a stop: for commands that read one document.
std::optional<Notice> check_language(const Document& doc, const lang::LanguageData& language,
                                     const lang::Candidates& known,
                                     const std::string& flag);

}  // namespace wirealign::pipeline
