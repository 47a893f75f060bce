// The table of formats and their reporters.
#include "wirealign/report/reporter.h"

#include <cmath>
#include <cstdio>

#include "wirealign/report/alignment.h"
#include "wirealign/report/json_support.h"
#include "wirealign/report/xliff.h"

namespace wirealign::report {

namespace {

using json = nlohmann::ordered_json;

const std::vector<Finding>& findings_of(const PairReport& p) {
  static const std::vector<Finding> none;
  return p.findings ? *p.findings : none;
}

CheckedPair checked(const PairReport& p) {
  return {p.src, p.tgt, p.alignment, findings_of(p), p.notices, p.muted};
}

std::string one_line(std::string s) {
  for (char& c : s)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return s;
}

std::string confidence_text(double c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.3f", c);
  return buf;
}

bool kept(const Bead& b, double min_confidence) {
  return b.src_size() > 0 && b.tgt_size() > 0 && b.confidence >= min_confidence;
}

// Formats of one document written at once: the text, JSON and HTML reports, blocks and TMX.
class WholeReporter : public Reporter {
 public:
  using Write = void (*)(std::ostream&, const PairReport&, const ReportOptions&);
  WholeReporter(Destination& to, const ReportOptions& options, Write write)
      : to_(to), options_(options), write_(write) {}
  void pair(const PairReport& p) override { write_(to_.stream(), p, options_); }

 private:
  Destination& to_;
  ReportOptions options_;
  Write write_;
};

class TsvReporter : public Reporter {
 public:
  TsvReporter(Destination& to, const ReportOptions& options) : to_(to), options_(options) {}
  void pair(const PairReport& p) override {
    std::ostream& out = to_.stream();
    if (!options_.batch) {
      write_tsv(out, {p.src, p.tgt, p.alignment}, {options_.min_confidence});
    } else {
      if (p.src.lang != options_.src_lang || p.tgt.lang != options_.tgt_lang)
        throw Unrepresentable("the TSV output holds " + options_.src_lang + "-" +
                              options_.tgt_lang + " pairs and this pair is " + p.src.lang + "-" +
                              p.tgt.lang +
                              ": use --format moses (files for each language pair) or jsonl");
      const std::string id = one_line(p.id);
      for (const Bead& b : p.alignment.beads)
        if (kept(b, options_.min_confidence))
          out << id << '\t' << one_line(side_text(p.src, b.src_begin, b.src_end)) << '\t'
              << one_line(side_text(p.tgt, b.tgt_begin, b.tgt_end)) << '\t'
              << confidence_text(b.confidence) << '\n';
    }
    for (const Bead& b : p.alignment.beads) sentence_pairs_ += kept(b, options_.min_confidence);
  }
  void flush() override { to_.stream().flush(); }

 private:
  Destination& to_;
  ReportOptions options_;
};

class MosesReporter : public Reporter {
 public:
  MosesReporter(Destination& to, const ReportOptions& options) : to_(to), options_(options) {}
  void pair(const PairReport& p) override {
    const std::vector<std::string> names = moses_files(p.src.lang, p.tgt.lang, options_);
    std::ostream& src = file(names[0]);
    std::ostream& tgt = file(names[1]);
    std::ostream& meta = file(names[2]);
    const std::string id = one_line(p.id);
    for (const Bead& b : p.alignment.beads) {
      if (!kept(b, options_.min_confidence)) continue;
      src << one_line(side_text(p.src, b.src_begin, b.src_end)) << '\n';
      tgt << one_line(side_text(p.tgt, b.tgt_begin, b.tgt_end)) << '\n';
      if (options_.batch) meta << id << '\t';
      meta << confidence_text(b.confidence) << '\n';
      ++sentence_pairs_;
    }
  }
  void flush() override {
    for (std::ostream* s : open_) s->flush();
  }

 private:
  std::ostream& file(const std::string& suffix) {
    std::ostream& s = to_.file(suffix);
    bool known = false;
    for (std::ostream* o : open_) known = known || o == &s;
    if (!known) open_.push_back(&s);
    return s;
  }

  Destination& to_;
  ReportOptions options_;
  std::vector<std::ostream*> open_;
};

class XliffReporter : public Reporter {
 public:
  explicit XliffReporter(Destination& to) : to_(to) {}
  void pair(const PairReport& p) override { doc_.add(p); }
  void finish() override { doc_.save(to_.stream()); }

 private:
  Destination& to_;
  XliffDocument doc_;
};

// One JSON object per line and pair (batch records).
class JsonLinesReporter : public Reporter {
 public:
  explicit JsonLinesReporter(Destination& to) : to_(to) {}
  void pair(const PairReport& p) override {
    json j;
    j["id"] = p.id;
    j["ok"] = true;
    j["src_lang"] = p.src.lang;
    j["tgt_lang"] = p.tgt.lang;
    j["src_sentences"] = p.src.sentences.size();
    j["tgt_sentences"] = p.tgt.sentences.size();
    auto& blocks = j["blocks"] = json::array();
    for (const Bead& b : p.alignment.beads) {
      json src = json::array(), tgt = json::array();
      for (auto i = b.src_begin; i < b.src_end; ++i) src.push_back(i);
      for (auto k = b.tgt_begin; k < b.tgt_end; ++k) tgt.push_back(k);
      blocks.push_back(
          {{"src", src}, {"tgt", tgt}, {"confidence", std::round(b.confidence * 1000) / 1000}});
    }
    if (p.findings) {
      auto& findings = j["findings"] = json::array();
      for (const Finding& f : *p.findings) findings.push_back(finding_json(p.src, p.tgt, f));
    }
    j["notices"] = notices_json(p.notices);
    write(j, p.seconds);
  }
  void failed(const std::string& id, std::uint64_t line, const std::string& error,
              double seconds) override {
    json j;
    j["id"] = id;
    j["ok"] = false;
    j["line"] = line;
    j["error"] = error;
    write(j, seconds);
  }
  void flush() override { to_.stream().flush(); }

 private:
  void write(json& j, double seconds) {
    j["ms"] = std::round(seconds * 1e4) / 10;
    to_.stream() << j.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
  }
  Destination& to_;
};

template <WholeReporter::Write write>
std::unique_ptr<Reporter> whole(Destination& to, const ReportOptions& options) {
  return std::make_unique<WholeReporter>(to, options, write);
}

void text(std::ostream& out, const PairReport& p, const ReportOptions& o) {
  write_findings_text(out, checked(p), o.text);
}
void html(std::ostream& out, const PairReport& p, const ReportOptions&) {
  write_findings_html(out, checked(p));
}
void json_document(std::ostream& out, const PairReport& p, const ReportOptions&) {
  if (p.findings)
    write_findings_json(out, checked(p));
  else
    write_json(out, {p.src, p.tgt, p.alignment, p.notices});
}
void blocks(std::ostream& out, const PairReport& p, const ReportOptions&) {
  write_blocks(out, {p.src, p.tgt, p.alignment});
}
void tmx(std::ostream& out, const PairReport& p, const ReportOptions& o) {
  write_tmx(out, {p.src, p.tgt, p.alignment}, {o.min_confidence});
}

std::unique_ptr<Reporter> make_tsv(Destination& to, const ReportOptions& o) {
  return std::make_unique<TsvReporter>(to, o);
}
std::unique_ptr<Reporter> make_moses(Destination& to, const ReportOptions& o) {
  return std::make_unique<MosesReporter>(to, o);
}
std::unique_ptr<Reporter> make_xliff(Destination& to, const ReportOptions&) {
  return std::make_unique<XliffReporter>(to);
}
std::unique_ptr<Reporter> make_jsonl(Destination& to, const ReportOptions&) {
  return std::make_unique<JsonLinesReporter>(to);
}

std::vector<std::string> run_moses_files(const ReportOptions& o) {
  return moses_files(o.src_lang, o.tgt_lang, o);
}

constexpr unsigned kAlign = static_cast<unsigned>(Command::align);
constexpr unsigned kCheck = static_cast<unsigned>(Command::check);
constexpr unsigned kBatch = static_cast<unsigned>(Command::batch);

}  // namespace

std::ostream& StreamDestination::file(const std::string& suffix) {
  throw Error("this output is one stream: it cannot hold the file ." + suffix);
}

void Reporter::failed(const std::string&, std::uint64_t, const std::string&, double) {}

std::vector<std::string> moses_files(const std::string& src, const std::string& tgt,
                                     const ReportOptions& options) {
  const bool own = src == options.src_lang && tgt == options.tgt_lang;
  const std::string prefix = own ? "" : src + "-" + tgt + ".";
  const bool same = src == tgt;
  return {prefix + (same ? "src" : src), prefix + (same ? "tgt" : tgt),
          prefix + (options.batch ? "ids" : "confidence")};
}

const std::vector<Format>& formats() {
  static const std::vector<Format> table = {
      {"text", kCheck,
       "the findings grouped by severity, each with both sentences, the words concerned marked, "
       "an explanation and a suggestion",
       nullptr, whole<text>},
      {"jsonl", kBatch, "one JSON record a pair", nullptr, make_jsonl},
      {"tsv", kAlign | kBatch,
       "source, target, confidence and block type, one sentence pair a line (batch: id, source, "
       "target, confidence)",
       nullptr, make_tsv},
      {"blocks", kAlign, "one block a line, \"[i, j]:[k]:0.873\" (sentence indices from 0)",
       nullptr, whole<blocks>},
      {"json", kAlign | kCheck, "both documents, every block, the notices and (check) the findings",
       nullptr, whole<json_document>},
      {"html", kCheck, "one self-contained page, both texts side by side, findings highlighted",
       nullptr, whole<html>},
      {"moses", kAlign | kBatch,
       "OUT.<src-lang> and OUT.<tgt-lang>, one sentence pair a line, and the confidences (batch: "
       "ids and confidences) in OUT.confidence (OUT.ids)",
       run_moses_files, make_moses},
      {"tmx", kAlign, "a TMX 1.4b translation memory", nullptr, whole<tmx>},
      {"xliff", kAlign | kCheck | kBatch,
       "XLIFF 2.0: one file a pair, one unit a block, confidence and block type as metadata, "
       "findings as notes",
       nullptr, make_xliff},
  };
  return table;
}

std::string format_names(Command command) {
  std::vector<std::string_view> names;
  for (const Format& f : formats())
    if (f.commands & static_cast<unsigned>(command)) names.push_back(f.name);
  std::string s;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) s += i + 1 == names.size() ? " or " : ", ";
    s += names[i];
  }
  return s;
}

const Format& find_format(std::string_view name, Command command) {
  for (const Format& f : formats())
    if (f.name == name && (f.commands & static_cast<unsigned>(command))) return f;
  throw ConfigError("unknown format '" + std::string(name) + "' (expected " +
                    format_names(command) + ")");
}

}  // namespace wirealign::report
