// One output layer for every command: a reporter for each format, chosen from one table. `align`,
// `check`, `batch` and the Python module all write through it.
//
//   const wirealign::report::Format& format =
//       wirealign::report::find_format("xliff", wirealign::report::Command::align);
//   wirealign::report::StreamDestination to(std::cout);
//   auto reporter = format.make(to, {});
//   reporter->pair({result.src, result.tgt, result.alignment, nullptr, &result.notices});
//   reporter->finish();
//
// A reporter is a sink: it is given pairs (and, in a batch, failures) in order and writes them,
// with finish() after the last. XLIFF, one document for every pair, writes it in finish(); the
// other formats write each pair as it comes.
#pragma once

#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "wirealign/core/error.h"
#include "wirealign/core/types.h"
#include "wirealign/report/findings.h"

namespace wirealign::report {

// Everything a format may write about one document pair.
struct PairReport {
  PairReport(const Document& src_doc, const Document& tgt_doc, const Alignment& blocks,
             const std::vector<Finding>* found = nullptr,
             const std::vector<Notice>* run_notices = nullptr, std::size_t muted_count = 0)
      : src(src_doc),
        tgt(tgt_doc),
        alignment(blocks),
        findings(found),
        notices(run_notices),
        muted(muted_count) {}

  const Document& src;
  const Document& tgt;
  const Alignment& alignment;
  // The findings of the audit (sorted as check::Checker returns them); null when the pair was
  // not checked (`align`, `batch` without --check).
  const std::vector<Finding>* findings = nullptr;
  const std::vector<Notice>* notices = nullptr;  // about the run; null: none
  std::size_t muted = 0;                         // findings muted by the ignore list
  std::string id;                                // batch: the pair's id; empty otherwise
  double seconds = 0;                            // batch: time spent on the pair
};

// Where a reporter writes.
class Destination {
 public:
  virtual ~Destination() = default;
  // The one stream of a format that writes one file.
  virtual std::ostream& stream() = 0;
  // The file `<prefix>.<suffix>` of a format that writes several (Moses), opened on its first
  // use; the reference stays valid while the destination lives.
  virtual std::ostream& file(const std::string& suffix) = 0;
};

// A destination of one stream; file() throws Error (no prefix to name files after).
class StreamDestination : public Destination {
 public:
  explicit StreamDestination(std::ostream& out) : out_(out) {}
  std::ostream& stream() override { return out_; }
  std::ostream& file(const std::string& suffix) override;

 private:
  std::ostream& out_;
};

// How reporters write.
struct ReportOptions {
  double min_confidence = 0;  // tsv, moses, tmx: blocks below this confidence are left out
  TextStyle text;             // the text report
  // The run's language pair (canonical codes). Moses files of pairs in these languages are
  // OUT.<src> and OUT.<tgt> (OUT.src and OUT.tgt when they are the same); those of other pairs
  // OUT.<s>-<t>.<s> and OUT.<s>-<t>.<t>. A TSV file holds pairs of this language pair only.
  std::string src_lang = "en";
  std::string tgt_lang = "fr";
  // The records of a batch: TSV starts each line with the pair's id and holds one language pair;
  // Moses writes OUT.ids (id TAB confidence) beside the text files instead of OUT.confidence.
  bool batch = false;
};

// A pair that a format cannot hold (another language pair than the rest of a TSV or XLIFF
// file). A batch turns it into an error record and goes on.
class Unrepresentable : public Error {
 public:
  using Error::Error;
};

// Writes pairs in one format.
class Reporter {
 public:
  virtual ~Reporter() = default;
  // Writes one pair. Throws Unrepresentable for a pair the format cannot hold.
  virtual void pair(const PairReport& pair) = 0;
  // A pair of a batch that could not be read or aligned: its id, manifest line and reason.
  // Formats of sentence pairs write nothing.
  virtual void failed(const std::string& id, std::uint64_t line, const std::string& error,
                      double seconds);
  // Makes what was written so far durable (a batch calls it after every group of pairs).
  virtual void flush() {}
  // Writes what is left after the last pair (formats holding one document write it all here).
  virtual void finish() {}
  // Sentence pairs written so far by the formats of sentence pairs (tsv, moses); 0 for the others.
  std::uint64_t sentence_pairs() const { return sentence_pairs_; }

 protected:
  std::uint64_t sentence_pairs_ = 0;
};

// The commands that write reports, as bits of Format::commands.
enum class Command : unsigned { align = 1, check = 2, batch = 4 };

// One entry of the table of formats.
struct Format {
  std::string_view name;     // as given to --format ("xliff")
  unsigned commands;         // the Command bits of the commands that offer it
  std::string_view summary;  // one line for --help
  // Formats that write several files named after a prefix (needs -o PREFIX): the suffixes of the
  // files of the run's language pair, opened before any work. Null for formats of one stream.
  std::vector<std::string> (*files)(const ReportOptions& options);
  // A reporter writing to `to` (which must outlive it).
  std::unique_ptr<Reporter> (*make)(Destination& to, const ReportOptions& options);
};

// The table of formats, in the order --help lists them.
const std::vector<Format>& formats();

// The format `name` of `command`. Throws ConfigError naming the formats of the command.
const Format& find_format(std::string_view name, Command command);

// The names of the formats of `command`: "tsv, blocks, json, moses, tmx or xliff".
std::string format_names(Command command);

// The file suffixes of the Moses files of pairs in `src` and `tgt` (canonical codes) in a run of
// `options`: {"en", "fr", "ids"} for the run's own pair, {"de-fr.de", "de-fr.fr", "de-fr.ids"}
// for another; "src" and "tgt" when both languages are the same; "confidence" instead of "ids"
// outside a batch.
std::vector<std::string> moses_files(const std::string& src, const std::string& tgt,
                                     const ReportOptions& options);

}  // namespace wirealign::report
