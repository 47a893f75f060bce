// Proper names: recognition in a sentence and matching across languages.
#include "wirealign/check/names.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "wirealign/core/utf8.h"
#include "wirealign/lang/conventions.h"
#include "wirealign/lexicon/freedict.h"
#include "wirealign/pipeline/compiled_lexicon.h"
#include "wirealign/spell/hunspell.h"

namespace wirealign::check {

std::string skeleton(std::string_view folded) {
  static const std::pair<std::string_view, std::string_view> kRewrites[] = {
      {"tch", "c"}, {"dzh", "j"}, {"sch", "c"}, {"sh", "c"}, {"ch", "c"}, {"dj", "j"},
      {"zh", "j"},  {"kh", "k"},  {"ph", "f"},  {"ck", "k"}, {"qu", "k"}, {"ou", "u"},
      {"w", "v"},   {"y", "i"},   {"q", "k"},   {"x", "ks"}};
  std::string s;
  for (std::size_t i = 0; i < folded.size();) {
    bool done = false;
    for (const auto& [from, to] : kRewrites)
      if (folded.substr(i, from.size()) == from) {
        s += to;
        i += from.size();
        done = true;
        break;
      }
    if (!done) s += folded[i++];
  }
  std::string out;
  for (const char c : s) {
    if (std::string_view("aeiouh").find(c) != std::string_view::npos) continue;
    if (!out.empty() && out.back() == c) continue;
    out += c;
  }
  return out;
}

double edit_similarity(std::string_view a, std::string_view b) {
  if (a.empty() && b.empty()) return 1;
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] != b[j - 1])});
      diag = up;
    }
  }
  return 1.0 -
         static_cast<double>(row[b.size()]) / static_cast<double>(std::max(a.size(), b.size()));
}

bool same_name(std::string_view a, std::string_view b) {
  if (a == b) return true;
  if (a.size() < 3 || b.size() < 3) return false;
  std::size_t prefix = 0;
  while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  const std::size_t shorter = std::min(a.size(), b.size());
  if (prefix >= 4 && 10 * prefix >= 6 * shorter) return true;
  // Initials that transliterations exchange: c, k and q (Kairo, Cairo); v and w (Wladimir).
  const auto alike = [&](std::string_view letters) {
    return letters.find(a[0]) != std::string_view::npos &&
           letters.find(b[0]) != std::string_view::npos;
  };
  if (a[0] != b[0] && !alike("ckq") && !alike("vw")) return false;
  // Names of one part contained in a name written as one word ("Sky Blues", "Skyblues").
  if (a.size() >= 3 && b.size() >= 3 && a[0] == b[0] && (a.starts_with(b) || b.starts_with(a)))
    return true;
  const std::string sa = skeleton(a), sb = skeleton(b);
  if (sa.size() >= 3 && sa == sb && edit_similarity(a, b) >= 0.5) return true;
  if (a[1] == b[1] && edit_similarity(a, b) >= 0.6) return true;  // hague, haye
  return edit_similarity(a, b) >= 0.75 || (sa.size() >= 4 && edit_similarity(sa, sb) >= 0.8);
}

bool starts_sentence(const Document& doc, const std::vector<annotate::Token>& tokens,
                     std::size_t j) {
  if (j == 0) return true;
  const std::string_view text = doc.input.text;
  // A quotation of this one word inside a sentence (his surname "Ready," was given) starts
  // nothing: after the word, a comma or a full stop at most, then a closing quotation mark (an
  // apostrophe only before a space: not "Today's").
  for (std::size_t i = tokens[j].span.end; i < text.size();) {
    const char32_t c = utf8::next(text, i);
    if (c == U',' || c == U'.' || c == U'!' || c == U'?') continue;
    const bool apostrophe = c == U'’' || c == U'\'';
    if ((c == U'"' || c == U'”' || c == U'“' || c == U'»' || apostrophe) && j + 1 < tokens.size() &&
        tokens[j + 1].span.begin >= i && (!apostrophe || i >= text.size() || text[i] == ' '))
      return false;
    break;
  }
  // Look back from the token over spaces for an opening quotation mark or a colon.
  std::size_t i = tokens[j].span.begin;
  while (i > tokens[j - 1].span.end) {
    const char32_t c = utf8::prev(text, i);
    if (c == U' ' || c == 0xA0 || c == 0x202F) continue;
    if (c == U'\'' || c == U'’') {  // a straight or curly quote opening a quotation
      if (i == tokens[j - 1].span.end) return false;
      std::size_t before = i;
      const char32_t b = utf8::prev(text, before);
      return b == U' ' || b == 0xA0;
    }
    // A straight or curly double quote right after a word or a punctuation mark closes a
    // quotation ("I think," Across told): what follows goes on the sentence.
    if (c == U'"' || c == U'“' || c == U'”') {
      if (i == 0) return true;
      std::size_t before = i;
      const char32_t b = utf8::prev(text, before);
      return b == U' ' || b == 0xA0 || b == U'\n' || b == U'(' || b == U'«' || b == U'„';
    }
    return c == U'«' || c == U':' || c == U'(' || c == U'‘' || c == U'—' || c == U'–';
  }
  return false;
}

bool title_case(const Document& doc, const std::vector<annotate::Token>& tokens,
                const lang::LanguageData& language) {
  // Where every noun has a capital, a sentence is mostly capitalised anyway.
  if (language.nouns_capitalised || tokens.empty()) return false;
  // A headline ends with no full stop: a sentence that does has names in it ("China's State
  // Council issued its Next Generation Artificial Intelligence Development Plan in July 2017.").
  const std::string_view text = doc.input.text;
  for (std::size_t i = tokens.back().span.end; i < text.size() && text[i] != '\n';) {
    const char32_t c = utf8::next(text, i);
    if (c == U'.') return false;
    if (c != U' ' && c != U'"' && c != U'”' && c != U'’' && c != U'»' && c != U')' && c != 0xA0)
      break;
  }
  // A sentence with many names has them capitalised too ("On Monday, Smith met the president in
  // Paris."): a headline in title case also capitalises its common words, and leaves at most one
  // in lower case.
  std::size_t words = 0, capitals = 0, lower_content = 0;
  for (const annotate::Token& t : tokens) {
    if (!t.number().empty() || t.function_word()) continue;
    ++words;
    capitals += t.capitalised();
    lower_content += !t.capitalised() && t.lower().size() >= 3;
  }
  return words >= 4 && 10 * capitals >= 6 * words && lower_content <= 1;
}

bool after_sentence_end(const Document& doc, const std::vector<annotate::Token>& tokens,
                        std::size_t j, const lang::LanguageData& language) {
  if (j == 0) return false;
  const std::string_view text = doc.input.text;
  std::size_t i = tokens[j].span.begin;
  bool space = false;
  while (i > tokens[j - 1].span.end) {
    const char32_t c = utf8::prev(text, i);
    if (c == U' ' || c == 0xA0 || c == 0x202F) {
      space = true;
      continue;
    }
    // Closing quotation marks and brackets after the end of the sentence.
    if (c == U'"' || c == U'»' || c == U'”' || c == U'’' || c == U')') continue;
    if (c != U'.' && c != U'!' && c != U'?') return false;
    // Before a full stop, a word of one letter, or with dots inside, is an initial or an
    // abbreviation (J., D.K., U.N.).
    const std::string_view before =
        text.substr(tokens[j - 1].span.begin, tokens[j - 1].span.size());
    std::size_t letters = 0;
    for (std::size_t k = 0; k < before.size();)
      letters += u_isalpha(static_cast<UChar32>(utf8::next(before, k))) != 0;
    return space && (c != U'.' || (letters > 1 && before.find('.') == std::string_view::npos &&
                                   !is_abbreviation(before, language)));
  }
  return false;
}

bool is_abbreviation(std::string_view surface, const lang::LanguageData& language) {
  const std::string dotted = std::string(surface) + ".";
  return language.nonfinal_abbreviations.count(dotted) != 0 ||
         language.numeral_abbreviations.count(dotted) != 0 ||
         language.final_abbreviations.count(dotted) != 0 ||
         language.nonfinal_abbreviations.count(std::string(surface)) != 0;
}

bool calendar_word(const annotate::Token& t, const lang::LanguageData& language) {
  const lang::Conventions& c = lang::conventions(language.code);
  for (const std::string_view form : {t.lower(), t.folded()})
    if (c.months.count(std::string(form)) || c.weekdays.count(std::string(form))) return true;
  return false;
}

bool is_name(const Document& doc, const std::vector<annotate::Token>& tokens, std::size_t j,
             const lang::LanguageData& language) {
  const annotate::Token& t = tokens[j];
  if (!t.capitalised() || t.acronym() || !t.number().empty() || t.function_word() ||
      t.folded().size() < 2)
    return false;
  if (calendar_word(t, language)) return false;
  if (is_abbreviation(doc.input.view(t.span), language)) return false;
  if (std::any_of(t.folded().begin(), t.folded().end(),
                  [](char c) { return c >= '0' && c <= '9'; }))
    return false;
  return !starts_sentence(doc, tokens, j) && !after_sentence_end(doc, tokens, j, language) &&
         !title_case(doc, tokens, language);
}

namespace {

const lexicon::WordList& word_list(const std::string& code, bool capitalised, const Setup& setup) {
  return lexicon::common_words(
      code, capitalised, setup.dictd_dir.empty() ? lexicon::default_dictd_dir() : setup.dictd_dir,
      setup.lexicon_dir.empty() ? pipeline::default_lexicon_dir() : setup.lexicon_dir);
}

}  // namespace

const lexicon::WordList& common_words(const lang::LanguageData& language, const Setup& setup) {
  return word_list(language.code, language.nouns_capitalised, setup);
}

const lexicon::WordList& headwords(const lang::LanguageData& language, const Setup& setup) {
  return word_list(language.code, true, setup);
}

bool known_word(const lexicon::WordList& words, std::string_view lower) {
  if (words.contains(lower)) return true;
  for (const std::string_view ending : {"s", "x", "e", "es", "ne", "nes"})
    if (lower.size() > ending.size() + 2 && lower.ends_with(ending) &&
        words.contains(lower.substr(0, lower.size() - ending.size())))
      return true;
  return false;
}

bool known_only_capitalised(const spell::Dictionary* dictionary, std::string_view lower,
                            std::string_view written) {
  return dictionary != nullptr && !dictionary->spell(lower) && dictionary->spell(written);
}

bool translates(const annotate::Token& s, const annotate::Token& t,
                const align::Bilingual& lexicon) {
  return SourceWord(s, lexicon).translated_by(t);
}

bool renders(const annotate::Token& s, const annotate::Token& t, const align::Bilingual& lexicon) {
  return SourceWord(s, lexicon).rendered_by(t);
}

bool SourceWord::translated_by(const annotate::Token& t) const {
  const annotate::Token& s = s_;
  const align::Bilingual& lexicon = lexicon_;
  if (s.folded() == t.folded()) return true;
  // A translation, inflected, or inside a compound (Security Council, Veiligheidsraad;
  // Federation, Bundesverband): its head at the end, a longer word at the start.
  if (!looked_up_) {
    translations_ = lexicon.translations(s.stem());
    looked_up_ = true;
  }
  for (const std::string_view w : translations_)
    if (w == t.stem() ||
        (w.size() >= 3 && t.folded().starts_with(w) && t.folded().size() <= w.size() + 3) ||
        (w.size() >= 5 && t.folded().starts_with(w)) ||
        (w.size() >= 4 && t.folded().size() >= w.size() + 4 && t.folded().ends_with(w)))
      return true;
  // An adjective of a town made with -er (German Münchner, Kölner: stems munchn, koln) stands for
  // the town, whose stem is the adjective's less a letter or two (munch, kol): the town's
  // translation renders it (Munich, Cologne).
  if (s.capitalised() && s.lower().ends_with("er") && t.capitalised())
    for (std::size_t cut = 1; cut <= 2 && s.stem().size() >= cut + 4; ++cut)
      if (const align::Translations tr =
              lexicon.translations(s.stem().substr(0, s.stem().size() - cut)))
        for (const std::string_view w : tr)
          if (w == t.stem()) return true;
  return false;
}

namespace {

// `word` without the initials written before it with no space (s.jochler -> jochler).
std::string_view after_initials(std::string_view word) {
  while (word.size() > 2 && word[1] == '.' && word[0] >= 'a' && word[0] <= 'z')
    word.remove_prefix(2);
  return word;
}

}  // namespace

bool SourceWord::rendered_by(const annotate::Token& t) const {
  const annotate::Token& s = s_;
  if (translated_by(t)) return true;
  // Similar spelling counts between names, or long words (Afghan, afghane); across scripts,
  // through transliteration (Трамп, Trump).
  if (!((s.capitalised() || s.folded().size() >= 5) && (t.capitalised() || t.folded().size() >= 5)))
    return false;
  // A common word of the source (not capitalised) renders a name only when spelt much alike
  // (afghane, Afghan): consonant skeletons alike are chance there (fracaso, Francis).
  if (!s.capitalised()) {
    const std::string_view a = s.folded(), b = t.folded();
    std::size_t prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
    if ((prefix >= 4 && 10 * prefix >= 6 * std::min(a.size(), b.size())) ||
        edit_similarity(a, b) >= 0.75)
      return true;
  } else if (same_name(s.folded(), t.folded()) ||
             same_name(s.folded(), after_initials(t.folded()))) {
    return true;
  } else if (const std::string_view a = s.folded();
             a.size() >= 5 && a.back() == 's' && same_name(a.substr(0, a.size() - 1), t.folded())) {
    return true;  // a name with an ending s, a genitive or a plural (Mohammeds, Muhammad)
  }
  // A short name with an ending (Ri, Ris; Un, Unem); not an article or a pronoun that opens a
  // sentence (La, Lane).
  if (s.capitalised() && !s.function_word() && s.folded().size() == 2 &&
      t.folded().starts_with(s.folded()) && t.folded().size() <= 5)
    return true;
  const auto ascii = [](std::string_view w) {
    return std::all_of(w.begin(), w.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  };
  return !(ascii(s.folded()) && ascii(t.folded())) && lang::names_match(s.folded(), t.folded());
}

}  // namespace wirealign::check
