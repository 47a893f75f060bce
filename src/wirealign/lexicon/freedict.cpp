// Reading FreeDict dictd dictionaries: index, dictzip data, the four entry layouts, cleaning of
// translation lines, and the combination of dictionaries into one language direction.
#include "wirealign/lexicon/freedict.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <zlib.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <fstream>
#include <functional>
#include <iterator>
#include <memory>
#include <optional>
#include <sstream>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "wirealign/core/error.h"
#include "wirealign/core/utf8.h"
#include "wirealign/icu/icu.h"

namespace wirealign::lexicon {
namespace {

namespace fs = std::filesystem;

// Limits of the cleaning rules.
constexpr std::size_t kMaxWords = 4;         // longer items are phrases or definitions
constexpr std::size_t kMaxPivotTargets = 8;  // targets kept per source word through a pivot
constexpr std::size_t kReadChunk = 1 << 20;  // bytes asked of zlib at a time

// Three-letter codes FreeDict uses in file names, by ISO 639-1 code.
constexpr std::array<std::pair<std::string_view, std::string_view>, 24> kFreedictCodes{{
    {"ar", "ara"}, {"bg", "bul"}, {"cs", "ces"}, {"cy", "cym"}, {"da", "dan"}, {"de", "deu"},
    {"el", "ell"}, {"en", "eng"}, {"es", "spa"}, {"fi", "fin"}, {"fr", "fra"}, {"ga", "gle"},
    {"hr", "hrv"}, {"hu", "hun"}, {"it", "ita"}, {"ja", "jpn"}, {"la", "lat"}, {"lt", "lit"},
    {"nl", "nld"}, {"pl", "pol"}, {"pt", "por"}, {"ru", "rus"}, {"sv", "swe"}, {"tr", "tur"},
}};
constexpr std::string_view kPivot = "eng";
// A direct dictionary with fewer headwords than this (in its index files, both directions) covers
// too little of a text (FreeDict's eng-rus: 1,699); its pairs are completed through the first
// of kCompletingPivots that has dictionaries with both languages.
constexpr std::size_t kThinHeadwords = 3000;
constexpr std::array<std::string_view, 8> kCompletingPivots{"eng", "deu", "fra", "spa",
                                                            "ita", "nld", "pol", "por"};

// ---------------------------------------------------------------------------------------------
// Files.

std::string read_plain(const fs::path& path, const char* what) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path.string(), std::string("cannot open ") + what);
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) throw InputError(path.string(), std::string("cannot read ") + what);
  return std::move(buf).str();
}

struct GzCloser {
  void operator()(gzFile_s* g) const { gzclose(g); }
};

// The whole decompressed content of a gzip (dictzip) file. A file that is not gzip is refused
// when `require_gzip`, and otherwise read as it is.
std::string read_gzip(const fs::path& path, bool require_gzip) {
  std::unique_ptr<gzFile_s, GzCloser> g(gzopen(path.c_str(), "rb"));
  if (!g) throw InputError(path.string(), "cannot open dictionary data");
  gzbuffer(g.get(), 1 << 17);
  if (require_gzip && gzdirect(g.get()) == 1) {
    throw InputError(path.string(), "dictionary data is not a gzip (dictzip) file");
  }
  std::string out;
  for (;;) {
    const std::size_t size = out.size();
    out.resize(size + kReadChunk);
    const int n = gzread(g.get(), out.data() + size, static_cast<unsigned>(kReadChunk));
    out.resize(size + static_cast<std::size_t>(std::max(n, 0)));
    if (n <= 0) break;
  }
  int err = Z_OK;
  const char* message = gzerror(g.get(), &err);
  if (err != Z_OK) {
    throw InputError(path.string(), std::string("cannot decompress dictionary data: ") + message,
                     gzoffset(g.get()));
  }
  return out;
}

// Value of one dictd base64 digit (A-Za-z0-9+/, A = 0), or -1.
int base64_digit(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

// Value of a dictd base64 number (most significant digit first, no padding), or nullopt if `s`
// is empty, too long or not base64.
std::optional<std::uint64_t> base64_number(std::string_view s) {
  if (s.empty() || s.size() > 10) return std::nullopt;  // 10 digits: 60 bits
  std::uint64_t n = 0;
  for (char c : s) {
    const int v = base64_digit(c);
    if (v < 0) return std::nullopt;
    n = n * 64 + static_cast<std::uint64_t>(v);
  }
  return n;
}

// One entry of a dictd index.
struct IndexEntry {
  std::uint64_t offset = 0;
  std::uint64_t length = 0;
  std::uint64_t line = 0;  // line in the index file, for messages
};

// The entries of a dictd index, metadata entries ("00database...") left out.
std::vector<IndexEntry> parse_index(std::string_view text, const fs::path& path) {
  std::vector<IndexEntry> entries;
  std::uint64_t line_number = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    const std::size_t line_start = pos;
    pos = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    const std::size_t tab2 = line.rfind('\t');
    const std::size_t tab1 = tab2 == std::string_view::npos || tab2 == 0
                                 ? std::string_view::npos
                                 : line.rfind('\t', tab2 - 1);
    const auto where = [&](const std::string& what) {
      return InputError(path.string(), "line " + std::to_string(line_number) + ": " + what,
                        line_start);
    };
    if (tab1 == std::string_view::npos) {
      throw where("expected a key, an offset and a length separated by tabs");
    }
    const std::string_view key = line.substr(0, tab1);
    const auto offset = base64_number(line.substr(tab1 + 1, tab2 - tab1 - 1));
    const auto length = base64_number(line.substr(tab2 + 1));
    if (!offset || !length) throw where("offset or length is not a base64 number");
    if (key.starts_with("00database")) continue;
    entries.push_back({*offset, *length, line_number});
  }
  return entries;
}

fs::path index_path_for(const fs::path& dict) {
  const std::string name = dict.filename().string();
  for (std::string_view suffix : {".dict.dz", ".dict"}) {
    if (name.size() > suffix.size() && name.ends_with(suffix)) {
      return dict.parent_path() / (name.substr(0, name.size() - suffix.size()) + ".index");
    }
  }
  throw InputError(dict.string(), "not a dictd data file name (expected .dict.dz or .dict)");
}

// ---------------------------------------------------------------------------------------------
// Cleaning.

bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\r'; }
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool is_word_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_ascii_digit(c);
}

// The bracket that closes `c`, or 0 if `c` opens none.
char closer_of(char c) {
  switch (c) {
    case '(':
      return ')';
    case '[':
      return ']';
    case '<':
      return '>';
    case '{':
      return '}';
    default:
      return 0;
  }
}

// `s` with bracketed parts ("(...)", "[...]", "<...>", "{...}", nested) removed. A part inside a
// word ("haul(i)er") is removed without a trace, elsewhere it leaves a space. Stray closing
// brackets are dropped; an unclosed one removes the rest of the line.
std::string remove_brackets(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::string closers;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (const char closer = closer_of(c)) {
      closers.push_back(closer);
      continue;
    }
    if (!closers.empty()) {
      if (c == closers.back()) {
        closers.pop_back();
        if (closers.empty()) {
          const bool joined = !out.empty() && is_word_byte(out.back()) && i + 1 < s.size() &&
                              is_word_byte(s[i + 1]);
          if (!joined) out.push_back(' ');
        }
      }
      continue;
    }
    if (c == ')' || c == ']' || c == '>' || c == '}') continue;
    out.push_back(c);
  }
  return out;
}

// `s` with IPA transcriptions removed: "/.../" opened at the start or after a space and closed
// before the end, a space, ',' or ';'. Slashes between words ("and/or") are kept.
std::string remove_ipa(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    if (s[i] == '/' && (i == 0 || s[i - 1] == ' ') && i + 1 < s.size() && s[i + 1] != ' ' &&
        s[i + 1] != '/') {
      const std::size_t j = s.find('/', i + 1);
      if (j != std::string_view::npos &&
          (j + 1 == s.size() || s[j + 1] == ' ' || s[j + 1] == ',' || s[j + 1] == ';')) {
        out.push_back(' ');
        i = j + 1;
        continue;
      }
    }
    out.push_back(s[i++]);
  }
  return out;
}

// Characters that squeeze() replaces, and by what ("" removes them).
constexpr std::array<std::pair<std::string_view, std::string_view>, 13> kReplacements{{
    {"\t", " "},
    {"\r", " "},
    {"_", " "},
    {"\xC2\xA0", " "},      // no-break space
    {"\xE2\x80\xAF", " "},  // narrow no-break space
    {"\xE2\x80\x90", "-"},  // hyphen
    {"\xE2\x80\x91", "-"},  // non-breaking hyphen
    {"\xC2\xAD", ""},       // soft hyphen
    {"\xE2\x80\x8B", ""},   // zero-width space
    {"\xE2\x80\x8E", ""},   // left-to-right mark
    {"\xE2\x80\x8F", ""},   // right-to-left mark
    {"\xC4\xB3", "ij"},     // Dutch ligature ĳ (eng-nld), written as two letters in running text
    {"\xC4\xB2", "IJ"},     // Ĳ
}};

// `s` with the characters of kReplacements replaced, runs of spaces made single, and spaces and
// dots trimmed from both ends.
std::string squeeze(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  const auto put = [&](std::string_view piece) {
    if (piece == " ") {
      pending_space = !out.empty();
      return;
    }
    if (piece.empty()) return;
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out += piece;
  };
  for (std::size_t i = 0; i < s.size();) {
    const char c = s[i];
    std::size_t width = 1;
    std::string_view piece = s.substr(i, 1);
    if (c == '\t' || c == '\r' || c == '_' || c == '\xC2' || c == '\xC4' || c == '\xE2') {
      for (const auto& [from, to] : kReplacements) {
        if (s.substr(i).starts_with(from)) {
          width = from.size();
          piece = to;
          break;
        }
      }
    }
    put(piece);
    i += width;
  }
  std::size_t b = 0;
  std::size_t e = out.size();
  while (b < e && (out[b] == ' ' || out[b] == '.')) ++b;
  while (e > b && (out[e - 1] == ' ' || out[e - 1] == '.')) --e;
  return out.substr(b, e - b);
}

// Length of a sense number ("12." followed by a space or the end) at the start of `s`, or 0.
std::size_t sense_number_length(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && is_ascii_digit(s[i])) ++i;
  if (i == 0 || i >= s.size() || s[i] != '.') return 0;
  if (i + 1 < s.size() && s[i + 1] != ' ') return 0;
  return i + 1;
}

std::size_t word_count(std::string_view squeezed) {
  return squeezed.empty()
             ? 0
             : 1 + static_cast<std::size_t>(std::count(squeezed.begin(), squeezed.end(), ' '));
}

bool has_letter(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const char32_t c = utf8::next(s, i);
    if (c < 0x80 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : u_isalpha(static_cast<UChar32>(c)))
      return true;
  }
  return false;
}

// `s` lower-cased code point by code point and in NFC.
std::string lower_nfc(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool ascii = true;
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) ascii = false;
  }
  if (ascii) {
    for (char c : s) out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
    return out;
  }
  std::size_t i = 0;
  while (i < s.size()) {
    utf8::append(out, static_cast<char32_t>(u_tolower(static_cast<UChar32>(utf8::next(s, i)))));
  }
  UErrorCode status = U_ZERO_ERROR;
  const ::icu::Normalizer2* nfc = ::icu::Normalizer2::getNFCInstance(status);
  icu::check(status, "Normalizer2::getNFCInstance");
  const ::icu::UnicodeString u = ::icu::UnicodeString::fromUTF8(
      ::icu::StringPiece(out.data(), icu::checked_length(out.size(), "lexicon entry")));
  if (nfc->quickCheck(u, status) == UNORM_YES && U_SUCCESS(status)) return out;
  status = U_ZERO_ERROR;
  const ::icu::UnicodeString n = nfc->normalize(u, status);
  icu::check(status, "Normalizer2::normalize");
  out.clear();
  n.toUTF8String(out);
  return out;
}

// Placeholders for an object that Ding writes beside verbs ("abandon sth.", "etw. aufgeben"):
// not part of the word.
constexpr std::array<std::string_view, 9> kPlaceholders{"sth.", "sb.",  "sb.'s", "sth.'s", "etw.",
                                                        "jdn.", "jdm.", "jds.",  "jd."};

// `s` without the placeholder words of kPlaceholders.
std::string drop_placeholders(std::string_view s) {
  std::string out;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t end = s.find(' ', i);
    if (end == std::string_view::npos) end = s.size();
    const std::string_view word = s.substr(i, end - i);
    if (std::find(kPlaceholders.begin(), kPlaceholders.end(), word) == kPlaceholders.end()) {
      if (!out.empty()) out.push_back(' ');
      out += word;
    }
    i = end + 1;
  }
  return out;
}

// Final checks and normalisation of one word or phrase; appends it to `out` if it passes.
void accept_word(std::string_view s, std::vector<std::string>& out) {
  if (s.empty() || word_count(s) > kMaxWords || !has_letter(s)) return;
  out.push_back(lower_nfc(s));
}

// Appends to `out` the words of one item (a piece of a cleaned line between ',' and ';').
void clean_item(std::string_view item, std::vector<std::string>& out) {
  // WikDict keeps some Wiktionary link targets: "agacer#s’agacer", "sampler#verb".
  if (const std::size_t link = item.find('#'); link != std::string_view::npos) {
    item = item.substr(0, link);
  }
  if (item.find("...") != std::string_view::npos ||
      item.find("\xE2\x80\xA6") != std::string_view::npos) {
    return;
  }
  std::string s =
      squeeze(item.find('.') != std::string_view::npos ? drop_placeholders(item) : item);
  if (const std::size_t n = sense_number_length(s)) s = squeeze(std::string_view(s).substr(n));
  if (s.find('/') != std::string::npos) {
    std::vector<std::string_view> parts;
    std::string_view rest = s;
    for (;;) {
      const std::size_t slash = rest.find('/');
      parts.push_back(rest.substr(0, slash));
      if (slash == std::string_view::npos) break;
      rest.remove_prefix(slash + 1);
    }
    const bool words = std::all_of(parts.begin(), parts.end(), [](std::string_view p) {
      return utf8::length(p) >= 2 && p.find(' ') == std::string_view::npos && has_letter(p);
    });
    if (words) {
      for (std::string_view p : parts) accept_word(p, out);
      return;
    }
  }
  accept_word(s, out);
}

// `line` with a stray sense marker glued at its end ("maison 2.") removed.
std::string_view drop_trailing_sense_marker(std::string_view line) {
  while (!line.empty() && is_space_byte(line.back())) line.remove_suffix(1);
  if (line.empty() || line.back() != '.') return line;
  std::size_t i = line.size() - 1;
  while (i > 0 && is_ascii_digit(line[i - 1])) --i;
  if (i == line.size() - 1 || i == 0 || line[i - 1] != ' ') return line;
  return line.substr(0, i - 1);
}

// True for a line that reads as a sentence rather than a list of translations: six words or
// more, several words per comma-separated piece, ending like a sentence. WikDict definitions
// and proverbs look like this.
bool looks_like_sentence(std::string_view cleaned) {
  while (!cleaned.empty() && is_space_byte(cleaned.back())) cleaned.remove_suffix(1);
  if (cleaned.empty()) return false;
  const char last = cleaned.back();
  if (last != '.' && last != '!' && last != '?' && last != ':') return false;
  std::size_t words = 0;
  std::size_t pieces = 1;
  bool in_word = false;
  for (char c : cleaned) {
    if (c == ',' || c == ';') ++pieces;
    const bool space = is_space_byte(c);
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words >= 6 && words >= 3 * pieces;
}

// The translations of one translation line, cleaned, appended to `out`.
void translations_of_line(std::string_view line, std::vector<std::string>& out) {
  const std::string cleaned = remove_ipa(remove_brackets(drop_trailing_sense_marker(line)));
  if (looks_like_sentence(cleaned)) return;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= cleaned.size(); ++i) {
    if (i == cleaned.size() || cleaned[i] == ',' || cleaned[i] == ';') {
      clean_item(std::string_view(cleaned).substr(start, i - start), out);
      start = i + 1;
    }
  }
}

// The headwords of an entry's first line ("agreement /əgriːmənt/ <n>" -> "agreement"). Single
// words separated by commas are forms of one headword ("alejado, alejada", "granny, grannie"),
// each a headword. Any other headword with a comma or a semicolon is a saying ("tel père, tel
// fils") whose translations are cut apart by the split at commas: it gives none.
void headwords_of_line(std::string_view line, std::vector<std::string>& out) {
  std::size_t cut = line.find(" /");
  if (cut == std::string_view::npos) cut = line.find(" <");
  if (cut != std::string_view::npos) line = line.substr(0, cut);
  const std::string cleaned = remove_ipa(remove_brackets(line));
  if (cleaned.find_first_of(",;") == std::string::npos) {
    clean_item(cleaned, out);
    return;
  }
  std::vector<std::string> forms;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= cleaned.size(); ++i) {
    if (i < cleaned.size() && cleaned[i] != ',' && cleaned[i] != ';') continue;
    const std::string form = squeeze(std::string_view(cleaned).substr(start, i - start));
    if (form.empty() || form.find(' ') != std::string::npos) return;
    forms.push_back(form);
    start = i + 1;
  }
  for (const std::string& form : forms) clean_item(form, out);
}

// Length of the roman group number ("II.  ") that opens a line of the Polish layout, or 0.
std::size_t roman_group_length(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && (line[i] == 'I' || line[i] == 'V' || line[i] == 'X' || line[i] == 'L'))
    ++i;
  if (i == 0 || !line.substr(i).starts_with(".  ")) return 0;
  return i + 3;
}

// The translations of a roman group line of the Polish layout ("I.  <N>  kaseta", "II.  <Adj>
// 1.  suchy"), or nullopt when the group translates a phrase instead of the headword ("III.  <V
// Phras>dry out   wysychać", "I.  good fortune  pomyślność": the phrase, then two spaces or
// more, then its translation).
std::optional<std::string> roman_group_translations(std::string_view rest) {
  std::string body = remove_brackets(rest);
  const std::size_t b = body.find_first_not_of(' ');
  if (b == std::string::npos) return std::string();
  body.erase(0, b);
  if (const std::size_t n = sense_number_length(body)) body.erase(0, n);
  const std::size_t text = body.find_first_not_of(' ');
  if (text == std::string::npos) return std::string();
  body.erase(0, text);
  const std::size_t last = body.find_last_not_of(' ');
  body.erase(last + 1);
  if (body.find("  ") != std::string::npos) return std::nullopt;
  return body;
}

// Calls `emit(headword, translation)` for the pairs of one entry. After the headword line, a
// translation line is the first line (at column 0, " [domain] ..." in Ding, or indented by two
// spaces in the Polish layout) or a line that starts with a sense number ("2. ...", " 2.  ..." in
// the Polish layout), or a roman group line of the Polish layout ("I.  <N>  kaseta"). Other lines
// are skipped: indented notes, examples and cross-references (Ding), " 3." markers of senses
// without translation and the unnumbered definitions that follow translation lines (WikDict),
// blank lines; in the Polish layout, groups that translate a phrase rather than the headword and
// source-language examples (a line followed by its translation, " - ..."). Lines that are used
// are checked to be UTF-8 with `check_utf8(line)` first.
template <typename CheckUtf8, typename Emit>
void parse_entry(std::string_view entry, std::vector<std::string>& heads,
                 std::vector<std::string>& targets, CheckUtf8&& check_utf8, Emit&& emit) {
  heads.clear();
  targets.clear();
  std::size_t pos = 0;
  bool header = true;
  bool first = true;
  bool phrase_group = false;  // Polish layout: in a roman group that translates a phrase
  std::optional<std::string> group;
  while (pos < entry.size()) {
    std::size_t end = entry.find('\n', pos);
    if (end == std::string_view::npos) end = entry.size();
    std::string_view line = entry.substr(pos, end - pos);
    pos = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (header) {
      check_utf8(line);
      headwords_of_line(line, heads);
      header = false;
      if (heads.empty()) return;
      continue;
    }
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    const bool was_first = first;
    first = false;
    std::string_view translations;
    if (const std::size_t r = roman_group_length(line)) {
      group = roman_group_translations(line.substr(r));
      phrase_group = !group;
      if (group) translations = *group;
    } else if (phrase_group) {
      continue;
    } else if (line[0] == ' ' || line[0] == '\t') {
      const std::size_t n = line.size() > 1 ? sense_number_length(line.substr(1)) : 0;
      if (was_first && line.starts_with(" [")) {
        translations = line;
      } else if (was_first && line.starts_with("  ") && line.size() > 2 && line[2] != ' ') {
        translations = line;
      } else if (line[0] == ' ' && n > 0) {
        translations = line.substr(1 + n);
      }
    } else if (const std::size_t n = sense_number_length(line)) {
      translations = line.substr(n);
    } else if (was_first) {
      translations = line;
    }
    if (translations.empty()) continue;
    if (entry.substr(std::min(pos, entry.size())).starts_with(" - ")) continue;  // an example
    check_utf8(translations);
    translations_of_line(translations, targets);
  }
  for (const std::string& h : heads)
    for (const std::string& t : targets) emit(h, t);
}

// ---------------------------------------------------------------------------------------------
// Pair sets.

// Pairs in order of first addition, each once. The index is an open-addressing table of pair
// numbers with their hashes, which keeps million-pair dictionaries fast to deduplicate.
class PairSet {
 public:
  // Adds the pair unless it is already there.
  void add(std::string_view src, std::string_view tgt) {
    if ((pairs_.size() + 1) * 2 > slots_.size())
      grow(std::max<std::size_t>(1024, slots_.size() * 2));
    const std::uint64_t h = hash(src, tgt);
    std::size_t i = h & (slots_.size() - 1);
    for (; slots_[i].number != 0; i = (i + 1) & (slots_.size() - 1)) {
      const Slot& slot = slots_[i];
      const WordPair& p = pairs_[slot.number - 1];
      if (slot.hash == h && p.src == src && p.tgt == tgt) return;
    }
    pairs_.push_back({std::string(src), std::string(tgt)});
    slots_[i] = {h, pairs_.size()};
  }
  // Makes room for `n` more pairs.
  void reserve_more(std::size_t n) {
    pairs_.reserve(pairs_.size() + n);
    std::size_t size = 1024;
    while (size < (pairs_.size() + n) * 2) size *= 2;
    if (size > slots_.size()) grow(size);
  }
  const std::vector<WordPair>& pairs() const { return pairs_; }
  std::vector<WordPair> take() {
    slots_.clear();
    return std::move(pairs_);
  }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    std::size_t number = 0;  // 1 + index in pairs_, 0 for an empty slot
  };

  static std::uint64_t hash(std::string_view src, std::string_view tgt) {
    const std::uint64_t a = std::hash<std::string_view>{}(src);
    const std::uint64_t b = std::hash<std::string_view>{}(tgt);
    std::uint64_t h = a ^ (b + 0x9e3779b97f4a7c15ULL + (a << 6) + (a >> 2));
    h ^= h >> 33;  // spread the bits the mask keeps
    h *= 0xff51afd7ed558ccdULL;
    return h ^ (h >> 33);
  }

  void grow(std::size_t size) {  // size: a power of two
    std::vector<Slot> old = std::exchange(slots_, std::vector<Slot>(size));
    for (const Slot& slot : old) {
      if (slot.number == 0) continue;
      std::size_t i = slot.hash & (size - 1);
      while (slots_[i].number != 0) i = (i + 1) & (size - 1);
      slots_[i] = slot;
    }
  }

  std::vector<WordPair> pairs_;
  std::vector<Slot> slots_;
};

// Adds the pairs of the dictionary `dict` to `out`, swapped when `invert`.
void read_into(const fs::path& dict, PairSet& out, bool invert) {
  const fs::path index_path = index_path_for(dict);
  std::vector<IndexEntry> entries =
      parse_index(read_plain(index_path, "dictionary index"), index_path);
  const std::string data = read_gzip(dict, dict.extension() == ".dz");
  for (const IndexEntry& e : entries) {
    if (e.offset > data.size() || e.length > data.size() - e.offset) {
      throw InputError(index_path.string(),
                       "line " + std::to_string(e.line) + ": entry at offset " +
                           std::to_string(e.offset) + " with length " + std::to_string(e.length) +
                           " lies outside the data of " + dict.filename().string() + " (" +
                           std::to_string(data.size()) + " bytes)");
    }
  }
  std::sort(entries.begin(), entries.end(), [](const IndexEntry& a, const IndexEntry& b) {
    return a.offset != b.offset ? a.offset < b.offset : a.length < b.length;
  });
  entries.erase(std::unique(entries.begin(), entries.end(),
                            [](const IndexEntry& a, const IndexEntry& b) {
                              return a.offset == b.offset && a.length == b.length;
                            }),
                entries.end());
  out.reserve_more(entries.size() * 3 / 2);  // about 1.4 pairs per entry in FreeDict
  std::vector<std::string> heads;
  std::vector<std::string> targets;
  for (const IndexEntry& e : entries) {
    const std::string_view entry = std::string_view(data).substr(e.offset, e.length);
    const auto check_utf8 = [&](std::string_view line) {
      if (const auto bad = utf8::find_invalid(line)) {
        throw InputError(dict.string(), "invalid UTF-8 in a dictionary entry",
                         static_cast<std::uint64_t>(line.data() - data.data()) + *bad);
      }
    };
    parse_entry(entry, heads, targets, check_utf8, [&](const std::string& h, const std::string& t) {
      if (invert) {
        out.add(t, h);
      } else {
        out.add(h, t);
      }
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Languages and directions.

std::optional<std::string> freedict_code(const std::string& code) {
  std::string base;
  for (char c : code) {
    if (c == '-' || c == '_') break;
    base.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
  }
  for (const auto& [two, three] : kFreedictCodes) {
    if (base == two || base == three) return std::string(three);
  }
  return std::nullopt;
}

// The data file of dictionary a-b in `dir`, if there is one.
std::optional<fs::path> find_dictionary(const fs::path& dir, const std::string& a,
                                        const std::string& b) {
  const std::string stem = "freedict-" + a + "-" + b;
  for (const char* suffix : {".dict.dz", ".dict"}) {
    fs::path p = dir / (stem + suffix);
    std::error_code ec;
    if (fs::is_regular_file(p, ec)) return p;
  }
  return std::nullopt;
}

// Reads a->b and b->a inverted into `out`; returns the names of what was read ("eng-fra",
// "fra-eng (inverted)").
std::vector<std::string> read_both_ways(const fs::path& dir, const std::string& a,
                                        const std::string& b, PairSet& out) {
  std::vector<std::string> used;
  if (auto p = find_dictionary(dir, a, b)) {
    read_into(*p, out, false);
    used.push_back(a + "-" + b);
  }
  if (auto p = find_dictionary(dir, b, a)) {
    read_into(*p, out, true);
    used.push_back(b + "-" + a + " (inverted)");
  }
  return used;
}

// Headwords of the dictionaries between a and b, both directions: lines of their index files.
std::size_t headwords_between(const fs::path& dir, const std::string& a, const std::string& b) {
  std::size_t n = 0;
  for (const auto& dict : {find_dictionary(dir, a, b), find_dictionary(dir, b, a)}) {
    if (!dict) continue;
    std::ifstream in(index_path_for(*dict), std::ios::binary);
    n += static_cast<std::size_t>(
        std::count(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>(), '\n'));
  }
  return n;
}

bool linked(const fs::path& dir, const std::string& a, const std::string& b) {
  return a != b && (find_dictionary(dir, a, b) || find_dictionary(dir, b, a));
}

// The pivot that completes a thin direct dictionary between s and t, or "" when the direct one
// is not thin or no pivot has dictionaries with both.
std::string completing_pivot(const fs::path& dir, const std::string& s, const std::string& t) {
  if (headwords_between(dir, s, t) >= kThinHeadwords) return "";
  for (const std::string_view p : kCompletingPivots) {
    const std::string pivot(p);
    if (pivot != s && pivot != t && linked(dir, s, pivot) && linked(dir, pivot, t)) return pivot;
  }
  return "";
}

std::string join(const std::vector<std::string>& parts, const char* sep) {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : sep) + p;
  return out;
}

std::string with_thousands(std::size_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

// src->tgt pairs through the pivot: for each source word, the targets of its pivot words,
// those reached through the most pivot words first, at most kMaxPivotTargets.
std::vector<WordPair> compose(const std::vector<WordPair>& to_pivot,
                              const std::vector<WordPair>& from_pivot) {
  std::unordered_map<std::string_view, std::vector<std::string_view>> targets_of;
  for (const WordPair& p : from_pivot) targets_of[p.src].push_back(p.tgt);
  std::vector<std::string_view> order;
  std::unordered_map<std::string_view, std::vector<std::string_view>> pivots_of;
  for (const WordPair& p : to_pivot) {
    auto [it, added] = pivots_of.try_emplace(p.src);
    if (added) order.push_back(p.src);
    it->second.push_back(p.tgt);
  }
  std::vector<WordPair> out;
  std::vector<std::pair<std::string_view, std::size_t>> reached;  // target, pivot words
  std::unordered_map<std::string_view, std::size_t> slot;
  for (std::string_view src : order) {
    reached.clear();
    slot.clear();
    for (std::string_view pivot : pivots_of[src]) {
      const auto t = targets_of.find(pivot);
      if (t == targets_of.end()) continue;
      for (std::string_view tgt : t->second) {
        auto [it, added] = slot.try_emplace(tgt, reached.size());
        if (added) reached.push_back({tgt, 0});
        ++reached[it->second].second;
      }
    }
    std::stable_sort(reached.begin(), reached.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    const std::size_t keep = std::min(reached.size(), kMaxPivotTargets);
    for (std::size_t i = 0; i < keep; ++i)
      out.push_back({std::string(src), std::string(reached[i].first)});
  }
  return out;
}

// s->t pairs composed through `pivot`, and the dictionaries read ("spa-eng + eng-spa (inverted)
// composed with eng-ita + ita-eng (inverted)").
struct Composed {
  std::vector<WordPair> pairs;
  std::string legs;
};
Composed compose_through(const fs::path& dir, const std::string& s, const std::string& pivot,
                         const std::string& t) {
  PairSet to_pivot;
  PairSet from_pivot;
  const std::vector<std::string> used_to = read_both_ways(dir, s, pivot, to_pivot);
  const std::vector<std::string> used_from = read_both_ways(dir, pivot, t, from_pivot);
  return {compose(to_pivot.pairs(), from_pivot.pairs()),
          join(used_to, " + ") + " composed with " + join(used_from, " + ")};
}

}  // namespace

std::vector<WordPair> read_dictd(const std::filesystem::path& dict_dz) {
  PairSet pairs;
  read_into(dict_dz, pairs, false);
  return pairs.take();
}

std::vector<std::string> read_headwords(const std::filesystem::path& dict_dz, bool capitalised) {
  const fs::path index_path = index_path_for(dict_dz);
  const std::vector<IndexEntry> entries =
      parse_index(read_plain(index_path, "dictionary index"), index_path);
  const std::string data = read_gzip(dict_dz, dict_dz.extension() == ".dz");
  std::vector<std::string> words;
  for (const IndexEntry& e : entries) {
    if (e.offset > data.size() || e.length > data.size() - e.offset) continue;
    std::string_view line = std::string_view(data).substr(e.offset, e.length);
    line = line.substr(0, line.find('\n'));
    for (const std::string_view cut : {" /", " <", " ["}) line = line.substr(0, line.find(cut));
    while (!line.empty() && is_space_byte(line.back())) line.remove_suffix(1);
    if (line.empty() || line.find(' ') != std::string_view::npos || utf8::find_invalid(line))
      continue;
    std::size_t i = 0;
    if (!capitalised && u_isupper(static_cast<UChar32>(utf8::next(line, i)))) continue;
    std::vector<std::string> one;
    accept_word(line, one);
    for (std::string& w : one) words.push_back(std::move(w));
  }
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

std::filesystem::path default_dictd_dir() { return "/usr/share/dictd"; }

Lexicon load_freedict(const std::string& src, const std::string& tgt,
                      const std::filesystem::path& dir) {
  Lexicon lex;
  lex.description = "no dictionary for " + src + "-" + tgt;
  const auto s = freedict_code(src);
  const auto t = freedict_code(tgt);
  if (!s || !t || *s == *t) return lex;

  PairSet direct;
  const std::vector<std::string> used = read_both_ways(dir, *s, *t, direct);
  if (!used.empty()) {
    lex.description =
        "FreeDict " + join(used, " + ") + ": " + with_thousands(direct.pairs().size()) + " pairs";
    if (const std::string pivot = completing_pivot(dir, *s, *t); !pivot.empty()) {
      const Composed through = compose_through(dir, *s, pivot, *t);
      const std::size_t before = direct.pairs().size();
      for (const WordPair& p : through.pairs) direct.add(p.src, p.tgt);
      lex.description += ", completed with " + through.legs + ": " +
                         with_thousands(direct.pairs().size() - before) + " more";
    }
    lex.pairs = direct.take();
    return lex;
  }
  const std::string pivot(kPivot);
  if (!linked(dir, *s, pivot) || !linked(dir, pivot, *t)) return lex;
  Composed through = compose_through(dir, *s, pivot, *t);
  lex.pairs = std::move(through.pairs);
  lex.description = "FreeDict " + through.legs +
                    " through English: " + with_thousands(lex.pairs.size()) + " pairs";
  return lex;
}

Sources dictionary_sources(const std::string& src, const std::string& tgt,
                           const std::filesystem::path& dir) {
  Sources out;
  const auto s = freedict_code(src);
  const auto t = freedict_code(tgt);
  if (!s || !t || *s == *t) return out;
  // The dictionaries of a and b, as read_both_ways reads them.
  const auto both_ways = [&](const std::string& a, const std::string& b) {
    std::vector<std::string> files;
    if (find_dictionary(dir, a, b)) files.push_back(a + "-" + b);
    if (find_dictionary(dir, b, a)) files.push_back(b + "-" + a);
    return files;
  };
  out.files = both_ways(*s, *t);
  if (!out.files.empty()) {
    out.kind = Sources::Kind::direct;
    out.completed_through = completing_pivot(dir, *s, *t);
    if (!out.completed_through.empty()) {
      out.completing_files = both_ways(*s, out.completed_through);
      for (std::string& f : both_ways(out.completed_through, *t))
        out.completing_files.push_back(std::move(f));
    }
    return out;
  }
  const std::string pivot(kPivot);
  if (*s == pivot || *t == pivot) return out;
  std::vector<std::string> to = both_ways(*s, pivot), from = both_ways(pivot, *t);
  if (to.empty() || from.empty()) return out;
  out.kind = Sources::Kind::pivot;
  out.files = std::move(to);
  out.files.insert(out.files.end(), from.begin(), from.end());
  return out;
}

}  // namespace wirealign::lexicon
