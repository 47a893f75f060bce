// Proper names compared across the blocks of an aligned pair: the names of a block's source with
// no counterpart in its target (lost: neither the same name, accent-free or transliterated, nor a
// dictionary translation, nor the same place by CLDR's names) and the capitalised words of its
// target with none in its source (intruders). name-mismatch pairs them; omission reports a lost
// name with nothing in its place.
//
//   const NameComparison comparison(setup);                 // loads word lists and dictionaries
//   for (const BlockNames& block : compared_names(context, comparison))
//     for (const NameRun& run : block.lost) ...
#pragma once

#include <cstdint>
#include <memory>
#include <set>
#include <string_view>
#include <vector>

#include "wirealign/check/check.h"

namespace wirealign::check {

// A name of one side: adjacent name tokens of one sentence ("El Salvador").
struct NameRun {
  std::uint32_t sentence = 0;
  std::vector<const annotate::Token*> tokens;
  Span span() const { return {tokens.front()->span.begin, tokens.back()->span.end}; }
};

// A lost name (an index in BlockNames::lost) paired with the intruder (an index in
// BlockNames::intruders) that took its place.
struct NamePair {
  std::size_t lost = 0, intruder = 0;
  bool anchored = false;  // the intruder stands beside the rest of the lost name
};

// The names of one block, with sentences on both sides, that have no counterpart on the other
// side.
struct BlockNames {
  std::size_t bead = 0;            // index in the alignment's beads
  // Source names the block's target does not render (or renders fewer times than the source
  // writes them).
  std::vector<NameRun> lost;
  // Target names that render nothing of the source (when no name is lost, only the unexplained
  // ones, and the words no dictionary knows standing where a name the source repeats more often
  // than the target renders it was: "in Dundee", "in Mayr").
  std::vector<NameRun> intruders;
  bool lost_common_word = false;   // a lost name is also a dictionary word (Morning)
  // A lost name is a dictionary word that the translation writes elsewhere, with its capital, as
  // the source does (Lee): a name of the document, but a replacement is less sure.
  bool lost_kept_word = false;
  std::set<const annotate::Token*> common_lost;  // the lost tokens that are dictionary words
  // The lost tokens that are proper nouns of the source's hunspell dictionary, and that a
  // dictionary or word list knows (Vienna, Spain): well-known names, which translations adapt
  // in ways the dictionary may not know (Wien), so that a replacement is less sure.
  std::set<const annotate::Token*> proper_lost;
  // The lost tokens that are proper nouns of the source's hunspell dictionary, whether or not
  // another dictionary knows them, and name no place by CLDR's names (Daniel; not Korea, Korean).
  std::set<const annotate::Token*> named_lost;
  // In a source that capitalises its nouns, the lost tokens that split into two words its
  // hunspell dictionary knows, the second a noun (Nationalversammlungs|mitglied, Mode|woche):
  // compounds the bilingual dictionary cannot translate, not names.
  std::set<const annotate::Token*> nouns_lost;
  // The lost tokens taken for names although they open their sentence (NameComparison's
  // opening_name: Siminoff): often the subject, which some languages leave out.
  std::set<const annotate::Token*> opening_lost;
  // The intruders that are weaker evidence: dictionary words too, acronyms, words standing where
  // a repeated name was.
  std::set<const annotate::Token*> weak;
  // The lost names and intruders that name a country (by CLDR's names) the other side does not
  // name: one country became another.
  std::set<const annotate::Token*> places;
  // Lost name words whose name kept its other words in the target, and the capitalised word
  // beside those that stands in their place ("Brett Kavanaugh", "Brett Gewesen"): (lost token,
  // intruder token).
  std::vector<std::pair<const annotate::Token*, const annotate::Token*>> anchored;
  // The intruders that no dictionary of either language knows (Rohtak): looked for in every
  // block, whether or not a name is lost; such a block may have no lost name.
  std::set<const annotate::Token*> unexplained;
  // The lost names paired with the intruders that took their places, each at most once
  // (name-mismatch reports them; omission reports the lost names left unpaired).
  std::vector<NamePair> pairs;
};

// Compares the names of an aligned pair. Read-only once built: share it between threads.
class NameComparison {
 public:
  explicit NameComparison(const Setup& setup);
  ~NameComparison();
  NameComparison(const NameComparison&) = delete;
  NameComparison& operator=(const NameComparison&) = delete;

  // The blocks of `context` with sentences on both sides and a lost name or an unexplained
  // intruder, in document order.
  std::vector<BlockNames> compare(const Context& context) const;

  // Whether source token `t` (written `surface`) is a word the source language's hunspell
  // dictionary knows as written: a noun, or a well-known name (a country, a city, a nationality, a
  // common first name), which translations adapt (Scottish, scozzese; The Hague, l'Aia). In a
  // language that capitalises its nouns, also a compound ending with a noun of four letters or
  // more after three letters or more (Kundgebungsrede). Any word when the source language has no
  // hunspell dictionary: then nothing tells those apart from other names.
  bool known_to_source(const annotate::Token& t, std::string_view surface) const;

  // Whether `surface`, a word the source language's hunspell dictionary does not know, is one
  // edit away from one it knows (Leaguge, League): perhaps a misspelt common word rather than a
  // name. False without a dictionary.
  bool misspelt_source_word(std::string_view surface) const;

  // Whether `run`, a lost name of `bead`'s source, names a country by CLDR's names (Österreich,
  // Singapurs; Korea, a word of North Korea) or a city of a continent by its time zone's (Parigi),
  // qualifies no place before it ("Naples, Italy"), and no word of the bead's target starts as a
  // name of that place does (rosyjskim for Rosja, Austrian for Austria): a place the translation
  // does not mention at all. A city whose country the target names is not lost (Pyongyang, North
  // Korea: a capital stands for its government), nor a name of several words where the target
  // writes an acronym the source does not (United States, USA).
  bool dropped_country(const Context& context, const Bead& bead, const NameRun& run) const;

  // Whether source token `t` is the first word of a territory's or a language's name in the
  // source language (CLDR's), or starts like a word of a territory's name (English, Koreans).
  bool source_place_word(const annotate::Token& t) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// comparison.compare(context), computed by the first check that asks and kept in the context.
const std::vector<BlockNames>& compared_names(const Context& context,
                                              const NameComparison& comparison);

}  // namespace wirealign::check
