// Acronyms across a translation: the table of source-language acronyms that the target language
// writes differently (corpora/pairs/<src>-<tgt>/acronyms.tsv, corpora/acronyms.tsv), and what a
// document pair teaches about them (acronyms defined in parentheses, acronyms facing each other in
// aligned blocks, letter permutations such as NATO/OTAN). Shared by untranslated-acronym and
// inconsistent-term.
//
//   AcronymTable table = load_acronyms(setup);                 // once, when a check is built
//   AcronymPairs pairs = learn_acronyms(context, table);       // per document pair
//   for (const std::string& y : pairs.target_forms("CSTO")) ...  // "OTSC"
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "wirealign/check/check.h"

namespace wirealign::check {

// What the data says about acronyms of one language pair.
struct AcronymTable {
  std::map<std::string, std::vector<std::string>> translated;  // "NATO" -> {"OTAN"}
  std::set<std::string> same;        // written alike in both languages ("OSCE", "UNESCO")
  std::set<std::string> collisions;  // also a target-language word ("UN": French "un")
  // Translated acronyms known from the table of all languages only, which gives no source per
  // row as the pair's own file does: less sure.
  std::set<std::string> shared_only;
  // An English source acronym's full names, from that table ("UN" -> "United Nations"): in an
  // English source they stand for it.
  std::map<std::string, std::vector<std::string>> full_names;
  // The same for the target's acronyms, from that table, when the source is English ("URSS" ->
  // "Union of Soviet Socialist Republics"): where the source writes the name, the target may
  // write the acronym.
  std::map<std::string, std::vector<std::string>> target_full_names;
};

// Reads corpora/pairs/<src>-<tgt>/acronyms.tsv, then the pair's two columns of corpora/acronyms.tsv
// (every language's acronyms of the same organisations and terms) for the acronyms the pair's
// file does not name; empty if neither has any.
AcronymTable load_acronyms(const Setup& setup);

// Source acronym -> its target forms, from the table and from the document pair itself.
struct AcronymPairs {
  std::map<std::string, std::set<std::string>> forms;
  // How the pair was known, for messages: "table", "definition", "aligned", "permutation".
  std::map<std::pair<std::string, std::string>, std::string> evidence;
  // Target acronyms the target text defines in parentheses after their full name.
  std::set<std::string> defined_in_target;
  // The target forms of source acronym `src` (none when it is written alike).
  std::vector<std::string> target_forms(const std::string& src) const;
};

// The table's pairs plus those the document pair teaches: a source acronym X and a different
// target acronym Y facing each other in an aligned block (X absent from that target block, Y from
// that source block) when Y is X's letters permuted (CSTO/OTSC), when Y is defined in the target
// text ("Organisation du traité de sécurité collective (OTSC)"), or when they face each other in
// two blocks or more. Acronyms the table writes alike are never paired.
AcronymPairs learn_acronyms(const Context& context, const AcronymTable& table);

// `s` with its ASCII letters in lower case (acronyms and table forms: "OTAN" -> "otan").
std::string lower_ascii(std::string s);

// The surface form of `token` in `doc`, valid while `doc` lives.
std::string_view surface(const Document& doc, const annotate::Token& token);

}  // namespace wirealign::check
