// The HTML form of an audit: one self-contained page, both documents side by side block by block,
// the findings highlighted in the text and listed at the top. Built as a pugixml tree, so every
// piece of text is escaped by the XML writer; the page is also well-formed XML.
#include <algorithm>
#include <cstdio>
#include <map>
#include <pugixml.hpp>
#include <sstream>
#include <string>
#include <string_view>

#include "wirealign/core/utf8.h"
#include "wirealign/report/findings.h"
#include "wirealign/report/locations.h"
#include "wirealign/report/printable.h"

namespace wirealign::report {

namespace {

// The style sheet. Browsers read <style> as raw text while the XML writer escapes '<', '>' and
// '&', so the sheet must not contain them (checked at compile time below).
constexpr std::string_view kStyle = R"(
:root { --bg: #fbfaf7; --fg: #1d1d1f; --muted: #6e6e73; --line: #e3e1da; --panel: #ffffff;
  --err: #b3261e; --err-bg: #fbd9d5; --err-tint: #fdf0ee;
  --warn: #9a6100; --warn-bg: #fbe5b6; --warn-tint: #fdf6e6;
  --info: #0b5cad; --info-bg: #d7e7fa; --info-tint: #eff5fc; color-scheme: light dark; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #1b1b1d; --fg: #e8e6e1; --muted: #9a9893; --line: #34332f; --panel: #232325;
    --err: #ff8a80; --err-bg: #5c2320; --err-tint: #34201f;
    --warn: #ffc36b; --warn-bg: #594010; --warn-tint: #302817;
    --info: #8ec3ff; --info-bg: #1d3a5c; --info-tint: #1c2633; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 15px/1.55 system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'DejaVu Sans', sans-serif; }
header, section, footer { max-width: 1500px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 20px; }
h1 { font-size: 22px; font-weight: 600; margin: 0 0 4px; }
h2 { font-size: 16px; font-weight: 600; margin: 28px 0 8px; }
.files { margin: 0; color: var(--muted); }
.files b { color: var(--fg); font-weight: 600; }
.summary { margin: 12px 0 6px; font-size: 16px; }
.summary .none { color: var(--muted); }
.count { display: inline-block; padding: 1px 10px; border-radius: 999px; margin-right: 6px;
  font-weight: 600; }
.count.sev-error { background: var(--err-bg); color: var(--err); }
.count.sev-warning { background: var(--warn-bg); color: var(--warn); }
.count.sev-info { background: var(--info-bg); color: var(--info); }
.filters { display: flex; flex-wrap: wrap; gap: 4px 14px; align-items: center; margin: 10px 0 0;
  padding: 8px 12px; background: var(--panel); border: 1px solid var(--line); border-radius: 8px;
  font-size: 13px; color: var(--muted); }
.filters label { white-space: nowrap; color: var(--fg); cursor: pointer; }
.filters .group { color: var(--muted); font-weight: 600; }
.filters .sep { width: 1px; height: 18px; background: var(--line); }
.badge { display: inline-block; min-width: 62px; text-align: center; padding: 0 6px;
  border-radius: 4px; font-size: 12px; font-weight: 600; letter-spacing: .02em; }
.badge.sev-error { background: var(--err); color: var(--panel); }
.badge.sev-warning { background: var(--warn); color: var(--panel); }
.badge.sev-info { background: var(--info); color: var(--panel); }
.kind { font-family: ui-monospace, 'DejaVu Sans Mono', monospace; font-size: 13px; }
table { border-collapse: collapse; width: 100%; background: var(--panel); }
table.list { border: 1px solid var(--line); border-radius: 8px; font-size: 14px; }
table.list th, table.list td { padding: 5px 10px; border-bottom: 1px solid var(--line);
  text-align: left; vertical-align: top; }
table.list th { font-size: 12px; font-weight: 600; color: var(--muted); }
table.list td.where, table.list td.kind { white-space: nowrap; }
table.list td.num { color: var(--muted); width: 1%; }
a { color: inherit; text-decoration-color: var(--muted); text-underline-offset: 2px; }
.sugg { color: var(--muted); }
.sugg b { color: var(--fg); font-weight: 600; }
table.aligned { table-layout: fixed; border: 1px solid var(--line); }
table.aligned col.n { width: 64px; }
table.aligned thead th { position: sticky; top: 0; z-index: 1; background: var(--panel);
  text-align: left; font-size: 12px; font-weight: 600; color: var(--muted); padding: 8px 14px;
  border-bottom: 2px solid var(--line); }
table.aligned thead th.n { width: 64px; }
tbody.block td { vertical-align: top; padding: 8px 14px; border-top: 1px solid var(--line); }
tbody.block.para td { border-top: 2px solid var(--line); }
tbody.block tr.notes td { border-top: none; padding-top: 0; }
td.n { text-align: right; color: var(--muted); font-size: 12px; line-height: 1.3;
  padding-right: 6px; }
td.n a { text-decoration: none; }
td.n .conf { display: block; font-variant-numeric: tabular-nums; opacity: .8; }
td.n .conf.low { color: var(--warn); opacity: 1; font-weight: 600; }
td.text { font-size: 16px; line-height: 1.6; overflow-wrap: anywhere; }
td.empty { color: var(--muted); font-style: italic; font-size: 14px; }
tbody.block.sev-error td.empty { background: var(--err-tint); }
tbody.block.sev-warning td.empty { background: var(--warn-tint); }
.s { unicode-bidi: isolate; }
.sn { font-size: 10px; color: var(--muted); vertical-align: super; margin-right: 2px;
  font-variant-numeric: tabular-nums; user-select: none; }
.w { border-radius: 3px; box-decoration-break: clone; -webkit-box-decoration-break: clone;
  padding: 1px 2px; }
.w.sev-error { background: var(--err-tint); box-shadow: inset 0 -2px 0 var(--err); }
.w.sev-warning { background: var(--warn-tint); box-shadow: inset 0 -2px 0 var(--warn); }
.w.sev-info { background: var(--info-tint); box-shadow: inset 0 -2px 0 var(--info); }
mark { color: inherit; border-radius: 2px; padding: 1px 0; box-decoration-break: clone;
  -webkit-box-decoration-break: clone; }
mark.sev-error { background: var(--err-bg); box-shadow: inset 0 -2px 0 var(--err); }
mark.sev-warning { background: var(--warn-bg); box-shadow: inset 0 -2px 0 var(--warn); }
mark.sev-info { background: var(--info-bg); box-shadow: inset 0 -2px 0 var(--info); }
ul.notes { list-style: none; margin: 0; padding: 0; }
ul.notes li { margin: 4px 0 2px; padding: 4px 10px; border-left: 3px solid var(--line);
  font-size: 14px; background: var(--bg); border-radius: 0 4px 4px 0; }
ul.notes li.sev-error { border-left-color: var(--err); }
ul.notes li.sev-warning { border-left-color: var(--warn); }
ul.notes li.sev-info { border-left-color: var(--info); }
ul.notes .fp { float: right; color: var(--muted); font-size: 11px; margin-left: 12px;
  font-family: ui-monospace, 'DejaVu Sans Mono', monospace; user-select: all; }
ul.notes .num { color: var(--muted); font-size: 12px; margin-right: 4px; }
ul.notes li.also { background: none; color: var(--muted); font-size: 13px; padding: 2px 10px; }
:target { scroll-margin-top: 44px; }
tbody.block:target td, li:target { animation: flash 1.6s ease-out; }
@keyframes flash { from { background: var(--warn-bg); } }
.notices { margin: 12px 0 4px; padding: 8px 12px; border: 1px solid var(--warn);
  border-left-width: 4px; border-radius: 6px; background: var(--warn-tint); font-size: 14px; }
.notices ul { margin: 4px 0 0; padding-left: 18px; }
.notices .nkind { font-family: ui-monospace, 'DejaVu Sans Mono', monospace; font-size: 12px;
  color: var(--muted); margin-right: 6px; }
.summary .muted { color: var(--muted); font-size: 14px; }
.loc { color: var(--muted); font-size: 12px; white-space: nowrap; }
td.conf { color: var(--muted); font-variant-numeric: tabular-nums; white-space: nowrap; }
footer { color: var(--muted); font-size: 12px; padding-top: 16px; padding-bottom: 32px; }
body:has(#only-flagged:checked) tbody.block:not(.flagged) { display: none; }
body:has(#show-error:not(:checked)) .f.sev-error,
body:has(#show-warning:not(:checked)) .f.sev-warning,
body:has(#show-info:not(:checked)) .f.sev-info { display: none; }
body:has(#show-error:not(:checked)) .hl.sev-error,
body:has(#show-warning:not(:checked)) .hl.sev-warning,
body:has(#show-info:not(:checked)) .hl.sev-info { background: none; box-shadow: none; }
@media print { .filters { display: none; } table.aligned thead th { position: static; } }
)";

constexpr bool markup_free(std::string_view s) {
  return s.find_first_of("<>&") == std::string_view::npos;
}
static_assert(markup_free(kStyle), "the style sheet must not contain < > or &");


// A class name part made of [a-z0-9-] only.
std::string token(std::string_view s) {
  std::string out;
  for (char c : s) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')
      out += c;
    else if (c >= 'A' && c <= 'Z')
      out += static_cast<char>(c - 'A' + 'a');
    else
      out += '_';
  }
  return out;
}

std::string sev_class(Severity s) { return "sev-" + std::string(severity_name(s)); }

// The classes that let the filters hide or unmark a finding.
std::string finding_classes(const Finding& f) {
  return sev_class(f.severity) + " k-" + token(f.kind);
}

pugi::xml_node element(pugi::xml_node parent, const char* name, const std::string& cls = {}) {
  pugi::xml_node e = parent.append_child(name);
  if (!cls.empty()) e.append_attribute("class") = cls.c_str();
  return e;
}

void text(pugi::xml_node parent, std::string_view s) {
  parent.append_child(pugi::node_pcdata).set_value(printable(s).c_str());
}

pugi::xml_node element(pugi::xml_node parent, const char* name, const std::string& cls,
                       std::string_view content) {
  pugi::xml_node e = element(parent, name, cls);
  text(e, content);
  return e;
}

void attribute(pugi::xml_node e, const char* name, std::string_view value) {
  e.append_attribute(name) = printable(value).c_str();
}

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

// "src 15, 26 · tgt 3" (sentence numbers from 1).
std::string where(const Finding& f) {
  std::string s;
  if (!f.src_sentences.empty()) s += "src " + sentence_list(f.src_sentences);
  if (!f.src_sentences.empty() && !f.tgt_sentences.empty()) s += " \u00B7 ";
  if (!f.tgt_sentences.empty()) s += "tgt " + sentence_list(f.tgt_sentences);
  return s.empty() ? "document" : s;
}

std::string confidence_of(const Finding& f) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.2f", f.confidence);
  return buf;
}

std::string tooltip(const Finding& f) {
  std::string t = std::string(severity_name(f.severity)) + " \u00B7 " + f.kind;
  if (!f.message.empty()) t += ": " + f.message;
  if (!f.suggestion.empty()) t += " \u2192 " + f.suggestion;
  return t;
}

// A stretch of a sentence marked by one finding, in bytes relative to the sentence.
struct Mark {
  std::uint32_t begin, end;
  std::size_t finding;
};

// Where the findings fall on one side: marked stretches and whole-sentence findings, per
// sentence.
struct SideMarks {
  std::vector<std::vector<Mark>> marks;         // per sentence
  std::vector<std::vector<std::size_t>> whole;  // per sentence: findings about all of it
};

SideMarks side_marks(const Document& doc, const std::vector<Finding>& findings, bool src) {
  SideMarks m;
  m.marks.resize(doc.sentences.size());
  m.whole.resize(doc.sentences.size());
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const Finding& f = findings[i];
    const auto& spans = src ? f.src_spans : f.tgt_spans;
    const auto& sentences = src ? f.src_sentences : f.tgt_sentences;
    // A finding with words marked on either side is about those words: the sentences of the
    // other side are context, not highlighted.
    const bool has_spans = !f.src_spans.empty() || !f.tgt_spans.empty();
    for (const Span& sp : spans) {
      // The sentence holding the span's start (the last one starting at or before it).
      auto it =
          std::upper_bound(doc.sentences.begin(), doc.sentences.end(), sp.begin,
                           [](std::uint32_t b, const Sentence& s) { return b < s.span.begin; });
      if (it == doc.sentences.begin()) continue;
      --it;
      const Sentence& s = *it;
      const std::uint32_t b = std::max(sp.begin, s.span.begin);
      const std::uint32_t e = std::min(sp.end, s.span.end);
      if (b >= e) continue;
      const auto k = static_cast<std::size_t>(it - doc.sentences.begin());
      m.marks[k].push_back({b - s.span.begin, e - s.span.begin, i});
    }
    if (has_spans) continue;
    for (std::uint32_t k : sentences)
      if (k < doc.sentences.size()) m.whole[k].push_back(i);
  }
  return m;
}

// Moves `i` back to the start of a UTF-8 sequence in `s`.
std::uint32_t char_start(std::string_view s, std::uint32_t i) {
  while (i > 0 && i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return i;
}

class Page {
 public:
  explicit Page(const CheckedPair& pair)
      : pair_(pair),
        src_lines_(pair.src.input),
        tgt_lines_(pair.tgt.input),
        src_marks_(side_marks(pair.src, pair.findings, true)),
        tgt_marks_(side_marks(pair.tgt, pair.findings, false)) {
    block_of_ = finding_blocks(pair.src, pair.tgt, pair.alignment, pair.findings);
    notes_.resize(pair.alignment.beads.size());
    for (std::size_t i = 0; i < pair.findings.size(); ++i)
      if (block_of_[i] != kNone) notes_[block_of_[i]].push_back(i);
  }

  void write(std::ostream& out) {
    doc_.append_child(pugi::node_doctype).set_value("html");
    pugi::xml_node html = doc_.append_child("html");
    html.append_attribute("xmlns") = "http://www.w3.org/1999/xhtml";
    html.append_attribute("lang") = "en";
    head(html);
    pugi::xml_node body = html.append_child("body");
    header(body);
    list(body);
    blocks(body);
    pugi::xml_node footer = element(body, "footer");
    text(footer,
         "Sentences are numbered from 1. A block's confidence is the estimated probability that "
         "it joins exactly the right sentences. Made by wirealign " WIREALIGN_VERSION ".");

    std::ostringstream xml;
    doc_.save(xml, "",
              pugi::format_raw | pugi::format_no_declaration | pugi::format_no_empty_element_tags,
              pugi::encoding_utf8);
    // Void elements are written "<meta ...></meta>" by format_no_empty_element_tags (which keeps
    // every other element from becoming "<td/>", a start tag to an HTML parser). "></meta>" cannot
    // occur in escaped text, so turning it into "/>" touches markup only.
    std::string page = xml.str();
    for (std::string_view tag : {"></meta>", "></input>"}) {
      for (std::size_t at = page.find(tag); at != std::string::npos; at = page.find(tag, at))
        page.replace(at, tag.size(), "/>");
    }
    out << page;
  }

 private:
  static constexpr std::size_t kNone = kNoBlock;

  void head(pugi::xml_node html) {
    pugi::xml_node head = html.append_child("head");
    element(head, "meta").append_attribute("charset") = "utf-8";
    pugi::xml_node viewport = element(head, "meta");
    viewport.append_attribute("name") = "viewport";
    viewport.append_attribute("content") = "width=device-width, initial-scale=1";
    pugi::xml_node generator = element(head, "meta");
    generator.append_attribute("name") = "generator";
    generator.append_attribute("content") = "wirealign " WIREALIGN_VERSION;
    element(head, "title", {},
            "Audit of " + pair_.tgt.input.name + " against " + pair_.src.input.name);
    text(element(head, "style"), kStyle);
    // Filters by kind: one rule per kind present (kind names are made of [a-z0-9-_]).
    std::string kinds;
    for (const std::string& kind : kinds_) {
      const std::string k = token(kind);
      kinds += "body:has(#show-k-" + k + ":not(:checked)) .f.k-" + k + " { display: none; }\n";
      kinds += "body:has(#show-k-" + k + ":not(:checked)) .hl.k-" + k +
               " { background: none; box-shadow: none; }\n";
    }
    if (!kinds.empty()) text(element(head, "style"), kinds);
  }

  void header(pugi::xml_node body) {
    pugi::xml_node header = element(body, "header");
    element(header, "h1", {}, "Translation audit");
    pugi::xml_node files = element(header, "p", "files");
    auto side = [&](const Document& d, const char* role) {
      text(files, std::string(role) + " ");
      element(files, "b", {}, d.input.name);
      text(files, " (" + d.lang + ", " + plural(d.sentences.size(), "sentence", "sentences") + ")");
    };
    side(pair_.src, "Source");
    text(files, " \u2192 ");
    side(pair_.tgt, "target");
    text(files,
         " \u00B7 " + plural(pair_.alignment.beads.size(), "aligned block", "aligned blocks"));

    if (pair_.notices && !pair_.notices->empty()) {
      pugi::xml_node banner = element(header, "div", "notices");
      attribute(banner, "role", "note");
      element(banner, "b", {}, "Notices about this run");
      pugi::xml_node ul = element(banner, "ul");
      for (const Notice& n : *pair_.notices) {
        pugi::xml_node li = element(ul, "li");
        element(li, "span", "nkind", n.kind);
        text(li, n.subject.empty() ? n.message : n.subject + ": " + n.message);
      }
    }

    std::size_t counts[3] = {0, 0, 0};
    for (const Finding& f : pair_.findings) ++counts[static_cast<int>(f.severity)];
    pugi::xml_node summary = element(header, "p", "summary");
    const std::string muted =
        pair_.muted == 0 ? std::string()
                         : plural(pair_.muted, "finding", "findings") + " muted by the ignore list";
    if (pair_.findings.empty()) {
      element(summary, "span", "none",
              "No findings: nothing to report" + (muted.empty() ? "" : " (" + muted + ")") + ".");
      return;
    }
    const Severity order[] = {Severity::error, Severity::warning, Severity::info};
    const char* one[] = {"error", "warning", "info"};
    const char* many[] = {"errors", "warnings", "info"};
    for (int g = 0; g < 3; ++g) {
      const std::size_t n = counts[static_cast<int>(order[g])];
      element(summary, "span", "count " + sev_class(order[g]), plural(n, one[g], many[g]));
    }
    if (!muted.empty()) element(summary, "span", "muted", muted);

    // Filters: plain checkboxes; the style sheet hides what is unchecked (no script).
    pugi::xml_node filters = element(header, "div", "filters");
    element(filters, "span", "group", "Show");
    for (int g = 0; g < 3; ++g) {
      const std::size_t n = counts[static_cast<int>(order[g])];
      if (n == 0) continue;
      checkbox(filters, "show-" + std::string(one[g]), many[g], n, true);
    }
    element(filters, "span", "sep");
    for (const std::string& kind : kinds_) {
      std::size_t n = 0;
      for (const Finding& f : pair_.findings) n += f.kind == kind;
      checkbox(filters, "show-k-" + token(kind), kind, n, true);
    }
    element(filters, "span", "sep");
    checkbox(filters, "only-flagged", "only blocks with findings", 0, false);
  }

  void checkbox(pugi::xml_node parent, const std::string& id, std::string_view label, std::size_t n,
                bool checked) {
    pugi::xml_node l = element(parent, "label");
    pugi::xml_node input = element(l, "input");
    input.append_attribute("type") = "checkbox";
    input.append_attribute("id") = id.c_str();
    if (checked) input.append_attribute("checked") = "checked";
    text(l, " " + std::string(label) + (n > 0 ? " (" + std::to_string(n) + ")" : ""));
  }

  // The findings, in the order given, each linking to its block.
  void list(pugi::xml_node body) {
    if (pair_.findings.empty()) return;
    pugi::xml_node section = element(body, "section");
    section.append_attribute("id") = "findings";
    element(section, "h2", {}, "Findings");
    pugi::xml_node table = element(section, "table", "list");
    pugi::xml_node tr = element(element(table, "thead"), "tr");
    for (const char* h : {"#", "severity", "kind", "where", "confidence", "what, and what to do"})
      element(tr, "th", {}, h);
    pugi::xml_node tbody = element(table, "tbody");
    for (std::size_t i = 0; i < pair_.findings.size(); ++i) {
      const Finding& f = pair_.findings[i];
      pugi::xml_node row = element(tbody, "tr", "f " + finding_classes(f));
      element(row, "td", "num", std::to_string(i + 1));
      element(element(row, "td"), "span", "badge " + sev_class(f.severity),
              severity_name(f.severity));
      element(row, "td", "kind", f.kind);
      pugi::xml_node at = element(row, "td", "where");
      if (block_of_[i] != kNone) {
        pugi::xml_node a = element(at, "a", {}, where(f));
        attribute(a, "href", "#f" + std::to_string(i + 1));
      } else {
        text(at, where(f));
      }
      if (const std::string lines = file_where(f); !lines.empty()) element(at, "div", "loc", lines);
      element(row, "td", "conf", confidence_of(f));
      pugi::xml_node what = element(row, "td");
      text(what, f.message);
      suggestion(what, f);
      tbody.append_child(pugi::node_pcdata).set_value("\n");
    }
  }

  void suggestion(pugi::xml_node parent, const Finding& f) {
    if (f.suggestion.empty()) return;
    pugi::xml_node s = element(parent, "div", "sugg");
    element(s, "b", {}, "\u2192 ");
    text(s, f.suggestion);
  }

  void blocks(pugi::xml_node body) {
    pugi::xml_node section = element(body, "section");
    section.append_attribute("id") = "text";
    element(section, "h2", {}, "Aligned text");
    pugi::xml_node table = element(section, "table", "aligned");
    pugi::xml_node tr = element(element(table, "thead"), "tr");
    element(tr, "th", "n", "block");
    pugi::xml_node th = element(tr, "th", {}, "Source \u00B7 " + pair_.src.input.name);
    attribute(th, "lang", pair_.src.lang);
    th = element(tr, "th", {}, "Target \u00B7 " + pair_.tgt.input.name);
    attribute(th, "lang", pair_.tgt.lang);
    for (std::size_t b = 0; b < pair_.alignment.beads.size(); ++b) block(table, b);
  }

  void block(pugi::xml_node table, std::size_t b) {
    const Bead& bead = pair_.alignment.beads[b];
    // The block's classes: flagged, the worst severity among its findings, a paragraph start.
    std::string cls = "block";
    int worst = -1;
    std::vector<std::size_t> elsewhere;  // findings marking this block, explained under another
    auto note = [&](std::size_t i) {
      worst = std::max(worst, static_cast<int>(pair_.findings[i].severity));
      if (block_of_[i] != b && block_of_[i] != kNone &&
          std::find(elsewhere.begin(), elsewhere.end(), i) == elsewhere.end())
        elsewhere.push_back(i);
    };
    for (std::size_t i : notes_[b]) note(i);
    for (auto i = bead.src_begin; i < bead.src_end && i < src_marks_.whole.size(); ++i) {
      for (std::size_t f : src_marks_.whole[i]) note(f);
      for (const Mark& m : src_marks_.marks[i]) note(m.finding);
    }
    for (auto k = bead.tgt_begin; k < bead.tgt_end && k < tgt_marks_.whole.size(); ++k) {
      for (std::size_t f : tgt_marks_.whole[k]) note(f);
      for (const Mark& m : tgt_marks_.marks[k]) note(m.finding);
    }
    if (worst >= 0) cls += " flagged " + sev_class(static_cast<Severity>(worst));
    if (starts_paragraph(bead)) cls += " para";

    pugi::xml_node tbody = element(table, "tbody", cls);
    attribute(tbody, "id", "b" + std::to_string(b + 1));
    pugi::xml_node tr = element(tbody, "tr");
    pugi::xml_node n = element(tr, "td", "n");
    attribute(n, "title",
              "block " + std::to_string(b + 1) + ": " + std::to_string(bead.src_size()) + "\u2013" +
                  std::to_string(bead.tgt_size()) + ", confidence " + confidence(bead.confidence));
    attribute(element(n, "a", {}, std::to_string(b + 1)), "href", "#b" + std::to_string(b + 1));
    element(n, "span", bead.confidence < 0.5 ? "conf low" : "conf", confidence(bead.confidence));
    side(tr, pair_.src, src_marks_, bead.src_begin, bead.src_end,
         "nothing in the source: the target adds this");
    side(tr, pair_.tgt, tgt_marks_, bead.tgt_begin, bead.tgt_end,
         "nothing in the target: not translated");

    std::sort(elsewhere.begin(), elsewhere.end());
    if (!notes_[b].empty() || !elsewhere.empty()) {
      pugi::xml_node notes = element(tbody, "tr", "notes");
      element(notes, "td", {}, "\u00A0");
      pugi::xml_node td = element(notes, "td");
      td.append_attribute("colspan") = "2";
      pugi::xml_node ul = element(td, "ul", "notes");
      for (std::size_t i : notes_[b]) {
        const Finding& f = pair_.findings[i];
        pugi::xml_node li = element(ul, "li", "f " + finding_classes(f));
        attribute(li, "id", "f" + std::to_string(i + 1));
        if (!f.fingerprint.empty()) {
          pugi::xml_node fp = element(li, "span", "fp", f.fingerprint);
          attribute(fp, "title", "fingerprint: add it to an ignore file to mute this finding");
        }
        element(li, "span", "num", "#" + std::to_string(i + 1));
        element(li, "span", "badge " + sev_class(f.severity), severity_name(f.severity));
        text(li, " ");
        element(li, "span", "kind", f.kind);
        text(li, " \u00B7 " + where(f) + " \u00B7 ");
        text(li, f.message);
        text(li, " \u00B7 confidence " + confidence_of(f));
        suggestion(li, f);
      }
      for (std::size_t i : elsewhere) {
        const Finding& f = pair_.findings[i];
        pugi::xml_node li = element(ul, "li", "f also " + finding_classes(f));
        element(li, "span", "num", "#" + std::to_string(i + 1));
        element(li, "span", "badge " + sev_class(f.severity), severity_name(f.severity));
        text(li, " ");
        element(li, "span", "kind", f.kind);
        text(li, " also marks this block: ");
        const std::string to = "f" + std::to_string(i + 1);
        attribute(element(li, "a", {}, "see block " + std::to_string(block_of_[i] + 1)), "href",
                  "#" + to);
      }
    }
    table.append_child(pugi::node_pcdata).set_value("\n");
  }

  bool starts_paragraph(const Bead& bead) const {
    auto starts = [](const Document& d, std::uint32_t i, std::uint32_t end) {
      return i < end && i > 0 && i < d.sentences.size() &&
             d.sentences[i].paragraph != d.sentences[i - 1].paragraph;
    };
    return starts(pair_.src, bead.src_begin, bead.src_end) ||
           starts(pair_.tgt, bead.tgt_begin, bead.tgt_end);
  }

  static std::string confidence(double c) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.2f", c);
    return buf;
  }

  // One side of a block: its sentences, or a note saying the side is empty.
  void side(pugi::xml_node tr, const Document& doc, const SideMarks& marks, std::uint32_t begin,
            std::uint32_t end, const char* empty) {
    end = std::min<std::uint32_t>(end, static_cast<std::uint32_t>(doc.sentences.size()));
    if (begin >= end) {
      element(tr, "td", "empty", empty);
      return;
    }
    pugi::xml_node td = element(tr, "td", "text");
    attribute(td, "lang", doc.lang);
    td.append_attribute("dir") = "auto";
    for (std::uint32_t i = begin; i < end; ++i) {
      if (i > begin) text(td, " ");
      sentence(td, doc, i, marks);
    }
  }

  // A sentence: its number, then its text with the marked stretches; wrapped in one highlight
  // per whole-sentence finding.
  void sentence(pugi::xml_node parent, const Document& doc, std::uint32_t i,
                const SideMarks& marks) {
    pugi::xml_node s = element(parent, "span", "s");
    element(s, "span", "sn", std::to_string(i + 1));
    pugi::xml_node inner = s;
    std::vector<std::size_t> whole = marks.whole[i];
    // Least severe outermost, so the most severe colour is painted last.
    std::stable_sort(whole.begin(), whole.end(), [&](std::size_t a, std::size_t b) {
      return pair_.findings[a].severity < pair_.findings[b].severity;
    });
    for (std::size_t f : whole) {
      inner = element(inner, "span", "w hl " + finding_classes(pair_.findings[f]));
      attribute(inner, "title", tooltip(pair_.findings[f]));
    }
    const std::string_view t = doc.input.view(doc.sentences[i].span);
    // Cut the sentence at every mark boundary; each piece is wrapped in one <mark> per finding
    // covering it (nested, never crossing), so overlapping findings stay well-formed.
    std::vector<std::uint32_t> cuts = {0, static_cast<std::uint32_t>(t.size())};
    for (const Mark& m : marks.marks[i]) {
      cuts.push_back(char_start(t, m.begin));
      cuts.push_back(char_start(t, m.end));
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    for (std::size_t c = 0; c + 1 < cuts.size(); ++c) {
      const std::uint32_t a = cuts[c], z = cuts[c + 1];
      std::vector<std::size_t> covering;
      for (const Mark& m : marks.marks[i])
        if (char_start(t, m.begin) <= a && z <= char_start(t, m.end)) covering.push_back(m.finding);
      std::sort(covering.begin(), covering.end());
      covering.erase(std::unique(covering.begin(), covering.end()), covering.end());
      std::stable_sort(covering.begin(), covering.end(), [&](std::size_t x, std::size_t y) {
        return pair_.findings[x].severity < pair_.findings[y].severity;
      });
      pugi::xml_node into = inner;
      for (std::size_t f : covering) {
        into = element(into, "mark", "hl " + finding_classes(pair_.findings[f]));
        attribute(into, "title", tooltip(pair_.findings[f]));
      }
      text(into, t.substr(a, z - a));
    }
  }

  // "en.txt:3 → fr.txt:5, 9": the lines of the input files the finding's sentences start on.
  std::string file_where(const Finding& f) const {
    const std::string src = file_lines(pair_.src, src_lines_, f.src_sentences);
    const std::string tgt = file_lines(pair_.tgt, tgt_lines_, f.tgt_sentences);
    return src + (!src.empty() && !tgt.empty() ? " \u2192 " : "") + tgt;
  }

  const CheckedPair& pair_;
  Lines src_lines_, tgt_lines_;
  SideMarks src_marks_, tgt_marks_;
  std::vector<std::size_t> block_of_;            // per finding: its block, or kNone
  std::vector<std::vector<std::size_t>> notes_;  // per block: findings explained under it
  std::vector<std::string> kinds_ = [this] {     // kinds present, in order of first finding
    std::vector<std::string> k;
    for (const Finding& f : pair_.findings)
      if (std::find(k.begin(), k.end(), f.kind) == k.end()) k.push_back(f.kind);
    return k;
  }();
  pugi::xml_document doc_;
};

}  // namespace

void write_findings_html(std::ostream& out, const CheckedPair& pair) { Page(pair).write(out); }

}  // namespace wirealign::report
