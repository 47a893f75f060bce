// Recognising languages and scripts from function words and ICU's script properties.
#include "wirealign/lang/identify.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "wirealign/core/utf8.h"

namespace wirealign::lang {

std::vector<LanguageData> known_languages(const std::filesystem::path& data_dir) {
  std::vector<LanguageData> known;
  for (const std::string& code : available(data_dir)) {
    LanguageData data = load(data_dir, code);
    if (!data.function_words.empty()) known.push_back(std::move(data));
  }
  return known;
}

std::vector<const LanguageData*> pointers(const std::vector<LanguageData>& languages) {
  std::vector<const LanguageData*> out;
  out.reserve(languages.size());
  for (const LanguageData& l : languages) out.push_back(&l);
  return out;
}

namespace {

// The bit of `language` in Evidence::counts; 0 when it is not among the first 32 candidates.
std::uint32_t bit_of(const Evidence& e, const LanguageData& language) {
  for (std::size_t k = 0; k < e.candidates.size() && k < 32; ++k)
    if (e.candidates[k] == &language) return std::uint32_t{1} << k;
  return 0;
}

}  // namespace

double Evidence::share(const LanguageData& language) const {
  if (words == 0) return 0;
  int hits = 0;
  if (const std::uint32_t bit = bit_of(*this, language); bit != 0 && counts.size() == function_words.size()) {
    for (const auto& [n, in] : counts)
      if (in & bit) hits += n;
  } else {
    for (const auto& [w, n] : function_words)
      if (language.function_words.count(w)) hits += n;
  }
  return static_cast<double>(hits) / static_cast<double>(words);
}

double Evidence::script_share(const std::string& language) const {
  const std::vector<std::string> codes = script_codes(language);
  if (codes.empty() || letters == 0) return 1;
  std::size_t in = 0;
  for (const auto& [script, n] : scripts)
    if (std::find(codes.begin(), codes.end(), script) != codes.end()) in += n;
  return static_cast<double>(in) / static_cast<double>(letters);
}

Candidates::Candidates(std::vector<const LanguageData*> list) : languages(std::move(list)) {
  for (std::size_t k = 0; k < languages.size(); ++k)
    for (const std::string& w : languages[k]->function_words) {
      function_words[w] |= k < 32 ? std::uint32_t{1} << k : 0;
      longest = std::max(longest, w.size());
    }
}

Evidence gather(std::string_view text, const Candidates& candidates) {
  text = text.substr(0, std::min(text.size(), limits::kMaxBytes));
  Evidence e;
  e.candidates = candidates.languages;
  std::map<UScriptCode, std::size_t> scripts;
  std::string word;
  auto flush = [&] {
    if (word.empty()) return;
    ++e.words;
    if (word.size() <= candidates.longest && candidates.function_words.count(word) > 0)
      ++e.function_words[word];
    word.clear();
  };
  std::size_t i = 0;
  std::size_t latin = 0;  // ASCII letters, counted apart from the others (no ICU call for them)
  while (i < text.size()) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      ++i;
      if ((byte | 0x20) >= 'a' && (byte | 0x20) <= 'z') {
        word.push_back(static_cast<char>(byte | 0x20));
        ++latin;
      } else {
        flush();
      }
      continue;
    }
    const auto c = static_cast<UChar32>(utf8::next(text, i));
    if (!u_isalpha(c)) {
      flush();
      continue;
    }
    utf8::append(word, static_cast<char32_t>(u_tolower(c)));
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    if (U_SUCCESS(status) && script != USCRIPT_COMMON && script != USCRIPT_INHERITED) {
      ++scripts[script];
      ++e.letters;
    }
  }
  flush();
  if (latin > 0) {
    scripts[USCRIPT_LATIN] += latin;
    e.letters += latin;
  }
  for (const auto& [w, n] : e.function_words)
    e.counts.emplace_back(n, candidates.function_words.at(w));
  for (const auto& [script, n] : scripts) e.scripts.emplace_back(uscript_getShortName(script), n);
  std::stable_sort(e.scripts.begin(), e.scripts.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  return e;
}

double Lead::ratio() const {
  return b_only == 0 ? a_only : static_cast<double>(a_only) / b_only;
}

double Lead::z() const {
  return a_only + b_only == 0 ? 0 : (a_only - b_only) / std::sqrt(double(a_only + b_only));
}

bool Lead::clear() const { return ratio() >= limits::kClearRatio && z() >= limits::kClearZ; }

bool Lead::doubtful() const {
  return ratio() >= limits::kDoubtfulRatio && z() >= limits::kDoubtfulZ;
}

Lead lead(const Evidence& evidence, const LanguageData& a, const LanguageData& b) {
  Lead l;
  const std::uint32_t bit_a = bit_of(evidence, a), bit_b = bit_of(evidence, b);
  if (bit_a != 0 && bit_b != 0 && evidence.counts.size() == evidence.function_words.size()) {
    for (const auto& [n, in] : evidence.counts) {
      if ((in & bit_a) && !(in & bit_b)) l.a_only += n;
      if ((in & bit_b) && !(in & bit_a)) l.b_only += n;
    }
    return l;
  }
  for (const auto& [w, n] : evidence.function_words) {
    const bool in_a = a.function_words.count(w) > 0;
    const bool in_b = b.function_words.count(w) > 0;
    if (in_a && !in_b) l.a_only += n;
    if (in_b && !in_a) l.b_only += n;
  }
  return l;
}

Identification identify(const Evidence& evidence) {
  Identification id;
  const LanguageData* best = nullptr;
  const LanguageData* second = nullptr;
  double second_share = 0;
  for (const LanguageData* l : evidence.candidates) {
    const double share = evidence.share(*l);
    if (share <= 0) continue;
    if (best == nullptr || share > id.share) {
      second = best;
      second_share = id.share;
      best = l;
      id.share = share;
    } else if (second == nullptr || share > second_share) {
      second = l;
      second_share = share;
    }
  }
  if (best == nullptr) return id;
  id.code = best->code;
  if (second != nullptr) {
    id.runner_up = second->code;
    id.margin = lead(evidence, *best, *second);
  } else {
    id.margin.a_only = static_cast<int>(std::lround(id.share * static_cast<double>(evidence.words)));
  }
  return id;
}

std::vector<std::string> script_codes(const std::string& code) {
  UScriptCode found[8];
  UErrorCode status = U_ZERO_ERROR;
  const int32_t n = uscript_getCode(code.c_str(), found, 8, &status);
  std::vector<std::string> codes;
  if (U_FAILURE(status)) return codes;
  for (int32_t i = 0; i < n; ++i)
    if (found[i] != USCRIPT_COMMON && found[i] != USCRIPT_INHERITED &&
        found[i] != USCRIPT_UNKNOWN)
      codes.emplace_back(uscript_getShortName(found[i]));
  return codes;
}

std::string script_name(const std::string& code) {
  const UScriptCode script = static_cast<UScriptCode>(u_getPropertyValueEnum(UCHAR_SCRIPT, code.c_str()));
  if (script == static_cast<UScriptCode>(UCHAR_INVALID_CODE)) return code;
  std::string name = uscript_getName(script);
  std::replace(name.begin(), name.end(), '_', ' ');
  return name;
}

namespace {

// The known language the text reads as when it is written in `script`: the candidate with the
// largest share, if that share reaches limits::kMinShare and the language is written in it.
std::string reads_in_script(const Evidence& e, const std::string& script) {
  const Identification id = identify(e);
  if (id.code.empty() || id.share < limits::kMinShare) return {};
  const std::vector<std::string> codes = script_codes(id.code);
  return std::find(codes.begin(), codes.end(), script) != codes.end() ? id.code : std::string();
}

// The candidate of `e` whose code is `code` (one identify() gave).
const LanguageData* candidate(const Evidence& e, const std::string& code) {
  for (const LanguageData* c : e.candidates)
    if (c->code == code) return c;
  return nullptr;
}

}  // namespace

Judgement judge(const Evidence& e, const LanguageData& declared, std::size_t sentences) {
  Judgement j;
  j.declared_unknown = declared.function_words.empty();
  const bool long_enough = sentences >= limits::kMinSentences && e.words >= limits::kMinWords;
  // Scripts first: a text in another script is in another language whatever its words.
  if (e.letters >= limits::kDoubtfulScriptLetters && !e.scripts.empty()) {
    const double in_declared = e.script_share(declared.code);
    if (in_declared < limits::kDoubtfulScriptShare) {
      j.script = e.scripts.front().first;
      j.code = reads_in_script(e, j.script);
      j.reads_as = j.code.empty() ? script_name(j.script) + " script" : display_name(j.code);
      const bool clear = sentences >= limits::kMinSentences &&
                         e.letters >= limits::kScriptLetters &&
                         in_declared < limits::kOtherScriptShare;
      j.verdict = clear && !j.declared_unknown ? Verdict::other : Verdict::doubtful;
      return j;
    }
  }
  const Identification id = identify(e);
  if (j.declared_unknown) {
    // Nothing to compare the words with: a text that clearly reads as a known language is worth a
    // notice (it may be that language, or one close to it).
    if (long_enough && id.share >= limits::kMinShare && id.margin.clear()) {
      j.verdict = Verdict::doubtful;
      j.code = id.code;
      j.reads_as = display_name(id.code);
    }
    return j;
  }
  if (!id.code.empty() && id.code != declared.code && id.share >= limits::kMinShare) {
    const Lead l = lead(e, *candidate(e, id.code), declared);
    if (l.doubtful() || (long_enough && l.clear())) {
      j.verdict = long_enough && l.clear() ? Verdict::other : Verdict::doubtful;
      j.code = id.code;
      j.reads_as = display_name(id.code);
      return j;
    }
  }
  if (e.share(declared) < limits::kUnknownShare && e.words >= limits::kDoubtfulUnknownWords &&
      (id.code.empty() || id.code == declared.code || id.share < limits::kMinShare)) {
    const bool prose = sentences > 0 && static_cast<double>(e.words) / static_cast<double>(sentences) >=
                                            limits::kProseWords;
    j.verdict = sentences >= limits::kMinSentences && e.words >= limits::kUnknownWords && prose
                    ? Verdict::other
                    : Verdict::doubtful;
  }
  return j;
}

}  // namespace wirealign::lang
