// repeated-word: a word written twice in a row ("the the", "qui qui", "(GBP) (GBP)") where the
// target language does not double it. Doublings the grammar allows ("had had", "nous nous",
// "die die") come from corpora/lang/<code>/repeatable-words.txt; a doubling the source has too is
// left alone.
#include <unicode/uchar.h>

#include <algorithm>
#include <string>
#include <unordered_map>

#include "wirealign/check/checks.h"
#include "wirealign/check/pieces.h"
#include "wirealign/core/utf8.h"

namespace wirealign::check {

namespace {

// How a word of repeatable-words.txt may be doubled.
enum class Doubling {
  allowed,  // grammatical ("had had"): never reported
  rare,     // grammatical in some constructions, more often a slip ("on on"): reported as info
};

// Whether every character of text[b, e) closes a sentence, a quotation or a bracket; with
// `pauses`, or is a comma, a semicolon or a colon.
bool closing_only(std::string_view text, std::size_t b, std::size_t e, bool pauses = false) {
  for (std::size_t i = b; i < e;) {
    const auto c = static_cast<UChar32>(utf8::next(text, i));
    const auto type = u_charType(c);
    if (type != U_END_PUNCTUATION && type != U_FINAL_PUNCTUATION && type != U_OTHER_PUNCTUATION &&
        type != U_INITIAL_PUNCTUATION)
      return false;
    if (!pauses && (c == U',' || c == U';' || c == U':')) return false;
  }
  return true;
}

// A word doubled before a pause is a slip only from this many letters ("dire dire,"; not "Ha
// ha,", "Uh uh,").
constexpr std::size_t kMinPausedLetters = 4;

// Whether piece `a` ends with the word `b` after an elided article ("l'anonimato" for
// "anonimato", "dell’anno" for "anno").
bool elided_before(const Piece& a, const Piece& b) {
  for (const std::string_view mark : {"'", "\u2019"}) {
    const std::size_t at = a.key.rfind(mark);
    if (at != std::string::npos && at > 0 &&
        std::string_view(a.key).substr(at + mark.size()) == b.key)
      return true;
  }
  return false;
}

// The doubled pieces of a sentence: index j of every piece that repeats piece j - 1 as it is
// written ("the the", "(GBP) (GBP)"), after an elided article ("l'anonimato anonimato"), after
// an opening mark ("“poi poi"), or with the sentence's closing punctuation or a pause after it
// ("states states.", "\"non-serious \"non-serious.\"", "dire dire,"). A pause after the first
// copy makes it a figure of speech, not a slip ("very, very", "no, no").
std::vector<std::size_t> doublings(std::string_view text, const std::vector<Piece>& pieces) {
  std::vector<std::size_t> found;
  for (std::size_t j = 1; j < pieces.size(); ++j) {
    const Piece& a = pieces[j - 1];
    const Piece& b = pieces[j];
    if (a.key != b.key && !elided_before(a, b)) continue;
    // Only spaces between them: a mark alone between two copies is a figure ("Non ! non").
    bool spaces = true;
    for (std::size_t i = a.end; i < b.begin && spaces;)
      spaces = u_isUWhiteSpace(static_cast<UChar32>(utf8::next(text, i))) != 0;
    if (!spaces) continue;
    if (a.digits_only) {
      // Numbers of one digit ("2 2" in a score), and groups of three digits after a number
      // ("1 000 000"), are not slips.
      if (a.key.size() < 2) continue;
      if (a.key.size() == 3 && j >= 2 && pieces[j - 2].digits_only &&
          pieces[j - 2].core_end == pieces[j - 2].end)
        continue;
    }
    // The same punctuation before the core, or none before the second copy; after it the first
    // copy's, then only closing marks and pauses.
    if (b.core_begin != b.begin && text.substr(a.begin, a.core_begin - a.begin) !=
                                       text.substr(b.begin, b.core_begin - b.begin))
      continue;
    const std::string_view a_tail = text.substr(a.core_end, a.end - a.core_end);
    const std::string_view b_tail = text.substr(b.core_end, b.end - b.core_end);
    if (b_tail.substr(0, a_tail.size()) != a_tail) continue;
    // A pause after the second copy of a short word is an interjection's ("Ha ha,").
    std::size_t letters = 0;
    for (std::size_t i = 0; i < b.key.size(); ++letters) utf8::next(b.key, i);
    const bool pauses = letters >= kMinPausedLetters;
    if (!closing_only(text, a.core_end, a.end) ||
        !closing_only(text, b.core_end + a_tail.size(), b.end, pauses))
      continue;
    found.push_back(j);
  }
  return found;
}

class RepeatedWord : public Check {
 public:
  explicit RepeatedWord(const Setup& setup) {
    const auto path = setup.data_dir / "lang" / setup.tgt_language.code / "repeatable-words.txt";
    lang::read_table(path, [&](int, const std::vector<std::string>& f) {
      doublings_[piece_key(f[0])] =
          f.size() > 1 && f[1] == "rare" ? Doubling::rare : Doubling::allowed;
    });
  }

  std::vector<Finding> run(const Context& context) const override {
    std::vector<Finding> findings;
    const std::string_view tgt_text = context.tgt.input.text;
    for (std::uint32_t k = 0; k < context.tgt.sentences.size(); ++k) {
      const std::vector<Piece> pieces = pieces_of(tgt_text, context.tgt.sentences[k].span);
      for (const std::size_t j : doublings(tgt_text, pieces)) {
        const Piece& first = pieces[j - 1];
        const Piece& second = pieces[j];
        // Bare words ("had had", "Bora Bora"), as opposed to copies that carry their punctuation
        // ("(GBP) (GBP)"), which no grammar and no name writes.
        const bool bare = first.begin == first.core_begin && first.end == first.core_end;
        Severity severity = Severity::warning;
        double confidence = 0.9;
        if (const auto it = doublings_.find(second.key); bare && it != doublings_.end()) {
          if (it->second == Doubling::allowed) continue;
          severity = Severity::info;
          confidence = 0.4;
        }
        // A capitalised second word inside a sentence may belong to a name ("Bora Bora", "van
        // Van Gogh"): possible, so reported as info only.
        if (bare && second.capitalised && j > 1) {
          severity = Severity::info;
          confidence = std::min(confidence, 0.5);
        }
        const std::vector<std::uint32_t> src = context.src_of_tgt(k);
        if (source_doubles(context, src, second)) continue;
        const Span core{static_cast<std::uint32_t>(second.core_begin),
                        static_cast<std::uint32_t>(second.core_end)};
        const std::string word(context.tgt.input.view(core));
        Finding f;
        f.kind = "repeated-word";
        f.severity = severity;
        f.confidence = confidence;
        f.src_sentences = src;
        f.tgt_sentences = {k};
        f.tgt_spans = {core};
        f.message = "\"" + word + "\" is written twice in a row: \"" +
                    std::string(tgt_text.substr(first.begin, second.end - first.begin)) + "\"";
        f.suggestion = "delete the second \"" + word + "\"";
        findings.push_back(std::move(f));
      }
    }
    return findings;
  }

 private:
  // Whether a source sentence of the block doubles a word too: the same (Bora Bora), a word in
  // lower case (very very, molto molto), a figure the translation may keep, or a name where the
  // translation doubles a name (Roa Roa, Роа Роа). A name doubled there says nothing of "tra
  // tra".
  static bool source_doubles(const Context& context, const std::vector<std::uint32_t>& src,
                             const Piece& doubled) {
    const std::string_view text = context.src.input.text;
    for (const std::uint32_t i : src) {
      const std::vector<Piece> pieces = pieces_of(text, context.src.sentences[i].span);
      for (const std::size_t j : doublings(text, pieces))
        if (pieces[j].key == doubled.key || !pieces[j].capitalised || doubled.capitalised)
          return true;
    }
    return false;
  }

  std::unordered_map<std::string, Doubling> doublings_;  // by case-folded word
};

}  // namespace

std::unique_ptr<Check> make_repeated_word(const Setup& setup) {
  return std::make_unique<RepeatedWord>(setup);
}

}  // namespace wirealign::check
