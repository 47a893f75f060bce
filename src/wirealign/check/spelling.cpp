// spelling: words of the translation that the target language's hunspell dictionary does not know
// (Debian's hunspell-* packages, read in place), leaving out what is most likely right although
// unknown: names, acronyms, abbreviations, numbers, addresses (URLs, e-mail, hashtags), words of
// another script, words the source has too, compounds of known words and the regular forms of
// corpora/lang/<code>/spelling-rewrites.tsv (settings in spelling.tsv there). A warning when the
// dictionary has a word one edit away ("controll": "control"); info when it has none, when the
// translation uses the word several times, when it is close to a source word (an adapted loan),
// a word of the source language ("touch" in Italian), or a capitalised word inside a sentence
// (most likely a name); never an error.
//
// Without a dictionary for the target language the check finds nothing: the Check interface has
// no channel for notices, so the missing dictionary is not reported (no false findings either).
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <cctype>
#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "wirealign/annotate/annotate.h"
#include "wirealign/check/checks.h"
#include "wirealign/check/names.h"
#include "wirealign/core/error.h"
#include "wirealign/core/utf8.h"
#include "wirealign/spell/hunspell.h"

namespace wirealign::check {

namespace {

// Words of fewer letters are not checked: abbreviations, elided forms, interjections.
constexpr std::size_t kMinLetters = 3;
// Each part of a word written solid that the dictionary lacks but knows as two or three words has
// at least this many letters ("shoe" + "boxes"; "con" + "troll" is too short to hide "control").
constexpr std::size_t kMinCompoundPart = 4;
// A word of this many letters that splits into dictionary words is taken for a compound even
// when a dictionary word is one edit away.
constexpr std::size_t kLongCompound = 10;
// Longer words get no suggestion: looking for one costs hundreds of dictionary look-ups, slow on
// long words of compounding languages, which are mostly compounds the dictionary lacks.
constexpr std::size_t kMaxSuggestLetters = 15;
// The first parts of a hyphenated word up to this many letters may be prefixes that are not
// words on their own ("pre-training", "ex-minister"): they are not checked.
constexpr std::size_t kMaxPrefixLetters = 5;

using DictionaryHandle = std::shared_ptr<const spell::Dictionary>;

bool is_apostrophe(char32_t c) { return c == U'\'' || c == U'\u2019' || c == U'\u02BC'; }
bool is_hyphen(char32_t c) { return c == U'-' || c == U'\u2010' || c == U'\u2011'; }

// The character of `text` at byte `i`, or 0 at the end.
char32_t char_at(std::string_view text, std::size_t i) {
  return i < text.size() ? utf8::next(text, i) : 0;
}

// Whether text[b, e) holds exactly one hyphen or apostrophe: the two tokens around it are one
// written word ("part-time", "aujourd'hui").
bool joins(std::string_view text, std::size_t b, std::size_t e) {
  if (b >= e) return false;
  std::size_t i = b;
  const char32_t c = utf8::next(text, i);
  return i == e && (is_hyphen(c) || is_apostrophe(c));
}

// Whether text[b, e) is white space only, and not empty.
bool is_space_between(std::string_view text, std::size_t b, std::size_t e) {
  if (b >= e) return false;
  for (std::size_t i = b; i < e;)
    if (!u_isUWhiteSpace(static_cast<UChar32>(utf8::next(text, i)))) return false;
  return true;
}

// Whether the white-space-delimited piece of text around a word is an address or a tag rather
// than prose: a URL, an e-mail address, a domain name, a hashtag or handle, a path.
bool is_address(std::string_view piece) {
  if (piece.find("://") != std::string_view::npos || piece.find("www.") != std::string_view::npos)
    return true;
  if (piece.find_first_of("@#/\\_") != std::string_view::npos) return true;
  // A dot between two letters: "example.com", "bbc.co.uk" (and "U.S.", acronyms anyway).
  for (std::size_t i = 1; i + 1 < piece.size(); ++i)
    if (piece[i] == '.' && std::isalpha(static_cast<unsigned char>(piece[i - 1])) &&
        std::isalpha(static_cast<unsigned char>(piece[i + 1])))
      return true;
  return false;
}

// The white-space-delimited piece of `text` around [b, e), within [lo, hi).
std::string_view piece_around(std::string_view text, std::size_t lo, std::size_t hi, std::size_t b,
                              std::size_t e) {
  while (b > lo) {
    std::size_t i = b;
    if (u_isUWhiteSpace(static_cast<UChar32>(utf8::prev(text, i)))) break;
    b = i;
  }
  while (e < hi) {
    std::size_t i = e;
    if (u_isUWhiteSpace(static_cast<UChar32>(utf8::next(text, i)))) break;
    e = i;
  }
  return text.substr(b, e - b);
}

// What a word is made of.
struct Shape {
  std::size_t letters = 0;
  bool only_letters = true;             // letters and combining marks only (no digit, dot, symbol)
  bool inner_capital = false;           // an upper-case letter after the first ("iPhone", "McCain")
  bool tripled = false;                 // a letter three times in a row ("mmm", "sooo"): expressive
  UScriptCode script = USCRIPT_COMMON;  // script of its letters; USCRIPT_INVALID_CODE if mixed
};

Shape shape_of(std::string_view w) {
  Shape s;
  UChar32 previous = 0;
  int run = 0;
  for (std::size_t i = 0; i < w.size();) {
    const auto c = static_cast<UChar32>(utf8::next(w, i));
    run = u_tolower(c) == previous ? run + 1 : 1;
    previous = u_tolower(c);
    s.tripled = s.tripled || run >= 3;
    if (u_isalpha(c)) {
      if (s.letters > 0 && u_isupper(c)) s.inner_capital = true;
      ++s.letters;
      UErrorCode status = U_ZERO_ERROR;
      const UScriptCode script = uscript_getScript(c, &status);
      if (U_SUCCESS(status) && script != USCRIPT_COMMON && script != USCRIPT_INHERITED) {
        if (s.script == USCRIPT_COMMON)
          s.script = script;
        else if (s.script != script)
          s.script = USCRIPT_INVALID_CODE;
      }
    } else if (u_charType(c) != U_NON_SPACING_MARK && u_charType(c) != U_COMBINING_SPACING_MARK) {
      s.only_letters = false;
    }
  }
  return s;
}

// Edit distance (insertions, deletions, substitutions) between `x` and `y`, or `limit` + 1 once
// it exceeds `limit`.
std::size_t distance(std::u32string_view x, std::u32string_view y, std::size_t limit) {
  if ((x.size() > y.size() ? x.size() - y.size() : y.size() - x.size()) > limit) return limit + 1;
  std::vector<std::size_t> row(y.size() + 1);
  for (std::size_t j = 0; j <= y.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= x.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    std::size_t best = row[0];
    for (std::size_t j = 1; j <= y.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
      diagonal = up;
      best = std::min(best, row[j]);
    }
    if (best > limit) return limit + 1;
  }
  return row[y.size()];
}

// `w` with its first letter in upper case (`all`: every letter), or in lower case.
std::string recase(std::string_view w, bool upper, bool all) {
  std::string out;
  for (std::size_t i = 0; i < w.size();) {
    const auto c = static_cast<UChar32>(utf8::next(w, i));
    const bool change = all || out.empty();
    utf8::append(out, static_cast<char32_t>(!change ? c : upper ? u_toupper(c) : u_tolower(c)));
  }
  return out;
}

// Whether `word` is `known` with one of the slips of typing that leave a word recognisable: a
// letter doubled ("Kanddidaten"), two letters swapped ("Stcük"), an accent added or lost
// ("Kärten"). Other edits (a letter dropped, added or changed) make other words as often.
// Whether text from `i` (after a full stop) up to `end` starts another sentence: spaces, perhaps
// a quotation mark, then a capital letter.
bool ends_inner_sentence(std::string_view text, std::size_t i, std::size_t end) {
  bool space = false;
  while (i < end) {
    const char32_t c = utf8::next(text, i);
    if (u_isUWhiteSpace(static_cast<UChar32>(c))) {
      space = true;
      continue;
    }
    if (c == U'"' || c == U'«' || c == U'„' || c == U'“') continue;
    return space && u_isupper(static_cast<UChar32>(c));
  }
  return false;
}

bool typing_slip(std::string_view word, std::string_view known) {
  std::u32string w, k;
  for (std::size_t i = 0; i < word.size();) w += utf8::next(word, i);
  for (std::size_t i = 0; i < known.size();) k += utf8::next(known, i);
  if (w.size() == k.size() + 1) {  // a letter doubled
    for (std::size_t i = 1; i < w.size(); ++i)
      if (w[i] == w[i - 1] && w.substr(0, i) + w.substr(i + 1) == k) return true;
    return false;
  }
  if (w.size() != k.size() || w == k) return false;
  std::size_t first = 0;
  while (w[first] == k[first]) ++first;
  if (first + 1 < w.size() && w[first] == k[first + 1] && w[first + 1] == k[first] &&
      w.substr(first + 2) == k.substr(first + 2))
    return true;                                         // two letters swapped
  return annotate::fold(word) == annotate::fold(known);  // an accent
}

// A dictionary word that `word` is a typing slip of (typing_slip: a letter doubled, two letters
// swapped, an accent added or lost on a Latin vowel), found by undoing each possible slip; empty
// if none. Some twenty look-ups for a word of ten letters, where near() makes hundreds.
std::string slip_of_known(const spell::Dictionary& dictionary, std::string_view word) {
  std::u32string w;
  for (std::size_t i = 0; i < word.size();) w += utf8::next(word, i);
  const auto known = [&](const std::u32string& candidate) {
    std::string bytes;
    for (const char32_t c : candidate) utf8::append(bytes, c);
    return dictionary.spell(bytes) ? bytes : std::string();
  };
  for (std::size_t i = 1; i < w.size(); ++i)
    if (w[i] == w[i - 1])
      if (std::string k = known(w.substr(0, i) + w.substr(i + 1)); !k.empty()) return k;
  for (std::size_t i = 0; i + 1 < w.size(); ++i) {
    if (w[i] == w[i + 1]) continue;
    std::u32string swapped = w;
    std::swap(swapped[i], swapped[i + 1]);
    if (std::string k = known(swapped); !k.empty()) return k;
  }
  // The vowels of Latin scripts with and without their accents.
  static const std::u32string kVowels[] = {U"aáàâäã", U"eéèêë", U"iíìîï", U"oóòôöõ", U"uúùûü"};
  for (std::size_t i = 0; i < w.size(); ++i)
    for (const std::u32string& group : kVowels) {
      if (group.find(w[i]) == std::u32string::npos) continue;
      for (const char32_t v : group) {
        if (v == w[i]) continue;
        std::u32string accented = w;
        accented[i] = v;
        if (std::string k = known(accented); !k.empty()) return k;
      }
    }
  return {};
}

// `w` with its straight and typographic apostrophes swapped, or empty when it has none.
std::string swap_apostrophes(std::string_view w) {
  std::string out;
  bool any = false;
  for (std::size_t i = 0; i < w.size();) {
    const char32_t c = utf8::next(w, i);
    any = any || c == U'\'' || c == U'\u2019';
    utf8::append(out, c == U'\'' ? U'\u2019' : c == U'\u2019' ? U'\'' : c);
  }
  return any ? out : std::string();
}

// A regular form the dictionary lacks: a word containing `from` is right when `from` replaced by
// `to` gives a dictionary word (British "favour": "favor"; German "auszuholen": "ausholen").
struct Rewrite {
  std::string from, to;
  bool at_start = false;  // `from` only at the start of the word (written "^from")
  bool at_end = false;    // `from` only at the end of the word (written "from$")
};

// Letters-only Latin forms of words in any script, case-folded without accents, for comparing
// names and loans across scripts ("Трамп" -> "tramp", "Seúl" -> "seul"). ICU transliterators are
// not thread-safe: calls take turns.
class LatinKeys {
 public:
  std::u32string key(std::string_view word) const {
    ::icu::UnicodeString u = ::icu::UnicodeString::fromUTF8(
        ::icu::StringPiece(word.data(), static_cast<std::int32_t>(word.size())));
    bool latin = true;
    for (std::int32_t i = 0; i < u.length() && latin; ++i) latin = u.charAt(i) < 0x250;
    if (!latin) {
      std::lock_guard<std::mutex> lock(mutex_);
      std::call_once(once_, [this] {
        UErrorCode status = U_ZERO_ERROR;
        to_latin_.reset(::icu::Transliterator::createInstance("Any-Latin; Latin-ASCII",
                                                              UTRANS_FORWARD, status));
        if (U_FAILURE(status)) to_latin_.reset();
      });
      if (to_latin_) to_latin_->transliterate(u);
    }
    std::u32string out;
    std::string utf8;
    u.toUTF8String(utf8);
    utf8 = annotate::fold(utf8);
    for (std::size_t i = 0; i < utf8.size();) {
      const char32_t c = utf8::next(utf8, i);
      if (u_isalpha(static_cast<UChar32>(c))) out.push_back(c);
    }
    return out;
  }

 private:
  mutable std::mutex mutex_;
  mutable std::once_flag once_;
  mutable std::unique_ptr<::icu::Transliterator> to_latin_;
};

// What the check found out about an unknown word at some cost.
struct Costly {
  bool compound = false;          // two or three dictionary words written solid
  std::vector<std::string> near;  // dictionary words one edit away, best first
};

// What the check knows about one document pair while it runs.
struct DocumentFacts {
  std::unordered_set<std::string_view> src_words;  // folded forms of every source word
  std::unordered_set<std::string> src_solid;       // ... and of hyphenated ones, without hyphens
  std::vector<std::u32string> src_keys;            // LatinKeys of the source words, once needed
  DictionaryHandle src_dictionary;                 // the source language's; may be null
  std::unordered_map<std::string, bool> known;     // the dictionary's verdict on words seen
  std::unordered_map<std::string, Costly> costly;  // ... and the costly part, by word
  // How often each word is written capitalised inside a target sentence, by case-folded form and
  // by stem: names, in every inflection ("Trump", "Trumpa"); and capitalised anywhere.
  std::unordered_map<std::string_view, std::size_t> names;
  std::unordered_map<std::string_view, std::size_t> capitalised;
  UScriptCode script = USCRIPT_COMMON;      // the script most target words are written in
  UScriptCode src_script = USCRIPT_COMMON;  // ... and most source words
};

// A word the dictionary does not know, before deciding how to report it.
struct Unknown {
  std::uint32_t sentence = 0;
  Span span;
  std::string word;
  std::string_view stem;         // its stem, to count its forms in the translation
  std::string suggestion;        // the best dictionary word one edit away; may be empty
  bool near_source = false;      // close to a source word: an adapted loan or name
  bool case_only = false;        // known with other capitals ("lsat": LSAT)
  bool source_language = false;  // a word of the source language's dictionary
  bool capitalised = false;      // capitalised
  bool inside = false;           // ... inside a sentence: most likely a name, reported as info only
};

class Spelling : public Check {
 public:
  explicit Spelling(const Setup& setup)
      : language_(lang::display_name(setup.tgt_language.code)), tgt_language_(setup.tgt_language) {
    const auto dir = setup.data_dir / "lang" / setup.tgt_language.code;
    const auto settings = dir / "spelling.tsv";
    lang::read_table(settings, [&](int line, const std::vector<std::string>& f) {
      if (f.size() >= 2 && f[0] == "nouns-capitalised" && (f[1] == "yes" || f[1] == "no"))
        nouns_capitalised_ = f[1] == "yes";
      else if (f.size() >= 2 && f[0] == "compound-link" && !f[1].empty())
        links_.push_back(f[1]);
      else
        throw ConfigError(
            settings.string() + ", line " + std::to_string(line) +
            ": expected 'nouns-capitalised<TAB>yes|no' or 'compound-link<TAB>LETTERS'");
    });
    lang::read_table(dir / "spelling-rewrites.tsv", [&](int, const std::vector<std::string>& f) {
      Rewrite r{f[0], f.size() > 1 ? f[1] : ""};
      r.at_start = r.from.size() > 1 && r.from.front() == '^';
      if (r.at_start) r.from.erase(0, 1);
      r.at_end = r.from.size() > 1 && r.from.back() == '$';
      if (r.at_end) r.from.pop_back();
      rewrites_.push_back(std::move(r));
    });
    dictionary_ = spell::shared_dictionary(setup.data_dir, setup.tgt_language.code);
    if (setup.src_language.code != setup.tgt_language.code)
      src_dictionary_ = spell::shared_dictionary(setup.data_dir, setup.src_language.code);
  }

  std::vector<Finding> run(const Context& context) const override {
    const DictionaryHandle dictionary = dictionary_.get();
    if (!dictionary) return {};
    DocumentFacts facts = facts_of(context);
    facts.src_dictionary = src_dictionary_.valid() ? src_dictionary_.get() : nullptr;
    std::vector<Unknown> unknown;
    const std::string_view text = context.tgt.input.text;
    for (std::uint32_t k = 0; k < context.tgt_tokens.sentences.size(); ++k) {
      const auto& tokens = context.tgt_tokens.sentences[k];
      for (std::size_t first = 0; first < tokens.size();) {
        std::size_t last = first;  // the tokens of one written word: "part-time", "l'homme"
        while (last + 1 < tokens.size() &&
               joins(text, tokens[last].span.end, tokens[last + 1].span.begin))
          ++last;
        check_word(context, facts, *dictionary, k, first, last, unknown);
        first = last + 1;
      }
    }
    return report(context, *dictionary, unknown);
  }

 private:
  DocumentFacts facts_of(const Context& context) const {
    DocumentFacts facts;
    const std::string_view src_text = context.src.input.text;
    for (const auto& sentence : context.src_tokens.sentences)
      for (std::size_t i = 0; i < sentence.size(); ++i) {
        facts.src_words.insert(sentence[i].folded());
        std::string solid(sentence[i].folded());
        for (std::size_t j = i + 1; j < sentence.size() && joins(src_text, sentence[j - 1].span.end,
                                                                 sentence[j].span.begin);
             ++j) {
          solid += sentence[j].folded();
          facts.src_solid.insert(solid);
        }
      }
    for (const auto& sentence : context.tgt_tokens.sentences)
      for (std::size_t i = 0; i < sentence.size(); ++i) {
        const annotate::Token& t = sentence[i];
        if (!t.number().empty() || !t.capitalised() || t.acronym()) continue;
        for (auto* counts : {&facts.capitalised, i > 0 ? &facts.names : nullptr}) {
          if (counts == nullptr) continue;
          ++(*counts)[t.lower()];
          if (t.stem() != t.lower()) ++(*counts)[t.stem()];
        }
      }
    facts.script = main_script(context.tgt_tokens);
    facts.src_script = main_script(context.src_tokens);
    return facts;
  }

  // The script most words of `annotated` are written in.
  static UScriptCode main_script(const annotate::Annotated& annotated) {
    std::map<int, std::size_t> scripts;
    for (const auto& sentence : annotated.sentences)
      for (const annotate::Token& t : sentence) {
        if (!t.number().empty() || t.lower().empty()) continue;
        std::size_t b = 0;
        UErrorCode status = U_ZERO_ERROR;
        const UScriptCode s =
            uscript_getScript(static_cast<UChar32>(utf8::next(t.lower(), b)), &status);
        if (U_SUCCESS(status)) ++scripts[s];
      }
    std::size_t most = 0;
    UScriptCode main = USCRIPT_COMMON;
    for (const auto& [script, n] : scripts)
      if (script != USCRIPT_COMMON && script != USCRIPT_INHERITED && n > most) {
        most = n;
        main = static_cast<UScriptCode>(script);
      }
    return main;
  }

  // Whether `word` is a source word of four letters or more with an ending added: a name
  // inflected in the translation (Polish "Palinowi" for Palin).
  static bool inflected_source_name(const DocumentFacts& facts, std::string_view word) {
    const std::string folded = annotate::fold(word);
    for (std::size_t n = folded.size(); n > 4; --n) {
      if ((static_cast<unsigned char>(folded[n - 1]) & 0xC0) == 0x80) continue;  // inside a letter
      if (facts.src_words.count(std::string_view(folded).substr(0, n - 1))) return true;
    }
    return false;
  }

  // Checks the written word made of tokens [first, last] of target sentence `k`.
  void check_word(const Context& context, DocumentFacts& facts, const spell::Dictionary& dictionary,
                  std::uint32_t k, std::size_t first, std::size_t last,
                  std::vector<Unknown>& unknown) const {
    const auto& tokens = context.tgt_tokens.sentences[k];
    const std::string_view text = context.tgt.input.text;
    const Span sentence = context.tgt.sentences[k].span;
    const std::size_t b = tokens[first].span.begin, e = tokens[last].span.end;
    if (is_address(piece_around(text, sentence.begin, sentence.end, b, e))) return;
    // An abbreviation: a period that does not end the sentence ("Dhr. Gendon", "z.B."). Not a
    // word of four letters or more, not one of the language's abbreviations, before a space and
    // a capital: a second sentence of the segment starts there ("zu kommn. Spieler wie").
    if (char_at(text, e) == U'.' && e + 1 < sentence.end &&
        !(ends_inner_sentence(text, e + 1, sentence.end) &&
          shape_of(text.substr(b, e - b)).letters >= 4 &&
          !is_abbreviation(text.substr(b, e - b), tgt_language_)))
      return;
    std::string solid;
    for (std::size_t t = first; t <= last; ++t) {
      const Shape s = shape_of(context.tgt.input.view(tokens[t].span));
      if (!tokens[t].number().empty() || !s.only_letters) return;          // numbers, units
      if (s.script != facts.script && s.script != USCRIPT_COMMON) return;  // another script
      // A capitalised part inside a sentence makes the whole a name ("Джон-стрит", "Saint-Denis").
      if (first < last && t > 0 && tokens[t].capitalised()) return;
      solid += tokens[t].folded();
    }
    // The source writes it solid ("four-ball" for "fourball").
    if (first < last && (facts.src_words.count(solid) || facts.src_solid.count(solid))) return;
    const std::string whole(text.substr(b, e - b));
    auto [verdict, added] = facts.known.try_emplace(whole, true);
    if (added) verdict->second = dictionary.spell(whole);
    if (verdict->second || (first < last && rewrite_known(dictionary, whole))) return;
    if (const std::string other = swap_apostrophes(whole);
        !other.empty() && dictionary.spell(other))
      return;
    for (std::size_t t = first; t <= last; ++t) {
      if (t < last) {
        const char32_t joiner = char_at(text, tokens[t].span.end);
        // The elided word before an apostrophe ("dell'ISIS", "l'OTSC") is part of the next one.
        if (is_apostrophe(joiner)) continue;
        // A short first part of a hyphenated word may be a prefix ("pre-training"), one in -o a
        // combining form ("afghano-tadjike", "Sino-Soviet").
        const std::string_view part = context.tgt.input.view(tokens[t].span);
        if (shape_of(part).letters <= kMaxPrefixLetters || part.back() == 'o') continue;
      }
      if (auto u = check_token(context, facts, dictionary, k, t)) unknown.push_back(std::move(*u));
    }
  }

  // Token `t` of target sentence `k` if the dictionary does not know it and nothing says it is
  // right anyway.
  std::optional<Unknown> check_token(const Context& context, DocumentFacts& facts,
                                     const spell::Dictionary& dictionary, std::uint32_t k,
                                     std::size_t t) const {
    const annotate::Token& token = context.tgt_tokens.sentences[k][t];
    std::string word(context.tgt.input.view(token.span));
    const Shape s = shape_of(word);
    if (s.letters < kMinLetters || token.acronym() || s.inner_capital || s.tripled)
      return std::nullopt;
    if (facts.src_words.count(token.folded())) return std::nullopt;  // a name or loan of the source
    if (dictionary.spell(word) || rewrite_known(dictionary, word)) return std::nullopt;
    Unknown u;
    u.sentence = k;
    u.span = token.span;
    u.stem = token.stem();
    u.capitalised = token.capitalised();
    u.inside = token.capitalised() && t > 0;
    if (u.inside) {
      // Inside a sentence a capitalised word is a name (or a noun, in German), unless the text
      // uses it only there and the source, written in the same script, has nothing like it
      // ("Adjunct Proffessor", "die Kärten"); a sentence with no source (an added line) says
      // nothing.
      if (facts.script != facts.src_script || context.src_of_tgt(k).empty() ||
          count(facts.capitalised, token) > 1 || inflected_source_name(facts, word))
        return std::nullopt;
    } else if (token.capitalised()) {
      // At the start of a sentence a capitalised word is a name when the text writes it
      // capitalised elsewhere, in any inflection.
      if (count(facts.names, token) > 0) return std::nullopt;
      // ... or when a name the dictionary does not know follows it: a first name ("Шон Комбс").
      const auto& tokens = context.tgt_tokens.sentences[k];
      if (t + 1 < tokens.size() && tokens[t + 1].capitalised() && !tokens[t + 1].acronym() &&
          is_space_between(context.tgt.input.text, token.span.end, tokens[t + 1].span.begin) &&
          !dictionary.spell(tokens[t + 1].lower()))
        return std::nullopt;
    } else {
      // Known with a capital or in capitals ("covid" for COVID): a matter of case rather than
      // spelling, unless a dictionary word is one edit away ("lsat": LSAT, but "last").
      u.case_only =
          dictionary.spell(recase(word, true, false)) || dictionary.spell(recase(word, true, true));
    }
    u.near_source = close_to_source(context, facts, word, token.capitalised());
    // A word of the source language ("touch" in Italian) is more likely a loan, or left
    // untranslated, than misspelled; but it may be a misspelling that happens to be a word there
    // ("oposite", a form of Spanish "opositar").
    u.source_language =
        !token.capitalised() && facts.src_dictionary && facts.src_dictionary->spell(word);
    if (u.capitalised && u.near_source) return std::nullopt;  // an adapted name
    // The costly part, done once per word of the document. Dictionary words written solid are a
    // compound the dictionary lacks ("shoeboxes"), unless a dictionary word is one edit away from
    // a short one ("controll": "control", not "cont" + "roll"); long compounds have neighbours
    // made by the dictionary's own compounding.
    auto [memo, added] = facts.costly.try_emplace(word);
    Costly& c = memo->second;
    // A word that splits into dictionary words may also be a slip of one ("refugiaddos":
    // "refugia" + "ddos", and "refugiados" with a letter doubled): the slip is likelier, unless
    // the word is long enough to get no suggestion (kMaxSuggestLetters), as compounds are.
    if (added) {
      c.compound = compound_of_known(dictionary, word, token.capitalised(), 2);
      if (c.compound && !u.capitalised && s.letters <= kMaxSuggestLetters)
        if (std::string slip = slip_of_known(dictionary, word); !slip.empty()) {
          c.compound = false;
          c.near = {std::move(slip)};
        }
    }
    const bool compound = c.compound;
    if (compound && s.letters >= kLongCompound) return std::nullopt;
    // A suggestion is looked for where it decides the severity: not for long words (see
    // kMaxSuggestLetters), nor for words reported as info anyway. The candidates come likeliest
    // first; a capitalised word is reported only for a common word ("Teh": "The"), not for a
    // name the dictionary knows ("Давид" for "Дэвид"), so it gets a few.
    const bool info_anyway = (u.near_source || u.source_language) && !u.case_only && !compound;
    if (added && s.letters <= kMaxSuggestLetters && !info_anyway && c.near.empty())
      c.near = dictionary.near(word, u.capitalised ? 3 : 1);
    // A capitalised word is reported for a common word, in lower case ("Teh": "The"); in a
    // language that capitalises its nouns, inside a sentence, for a noun as well when the word
    // is that noun mistyped ("Kärten": "Karten").
    const bool noun = nouns_capitalised_ && u.inside;
    for (const std::string& n : c.near)
      if (noun ? typing_slip(word, n) && dictionary.spell(n)
               : !u.capitalised || dictionary.spell(recase(n, false, false))) {
        u.suggestion = n;
        break;
      }
    // A noun mistyped in a way the few candidates above missed, or too long to get any
    // ("Prodüktion", "Gesnudheitsbeamte"): its slips undone, one by one.
    if (noun && u.suggestion.empty() && !info_anyway && !compound)
      u.suggestion = slip_of_known(dictionary, word);
    if (compound && u.suggestion.empty()) return std::nullopt;
    if (u.suggestion.empty() && (u.capitalised || u.case_only)) return std::nullopt;
    u.word = std::move(word);
    return u;
  }

  // The findings for the unknown words of a document: one per word (its first occurrence), a
  // warning for a word written once with a dictionary word one edit away and nothing that makes
  // it look deliberate, info otherwise.
  std::vector<Finding> report(const Context& context, const spell::Dictionary& dictionary,
                              const std::vector<Unknown>& unknown) const {
    std::unordered_map<std::string_view, std::size_t> uses;  // by stem
    for (const Unknown& u : unknown) ++uses[u.stem];
    std::unordered_set<std::string_view> reported;
    std::vector<Finding> findings;
    for (const Unknown& u : unknown) {
      if (!reported.insert(u.stem).second) continue;
      const std::size_t n = uses[u.stem];
      const bool strong = !u.suggestion.empty() && n == 1 && !u.near_source && !u.case_only &&
                          !u.source_language && !u.inside;
      Finding f;
      f.kind = "spelling";
      f.severity = strong ? Severity::warning : Severity::info;
      f.confidence = strong ? (u.capitalised ? 0.6 : 0.7) : u.suggestion.empty() ? 0.2 : 0.35;
      f.src_sentences = context.src_of_tgt(u.sentence);
      f.tgt_sentences = {u.sentence};
      f.tgt_spans = {u.span};
      f.message =
          "'" + u.word + "' is not in the " + language_ + " dictionary (" + dictionary.name() + ")";
      if (n > 1) f.message += ", used " + std::to_string(n) + " times in the translation";
      if (!u.suggestion.empty()) f.message += "; did you mean '" + u.suggestion + "'?";
      f.suggestion = u.suggestion.empty()
                         ? "check the spelling; mute the finding if the word is right"
                         : "write '" + u.suggestion + "' if that is the word meant";
      findings.push_back(std::move(f));
    }
    return findings;
  }

  // How often `counts` (DocumentFacts::names or ::capitalised) has `token`, in any inflection.
  static std::size_t count(const std::unordered_map<std::string_view, std::size_t>& counts,
                           const annotate::Token& token) {
    std::size_t n = 0;
    if (const auto it = counts.find(token.lower()); it != counts.end()) n = it->second;
    // Other forms of the word by its stem, where the stem is how the word starts: a stemmer that
    // drops accents (German "kärten", "kart") would count "Karten" for the slip "Kärten".
    if (!token.lower().starts_with(token.stem())) return n;
    if (const auto it = counts.find(token.stem()); it != counts.end()) n = std::max(n, it->second);
    return n;
  }

  // Whether one of the language's rewrites turns `word` into a dictionary word.
  bool rewrite_known(const spell::Dictionary& dictionary, const std::string& word) const {
    for (const Rewrite& r : rewrites_)
      for (auto at = word.find(r.from); at != std::string::npos; at = word.find(r.from, at + 1)) {
        if ((r.at_start && at != 0) || (r.at_end && at + r.from.size() != word.size())) continue;
        std::string other = word;
        other.replace(at, r.from.size(), r.to);
        if (other.size() >= kMinLetters && dictionary.spell(other)) return true;
      }
    return false;
  }

  // Whether `w` is two (or up to `parts`+1) dictionary words of kMinCompoundPart letters or more
  // written solid ("shoeboxes", "Coronakrise"): a compound the dictionary lacks. The last part
  // may be shorter by one after a longer first part ("misdaadlab"). A part may end in one of the
  // language's linking letters ("Meinungs" + "orientierte"); the later parts of a capitalised
  // word may be capitalised on their own (German nouns).
  bool compound_of_known(const spell::Dictionary& dictionary, std::string_view w, bool capitalised,
                         int parts) const {
    std::vector<std::size_t> starts;  // byte offset of every letter
    for (std::size_t i = 0; i < w.size(); utf8::next(w, i)) starts.push_back(i);
    const std::size_t letters = starts.size();
    for (std::size_t at = kMinCompoundPart; at + kMinCompoundPart - 1 <= letters; ++at) {
      if (at + kMinCompoundPart > letters && at <= kMinCompoundPart) continue;
      const std::string_view tail = w.substr(starts[at]);
      const bool tail_known =
          dictionary.spell(tail) || (capitalised && dictionary.spell(recase(tail, true, false))) ||
          (parts > 1 && compound_of_known(dictionary, tail, capitalised, parts - 1));
      if (tail_known && head_known(dictionary, w.substr(0, starts[at]))) return true;
    }
    return false;
  }

  // Whether `head`, the first part of a compound, is a dictionary word, maybe with a linking
  // letter or two after it; in a language that capitalises its nouns, maybe a noun
  // ("meinungsorientiert": Meinung).
  bool head_known(const spell::Dictionary& dictionary, std::string_view head) const {
    auto known = [&](std::string_view h) {
      return dictionary.spell(h) ||
             (nouns_capitalised_ && dictionary.spell(recase(h, true, false)));
    };
    if (known(head)) return true;
    for (const std::string& link : links_)
      if (head.size() > link.size() + kMinCompoundPart &&
          head.substr(head.size() - link.size()) == link &&
          known(head.substr(0, head.size() - link.size())))
        return true;
    return false;
  }

  // Whether `word` is close to a word of the source, compared in Latin letters: an adapted loan
  // or name (glamur for glamour, Трамп for Trump, карильоне for carillon). Close means at most
  // one edit in four letters, or the same first six letters (an inflected form); for a `name`,
  // one edit at most.
  bool close_to_source(const Context& context, DocumentFacts& facts, std::string_view word,
                       bool name) const {
    const std::u32string key = latin_.key(word);
    if (key.size() < 3) return false;
    if (facts.src_keys.empty())
      for (const auto& sentence : context.src_tokens.sentences)
        for (const annotate::Token& t : sentence)
          if (t.number().empty() && t.folded().size() >= 3)
            facts.src_keys.push_back(latin_.key(t.folded()));
    const std::size_t limit = name ? 1 : std::max<std::size_t>(1, key.size() / 4);
    return std::any_of(facts.src_keys.begin(), facts.src_keys.end(), [&](const std::u32string& s) {
      if (!name && key.size() >= 6 && s.size() >= 6 && key.compare(0, 6, s, 0, 6) == 0) return true;
      return distance(key, s, limit) <= limit;
    });
  }

  std::string language_;            // the target language's English name, for messages
  const lang::LanguageData& tgt_language_;  // its abbreviations
  bool nouns_capitalised_ = false;  // the target language capitalises its nouns (German)
  std::vector<std::string> links_;  // letters that may join the parts of a compound ("s")
  std::vector<Rewrite> rewrites_;   // regular forms the target dictionary lacks
  LatinKeys latin_;
  std::shared_future<DictionaryHandle> dictionary_;      // the target language's
  std::shared_future<DictionaryHandle> src_dictionary_;  // the source language's, if another
};

}  // namespace

std::unique_ptr<Check> make_spelling(const Setup& setup) {
  return std::make_unique<Spelling>(setup);
}

}  // namespace wirealign::check
