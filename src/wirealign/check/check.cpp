// Running the checks: selection, fingerprints, ignore files, ordering.
#include "wirealign/check/check.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>

#include "wirealign/core/error.h"
#include "wirealign/core/hash.h"

namespace wirealign::check {

Context::Context(const Document& src_doc, const Document& tgt_doc,
                 const annotate::Annotated& src_annotated,
                 const annotate::Annotated& tgt_annotated, const Alignment& aligned,
                 const align::Bilingual& bilingual)
    : src(src_doc),
      tgt(tgt_doc),
      src_tokens(src_annotated),
      tgt_tokens(tgt_annotated),
      alignment(aligned),
      lexicon(bilingual),
      src_bead(src_doc.sentences.size(), 0),
      tgt_bead(tgt_doc.sentences.size(), 0) {
  for (std::uint32_t b = 0; b < aligned.beads.size(); ++b) {
    const Bead& bead = aligned.beads[b];
    for (std::uint32_t i = bead.src_begin; i < bead.src_end && i < src_bead.size(); ++i)
      src_bead[i] = b;
    for (std::uint32_t k = bead.tgt_begin; k < bead.tgt_end && k < tgt_bead.size(); ++k)
      tgt_bead[k] = b;
  }
}

std::vector<std::uint32_t> Context::src_of_tgt(std::uint32_t k) const {
  const Bead& bead = alignment.beads[tgt_bead[k]];
  std::vector<std::uint32_t> sentences;
  for (std::uint32_t i = bead.src_begin; i < bead.src_end; ++i) sentences.push_back(i);
  return sentences;
}

namespace {

const CheckInfo* find_check(std::string_view kind) {
  for (const CheckInfo& info : registry())
    if (info.kind == kind) return &info;
  return nullptr;
}

// Whether each check of the table runs, after applying `selection` to the defaults.
std::vector<bool> selected(const std::vector<std::string>& selection) {
  const auto& table = registry();
  std::vector<bool> on(table.size());
  for (std::size_t i = 0; i < table.size(); ++i) on[i] = table[i].on_by_default;
  for (const std::string& item : selection) {
    if (item == "all" || item == "none") {
      std::fill(on.begin(), on.end(), item == "all");
      continue;
    }
    const bool enable = item.empty() || item[0] != '-';
    const std::string_view kind =
        std::string_view(item).substr(!item.empty() && (item[0] == '-' || item[0] == '+'));
    const CheckInfo* info = find_check(kind);
    if (info == nullptr) {
      std::string known;
      for (const CheckInfo& i : table) known += (known.empty() ? "" : ", ") + std::string(i.kind);
      throw ConfigError("unknown check '" + std::string(kind) + "' (known: " + known + ")");
    }
    on[static_cast<std::size_t>(info - table.data())] = enable;
  }
  return on;
}


}  // namespace

void CheckOptions::validate() const { selected(selection); }

std::vector<std::string> parse_check_list(const std::string& list) {
  std::vector<std::string> items;
  std::size_t start = 0;
  for (;;) {
    const auto comma = list.find(',', start);
    std::string item = list.substr(start, comma - start);
    item.erase(0, item.find_first_not_of(' '));
    item.erase(item.find_last_not_of(' ') + 1);
    if (!item.empty()) items.push_back(item);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return items;
}

std::set<std::string> read_ignore_file(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in || std::filesystem::is_directory(path))
    throw InputError(path.string(), "cannot read the ignore file");
  std::set<std::string> fingerprints;
  std::string line;
  while (std::getline(in, line)) {
    const auto b = line.find_first_not_of(" \t\r");
    if (b == std::string::npos || line[b] == '#') continue;
    const auto e = line.find_first_of(" \t\r", b);
    fingerprints.insert(line.substr(b, e == std::string::npos ? e : e - b));
  }
  return fingerprints;
}

std::string fingerprint(const Finding& finding, const Context& context) {
  StableHash fnv;
  fnv.add(finding.kind);
  for (const std::uint32_t i : finding.src_sentences)
    if (i < context.src.sentences.size()) fnv.add(context.src.sentences[i].text);
  fnv.add("\x1e");
  for (const std::uint32_t k : finding.tgt_sentences)
    if (k < context.tgt.sentences.size()) fnv.add(context.tgt.sentences[k].text);
  fnv.add("\x1e");
  for (const Span& s : finding.src_spans)
    if (s.end <= context.src.input.text.size()) fnv.add(context.src.input.view(s));
  fnv.add("\x1e");
  for (const Span& s : finding.tgt_spans)
    if (s.end <= context.tgt.input.text.size()) fnv.add(context.tgt.input.view(s));
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(fnv.value));
  return hex;
}

struct Checker::Impl {
  std::vector<std::unique_ptr<Check>> checks;  // selected ones, in table order
  std::vector<std::string> kinds;
  std::set<std::string> ignored;
};

Checker::Checker(const Setup& setup, const CheckOptions& options) : impl_(std::make_unique<Impl>()) {
  const std::vector<bool> on = selected(options.selection);
  for (std::size_t i = 0; i < registry().size(); ++i) {
    if (!on[i]) continue;
    impl_->checks.push_back(registry()[i].make(setup));
    impl_->kinds.emplace_back(registry()[i].kind);
  }
  impl_->ignored = options.ignored;
}

Checker::~Checker() = default;
Checker::Checker(Checker&&) noexcept = default;
Checker& Checker::operator=(Checker&&) noexcept = default;

std::vector<std::string> Checker::kinds() const { return impl_->kinds; }

std::vector<Finding> Checker::run(const Context& context) const {
  struct Keyed {
    int severity;
    std::uint32_t bead;
    std::size_t check;
    Finding finding;
  };
  std::vector<Keyed> keyed;
  for (std::size_t c = 0; c < impl_->checks.size(); ++c) {
    for (Finding& f : impl_->checks[c]->run(context)) {
      f.fingerprint = fingerprint(f, context);
      if (impl_->ignored.count(f.fingerprint)) continue;
      std::uint32_t bead = 0;
      if (!f.tgt_sentences.empty() && f.tgt_sentences[0] < context.tgt_bead.size())
        bead = context.tgt_bead[f.tgt_sentences[0]];
      else if (!f.src_sentences.empty() && f.src_sentences[0] < context.src_bead.size())
        bead = context.src_bead[f.src_sentences[0]];
      keyed.push_back({-static_cast<int>(f.severity), bead, c, std::move(f)});
    }
  }
  std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
    return std::tie(a.severity, a.bead, a.check) < std::tie(b.severity, b.bead, b.check);
  });
  std::vector<Finding> findings;
  findings.reserve(keyed.size());
  for (Keyed& k : keyed) findings.push_back(std::move(k.finding));
  return findings;
}

}  // namespace wirealign::check
