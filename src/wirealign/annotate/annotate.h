// Annotation: the word tokens of every sentence, with the forms the aligner and the checks compare
// (case-folded, accent-stripped, stemmed), canonical numbers, and simple word classes.
//
//   wirealign::annotate::Annotator fr(language_data);             // stemmer, number format
//   wirealign::annotate::Annotated a = fr.annotate(doc);          // doc from segment()
//   for (const auto& t : a.sentences[0]) std::cout << t.stem() << ' ';   // while `a` lives
//
// Tokens are ICU words, split at apostrophes (l'OTSC -> l, OTSC; don't -> don, t). Numbers are
// joined across thousands separators, including the French space ("20 000" is one token) and
// read with the language's decimal separator: "1,500" (en) and "1 500" (fr) both give "1500",
// "3.5" (en) and "3,5" (fr) both give "3.5".
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "wirealign/core/types.h"
#include "wirealign/lang/language.h"

namespace wirealign::annotate {

// The forms and classes of one written word: what every token of that word shares.
struct Forms {
  std::string_view lower;      // case-folded form
  std::string_view folded;     // case-folded, accents and other marks removed ("douchanbe")
  // Snowball stem of `lower` for the language; without Snowball, `lower` less the longest of the
  // language's endings (lang::strip_ending), or `lower` itself.
  std::string_view stem;
  std::string_view number;     // canonical value of a number ("1500", "3.5"); empty for words
  // The word in Latin letters, case-folded, ASCII (lang::latin_key: "Трамп" -> "tramp", "Łódź"
  // -> "lodz") when that differs from `folded`; empty otherwise.
  std::string_view latin;
  // For a capitalised word: its name key (lang::name_key: "Трамп" and "Trump" -> "trmp"), so that
  // names meet across scripts; empty for other words.
  std::string_view name;
  bool capitalised = false;    // starts with an upper-case letter
  bool acronym = false;        // two or more letters, all upper case ("CSTO", "OTAN")
  bool function_word = false;  // in the language's function-word list
};

// The distinct strings and word forms of annotated texts, each stored once (the documents one
// thread annotates share one, up to a size). Neither moves once added, so a text's tokens stay
// valid while another document of the same thread adds words.
class Vocabulary {
 public:
  // The stored copy of `s`, added if new; valid while the vocabulary lives.
  std::string_view intern(std::string_view s);
  // A stored copy of `f` (whose strings must be the vocabulary's); valid while it lives.
  const Forms* add(const Forms& f) { return &forms_.emplace_back(f); }
  // Number of distinct strings.
  std::size_t size() const { return words_.size(); }

 private:
  std::deque<std::string> words_;
  std::unordered_map<std::string_view, std::uint32_t> index_;
  std::deque<Forms> forms_;
};

// One word or number of a sentence: where it is, and the forms of its word, shared by every
// token of the same word (so that a token takes 16 bytes). The forms are views into the
// vocabulary of the Annotated that holds the token, and stay valid while it lives.
struct Token {
  Span span;                     // bytes in Text::text
  const Forms* forms = nullptr;  // never null in a token of an Annotated

  std::string_view lower() const { return forms->lower; }      // case-folded form
  std::string_view folded() const { return forms->folded; }    // without accents ("douchanbe")
  std::string_view stem() const { return forms->stem; }        // Snowball stem of lower()
  std::string_view number() const { return forms->number; }    // "1500", "3.5"; empty for words
  std::string_view latin() const { return forms->latin; }      // "tramp" for "Трамп"; or empty
  std::string_view name() const { return forms->name; }        // "trmp" for "Трамп", "Trump"
  bool capitalised() const { return forms->capitalised; }      // starts with an upper-case letter
  bool acronym() const { return forms->acronym; }              // "CSTO", "OTAN"
  bool function_word() const { return forms->function_word; }  // in the function-word list
};

// The tokens of each sentence of a document, in the order of Document::sentences, and the
// vocabulary their forms point into.
struct Annotated {
  std::vector<std::vector<Token>> sentences;
  std::shared_ptr<Vocabulary> words = std::make_shared<Vocabulary>();
};

// Annotates documents of one language. Construction prepares the stemmer's language; annotate()
// is const and may be called from several threads at once.
class Annotator {
 public:
  explicit Annotator(const lang::LanguageData& language);
  ~Annotator();
  Annotator(Annotator&&) noexcept;
  Annotator& operator=(Annotator&&) noexcept;

  // Tokens of every sentence of `doc`.
  Annotated annotate(const Document& doc) const;
  // Tokens of one piece of normalised text, as a single sentence; spans are relative to `text`.
  Annotated tokens(std::string_view text) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// `s` case-folded (Token::lower of a word).
std::string case_fold(std::string_view s);

// `s` case-folded with accents and other combining marks removed (Token::folded of a word).
std::string fold(std::string_view s);

}  // namespace wirealign::annotate
