// The pipeline for one language pair.
#include "wirealign/pipeline/pipeline.h"

#include <algorithm>
#include <future>
#include <optional>
#include <set>

#include "wirealign/core/error.h"
#include "wirealign/lang/conventions.h"
#include "wirealign/lexicon/freedict.h"
#include "wirealign/pipeline/compiled_lexicon.h"
#include "wirealign/segment/segment.h"
#include "wirealign/subword/subword.h"

namespace wirealign::pipeline {

void EngineOptions::validate() const {
  lang::canonical_code(src_lang);
  lang::canonical_code(tgt_lang);
  align.validate();
  checks.validate();
}

struct Engine::Impl {
  std::filesystem::path data;
  lang::LanguageData src_language, tgt_language;
  std::optional<segment::Segmenter> src_plain, tgt_plain, src_lines, tgt_lines;
  std::optional<annotate::Annotator> src_annotator, tgt_annotator;
  align::Bilingual lexicon;
  align::AlignOptions align;
  std::optional<check::Checker> checker;
  std::string dictionary_notice;
  std::string dictionary_description;  // lexicon::Lexicon::description of the table
  LexiconKey lexicon_key;
  bool lexicon_compiled = false;
  std::optional<subword::Model> subwords;  // when options.align.use_subwords
  std::vector<Notice> notices;
  std::set<std::string> ignored;  // fingerprints muted (the checker gets none: muted are counted)
  std::size_t max_sentences = 0;
  std::vector<lang::LanguageData> known;  // the languages texts are recognised as
  std::optional<lang::Candidates> known_candidates;  // the languages of `known`
  bool force_lang = false;
  bool untranslated = false;  // the checker reports targets left in the source language
};

namespace {

// The kind of a notice of read:: about input `text`.
std::string input_notice_kind(const Text& text, const std::string& message) {
  if (message.rfind("not valid UTF-8", 0) == 0) return "invalid-bytes";
  if (text.encoding != "UTF-8") return "encoding";
  return "input";
}

}  // namespace

Engine::Engine(const EngineOptions& options) : impl_(std::make_unique<Impl>()) {
  options.validate();
  Impl& m = *impl_;
  m.data = options.data_dir.empty() ? lang::default_data_dir() : options.data_dir;
  if (!std::filesystem::is_directory(m.data / "lang"))
    throw ConfigError("language data folder " + m.data.string() + " not found (no lang/ inside)");
  const std::string src_code = lang::canonical_code(options.src_lang);
  const std::string tgt_code = lang::canonical_code(options.tgt_lang);
  m.src_language = lang::load(m.data, src_code);
  m.tgt_language = lang::load(m.data, tgt_code);
  segment::SegmentOptions plain, lines;
  lines.presegmented = true;
  m.src_plain.emplace(m.src_language, plain);
  m.tgt_plain.emplace(m.tgt_language, plain);
  m.src_lines.emplace(m.src_language, lines);
  m.tgt_lines.emplace(m.tgt_language, lines);
  m.src_annotator.emplace(m.src_language);
  m.tgt_annotator.emplace(m.tgt_language);
  m.align = options.align;
  m.max_sentences = options.max_sentences;
  m.known = lang::known_languages(m.data);
  // The pair's own languages stand for their entries among the known ones, so that the
  // language check finds them among its candidates without comparing word lists.
  std::vector<const lang::LanguageData*> known_pointers = lang::pointers(m.known);
  for (const lang::LanguageData*& k : known_pointers)
    for (const lang::LanguageData* own : {&m.src_language, &m.tgt_language})
      if (k->code == own->code && k->function_words == own->function_words) k = own;
  m.known_candidates.emplace(std::move(known_pointers));
  m.force_lang = options.force_lang;
  const std::filesystem::path dictd = options.dictd_dir.empty()
                                          ? lexicon::default_dictd_dir()
                                          : std::filesystem::path(options.dictd_dir);
  const std::filesystem::path lexicon_dir =
      options.lexicon_dir.empty() ? default_lexicon_dir() : options.lexicon_dir;
  if (options.align.use_dictionary) {
    m.lexicon_key = lexicon_key(src_code, tgt_code, dictd, m.data);
    const std::filesystem::path compiled = lexicon_dir / (src_code + "-" + tgt_code + ".lexicon");
    if (auto c = read_compiled_lexicon(compiled, m.lexicon_key)) {
      m.lexicon = std::move(c->table);
      m.dictionary_description = std::move(c->description);
      m.lexicon_compiled = true;
      if (m.lexicon.size() == 0) m.dictionary_notice = m.dictionary_description;
    } else {
      const lexicon::Lexicon lex = lexicon::load_freedict(src_code, tgt_code, dictd);
      if (lex.pairs.empty()) m.dictionary_notice = lex.description;
      m.dictionary_description = lex.description;
      m.lexicon = align::Bilingual::from_pairs(lex.pairs, *m.src_annotator, *m.tgt_annotator);
    }
  }
  if (!m.dictionary_notice.empty())
    m.notices.push_back({"dictionary", src_code + "-" + tgt_code, m.dictionary_notice});
  if (options.align.use_subwords && options.align.use_learned_table) {
    const std::filesystem::path model = m.data / "subwords" / "joint.model";
    if (std::filesystem::exists(model))
      m.subwords = subword::Model::load(model);
    else
      m.notices.push_back({"subwords", model.string(),
                           "no subword model at " + model.string() + "; learning over stems only"});
  }
  if (options.check) {
    // The checker mutes nothing: run() leaves the ignored findings out and counts them.
    check::CheckOptions checks = options.checks;
    m.ignored = std::move(checks.ignored);
    checks.ignored.clear();
    m.checker.emplace(check::Setup{m.data, m.src_language, m.tgt_language, dictd, lexicon_dir},
                      checks);
    const std::vector<std::string> kinds = m.checker->kinds();
    m.untranslated = std::find(kinds.begin(), kinds.end(), "untranslated") != kinds.end();
  }
}

Engine::~Engine() = default;
Engine::Engine(Engine&&) noexcept = default;
Engine& Engine::operator=(Engine&&) noexcept = default;

const lang::LanguageData& Engine::src_language() const { return impl_->src_language; }
const lang::LanguageData& Engine::tgt_language() const { return impl_->tgt_language; }
const align::Bilingual& Engine::lexicon() const { return impl_->lexicon; }
const subword::Model* Engine::subwords() const {
  return impl_->subwords ? &*impl_->subwords : nullptr;
}
const std::filesystem::path& Engine::data_dir() const { return impl_->data; }
const std::string& Engine::dictionary_notice() const { return impl_->dictionary_notice; }
bool Engine::lexicon_compiled() const { return impl_->lexicon_compiled; }
const std::vector<Notice>& Engine::notices() const { return impl_->notices; }

std::filesystem::path Engine::save_lexicon(const std::filesystem::path& dir) const {
  const Impl& m = *impl_;
  if (m.lexicon_key.src.empty())
    throw ConfigError("no dictionary to compile: the engine was built without one");
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  const std::filesystem::path path = dir / (m.lexicon_key.src + "-" + m.lexicon_key.tgt + ".lexicon");
  write_compiled_lexicon(path, m.lexicon_key, m.lexicon, m.dictionary_description);
  return path;
}

std::unique_ptr<Result> Engine::run(Text src, Text tgt, bool segmented, bool concurrent,
                                    bool check, std::optional<bool> force_lang) const {
  const Impl& m = *impl_;
  auto result = std::make_unique<Result>();
  std::vector<Notice>& notices = result->notices;
  for (const Text* t : {&src, &tgt})
    for (const std::string& n : t->notices)
      notices.push_back({input_notice_kind(*t, n), t->name, n});
  for (const auto& [language, text] : {std::pair{&m.src_language, &src}, {&m.tgt_language, &tgt}})
    if (!language->has_data)
      notices.push_back({"language-data", text->name,
                         "wirealign has no language data for '" + language->code +
                             "'; using ICU's rules for it"});
  notices.insert(notices.end(), m.notices.begin(), m.notices.end());
  const segment::Segmenter& src_segmenter = segmented ? *m.src_lines : *m.src_plain;
  const segment::Segmenter& tgt_segmenter = segmented ? *m.tgt_lines : *m.tgt_plain;
  // For one long pair, the transliterators that annotation needs for words outside ASCII are
  // built on a third thread while the texts are segmented (ICU takes about 20 ms to load them).
  constexpr std::size_t kWarmUpBytes = 50'000;
  std::future<void> transliterators;
  const auto beyond_ascii = [](const Text& t) {
    return std::any_of(t.text.begin(), t.text.end(), [](char c) { return (c & 0x80) != 0; });
  };
  if (concurrent && src.text.size() + tgt.text.size() > kWarmUpBytes &&
      (beyond_ascii(src) || beyond_ascii(tgt)))
    transliterators = std::async(std::launch::async, lang::prepare_latin_key);
  // Both sides are segmented, then (within the limit) annotated: on two threads when asked.
  auto both = [concurrent](const auto& src_work, const auto& tgt_work) {
    if (!concurrent) {
      src_work();
      tgt_work();
      return;
    }
    auto src_future = std::async(std::launch::async, src_work);
    tgt_work();
    src_future.get();
  };
  both([&] { result->src = src_segmenter.segment(std::move(src)); },
       [&] { result->tgt = tgt_segmenter.segment(std::move(tgt)); });
  for (const Document* doc : {&result->src, &result->tgt})
    if (m.max_sentences > 0 && doc->sentences.size() > m.max_sentences)
      throw InputError(doc->input.name,
                       "has " + std::to_string(doc->sentences.size()) +
                           " sentences, more than the " + std::to_string(m.max_sentences) +
                           " wirealign aligns in one document; split it into parts");
  LanguageCheck languages =
      check_languages(result->src, result->tgt, m.src_language, m.tgt_language, *m.known_candidates,
                      m.checker && check && m.untranslated);
  if (!languages.stops.empty() && !force_lang.value_or(m.force_lang))
    throw LanguageError(languages.message());
  for (Notice& n : languages.notices) notices.push_back(std::move(n));
  both([&] { result->src_tokens = m.src_annotator->annotate(result->src); },
       [&] { result->tgt_tokens = m.tgt_annotator->annotate(result->tgt); });
  if (transliterators.valid()) transliterators.get();
  align::AlignOptions align_options = m.align;
  if (concurrent) align_options.threads = std::max(align_options.threads, 2u);
  result->alignment =
      align::align({result->src, result->src_tokens}, {result->tgt, result->tgt_tokens}, m.lexicon,
                   align_options, m.subwords ? &*m.subwords : nullptr);
  if (m.checker && check) {
    const check::Context context(result->src, result->tgt, result->src_tokens,
                                 result->tgt_tokens, result->alignment, m.lexicon);
    result->findings = m.checker->run(context);
    if (!m.ignored.empty()) {
      const auto muted =
          std::remove_if(result->findings.begin(), result->findings.end(),
                         [&](const Finding& f) { return m.ignored.count(f.fingerprint) > 0; });
      result->muted = static_cast<std::size_t>(result->findings.end() - muted);
      result->findings.erase(muted, result->findings.end());
    }
    if (result->muted > 0)
      notices.push_back({"muted", "",
                         std::to_string(result->muted) +
                             (result->muted == 1 ? " finding" : " findings") +
                             " muted by the ignore list"});
  }
  return result;
}

}  // namespace wirealign::pipeline
