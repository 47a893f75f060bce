// Many document pairs in one run: a JSON Lines manifest in, one result record per pair out, in
// the manifest's order, on a pool of threads sharing the read-only language data.
//
//   wirealign::batch::BatchOptions options;            // -j, checks, defaults for the pairs
//   wirealign::report::StreamDestination to(std::cout);
//   auto records = wirealign::report::find_format("jsonl", report::Command::batch)
//                      .make(to, {.batch = true});
//   wirealign::batch::Summary s = wirealign::batch::run(manifest_stream, "manifest.jsonl",
//                                                       options, *records);
//
// Manifest lines: {"id": "a1", "src": "en/a1.txt", "tgt": "fr/a1.txt"}; `src`/`tgt` are a path
// or {"text": "..."} (inline text) or {"path": "..."}; optional "src_lang", "tgt_lang" (default
// from the options), "segmented" (true: one sentence per line), "input_format" ("auto", "text",
// "html", or "segmented": text with one sentence per line) and "force_lang" (true: go on when the
// texts do not read as their languages). Blank lines are skipped. A line that cannot be parsed, a
// pair that cannot be read or aligned, or whose texts do not read as their languages
// (pipeline/languages.h), becomes an error record with its id (or its line number) and the reason;
// the run goes on.
#pragma once

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "wirealign/pipeline/pipeline.h"
#include "wirealign/report/reporter.h"
#include "wirealign/read/read.h"

namespace wirealign::batch {

// One line of the manifest.
struct Job {
  std::uint64_t line = 0;  // line number in the manifest (from 1)
  std::string id;          // the pair's id (the line number if the manifest gives none)
  std::string src_path, tgt_path;  // paths, or empty when the text is inline
  std::optional<std::string> src_text, tgt_text;  // inline texts
  std::string src_lang, tgt_lang;  // empty: the run's defaults
  std::optional<bool> segmented;   // unset: the run's default
  std::optional<read::InputFormat> format;  // what both inputs are; unset: the run's default
  // Go on when the texts do not read as their languages; unset: the run's default
  // (EngineOptions::force_lang).
  std::optional<bool> force_lang;
};

// Parses one manifest line. Throws InputError (naming the manifest and line) for a line that is
// not a JSON object with src and tgt.
Job parse_job(const std::string& line, std::uint64_t line_number, const std::string& manifest);

// The outcome of one pair.
struct Outcome {
  Job job;
  std::unique_ptr<pipeline::Result> result;  // null on error
  std::string error;                         // the reason, when result is null
  bool output_conflict = false;              // failed because it names a file the run writes
  double seconds = 0;                        // time spent on the pair
};

// How a batch runs.
struct BatchOptions {
  pipeline::EngineOptions engine;  // defaults: languages, dictionary, checks (engine.check)
  bool segmented = false;          // default for lines that do not say
  // How inputs are read (format, whole web pages); a line's "input_format" overrides the format.
  read::ReadOptions read;
  unsigned threads = 0;            // worker threads; 0: one per core
  // Ids to skip (already in the output of an interrupted run).
  std::set<std::string> skip;
  // The files this run writes. A pair that names one of them as its source or target fails (an
  // error record) and is counted in Summary::output_conflicts, so that the caller can refuse to
  // replace it.
  std::vector<std::string> outputs;
  // Called on the writing thread after each group, with pairs done and pairs read so far.
  std::function<void(std::uint64_t done, std::uint64_t read)> progress;
  // Throws ConfigError for bad options.
  void validate() const;
};

// What a run did.
struct Summary {
  std::uint64_t documents = 0;   // pairs processed (skipped ones not included)
  std::uint64_t skipped = 0;     // pairs skipped because their id was in BatchOptions::skip
  std::uint64_t errors = 0;      // pairs that became error records
  std::uint64_t src_sentences = 0, tgt_sentences = 0;
  std::uint64_t blocks = 0;      // blocks with both sides
  std::uint64_t findings = 0;
  std::uint64_t output_conflicts = 0;  // pairs that named one of BatchOptions::outputs
  std::string first_conflict;          // the error of the first of them, in manifest order
  std::string first_error;             // "pair ID: reason" of the first error record
  double seconds = 0;            // wall time
};

// Runs every pair of `manifest` (named `name` in messages) and gives the outcomes to `reporter`
// in manifest order: pair() for a pair done (its findings when options.engine.check), failed()
// for an error record; a pair the format cannot hold (report::Unrepresentable) becomes an error
// record too. Memory stays bounded: pairs are read, processed and written in groups. Does not
// call reporter.finish(). Throws ConfigError when the default languages' engine cannot be built
// (other language pairs named by the manifest fail their pairs only).
Summary run(std::istream& manifest, const std::string& name, const BatchOptions& options,
            report::Reporter& reporter);

// What an earlier JSON Lines output holds, for --resume.
struct Earlier {
  std::set<std::string> done;  // ids of its records of pairs done (to skip)
  std::uint64_t retried = 0;   // error records removed from it: their pairs run again
};

// Prepares the earlier JSON Lines output `path` for --resume: truncates a last line cut off
// mid-write, removes the error records (so that their pairs are tried again and appended) and
// returns the ids of the other records. A missing file gives nothing. Throws InputError if the
// file cannot be read or rewritten, or a complete line is not a record.
Earlier resume_from(const std::string& path);

}  // namespace wirealign::batch
