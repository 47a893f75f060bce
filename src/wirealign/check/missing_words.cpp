#include "wirealign/check/missing_words.h"

#include <unicode/uchar.h>

#include <array>
#include <sstream>
#include <vector>

#include "wirealign/check/pieces.h"
#include "wirealign/core/error.h"
#include "wirealign/core/utf8.h"
#include "wirealign/lang/language.h"

namespace wirealign::check {

namespace {

enum Class : std::uint16_t {
  kArticle = 256,
  kDeterminer = 1,
  kComplement = 2,
  kPreposition = 4,
  kConjunction = 8,
  kAuxiliary = 16,
  kRelative = 32,
  kFinal = 64,
  kInitial = 128,
  kPossessive = 512,
  kInfinitive = 1024,
};

constexpr std::array<std::pair<std::string_view, Class>, 11> kClassNames{{
    {"article", kArticle},
    {"determiner", kDeterminer},
    {"complement", kComplement},
    {"preposition", kPreposition},
    {"conjunction", kConjunction},
    {"auxiliary", kAuxiliary},
    {"relative", kRelative},
    {"final", kFinal},
    {"initial", kInitial},
    {"possessive", kPossessive},
    {"infinitive", kInfinitive},
}};

// What may not follow a determiner, and a word that needs a complement.
constexpr std::uint16_t kNotAfterDeterminer =
    kDeterminer | kPreposition | kConjunction | kAuxiliary | kRelative;
constexpr std::uint16_t kNotAfterArticle = kConjunction;
constexpr std::uint16_t kNotAfterComplement = kConjunction;  // "the victim of was" is English

std::string in_quotes(std::string_view s) {
  std::string quoted;
  quoted.reserve(s.size() + 2);
  quoted.append(1, '"').append(s).append(1, '"');
  return quoted;
}

// Whether text[at] is a mark that ends a phrase (, ; : . ! ?) followed by a space, a closing
// mark or the end of the sentence: a pause, not part of a word ("a.m.", ",yéti'").
bool pause_at(std::string_view text, std::size_t at, std::size_t end) {
  if (at >= end) return false;
  const char c = text[at];
  if (c != ',' && c != ';' && c != ':' && c != '.' && c != '!' && c != '?') return false;
  std::size_t i = at + 1;
  if (c == '.' && i < end && text[i] == '.') return false;  // an ellipsis: a sentence left open
  while (i < end) {
    const auto u = static_cast<UChar32>(utf8::next(text, i));
    if (u_isUWhiteSpace(u)) return true;
    const auto type = u_charType(u);
    if (type != U_END_PUNCTUATION && type != U_FINAL_PUNCTUATION && u != U'"' && u != U'\'' &&
        u != U'.' && u != U'!' && u != U'?')
      return false;
  }
  return true;
}

// Whether the sentence is a statement: it ends with a full stop (closing marks aside) and asks
// nothing.
bool statement(std::string_view sentence) {
  if (sentence.find('?') != std::string_view::npos) return false;
  for (std::size_t i = sentence.size(); i-- > 0;) {
    const char c = sentence[i];
    if (c == '.') return true;
    if (c != ' ' && c != '"' && c != '\'' && c != ')' && c != '\n' && (c & 0x80) == 0) return false;
  }
  return false;
}

bool space(char32_t c) { return u_isUWhiteSpace(static_cast<UChar32>(c)); }

// Whether c opens a quotation, and whether it closes one, in any of the languages' styles.
bool opening_quote(char32_t c) { return c == U'"' || c == U'“' || c == U'«' || c == U'„'; }
bool closing_quote(char32_t c) { return c == U'"' || c == U'”' || c == U'»' || c == U'“'; }

}  // namespace

// Gaps that punctuation shows in any language: a quotation with nothing inside ("as \"\" moves
// inland"), a full stop or a comma after a space that follows a word ("alongside .": where the
// word was). A text typeset with spaces before its commas has its source typeset so too, and the
// caller compares with the source.
std::optional<Gap> MissingWords::marks_gap(std::string_view text, Span sentence) {
  char32_t before = 0;        // the last character read that is not white space
  std::size_t before_at = 0;  // where it starts
  std::size_t word_at = 0;    // where the run of characters without white space it ends starts
  bool spaced = false;        // white space since `before`
  bool opens = false;         // `before` follows white space or starts the sentence
  for (std::size_t i = sentence.begin; i < sentence.end;) {
    const std::size_t at = i;
    const char32_t c = utf8::next(text, i);
    if (space(c)) {
      spaced = true;
      continue;
    }
    if (opening_quote(before) && opens && closing_quote(c) && (before != U'"' || !spaced))
      return Gap{{static_cast<std::uint32_t>(before_at), static_cast<std::uint32_t>(i)},
                 "the quotation " + std::string(text.substr(before_at, i - before_at)) +
                     " has nothing inside it"};
    if ((c == U'.' || c == U',') && spaced && u_isalnum(static_cast<UChar32>(before))) {
      // A pause: the mark ends the sentence, or white space or a closing quotation mark follows
      // it (not ".5"), and it is no dot of an ellipsis written with spaces (". . .").
      std::size_t next = i;
      const char32_t after = i < sentence.end ? utf8::next(text, next) : U' ';
      std::size_t k = i;
      while (k < sentence.end && space(static_cast<unsigned char>(text[k]))) ++k;
      const bool spaced_ellipsis = c == U'.' && k < sentence.end && text[k] == '.';
      if ((space(after) || closing_quote(after)) && !spaced_ellipsis)
        return Gap{{static_cast<std::uint32_t>(word_at), static_cast<std::uint32_t>(i)},
                   "a space stands before " + in_quotes(text.substr(at, i - at)) +
                       ": a word may have been removed there",
                   true};
    }
    if (spaced || before == 0) word_at = at;
    opens = spaced || before == 0;
    before = c;
    before_at = at;
    spaced = false;
  }
  return std::nullopt;
}

MissingWords::MissingWords(const std::filesystem::path& data_dir, const std::string& code) {
  const auto path = data_dir / "lang" / code / "word-classes.tsv";
  lang::read_table(path, [&](int line, const std::vector<std::string>& f) {
    Class c{};
    for (const auto& [name, value] : kClassNames)
      if (f[0] == name) c = value;
    if (c == Class{} || f.size() != 2)
      throw ConfigError(
          path.string() + ":" + std::to_string(line) +
          ": expected a class name (determiner, complement, preposition, "
          "conjunction, auxiliary, relative, final, initial, article), a tab and words");
    std::istringstream words(f[1]);
    for (std::string w; words >> w;) classes_[piece_key(w)] |= c;
  });
}

std::optional<Gap> MissingWords::find(std::string_view text, Span sentence) const {
  const std::vector<Piece> pieces = pieces_of(text, sentence);
  const auto classes = [&](const Piece& p) -> std::uint16_t {
    const auto it = classes_.find(p.key);
    return it == classes_.end() ? 0 : it->second;
  };
  const auto gap = [&](const Piece& a, const Piece& b, std::string message) {
    return Gap{{static_cast<std::uint32_t>(a.core_begin), static_cast<std::uint32_t>(b.end)},
               std::move(message)};
  };
  if (auto found = marks_gap(text, sentence)) return found;
  for (std::size_t j = 0; j < pieces.size(); ++j) {
    const Piece& a = pieces[j];
    // Two commas in a row: whatever stood between them is gone.
    if (text.substr(a.core_end, a.end - a.core_end).starts_with(",,"))
      return gap(a, a,
                 "two commas in a row after " +
                     in_quotes(text.substr(a.core_begin, a.core_end - a.core_begin)) +
                     ": the word between them is missing");
    // A possessive ending standing alone after a preposition, a conjunction or a determiner
    // ("head of 's shuttle program"): its owner is missing. After a name it is a text tokenised
    // word by word ("ALICE 'S ADVENTURES").
    if (j > 0 && a.key == "s" && a.core_end == a.end &&
        (text.substr(a.begin, a.core_begin - a.begin) == "'" ||
         text.substr(a.begin, a.core_begin - a.begin) == "’") &&
        (classes(pieces[j - 1]) & (kPreposition | kConjunction | kDeterminer | kArticle)) &&
        pieces[j - 1].core_end == pieces[j - 1].end)
      return Gap{{static_cast<std::uint32_t>(a.begin), static_cast<std::uint32_t>(a.end)},
                 "the possessive " + in_quotes(text.substr(a.begin, a.end - a.begin)) +
                     " follows no word: the name or noun it belongs to is missing"};
    // A possessive ending followed by a pause ("part of Norway's.", "Bush's, referred"): the noun
    // it belongs to is missing. A name that ends so (McDonald's) is the caller's to tell, from
    // the source.
    if (const std::string_view core = text.substr(a.core_begin, a.core_end - a.core_begin);
        pause_at(text, a.core_end, a.end)) {
      for (const std::string_view apostrophe : {"'", "’"}) {
        const std::size_t at = core.rfind(apostrophe);
        if (at == std::string_view::npos || at == 0) continue;
        const auto ending = classes_.find(piece_key(core.substr(at + apostrophe.size())));
        if (ending == classes_.end() || !(ending->second & kPossessive)) continue;
        Gap found{
            {static_cast<std::uint32_t>(a.core_begin), static_cast<std::uint32_t>(a.core_end)},
            "the possessive " + in_quotes(core) + " is followed by " +
                in_quotes(std::string(1, text[a.core_end])) +
                ": the noun it belongs to is missing"};
        found.possessive = true;
        return found;
      }
    }
    const std::uint16_t c = classes(a);
    if (c == 0) continue;
    const std::string_view word = text.substr(a.core_begin, a.core_end - a.core_begin);
    // Inside a sentence, a capitalised determiner is a name or a letter ("Plan A is"); a
    // pronoun attached to its verb is not a determiner ("laissons -la.").
    if (a.capitalised && j > 0) continue;
    if (text.substr(a.begin, a.core_begin - a.begin).find('-') != std::string_view::npos) continue;
    if (j == 0 && a.capitalised && (c & kInitial) && a.core_end == a.end && pieces.size() > 2 &&
        statement(text.substr(sentence.begin, sentence.end - sentence.begin)))
      return gap(a, a,
                 "the statement opens with " + in_quotes(word) +
                     ", and nothing before it says who or what: its subject is missing");
    // A preposition after a determiner and a word, before an auxiliary verb ("The failure in
    // was", "The Voices for has"): what the preposition introduced is missing. Not one that also
    // introduces a verb ("the way to have fun": class infinitive), nor a complement, which may
    // end a clause ("the victim of was").
    if ((c & kPreposition) && !(c & (kInfinitive | kComplement)) && j >= 2 &&
        j + 1 < pieces.size()) {
      const Piece& det = pieces[j - 2];
      const Piece& noun = pieces[j - 1];
      const Piece& b = pieces[j + 1];
      const auto bare = [](const Piece& p) {
        return p.begin == p.core_begin && p.core_end == p.end;
      };
      if ((classes(det) & (kDeterminer | kArticle)) && (j == 2 || !det.capitalised) &&
          classes(noun) == 0 && bare(det) && bare(noun) && bare(a) && b.begin == b.core_begin &&
          !b.capitalised && (classes(b) & kAuxiliary))
        return gap(a, b,
                   in_quotes(word) + " is followed by " +
                       in_quotes(text.substr(b.core_begin, b.core_end - b.core_begin)) +
                       ": what it introduces is missing");
    }
    if (!(c & (kArticle | kDeterminer | kComplement | kFinal))) continue;
    if (a.capitalised && (c & kFinal) && !(c & kDeterminer)) continue;
    // Punctuation right after the word.
    if (a.core_end < a.end && pause_at(text, a.core_end, a.end)) {
      const char mark = text[a.core_end];
      const bool last = j + 1 == pieces.size();
      if (c & (kArticle | kDeterminer))
        return gap(a, a,
                   in_quotes(word) + " is followed by " + in_quotes(std::string(1, mark)) +
                       ": the word it introduces is missing");
      if ((c & kFinal) && last && (mark == '.' || mark == '!'))
        return gap(a, a,
                   "the sentence ends on " + in_quotes(word) + ": what follows it is missing");
      continue;
    }
    if (a.core_end != a.end || j + 1 == pieces.size()) continue;
    const Piece& b = pieces[j + 1];
    // A determiner before a parenthesis ("the (FKP)"): the noun the parenthesis explains is
    // missing.
    if ((c & kDeterminer) && text[b.begin] == '(' && a.end + 1 == b.begin)
      return gap(a, b,
                 in_quotes(word) +
                     " is followed by a parenthesis: the word it introduces is "
                     "missing");
    if (b.begin != b.core_begin || b.capitalised) continue;  // a quotation, a name
    // Only white space between them ("11 000 millones de $ y" has a sign in between).
    if (text.substr(a.end, b.begin - a.end).find_first_not_of(" \t") != std::string_view::npos)
      continue;
    const std::uint16_t next = classes(b);
    const std::string_view after = text.substr(b.core_begin, b.core_end - b.core_begin);
    if (((c & kDeterminer) && (next & kNotAfterDeterminer)) ||
        ((c & kArticle) && (next & kNotAfterArticle)) ||
        ((c & kComplement) && (next & kNotAfterComplement)))
      return gap(a, b,
                 in_quotes(word) + " is followed by " + in_quotes(after) +
                     ": the word between them is missing");
  }
  return std::nullopt;
}

}  // namespace wirealign::check
