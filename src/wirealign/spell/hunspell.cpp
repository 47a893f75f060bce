// Hunspell behind our interface: locating Debian's dictionaries, converting words to the
// dictionary's encoding, and close candidates from its TRY alphabet and REP table.
#include "wirealign/spell/hunspell.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/ucnv_err.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <future>
#include <hunspell/hunspell.hxx>
#include <map>
#include <mutex>
#include <set>
#include <sstream>
#include <unordered_map>

#include "wirealign/core/error.h"
#include "wirealign/core/utf8.h"
#include "wirealign/icu/icu.h"
#include "wirealign/lang/language.h"

namespace wirealign::spell {
namespace {

// A letter missing or wrong is looked for among this many of the dictionary's commonest letters.
constexpr std::size_t kEditLetters = 26;
// Words at two edits are looked for in words of at most this many letters.
constexpr std::size_t kMaxTwoEditLetters = 10;

// An entry of the REP table: `from` replaced by `to`, optionally only at the start or end.
struct Replacement {
  std::u32string from, to;
  bool at_start = false;
  bool at_end = false;
};

std::u32string decode(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) out.push_back(utf8::next(s, i));
  return out;
}

std::string encode(std::u32string_view s) {
  std::string out;
  for (const char32_t c : s) utf8::append(out, c);
  return out;
}

// The letter `c` without its accents, in lower case ("É" -> 'e').
char32_t base_letter(char32_t c) {
  UErrorCode status = U_ZERO_ERROR;
  const ::icu::Normalizer2* nfd = ::icu::Normalizer2::getNFDInstance(status);
  ::icu::UnicodeString d;
  if (U_SUCCESS(status) && nfd->getDecomposition(static_cast<UChar32>(c), d) && d.length() > 0)
    c = static_cast<char32_t>(d.char32At(0));
  return static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
}

// `w` with one doubled letter written once ("controll" -> "control"), or one letter doubled
// ("ocasion" -> "occasion").
std::vector<std::u32string> doubling_edits(const std::u32string& w) {
  std::vector<std::u32string> edits;
  for (std::size_t i = 0; i + 1 < w.size(); ++i)
    if (w[i] == w[i + 1]) edits.push_back(w.substr(0, i) + w.substr(i + 1));
  for (std::size_t i = 0; i < w.size(); ++i)
    if ((i == 0 || w[i - 1] != w[i]) && (i + 1 == w.size() || w[i + 1] != w[i]) &&
        u_isalpha(static_cast<UChar32>(w[i])))
      edits.push_back(w.substr(0, i + 1) + w.substr(i));
  return edits;
}

// ICU's name for a hunspell SET value ("ISO8859-2" -> "ISO-8859-2", "microsoft-cp1251" ->
// "windows-1251"); others are passed as they are.
std::string icu_encoding_name(std::string name) {
  if (name.rfind("ISO8859-", 0) == 0) name = "ISO-" + name.substr(3);
  if (name.rfind("microsoft-cp", 0) == 0) name = "windows-" + name.substr(12);
  return name;
}

bool is_file(const std::filesystem::path& p) {
  std::error_code ec;
  return std::filesystem::is_regular_file(p, ec);
}

}  // namespace

std::vector<std::filesystem::path> default_dirs() {
  std::vector<std::filesystem::path> dirs;
  if (const char* env = std::getenv("DICPATH"); env && *env) {
    std::stringstream list(env);
    std::string dir;
    while (std::getline(list, dir, ':'))
      if (!dir.empty()) dirs.emplace_back(dir);
  }
  dirs.emplace_back("/usr/share/hunspell");
  return dirs;
}

std::optional<Location> locate(const std::string& code, const std::vector<std::string>& preferred,
                               const std::vector<std::filesystem::path>& dirs) {
  std::string upper = code;
  std::transform(upper.begin(), upper.end(), upper.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  std::vector<std::string> names = preferred;
  names.push_back(code + "_" + upper);
  names.push_back(code);
  for (const std::string& name : names)
    for (const auto& dir : dirs)
      if (is_file(dir / (name + ".aff")) && is_file(dir / (name + ".dic")))
        return Location{name, dir / (name + ".aff"), dir / (name + ".dic")};
  for (const auto& dir : dirs) {
    std::set<std::string> others;  // "<code>_*", in name order
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
      const std::filesystem::path& p = entry.path();
      if (p.extension() == ".dic" && p.stem().string().rfind(code + "_", 0) == 0 &&
          is_file(p.parent_path() / (p.stem().string() + ".aff")))
        others.insert(p.stem().string());
    }
    if (!others.empty()) {
      const std::string& name = *others.begin();
      return Location{name, dir / (name + ".aff"), dir / (name + ".dic")};
    }
  }
  return std::nullopt;
}

// Hunspell counts its users of a shared character table without a lock (initialize_utf_tbl,
// free_utf_tbl): dictionaries loaded in parallel would leak or free it twice. Every construction
// and destruction of a Hunspell object holds this lock. Constant-initialised, it outlives the
// dictionaries shared_dictionary() keeps until the program ends.
constinit std::mutex hunspell_lock;
std::mutex& library_lock() { return hunspell_lock; }

struct HunspellDeleter {
  void operator()(Hunspell* h) const {
    std::lock_guard<std::mutex> guard(library_lock());
    delete h;
  }
};

struct Dictionary::Impl {
  std::string name;
  std::unique_ptr<Hunspell, HunspellDeleter> hunspell;
  icu::Converter converter;  // null for a UTF-8 dictionary
  std::u32string alphabet;   // lower-case letters of TRY, most frequent first
  std::vector<Replacement> replacements;
  mutable std::mutex mutex;  // hunspell and the converter are not thread-safe
  // Answers given before (under `mutex`), so that a batch does not ask hunspell again for the
  // words every document has: at most kKept of each kind, all forgotten when that many are kept.
  static constexpr std::size_t kKept = 20'000;
  mutable std::unordered_map<std::string, bool> spelled;
  mutable std::unordered_map<std::string, std::vector<std::string>> nearest;  // by limit and word

  template <typename Value>
  static void keep(std::unordered_map<std::string, Value>& kept, std::string key, Value value) {
    if (kept.size() >= kKept) kept.clear();
    kept.emplace(std::move(key), std::move(value));
  }

  // Dictionary::near() without the answers kept.
  std::vector<std::string> near(std::string_view word, std::size_t limit) const;

  // `word` (UTF-8) in the dictionary's encoding; nullopt if it cannot be written in it.
  std::optional<std::string> to_dictionary(std::string_view word) const {
    if (!converter) return std::string(word);
    UErrorCode status = U_ZERO_ERROR;
    const ::icu::UnicodeString u = ::icu::UnicodeString::fromUTF8(
        ::icu::StringPiece(word.data(), icu::checked_length(word.size(), "spell")));
    std::string out(static_cast<std::size_t>(u.length()) * 4 + 4, '\0');
    const std::int32_t n =
        u.extract(out.data(), static_cast<std::int32_t>(out.size()), converter.get(), status);
    ucnv_reset(converter.get());
    if (U_FAILURE(status) || n < 0) return std::nullopt;
    out.resize(static_cast<std::size_t>(n));
    return out;
  }

  // `bytes` in the dictionary's encoding, as UTF-8.
  std::string from_dictionary(std::string_view bytes) const {
    if (!converter) return std::string(bytes);
    UErrorCode status = U_ZERO_ERROR;
    const ::icu::UnicodeString u(bytes.data(), icu::checked_length(bytes.size(), "spell"),
                                 converter.get(), status);
    ucnv_reset(converter.get());
    icu::check(status, "reading a hunspell affix file");
    std::string out;
    u.toUTF8String(out);
    return out;
  }

  // spell() without the lock. A candidate of several words (a REP replacement) is accepted when
  // every word is.
  bool spell_locked(std::string_view word) const {
    std::size_t start = 0;
    for (;;) {
      const std::size_t space = word.find(' ', start);
      const std::string_view part = word.substr(start, space - start);
      if (part.empty()) return false;
      const auto bytes = to_dictionary(part);
      if (!bytes || !hunspell->spell(*bytes)) return false;
      if (space == std::string_view::npos) return true;
      start = space + 1;
    }
  }

  // Reads TRY and REP from the affix file (hunspell keeps them to itself).
  void read_affix(const std::filesystem::path& aff) {
    std::ifstream in(aff, std::ios::binary);
    std::string line;
    std::set<char32_t> seen;
    while (std::getline(in, line)) {
      if (line.rfind("TRY", 0) != 0 && line.rfind("REP", 0) != 0) continue;
      std::istringstream fields(from_dictionary(line));
      std::string key, a, b;
      fields >> key >> a >> b;
      if (key == "TRY") {
        for (const char32_t c : decode(a))
          if (u_islower(static_cast<UChar32>(c)) && seen.insert(c).second) alphabet.push_back(c);
      } else if (key == "REP" && !b.empty()) {
        Replacement r;
        r.at_start = a.size() > 1 && a.front() == '^';
        if (r.at_start) a.erase(0, 1);
        r.at_end = a.size() > 1 && a.back() == '$';
        if (r.at_end) a.pop_back();
        std::replace(a.begin(), a.end(), '_', ' ');
        std::replace(b.begin(), b.end(), '_', ' ');
        r.from = decode(a);
        r.to = decode(b);
        replacements.push_back(std::move(r));
      }
    }
  }
};

Dictionary::Dictionary(const Location& where) : impl_(std::make_unique<Impl>()) {
  Impl& m = *impl_;
  m.name = where.name;
  {
    std::lock_guard<std::mutex> guard(library_lock());
    m.hunspell.reset(new Hunspell(where.aff.c_str(), where.dic.c_str()));
  }
  const std::string encoding = m.hunspell->get_dict_encoding();
  if (encoding != "UTF-8" && encoding != "utf-8") {
    try {
      m.converter = icu::open_converter(icu_encoding_name(encoding).c_str());
    } catch (const ConfigError&) {
      throw Error("the hunspell dictionary " + where.dic.string() +
                  " is in an encoding ICU does not know (" + encoding + ")");
    }
    UErrorCode status = U_ZERO_ERROR;
    ucnv_setFromUCallBack(m.converter.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                          &status);
    icu::check(status, "ucnv_setFromUCallBack");
  }
  m.read_affix(where.aff);
}

Dictionary::~Dictionary() = default;
Dictionary::Dictionary(Dictionary&&) noexcept = default;
Dictionary& Dictionary::operator=(Dictionary&&) noexcept = default;

const std::string& Dictionary::name() const { return impl_->name; }

bool Dictionary::spell(std::string_view word) const {
  if (word.empty()) return false;
  const Impl& m = *impl_;
  std::lock_guard<std::mutex> lock(m.mutex);
  std::string key(word);
  if (const auto it = m.spelled.find(key); it != m.spelled.end()) return it->second;
  const bool known = m.spell_locked(word);
  Impl::keep(m.spelled, std::move(key), known);
  return known;
}

std::vector<std::string> Dictionary::near(std::string_view word, std::size_t limit) const {
  const Impl& m = *impl_;
  std::string key = std::to_string(limit) + '\t';
  key += word;
  {
    std::lock_guard<std::mutex> lock(m.mutex);
    if (const auto it = m.nearest.find(key); it != m.nearest.end()) return it->second;
  }
  std::vector<std::string> found = m.near(word, limit);
  std::lock_guard<std::mutex> lock(m.mutex);
  Impl::keep(m.nearest, std::move(key), found);
  return found;
}

std::vector<std::string> Dictionary::Impl::near(std::string_view word, std::size_t limit) const {
  const Impl& m = *this;
  std::u32string w = decode(word);
  // A capitalised word ("Recieve") is edited in lower case and its candidates capitalised, so
  // that swapping its first two letters works as for any other word.
  const bool capitalised = !w.empty() && u_isupper(static_cast<UChar32>(w[0])) &&
                           std::none_of(w.begin() + 1, w.end(), [](char32_t c) {
                             return u_isupper(static_cast<UChar32>(c));
                           });
  if (capitalised) w[0] = static_cast<char32_t>(u_tolower(static_cast<UChar32>(w[0])));
  std::vector<std::string> found;
  std::set<std::u32string> tried{w};
  std::lock_guard<std::mutex> lock(m.mutex);
  // Tries `candidate`; returns true once `limit` words were found.
  auto enough = [&](std::u32string candidate) {
    if (found.size() >= limit || candidate.empty() || !tried.insert(candidate).second)
      return found.size() >= limit;
    if (capitalised)
      candidate[0] = static_cast<char32_t>(u_toupper(static_cast<UChar32>(candidate[0])));
    std::string utf8 = encode(candidate);
    if (m.spell_locked(utf8)) found.push_back(std::move(utf8));
    return found.size() >= limit;
  };
  // The edits, likeliest first: another accent on a letter, the dictionary's REP table, a
  // doubled letter written once or a single one doubled, two neighbours swapped, a letter
  // missing, a letter wrong, a letter too many.
  for (std::size_t i = 0; i < w.size(); ++i)
    for (const char32_t letter : m.alphabet)
      if (letter != w[i] && base_letter(letter) == base_letter(w[i])) {
        std::u32string c = w;
        c[i] = letter;
        if (enough(c)) return found;
      }
  for (const Replacement& r : m.replacements)
    for (std::size_t at = w.find(r.from); at != std::u32string::npos; at = w.find(r.from, at + 1)) {
      if ((r.at_start && at != 0) || (r.at_end && at + r.from.size() != w.size())) continue;
      std::u32string c = w;
      c.replace(at, r.from.size(), r.to);
      if (enough(c)) return found;
    }
  for (const std::u32string& c : doubling_edits(w))
    if (enough(c)) return found;
  for (std::size_t i = 0; i + 1 < w.size(); ++i) {
    if (w[i] == w[i + 1]) continue;
    std::u32string c = w;
    std::swap(c[i], c[i + 1]);
    if (enough(c)) return found;
  }
  // The dictionary's commonest letters only (TRY lists them by frequency): the spell() calls of
  // these two passes are most of the cost, and slow on long words of compounding languages.
  const std::u32string_view common = std::u32string_view(m.alphabet).substr(0, kEditLetters);
  for (std::size_t i = 0; i <= w.size(); ++i)
    for (const char32_t letter : common) {
      std::u32string c = w;
      c.insert(i, 1, letter);
      if (enough(c)) return found;
    }
  for (std::size_t i = 0; i < w.size(); ++i)
    for (const char32_t letter : common) {
      if (letter == w[i]) continue;
      std::u32string c = w;
      c[i] = letter;
      if (enough(c)) return found;
    }
  for (std::size_t i = 0; i < w.size(); ++i) {
    std::u32string c = w;
    c.erase(i, 1);
    if (enough(c)) return found;
  }
  // Nothing at one edit: two doubling mistakes ("sucessfull", "tommorow"), the commonest
  // misspellings at two edits, in words short enough for the square of their length.
  if (found.empty() && w.size() <= kMaxTwoEditLetters)
    for (const std::u32string& once : doubling_edits(w))
      for (const std::u32string& c : doubling_edits(once))
        if (enough(c)) return found;
  return found;
}

std::shared_future<std::shared_ptr<const Dictionary>> shared_dictionary(
    const std::filesystem::path& data_dir, const std::string& code) {
  using Handle = std::shared_ptr<const Dictionary>;
  std::vector<std::string> preferred;
  lang::read_table(data_dir / "lang" / code / "hunspell.txt",
                   [&](int, const std::vector<std::string>& f) { preferred.push_back(f[0]); });
  const auto where = locate(code, preferred, default_dirs());
  if (!where) {
    std::promise<Handle> none;
    none.set_value(nullptr);
    return none.get_future().share();
  }
  static std::mutex cache_lock;
  static std::map<std::string, std::shared_future<Handle>> cache;  // by .dic path
  std::lock_guard<std::mutex> guard(cache_lock);
  auto& slot = cache[where->dic.string()];
  if (!slot.valid())
    slot = std::async(std::launch::async, [where]() -> Handle {
             try {
               return std::make_shared<const Dictionary>(*where);
             } catch (const Error&) {
               return nullptr;
             }
           }).share();
  return slot;
}

}  // namespace wirealign::spell
