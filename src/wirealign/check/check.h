// The audit: checks that read an aligned document pair and report translation artifacts
// (omissions, additions, untranslated text, wrong numbers, names, acronyms, quotations...).
//
//   wirealign::check::Setup setup{data_dir, src_language, tgt_language};
//   wirealign::check::Checker checker(setup, {});           // loads each check's data once
//   wirealign::check::Context context(src_doc, tgt_doc, src_tokens, tgt_tokens, alignment,
//                                     lexicon);
//   std::vector<wirealign::Finding> findings = checker.run(context);
//
// Each check is one class in its own file (check/<kind>.cpp), registered in one table
// (check/registry.cpp) under its kind name, the name used in JSON and by --checks. A Checker is
// read-only once built: share it between threads.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "wirealign/align/aligner.h"
#include "wirealign/annotate/annotate.h"
#include "wirealign/core/types.h"
#include "wirealign/lang/language.h"

namespace wirealign::check {

// What a check may load when it is built: the data folder (corpora/) and both languages' data.
// A check reads its own files there (corpora/lang/<code>/..., corpora/pairs/<src>-<tgt>/...) and
// treats a missing file as "no data for this language" (it then finds nothing), never as an error.
struct Setup {
  std::filesystem::path data_dir;
  const lang::LanguageData& src_language;
  const lang::LanguageData& tgt_language;
  // Where the word lists are read from: the FreeDict folder and the compiled lexicon folder
  // (empty: lexicon::default_dictd_dir() and pipeline::default_lexicon_dir()).
  std::filesystem::path dictd_dir = {};
  std::filesystem::path lexicon_dir = {};
};

struct CoverageNorm;  // evidence.h
struct TokenKeys;     // evidence.cpp
struct Quotes;        // quotes.h
struct BlockNames;    // name_comparison.h
class BlockQuantities;  // numbers.h

// An aligned document pair, as every check sees it. Holds references: the documents, tokens,
// alignment and lexicon must outlive it.
struct Context {
  Context(const Document& src, const Document& tgt, const annotate::Annotated& src_tokens,
          const annotate::Annotated& tgt_tokens, const Alignment& alignment,
          const align::Bilingual& lexicon);

  const Document& src;
  const Document& tgt;
  const annotate::Annotated& src_tokens;  // tokens of every source sentence
  const annotate::Annotated& tgt_tokens;  // tokens of every target sentence
  const Alignment& alignment;             // covers every sentence of both sides
  const align::Bilingual& lexicon;        // source stem -> target stems; may be empty
  std::vector<std::uint32_t> src_bead;    // src_bead[i]: index in alignment.beads of source i
  std::vector<std::uint32_t> tgt_bead;    // tgt_bead[k]: index in alignment.beads of target k

  // The source sentences of the block that holds target sentence `k`, ascending; empty when the
  // sentence has no source (an added line).
  std::vector<std::uint32_t> src_of_tgt(std::uint32_t k) const;

  // coverage_norm() of this context, computed by the first check that asks for it (the checks of
  // a context run one after another).
  mutable std::shared_ptr<const CoverageNorm> coverage_norm;
  // The match keys of every token of both sides (evidence.cpp), made by the first coverage asked.
  mutable std::shared_ptr<const TokenKeys> token_keys;
  // The quotations of each side (quotes.h), found by the first check that asks.
  mutable std::shared_ptr<const Quotes> src_quotes, tgt_quotes;
  // The names of each block compared across the two sides (name_comparison.h), by the first
  // check that asks.
  mutable std::shared_ptr<const std::vector<BlockNames>> names;
  // The numbers, times, months and weekdays of each side and which of them each block lacks
  // (numbers.h), read by the first check that asks.
  mutable std::shared_ptr<const BlockQuantities> quantities;
};

// One kind of check. Implementations keep their data (loaded in their constructor) and are
// const and thread-safe afterwards.
class Check {
 public:
  virtual ~Check() = default;
  // The findings of this check on `context`, in document order. Each has `kind` set to the
  // check's kind name; the fingerprint is left empty (the Checker sets it).
  virtual std::vector<Finding> run(const Context& context) const = 0;
};

// An entry of the check table.
struct CheckInfo {
  std::string_view kind;         // stable name ("untranslated-acronym")
  bool on_by_default;            // run unless --checks turns it off
  std::string_view description;  // one line for --help and the README
  std::unique_ptr<Check> (*make)(const Setup& setup);  // builds the check, loading its data
};

// Every check wirealign has, in the order their findings are reported within a severity.
const std::vector<CheckInfo>& registry();

// Which checks run, and which findings are muted.
struct CheckOptions {
  // Changes to the default set, applied in order: "+kind" or "kind" turns a check on, "-kind"
  // off; "all" and "none" set every check at once. parse_check_list() builds it from
  // "all,-typography".
  std::vector<std::string> selection;
  // Fingerprints of findings not to report (reviewed false alarms).
  std::set<std::string> ignored;
  // Throws ConfigError naming an unknown kind.
  void validate() const;
};

// Splits a comma-separated --checks value ("-typography,+calque") into CheckOptions::selection.
std::vector<std::string> parse_check_list(const std::string& list);

// Reads an ignore file: one fingerprint per line (the first word of the line); blank lines and
// lines starting with '#' are skipped, so `wirealign check --format json | jq` output or a
// hand-written note after the fingerprint both work. Throws InputError if it cannot be read.
std::set<std::string> read_ignore_file(const std::filesystem::path& path);

// Runs the selected checks.
class Checker {
 public:
  // Builds the selected checks (each loads its data). Throws ConfigError for a bad selection.
  Checker(const Setup& setup, const CheckOptions& options);
  ~Checker();
  Checker(Checker&&) noexcept;
  Checker& operator=(Checker&&) noexcept;

  // The findings of every selected check, fingerprinted, without the ignored ones, sorted by
  // severity (errors first), then by position in the alignment (the block of the first target
  // sentence, or of the first source sentence when there is none), then by the check table.
  std::vector<Finding> run(const Context& context) const;
  // Kinds of the checks that run, in table order.
  std::vector<std::string> kinds() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The fingerprint of `finding` in `context`: 16 hex digits from the kind, the normalised text of
// its sentences and of the words concerned. Does not depend on sentence positions, so it survives
// edits elsewhere in either document.
std::string fingerprint(const Finding& finding, const Context& context);

}  // namespace wirealign::check
