// Loading language data files and guessing languages.
#include "wirealign/lang/language.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/uloc.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <unordered_map>

#include "wirealign/core/error.h"
#include "wirealign/core/files.h"
#include "wirealign/core/utf8.h"
#include "wirealign/lang/conventions.h"
#include "wirealign/lang/identify.h"

namespace wirealign::lang {
namespace {

std::string trim(std::string_view s) {
  const auto b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return {};
  const auto e = s.find_last_not_of(" \t\r");
  return std::string(s.substr(b, e - b + 1));
}

std::string lower(std::string_view s) {
  std::string out;
  std::size_t i = 0;
  while (i < s.size()) utf8::append(out, static_cast<char32_t>(u_tolower(static_cast<UChar32>(utf8::next(s, i)))));
  return out;
}

// The name of language `code` in the language of `locale` ("fr", "en" -> "French"; "de", "de" ->
// "Deutsch"); empty when ICU has none.
std::string language_name(const char* code, const char* locale) {
  UChar buffer[128];
  UErrorCode status = U_ZERO_ERROR;
  const int32_t n = uloc_getDisplayLanguage(code, locale, buffer, 128, &status);
  if (U_FAILURE(status) || n <= 0 || n >= 128) return {};
  std::string name;
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U16_NEXT(buffer, i, n, c);
    utf8::append(name, static_cast<char32_t>(c));
  }
  return name == code ? std::string() : name;
}

// The two-letter code whose English name or own name is `name` ("french", "Deutsch"), from
// ICU's display names; empty when there is none.
std::string code_named(std::string_view name) {
  const std::string wanted = lower(name);
  if (wanted.size() < 3) return {};
  for (const char* const* p = uloc_getISOLanguages(); *p; ++p) {
    if (std::string_view(*p).size() != 2) continue;
    if (lower(language_name(*p, "en")) == wanted || lower(language_name(*p, *p)) == wanted)
      return *p;
  }
  return {};
}

}  // namespace

std::filesystem::path default_data_dir() {
  const std::filesystem::path lang =
      files::find_beside_program({"share/wirealign/lang", "corpora/lang"});
  return lang.empty() ? lang : lang.parent_path();
}

std::string canonical_code(std::string_view code) {
  std::string base;
  for (char c : code) {
    if (c == '-' || c == '_') break;
    base.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  const bool letters = !base.empty() && std::all_of(base.begin(), base.end(), [](char c) {
    return c >= 'a' && c <= 'z';
  });
  if (letters && (base.size() == 2 || base.size() == 3)) {
    for (const char* const* p = uloc_getISOLanguages(); *p; ++p)
      if (base == *p) return base;
    // A three-letter code (ISO 639-2/T) of a language that has a two-letter one: "fra" -> "fr".
    if (base.size() == 3)
      for (const char* const* p = uloc_getISOLanguages(); *p; ++p)
        if (base == uloc_getISO3Language(*p)) return *p;
    // An ISO 639-2/B code ("fre", "ger") or another alias ICU's CLDR data knows ("iw" -> "he").
    icu::Locale alias(base.c_str());
    UErrorCode status = U_ZERO_ERROR;
    alias.canonicalize(status);
    const std::string resolved = U_SUCCESS(status) ? alias.getLanguage() : "";
    if (!resolved.empty() && resolved != base)
      for (const char* const* p = uloc_getISOLanguages(); *p; ++p)
        if (resolved == *p) return *p;
  }
  const std::string named = code_named(code);
  throw ConfigError("unknown language code '" + std::string(code) + "' (" +
                    (named.empty() ? "expected an ISO 639 code such as en, fr or de"
                                   : "did you mean " + named + "?") +
                    ")");
}

void read_table(const std::filesystem::path& path,
                const std::function<void(int line, const std::vector<std::string>& fields)>& each) {
  std::ifstream in(path);
  if (!in) return;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    const std::string t = trim(line);
    if (t.empty() || t[0] == '#') continue;
    std::vector<std::string> fields;
    std::size_t start = 0;
    for (;;) {
      const auto tab = t.find('\t', start);
      fields.push_back(trim(std::string_view(t).substr(start, tab - start)));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    each(number, fields);
  }
}

std::string display_name(const std::string& code) {
  UChar buffer[64];
  UErrorCode status = U_ZERO_ERROR;
  const int32_t n = uloc_getDisplayLanguage(code.c_str(), "en", buffer, 64, &status);
  if (U_FAILURE(status) || n <= 0 || n >= 64) return code;
  std::string name;
  for (int32_t i = 0; i < n; ++i) utf8::append(name, static_cast<char32_t>(buffer[i]));
  return name == code ? code : name;
}

LanguageData load(const std::filesystem::path& data_dir, const std::string& code) {
  LanguageData data;
  data.code = code;
  if (const std::string& decimal = conventions(code).decimal; decimal == "." || decimal == ",")
    data.decimal_separator = decimal[0];
  const std::filesystem::path dir = data_dir / "lang" / code;
  data.has_data = std::filesystem::is_directory(dir);
  if (!data.has_data) return data;
  const auto abbreviations = dir / "abbreviations.tsv";
  read_table(abbreviations, [&](int line, const std::vector<std::string>& f) {
    if (f.size() < 2 || (f[1] != "nonfinal" && f[1] != "final" && f[1] != "numeral"))
      throw ConfigError(abbreviations.string() + ", line " + std::to_string(line) +
                        ": expected 'abbreviation<TAB>nonfinal|numeral|final'");
    if (f[1] == "nonfinal") data.nonfinal_abbreviations.insert(f[0]);
    else if (f[1] == "numeral") data.numeral_abbreviations.insert(f[0]);
    else data.final_abbreviations.insert(f[0]);
  });
  const auto settings = dir / "settings.tsv";
  read_table(settings, [&](int line, const std::vector<std::string>& f) {
    auto fail = [&](const std::string& what) {
      throw ConfigError(settings.string() + ", line " + std::to_string(line) + ": " + what);
    };
    if (f.size() < 2) fail("expected 'key<TAB>value'");
    if (f[0] == "quotes-spaced-inside") {
      if (f[1] != "yes" && f[1] != "no") fail("quotes-spaced-inside must be yes or no");
      data.quotes_spaced_inside = f[1] == "yes";
    } else if (f[0] == "ordinal-dot") {
      if (f[1] != "yes" && f[1] != "no") fail("ordinal-dot must be yes or no");
      data.ordinal_dot = f[1] == "yes";
    } else if (f[0] == "nouns-capitalised") {
      if (f[1] != "yes" && f[1] != "no") fail("nouns-capitalised must be yes or no");
      data.nouns_capitalised = f[1] == "yes";
    } else if (f[0] == "compound-head") {
      data.compound_head = f[1];
    } else if (f[0] == "subject-dropped") {
      if (f[1] != "yes" && f[1] != "no") fail("subject-dropped must be yes or no");
      data.subject_dropped = f[1] == "yes";
    } else if (f[0] == "decimal-separator") {
      if (f[1] != "." && f[1] != ",") fail("decimal-separator must be . or ,");
      data.decimal_separator = f[1][0];
    } else {
      fail("unknown setting '" + f[0] + "'");
    }
  });
  read_table(dir / "function-words.txt", [&](int, const std::vector<std::string>& f) {
    data.function_words.insert(lower(f[0]));
  });
  read_table(dir / "endings.txt",
             [&](int, const std::vector<std::string>& f) { data.endings.push_back(lower(f[0])); });
  std::stable_sort(data.endings.begin(), data.endings.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  return data;
}

std::string_view strip_ending(std::string_view lower, const LanguageData& language) {
  std::size_t letters = 0;
  for (char c : lower) letters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  for (const std::string& e : language.endings) {
    if (!lower.ends_with(e)) continue;
    std::size_t ending_letters = 0;
    for (char c : e) ending_letters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    if (letters >= ending_letters + kMinStemLetters)
      return lower.substr(0, lower.size() - e.size());
  }
  return lower;
}

std::vector<std::string> available(const std::filesystem::path& data_dir) {
  std::vector<std::string> codes;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(data_dir / "lang", ec))
    if (entry.is_directory()) codes.push_back(entry.path().filename().string());
  std::sort(codes.begin(), codes.end());
  return codes;
}

Guess guess(std::string_view text, const std::vector<const LanguageData*>& candidates) {
  const Evidence evidence = gather(text, candidates);
  const Identification id = identify(evidence);
  Guess g;
  g.code = id.code;
  g.score = id.share;
  if (!id.runner_up.empty())
    for (const LanguageData* l : candidates)
      if (l->code == id.runner_up) g.runner_up = evidence.share(*l);
  return g;
}

Choice choose(std::string_view text, const std::string& requested,
              const std::filesystem::path& data_dir) {
  Choice c;
  if (!requested.empty()) {
    c.data = load(data_dir, canonical_code(requested));
    if (!c.data.has_data)
      c.notice = "wirealign has no language data for '" + c.data.code +
                 "'; using ICU's rules for it";
    return c;
  }
  std::vector<LanguageData> all;
  for (const std::string& code : available(data_dir)) all.push_back(load(data_dir, code));
  std::vector<const LanguageData*> candidates;
  for (const LanguageData& l : all) candidates.push_back(&l);
  const Guess g = guess(text, candidates);
  // Function words make up a third or more of running text; a tenth is a safe floor.
  if (!g.code.empty() && g.score >= 0.1 && g.score >= 1.5 * g.runner_up) {
    for (LanguageData& l : all)
      if (l.code == g.code) c.data = std::move(l);
    c.notice = "language not given; recognised as '" + c.data.code + "' (use --lang to choose)";
    return c;
  }
  c.data.code = "und";
  c.notice = "language not given and not recognised; using language-neutral rules (use --lang)";
  return c;
}

}  // namespace wirealign::lang
