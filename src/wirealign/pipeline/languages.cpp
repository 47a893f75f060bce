// The languages of a pair checked against its texts.
#include "wirealign/pipeline/languages.h"

#include <cmath>

namespace wirealign::pipeline {

namespace {

using lang::Judgement;
using lang::Verdict;

// One side of a pair: its document, declared language, evidence and verdict.
struct Side {
  const Document& doc;
  const lang::LanguageData& language;
  std::string flag;  // the option that declares its language ("--tgt-lang")
  lang::Evidence evidence;
  Judgement judgement;

  Side(const Document& d, const lang::LanguageData& l, std::string f,
       const lang::Candidates& known)
      : doc(d),
        language(l),
        flag(std::move(f)),
        evidence(lang::gather(d.input.text, known)),
        judgement(lang::judge(evidence, l, d.sentences.size())) {}

  const std::string& name() const { return doc.input.name; }
  std::string declared() const { return lang::display_name(language.code); }
};

std::string percent(double share) {
  return std::to_string(static_cast<int>(std::lround(share * 100))) + "%";
}

// What a side clearly in another language or script reads as, as the start of a sentence:
// "fr.txt reads as French, not German".
std::string reads_otherwise(const Side& s) {
  const Judgement& j = s.judgement;
  if (!j.code.empty()) return s.name() + " reads as " + j.reads_as + ", not " + s.declared();
  if (!j.script.empty()) return s.name() + " is written in " + j.reads_as + ", not in " + s.declared();
  return s.name() + " does not read as " + s.declared() + " or any language wirealign knows (" +
         percent(s.evidence.share(s.language)) + " of its words are " + s.declared() +
         " function words)";
}

// The stop about a side clearly not in its declared language, with what to do.
std::string stop_message(const Side& s) {
  const Judgement& j = s.judgement;
  return reads_otherwise(s) + ": give " + s.flag + " " + (j.code.empty() ? "with its language" : j.code) +
         ", or --force-lang";
}

// The same, for a run that goes on.
std::string forced_message(const Side& s) {
  return reads_otherwise(s) + "; going on as " + s.declared() + " (--force-lang)";
}

// A side that only leans elsewhere.
std::string doubtful_message(const Side& s) {
  const Judgement& j = s.judgement;
  if (!j.script.empty())
    return s.name() + " is mostly written in " + lang::script_name(j.script) + " script" +
           (j.code.empty() ? "" : " and reads as " + j.reads_as) + ": is it " + s.declared() + "?";
  if (j.declared_unknown)
    return s.name() + " reads as " + j.reads_as + "; wirealign has no function words for " +
           s.declared() + " to tell them apart";
  if (!j.code.empty())
    return s.name() + " reads more like " + j.reads_as + " than " + s.declared() + ": is it " +
           s.declared() + "? (" + s.flag + ")";
  return s.name() + " may not be " + s.declared() + ": only " +
         percent(s.evidence.share(s.language)) + " of its words are " + s.declared() +
         " function words";
}

bool leans(const lang::Lead& l) { return l.a_only > l.b_only; }

}  // namespace

std::string LanguageCheck::message() const {
  std::string out;
  for (const std::string& s : stops) out += (out.empty() ? "" : "; ") + s;
  return out;
}

LanguageCheck check_languages(const Document& src, const Document& tgt,
                              const lang::LanguageData& src_language,
                              const lang::LanguageData& tgt_language,
                              const lang::Candidates& known,
                              bool untranslated_reported) {
  LanguageCheck c;
  if (src.input.original == tgt.input.original) {
    c.notices.push_back({"same-text", "",
                         src.input.name + " and " + tgt.input.name +
                             " are the same text: give the original and its translation"});
    return c;
  }
  const Side s(src, src_language, "--src-lang", known);
  const Side t(tgt, tgt_language, "--tgt-lang", known);
  const bool two = src_language.code != tgt_language.code;
  // Rule 2: swapped. The source leaning to the target's language and the reverse.
  const lang::Lead src_leans = lang::lead(s.evidence, tgt_language, src_language);
  const lang::Lead tgt_leans = lang::lead(t.evidence, src_language, tgt_language);
  const Judgement& js = s.judgement;
  const Judgement& jt = t.judgement;
  const bool swapped =
      two && ((js.verdict == Verdict::other && js.code == tgt_language.code && leans(tgt_leans)) ||
              (jt.verdict == Verdict::other && jt.code == src_language.code &&
               src_leans.doubtful()));
  if (swapped) {
    const std::string what = src.input.name + " reads as " + lang::display_name(tgt_language.code) +
                             " and " + tgt.input.name + " as " +
                             lang::display_name(src_language.code) + ": the files look swapped";
    c.stops.push_back(what + "; give the original first, or --force-lang");
    c.notices.push_back({"languages-reversed", "",
                         what + "; going on as " + s.declared() + " to " + t.declared() +
                             " (--force-lang)"});
    return c;
  }
  if (two && leans(src_leans) && leans(tgt_leans) && js.verdict != Verdict::other &&
      jt.verdict != Verdict::other) {
    c.notices.push_back({"languages-reversed", "",
                         src.input.name + " reads more like " +
                             lang::display_name(tgt_language.code) + " and " + tgt.input.name +
                             " like " + lang::display_name(src_language.code) +
                             ": are the files swapped? give the original first (or --src-lang " +
                             tgt_language.code + " --tgt-lang " + src_language.code + ")"});
    return c;
  }
  for (const Side* side : {&s, &t}) {
    const Judgement& j = side->judgement;
    if (j.verdict == Verdict::fits) continue;
    // Rule 3: the target in the source's language is what the untranslated check reports.
    if (side == &t && two && j.code == src_language.code) {
      if (!untranslated_reported)
        c.notices.push_back(
            {"language-mismatch", tgt.input.name,
             tgt.input.name + (j.verdict == Verdict::other ? " reads as " : " reads more like ") +
                 s.declared() + ", the language of " + src.input.name +
                 (j.verdict == Verdict::other ? ", not " : ", than ") + t.declared() +
                 ": is it the translation?"});
      continue;
    }
    if (j.verdict == Verdict::other) {
      c.stops.push_back(stop_message(*side));
      c.notices.push_back({"language-mismatch", side->name(), forced_message(*side)});
    } else {
      c.notices.push_back({"language-mismatch", side->name(), doubtful_message(*side)});
    }
  }
  return c;
}

std::optional<Notice> check_language(const Document& doc, const lang::LanguageData& language,
                                     const lang::Candidates& known,
                                     const std::string& flag) {
  const Side side(doc, language, flag, known);
  switch (side.judgement.verdict) {
    case Verdict::fits:
      return std::nullopt;
    case Verdict::other:
      return Notice{"language-mismatch", doc.input.name,
                    reads_otherwise(side) + ": give " + flag + " " +
                        (side.judgement.code.empty() ? "with its language" : side.judgement.code)};
    case Verdict::doubtful:
      break;
  }
  return Notice{"language-mismatch", doc.input.name, doubtful_message(side)};
}

}  // namespace wirealign::pipeline
