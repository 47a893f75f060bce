// Proper names across a translation: which capitalised words of a sentence are names, and whether
// a name and a target word are the same name (identical, without accents, transliterated:
// Dushanbe = Douchanbé, Tajikistan = Tadjikistan, Belarus = Biélorussie) or a dictionary
// translation. Shared by name-mismatch and inconsistent-term.
//
//   if (is_name(doc, tokens, j)) ...                            // "Rahmon", not "The"
//   if (same_name(src_token.folded(), tgt_token.folded())) ...      // "dushanbe", "douchanbe"
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "wirealign/check/check.h"
#include "wirealign/lexicon/wordlist.h"

namespace wirealign::spell {
class Dictionary;
}  // namespace wirealign::spell

namespace wirealign::check {

// The consonant skeleton of an accent-free, lower-case word, after spelling conventions that
// differ between transliterations are unified (sh/ch, tch/ch, dj/j, zh/j, ou/u, y/i, w/v, ph/f,
// c/k): "dushanbe" and "douchanbe" both give "dcnb".
std::string skeleton(std::string_view folded);

// Similarity of two strings in [0, 1]: 1 minus their edit distance over the longer length.
double edit_similarity(std::string_view a, std::string_view b);

// Whether two accent-free, lower-case words are the same name, spelt alike or transliterated:
// equal, sharing a long prefix (moscow/moscou), the same consonant skeleton, or very similar.
bool same_name(std::string_view a, std::string_view b);

// Whether token j of `tokens` (a sentence of `doc`) starts a sentence or a quotation, where any
// word is capitalised.
bool starts_sentence(const Document& doc, const std::vector<annotate::Token>& tokens,
                     std::size_t j);

// Whether most words of the sentence (tokens of `doc`) are capitalised and at most one content
// word of three letters or more is not, and it ends with no full stop (a headline in title case);
// never in a language that capitalises its nouns.
bool title_case(const Document& doc, const std::vector<annotate::Token>& tokens,
                const lang::LanguageData& language);

// Whether token `t` is a month or weekday name of `language` (CLDR's names).
bool calendar_word(const annotate::Token& t, const lang::LanguageData& language);

// Whether token j could be a proper name: capitalised, made of letters, not an acronym, not a
// function word, not a month or weekday, not a title (the language's abbreviations: "Mr",
// "Sen.", "Mme"), not starting a sentence or quotation, in a sentence not in title case.
bool is_name(const Document& doc, const std::vector<annotate::Token>& tokens, std::size_t j,
             const lang::LanguageData& language);

// Whether the word `surface` is one of the language's abbreviations, with or without its dot.
bool is_abbreviation(std::string_view surface, const lang::LanguageData& language);

// Whether token `j` of `tokens` (a sentence of `doc`, in `language`) follows a full stop, a
// question or an exclamation mark that ends a sentence inside the segment (two sentences the
// segmenter kept together, or a line of pre-segmented text that holds two): not after an
// abbreviation or an initial (Mr., J.).
bool after_sentence_end(const Document& doc, const std::vector<annotate::Token>& tokens,
                        std::size_t j, const lang::LanguageData& language);

// Whether target token `t` renders source token `s`: the same name (see same_name; across
// scripts, lang::names_match) or a dictionary translation of it.
bool renders(const annotate::Token& s, const annotate::Token& t, const align::Bilingual& lexicon);

// Whether target token `t` is `s` as written or one of its dictionary translations (inflected, or
// inside a compound): renders() without the likeness of spelling.
bool translates(const annotate::Token& s, const annotate::Token& t,
                const align::Bilingual& lexicon);

// renders() and translates() of one source token against many target tokens, its dictionary
// translations looked up once, when first needed. Holds references: `s` and `lexicon` must
// outlive it.
class SourceWord {
 public:
  SourceWord(const annotate::Token& s, const align::Bilingual& lexicon)
      : s_(s), lexicon_(lexicon) {}
  bool rendered_by(const annotate::Token& t) const;    // renders(s, t, lexicon)
  bool translated_by(const annotate::Token& t) const;  // translates(s, t, lexicon)

 private:
  const annotate::Token& s_;
  const align::Bilingual& lexicon_;
  mutable bool looked_up_ = false;
  mutable align::Translations translations_;  // of s.stem()
};

// Whether `dictionary` (none: false) knows a word only with its capital: not as `lower`, but as
// `written` (Parigi, Andes, Pyongyang): a proper noun, or where nouns have a capital, a noun.
bool known_only_capitalised(const spell::Dictionary* dictionary, std::string_view lower,
                            std::string_view written);

// The common words of `language` (lexicon::common_words from the setup's dictionary and
// compiled-lexicon folders; capitalised headwords only for a language that capitalises its
// nouns), read once per process; valid for the life of the process.
const lexicon::WordList& common_words(const lang::LanguageData& language, const Setup& setup);

// Every headword of the dictionaries of `language`, names included (as common_words).
const lexicon::WordList& headwords(const lang::LanguageData& language, const Setup& setup);

// Whether `lower` or its form without a plural or feminine ending is in `words`.
bool known_word(const lexicon::WordList& words, std::string_view lower);

}  // namespace wirealign::check
