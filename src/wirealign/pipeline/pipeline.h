// The whole pipeline for one language pair, loaded once and shared: read text -> segment ->
// annotate -> align -> check. What the commands and the batch workers call.
//
//   wirealign::pipeline::EngineOptions options;              // en -> fr, dictionary, no checks
//   options.check = true;
//   const wirealign::pipeline::Engine engine(options);     // loads data, dictionary, checks
//   auto result = engine.run(read::read_file("en.txt", {}), read::read_file("fr.txt", {}));
//   for (const wirealign::Bead& b : result->alignment.beads) ...
//   for (const wirealign::Finding& f : result->findings) ...
//   for (const wirealign::Notice& n : result->notices) ...   // how the inputs were read, ...
//
// An Engine is read-only once built: run() may be called from several threads at once.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "wirealign/align/aligner.h"
#include "wirealign/annotate/annotate.h"
#include "wirealign/check/check.h"
#include "wirealign/core/types.h"
#include "wirealign/lang/language.h"
#include "wirealign/pipeline/languages.h"

namespace wirealign::pipeline {

// What an Engine loads and how it runs.
struct EngineOptions {
  std::filesystem::path data_dir;  // language data (corpora/); empty: lang::default_data_dir()
  std::string src_lang = "en";     // source language code (any form canonical_code accepts)
  std::string tgt_lang = "fr";     // target language code
  std::string dictd_dir;           // FreeDict folder; empty: /usr/share/dictd
  // Compiled bilingual tables (see compiled_lexicon.h); empty: default_lexicon_dir(). A valid
  // table there is read instead of the dictionaries.
  std::filesystem::path lexicon_dir;
  align::AlignOptions align;       // alignment options (use_dictionary: load the dictionary)
  bool check = false;              // run the checks after aligning
  // A document with more sentences than this is refused (InputError) before alignment, whose
  // time and memory grow with the number of sentences (about 6 KB a sentence). 0: no limit.
  std::size_t max_sentences = 200000;
  check::CheckOptions checks;      // which checks, which findings are muted
  // Go on when the texts do not read as their declared languages (the files swapped, a side in
  // another language: languages.h); what would stop the run becomes a notice.
  bool force_lang = false;
  // Throws ConfigError for an unknown language code, a missing data folder or bad options.
  void validate() const;
};

// A document pair after the pipeline. Not movable: the check context refers into it.
struct Result {
  Document src;
  Document tgt;
  annotate::Annotated src_tokens;
  annotate::Annotated tgt_tokens;
  Alignment alignment;
  std::vector<Finding> findings;  // empty unless the engine checks
  // About the run, in this order: how each input was read (encoding, invalid bytes), languages
  // without data, the engine's missing data (dictionary, subword model), the languages checked
  // against the texts (check_languages, languages.h), and the findings muted by the ignore list.
  std::vector<Notice> notices;
  std::size_t muted = 0;  // findings left out because their fingerprint is ignored
};

// The pipeline for one language pair.
class Engine {
 public:
  // Loads both languages' data, the dictionary (unless options.align.use_dictionary is false)
  // and the checks. Throws ConfigError for bad options.
  explicit Engine(const EngineOptions& options);
  ~Engine();
  Engine(Engine&&) noexcept;
  Engine& operator=(Engine&&) noexcept;

  // Segments (one sentence per line when `segmented`), annotates, aligns and, when the engine
  // checks, audits a pair of texts; the notices of the run go to Result::notices. Throws
  // InputError for a document of more than EngineOptions::max_sentences sentences, and
  // LanguageError when the texts do not read as their declared languages (languages.h) unless
  // forced: `force_lang` for this pair, or else EngineOptions::force_lang.
  // `concurrent`: segment and annotate the two documents on two threads, and align on at least
  // two (AlignOptions::threads; worth it for one large pair, not in a batch that already keeps
  // every core busy). `check`: false leaves the checks
  // of a checking engine out for this pair (an engine reused to align only).
  std::unique_ptr<Result> run(Text src, Text tgt, bool segmented, bool concurrent = false,
                              bool check = true,
                              std::optional<bool> force_lang = std::nullopt) const;

  const lang::LanguageData& src_language() const;
  const lang::LanguageData& tgt_language() const;
  const align::Bilingual& lexicon() const;
  // The subword model the aligner uses; null when there is none. Valid as long as the engine.
  const subword::Model* subwords() const;
  // The data folder in use.
  const std::filesystem::path& data_dir() const;
  // A note for the user about the dictionary when none could be loaded; empty otherwise.
  const std::string& dictionary_notice() const;
  // Notices about data the engine could not load (kind "dictionary": none for the pair;
  // "subwords": no subword model); empty when everything was there. Every Result repeats them.
  const std::vector<Notice>& notices() const;
  // Whether the bilingual table came from a compiled file rather than the dictionaries.
  bool lexicon_compiled() const;
  // Writes the bilingual table, compiled, into `dir` (as "<src>-<tgt>.lexicon"), so that later
  // engines for the pair start without reading the dictionaries. Returns the file written.
  std::filesystem::path save_lexicon(const std::filesystem::path& dir) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace wirealign::pipeline
