// Word translation pairs from the FreeDict bilingual dictionaries that Debian installs in dictd
// format (/usr/share/dictd/freedict-eng-fra.index and .dict.dz, packages dict-freedict-*).
//
//   wirealign::lexicon::Lexicon lex = wirealign::lexicon::load_freedict("en", "fr");
//   // lex.description == "FreeDict eng-fra + fra-eng (inverted): 17,403 pairs"
//   for (const auto& p : lex.pairs) use(p.src, p.tgt);  // "house" -> "maison", ...
//
// Four entry layouts are understood: the old FreeDict one (eng-fra, fra-eng, eng-spa, ita-eng,
// eng-rus, ...: translation lines after the headword line, numbered "1. a, b" or not), the Ding
// one (deu-eng, eng-deu: one translation line, possibly " [domain] ...", then indented notes,
// examples and cross-references), the WikDict one (deu-fra, pol-eng, ...: numbered translation
// lines alternating with definitions written in the source language, which are skipped) and the
// Polish one (eng-pol: translation lines indented, "  a, b" or " 1.  a, b", in roman groups per
// part of speech "I.  <N>  a"; groups that translate a phrase of the headword and examples
// followed by their translation " - ..." are skipped).
//
// A translation line is cleaned before it is split into items at ',' and ';': "(...)", "[...]",
// "<...>", "{...}" and "/ipa/" are removed. Each item loses surrounding spaces and dots and a
// leading sense number and Ding's object placeholders ("sth.", "sb.", "etw.", "jdn.", ...); items
// with an ellipsis ("...", "…"), without a letter or longer than four words are dropped; "a/b"
// gives two items when both sides are single words. Headwords are cleaned the same way but split
// at commas only into single words ("alejado, alejada"). The Dutch ligature "ĳ" becomes "ij".
// Both sides are lower-cased code point by code point (u_tolower) and put in NFC, with single
// spaces.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace wirealign::lexicon {

// One translation pair from a dictionary: a source word or phrase and one target translation,
// both lower-cased (u_tolower per code point) and NFC, single spaces, never empty.
struct WordPair {
  std::string src;  // headword ("house", "aller", "mettre en marche")
  std::string tgt;  // one of its translations ("maison", "go")

  friend bool operator==(const WordPair&, const WordPair&) = default;
};

// Reads one dictd dictionary: `dict_dz` is the .dict.dz path (a plain .dict is read too) and the
// .index beside it has the same name with ".index". Returns its pairs headword -> translation, in
// the order of the entries in the data file, each distinct pair once. Index keys starting with
// "00database" (the dictionary's own metadata) are skipped. Throws wirealign::InputError naming
// the file for a missing, unreadable or malformed index or data file (bad base64, an entry
// outside the data, a truncated or non-gzip .dz, invalid UTF-8).
std::vector<WordPair> read_dictd(const std::filesystem::path& dict_dz);

// The single-word headwords of one dictd dictionary (`dict_dz` as for read_dictd), lower-cased
// like WordPair::src, each once. Those its entries write with a capital ("Martin", "Belfast":
// names, in languages that do not capitalise their nouns) only when `capitalised`. Throws
// wirealign::InputError as read_dictd does.
std::vector<std::string> read_headwords(const std::filesystem::path& dict_dz, bool capitalised);

// Where FreeDict dictionaries are looked for by default: /usr/share/dictd.
std::filesystem::path default_dictd_dir();

// Pairs for one language direction and what they were made from.
struct Lexicon {
  std::vector<WordPair> pairs;  // src-language word -> tgt-language word, each pair once
  // One line for people saying which dictionaries were used and how many pairs came out:
  // "FreeDict eng-fra + fra-eng (inverted): 17,403 pairs", or "no dictionary for xx-yy".
  std::string description;
};

// The pairs for translating from language `src` to language `tgt` (ISO 639-1 codes such as "en",
// "fr", "de"; case and a region suffix such as "-CA" are ignored), from the FreeDict dictionaries
// found in `dir` (named with three-letter codes: freedict-eng-fra.dict.dz):
//   - the direct src->tgt dictionary plus the reverse tgt->src one inverted (pairs swapped),
//     direct pairs first, each pair once; when those have fewer than 3,000 headwords (a thin
//     dictionary: eng-rus), completed by the pairs composed through the first of English,
//     German, French, Spanish, Italian, Dutch, Polish and Portuguese that has dictionaries with
//     both languages, as for a pivot below (en-ru: eng-deu + deu-eng, then deu-rus);
//   - if neither exists, a pivot through English: src->eng (plus eng->src inverted) composed
//     with eng->tgt (plus tgt->eng inverted), keeping for each source word at most 8 targets,
//     those reached through the most distinct English words first;
//   - if nothing is available (or a language FreeDict does not cover), no pairs, and the
//     description says "no dictionary for src-tgt".
// Throws wirealign::InputError if a dictionary that exists cannot be read.
Lexicon load_freedict(const std::string& src, const std::string& tgt,
                      const std::filesystem::path& dir = default_dictd_dir());

// Which FreeDict dictionaries load_freedict() would read for src -> tgt, without reading them.
struct Sources {
  enum class Kind { none, direct, pivot } kind = Kind::none;
  std::vector<std::string> files;  // "eng-fra", "fra-eng"; for a pivot, both legs in order
  // A thin direct dictionary completed through a pivot: its code ("deu") and files, both legs.
  std::string completed_through;
  std::vector<std::string> completing_files;
};
Sources dictionary_sources(const std::string& src, const std::string& tgt,
                           const std::filesystem::path& dir = default_dictd_dir());

}  // namespace wirealign::lexicon
