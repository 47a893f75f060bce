// Word tokens with folded, stemmed and numeric forms.
#include "wirealign/annotate/annotate.h"

#include <libstemmer.h>
#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <atomic>
#include <deque>
#include <mutex>

#include "wirealign/core/string_table.h"
#include "wirealign/core/utf8.h"
#include "wirealign/icu/icu.h"
#include "wirealign/lang/conventions.h"

namespace wirealign::annotate {
namespace {

struct StemmerCloser {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};
using Stemmer = std::unique_ptr<sb_stemmer, StemmerCloser>;

bool is_apostrophe(char32_t c) { return c == U'\'' || c == U'\u2019' || c == U'\u02BC'; }
bool is_group_space(char32_t c) {
  return c == U' ' || c == U'\u00A0' || c == U'\u202F' || c == U'\u2009';
}

// Canonical value of a number written with `decimal` as its decimal separator.
std::string canonical_number(std::string_view s, char decimal) {
  std::string out;
  for (char c : s) {
    if (c >= '0' && c <= '9') out.push_back(c);
    else if (c == decimal) out.push_back('.');
  }
  if (out.find('.') != std::string::npos) {
    while (!out.empty() && out.back() == '0') out.pop_back();
    if (!out.empty() && out.back() == '.') out.pop_back();
  }
  return out;
}

bool all_digits_or_separators(std::string_view s) {
  bool digit = false;
  for (char c : s) {
    if (c >= '0' && c <= '9') digit = true;
    else if (c != '.' && c != ',') return false;
  }
  return digit;
}

}  // namespace

std::string case_fold(std::string_view s) {
  std::string out;
  ::icu::UnicodeString::fromUTF8(::icu::StringPiece(s.data(), static_cast<std::int32_t>(s.size())))
      .foldCase()
      .toUTF8String(out);
  return out;
}

std::string fold(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  const ::icu::Normalizer2* nfd = ::icu::Normalizer2::getNFDInstance(status);
  icu::check(status, "Normalizer2::getNFDInstance");
  ::icu::UnicodeString u =
      ::icu::UnicodeString::fromUTF8(::icu::StringPiece(s.data(), static_cast<std::int32_t>(s.size())));
  u.foldCase();
  ::icu::UnicodeString d = nfd->normalize(u, status);
  icu::check(status, "Normalizer2::normalize");
  ::icu::UnicodeString kept;
  for (std::int32_t i = 0; i < d.length();) {
    const UChar32 c = d.char32At(i);
    if (u_charType(c) != U_NON_SPACING_MARK) kept.append(c);
    i += U16_LENGTH(c);
  }
  std::string out;
  kept.toUTF8String(out);
  return out;
}

// Forms already made, by surface word and number flag.
using SurfaceCache = StringTable<const Forms*>;

// A word iterator and a stemmer of one annotator, kept by a thread between calls: making them
// for every document of a batch costs more than annotating a short one. So are the forms of the
// words it annotated: most words of a document were in the documents before it. The documents
// annotated share that vocabulary; once it holds kMaxKeptWords strings, the next document starts
// a new one (the old one lives on with the documents that use it).
struct Tools {
  static constexpr std::size_t kMaxKeptWords = 100000;
  std::uint64_t owner = 0;  // Impl::id of the annotator
  std::unique_ptr<::icu::BreakIterator> iterator;
  Stemmer stemmer;
  std::shared_ptr<Vocabulary> words = std::make_shared<Vocabulary>();
  SurfaceCache seen;  // forms of `words` by surface word
};

struct Annotator::Impl {
  lang::LanguageData language;
  std::unique_ptr<::icu::BreakIterator> prototype;
  mutable std::mutex mutex;
  bool has_stemmer = false;
  std::uint64_t id = 0;  // unique in the process, never reused

  std::unique_ptr<::icu::BreakIterator> iterator() const;
  // The calling thread's tools for this annotator, made on its first call.
  Tools& tools() const;
  std::vector<Token> tokenize(::icu::BreakIterator& it, sb_stemmer* stemmer,
                              std::string_view text, Vocabulary& words, SurfaceCache& seen) const;

  // A token for text[b, e): its forms depend only on the surface word, so they are computed
  // once per distinct word of a call and copied from `seen` afterwards.
  Token make(std::string_view text, std::size_t b, std::size_t e, bool number,
             sb_stemmer* stemmer, Vocabulary& words, SurfaceCache& seen) const {
    const std::string_view w = text.substr(b, e - b);
    std::string key(w);
    key += number ? '\x01' : '\x02';
    auto [forms_of, added] = seen.try_emplace(key);
    if (added) *forms_of = words.add(forms(w, number, stemmer, words));
    return Token{{static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)}, *forms_of};
  }

  // The forms and classes of the word `w`.
  Forms forms(std::string_view w, bool number, sb_stemmer* stemmer, Vocabulary& words) const {
    Forms t;
    const bool ascii = std::all_of(w.begin(), w.end(), [](char c) { return (c & 0x80) == 0; });
    if (ascii) {  // the common case, without ICU
      std::string lower(w);
      std::transform(lower.begin(), lower.end(), lower.begin(), [](char c) {
        return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      });
      t.lower = words.intern(lower);
      t.folded = t.lower;
    } else {
      t.lower = words.intern(case_fold(w));
      t.folded = words.intern(fold(w));
      if (!number)
        if (const std::string latin = lang::latin_key(w); latin != t.folded)
          t.latin = words.intern(latin);
    }
    if (number) t.number = words.intern(canonical_number(w, language.decimal_separator));
    std::size_t i = 0;
    const char32_t first = utf8::next(w, i);
    t.capitalised = u_isupper(static_cast<UChar32>(first));
    int letters = 0;
    bool lower = false;
    for (std::size_t k = 0; k < w.size();) {
      const char32_t c = utf8::next(w, k);
      if (u_isalpha(static_cast<UChar32>(c))) {
        ++letters;
        lower = lower || u_islower(static_cast<UChar32>(c));
      }
    }
    t.acronym = letters >= 2 && !lower;
    if (t.capitalised && !number) t.name = words.intern(lang::name_key(w));
    t.function_word = language.function_words.count(std::string(t.lower)) > 0;
    t.stem = t.lower;
    if (!stemmer && !number && !language.endings.empty())
      t.stem = words.intern(lang::strip_ending(t.lower, language));
    if (stemmer && !number) {
      const sb_symbol* s = sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(t.lower.data()),
                                           static_cast<int>(t.lower.size()));
      if (s)
        t.stem = words.intern(std::string_view(reinterpret_cast<const char*>(s),
                                               static_cast<std::size_t>(sb_stemmer_length(stemmer))));
    }
    return t;
  }
};

Annotator::Annotator(const lang::LanguageData& language) : impl_(std::make_unique<Impl>()) {
  static std::atomic<std::uint64_t> next_id{1};
  impl_->id = next_id++;
  impl_->language = language;
  UErrorCode status = U_ZERO_ERROR;
  impl_->prototype.reset(
      ::icu::BreakIterator::createWordInstance(::icu::Locale(language.code.c_str()), status));
  icu::check(status, "BreakIterator::createWordInstance");
  if (sb_stemmer* s = sb_stemmer_new(language.code.c_str(), "UTF_8")) {
    impl_->has_stemmer = true;
    sb_stemmer_delete(s);
  }
}

Annotator::~Annotator() = default;
Annotator::Annotator(Annotator&&) noexcept = default;
Annotator& Annotator::operator=(Annotator&&) noexcept = default;

std::unique_ptr<::icu::BreakIterator> Annotator::Impl::iterator() const {
  std::lock_guard<std::mutex> lock(mutex);
  return std::unique_ptr<::icu::BreakIterator>(prototype->clone());
}

Tools& Annotator::Impl::tools() const {
  constexpr std::size_t kKept = 8;  // annotators whose tools a thread keeps
  thread_local std::deque<Tools> kept;
  for (Tools& t : kept)
    if (t.owner == id) return t;
  if (kept.size() == kKept) kept.pop_front();
  kept.push_back({id, iterator(),
                  Stemmer(has_stemmer ? sb_stemmer_new(language.code.c_str(), "UTF_8") : nullptr),
                  std::make_shared<Vocabulary>(), SurfaceCache{}});
  return kept.back();
}

Annotated Annotator::tokens(std::string_view text) const {
  auto it = impl_->iterator();
  Stemmer stemmer(impl_->has_stemmer ? sb_stemmer_new(impl_->language.code.c_str(), "UTF_8") : nullptr);
  Annotated a;
  SurfaceCache seen;
  a.sentences.push_back(impl_->tokenize(*it, stemmer.get(), text, *a.words, seen));
  return a;
}

std::string_view Vocabulary::intern(std::string_view s) {
  if (auto it = index_.find(s); it != index_.end()) return words_[it->second];
  words_.emplace_back(s);
  const std::string_view stored = words_.back();
  index_.emplace(stored, static_cast<std::uint32_t>(words_.size() - 1));
  return stored;
}

Annotated Annotator::annotate(const Document& doc) const {
  Tools& tools = impl_->tools();
  if (tools.words->size() >= Tools::kMaxKeptWords) {
    tools.words = std::make_shared<Vocabulary>();
    tools.seen.clear();
  }
  Annotated a;
  a.words = tools.words;
  a.sentences.reserve(doc.sentences.size());
  for (const Sentence& s : doc.sentences) {
    std::vector<Token> t = impl_->tokenize(*tools.iterator, tools.stemmer.get(),
                                           doc.input.view(s.span), *a.words, tools.seen);
    for (Token& token : t) {
      token.span.begin += s.span.begin;
      token.span.end += s.span.begin;
    }
    a.sentences.push_back(std::move(t));
  }
  return a;
}

std::vector<Token> Annotator::Impl::tokenize(::icu::BreakIterator& it, sb_stemmer* stemmer,
                                             std::string_view text, Vocabulary& words,
                                             SurfaceCache& seen) const {
  icu::TextHandle ut = icu::open_utf8(text);
  UErrorCode status = U_ZERO_ERROR;
  it.setText(ut.get(), status);
  icu::check(status, "BreakIterator::setText");

  struct Piece {
    std::size_t b, e;
    bool number;
  };
  std::vector<Piece> pieces;
  std::int32_t start = it.first();
  for (std::int32_t end = it.next(); end != ::icu::BreakIterator::DONE; start = end, end = it.next()) {
    const std::int32_t rule = it.getRuleStatus();
    if (rule == UBRK_WORD_NONE) continue;
    const auto b = static_cast<std::size_t>(start), e = static_cast<std::size_t>(end);
    const std::string_view w = text.substr(b, e - b);
    const bool number = (rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT) ||
                        all_digits_or_separators(w);
    if (number) {
      // "20 000": a group of exactly three digits after one space joins the number before it.
      if (!pieces.empty() && pieces.back().number && w.size() == 3 &&
          all_digits_or_separators(w) && w.find_first_of(".,") == std::string_view::npos) {
        std::size_t gap = pieces.back().e;
        const char32_t c = utf8::next(text, gap);
        if (gap == b && is_group_space(c)) {
          pieces.back().e = e;
          continue;
        }
      }
      pieces.push_back({b, e, true});
      continue;
    }
    // Split words at apostrophes: l'OTSC -> l, OTSC.
    std::size_t piece_start = b;
    for (std::size_t k = b; k < e;) {
      const std::size_t at = k;
      const char32_t c = utf8::next(text, k);
      if (is_apostrophe(c)) {
        if (at > piece_start) pieces.push_back({piece_start, at, false});
        piece_start = k;
      }
    }
    if (e > piece_start) pieces.push_back({piece_start, e, false});
  }
  std::vector<Token> out;
  out.reserve(pieces.size());
  for (const Piece& p : pieces) out.push_back(make(text, p.b, p.e, p.number, stemmer, words, seen));
  return out;
}


}  // namespace wirealign::annotate
