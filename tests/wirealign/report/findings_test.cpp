// Tests of the audit reports in text and HTML: marks on the right words (multi-byte text included),
// grouping by severity, colour only when asked, well-formed HTML whatever the text holds.
#include "wirealign/report/findings.h"

#include <catch2/catch.hpp>
#include <functional>
#include <pugixml.hpp>
#include <random>
#include <set>
#include <sstream>

namespace {

using namespace wirealign;

// A document whose sentences are the lines of `text` (built directly: the writers must cope with
// text the reader would refuse, such as control characters).
Document doc(const std::string& text, const std::string& code) {
  Document d;
  d.lang = code;
  d.input.name = code + ".txt";
  d.input.text = text;
  d.input.original = text;
  for (std::uint32_t i = 0; i <= text.size(); ++i) d.input.offsets.push_back(i);
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    Sentence s;
    s.span = {static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)};
    s.original = s.span;
    s.paragraph = static_cast<std::uint32_t>(d.sentences.size());
    s.text = text.substr(start, end - start);
    d.sentences.push_back(s);
    start = end + 1;
  }
  d.paragraphs = static_cast<std::uint32_t>(d.sentences.size());
  return d;
}

// The span of the `nth` occurrence of `word` in `d`.
Span find(const Document& d, const std::string& word, int nth = 0) {
  std::size_t at = d.input.text.find(word);
  while (nth-- > 0) at = d.input.text.find(word, at + 1);
  REQUIRE(at != std::string::npos);
  return {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + word.size())};
}

Finding finding(std::string kind, Severity severity, std::vector<std::uint32_t> src,
                std::vector<std::uint32_t> tgt, std::vector<Span> src_spans,
                std::vector<Span> tgt_spans, std::string message, std::string suggestion = {}) {
  Finding f;
  f.kind = std::move(kind);
  f.severity = severity;
  f.src_sentences = std::move(src);
  f.tgt_sentences = std::move(tgt);
  f.src_spans = std::move(src_spans);
  f.tgt_spans = std::move(tgt_spans);
  f.message = std::move(message);
  f.suggestion = std::move(suggestion);
  f.fingerprint = "0123456789abcdef";
  return f;
}

const std::string kSource =
    "The CSTO held exercises near Dushanbe.\n"
    "About 1,500 soldiers took part.\n"
    "The drills will continue.\n";
const std::string kTarget =
    "Le CSTO a organisé des exercices près de Douchanbé.\n"
    "Environ 1 500 soldats y ont participé.\n"
    "Partagez cette histoire !\n";

struct Example {
  Document src = doc(kSource, "en");
  Document tgt = doc(kTarget, "fr");
  Alignment alignment;
  std::vector<Finding> findings;
  Example() {
    alignment.beads = {{0, 1, 0, 1, 0.97}, {1, 2, 1, 2, 0.9}, {2, 3, 2, 2, 0.4}, {3, 3, 2, 3, 0.6}};
    findings.push_back(
        finding("calque", Severity::info, {1}, {1}, {}, {find(tgt, "participé")}, "Style."));
    findings.push_back(finding(
        "untranslated-acronym", Severity::error, {0}, {0}, {find(src, "CSTO")}, {find(tgt, "CSTO")},
        "\"CSTO\" is the English acronym; French writes \"OTSC\".", "Write \"OTSC\"."));
    findings.push_back(finding("addition", Severity::warning, {}, {2}, {}, {},
                               "Boilerplate with no counterpart in the source."));
    findings.push_back(
        finding("name-mismatch", Severity::error, {0}, {0}, {}, {find(tgt, "Douchanbé")}, "Name."));
    findings.push_back(finding("omission", Severity::error, {2}, {}, {}, {},
                               "Source sentence 3 has no translation."));
  }
  report::CheckedPair pair() const { return {src, tgt, alignment, findings}; }
};

std::string text_report(const report::CheckedPair& pair, report::TextStyle style = {}) {
  std::ostringstream out;
  report::write_findings_text(out, pair, style);
  return out.str();
}

std::string html_report(const report::CheckedPair& pair) {
  std::ostringstream out;
  report::write_findings_html(out, pair);
  return out.str();
}

// The text inside `node`, markup removed.
std::string inner_text(pugi::xml_node node) {
  std::string s;
  for (pugi::xml_node c : node.children()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata)
      s += c.value();
    else if (c.type() == pugi::node_element)
      s += inner_text(c);
  }
  return s;
}

// Every element of `root` named `name` whose class list contains `cls` (or any class when empty).
std::vector<pugi::xml_node> elements(pugi::xml_node root, const char* name,
                                     const std::string& cls = {}) {
  std::vector<pugi::xml_node> found;
  std::function<void(pugi::xml_node)> walk = [&](pugi::xml_node n) {
    for (pugi::xml_node c : n.children()) {
      if (c.type() != pugi::node_element) continue;
      if (std::string(c.name()) == name) {
        std::istringstream classes(c.attribute("class").value());
        std::string one;
        bool match = cls.empty();
        while (classes >> one) match = match || one == cls;
        if (match) found.push_back(c);
      }
      walk(c);
    }
  };
  walk(root);
  return found;
}

// The parsed page; fails the test if it is not well-formed XML.
pugi::xml_document parse(const std::string& html) {
  pugi::xml_document x;
  const pugi::xml_parse_result r = x.load_string(
      html.c_str(), pugi::parse_default | pugi::parse_doctype | pugi::parse_ws_pcdata);
  INFO(r.description() << " at " << r.offset << ": " << html.substr(r.offset, 80));
  REQUIRE(r);
  return x;
}

// The text cell of one side ("en" or "fr") of block `b` (from 1).
pugi::xml_node cell(const pugi::xml_document& x, int b, const std::string& lang) {
  std::string id = "b";
  id += std::to_string(b);
  const pugi::xml_node block =
      x.find_node([&](pugi::xml_node n) { return id == n.attribute("id").value(); });
  REQUIRE(block);
  for (pugi::xml_node td : elements(block, "td"))
    if (lang == td.attribute("lang").value()) return td;
  return {};
}

}  // namespace

TEST_CASE("The text report says so in one line when there is nothing to report", "[report]") {
  const Example e;
  const std::vector<Finding> none;
  CHECK(text_report({e.src, e.tgt, e.alignment, none}) ==
        "No findings in 3 source / 3 target sentences.\n");
}

TEST_CASE("The text report starts with a summary and groups findings, errors first", "[report]") {
  const Example e;
  const std::string out = text_report(e.pair());
  CHECK(out.rfind("3 errors, 1 warning, 1 info in 3 source / 3 target sentences\n", 0) == 0);
  const auto errors = out.find("Errors (3)"), warnings = out.find("Warnings (1)"),
             info = out.find("Info (1)");
  REQUIRE(errors != std::string::npos);
  REQUIRE(warnings != std::string::npos);
  REQUIRE(info != std::string::npos);
  CHECK(errors < warnings);
  CHECK(warnings < info);
  // Each finding sits in its group, whatever the order it was given in.
  CHECK(out.find("error untranslated-acronym") > errors);
  CHECK(out.find("error untranslated-acronym") < warnings);
  CHECK(out.find("error omission") < warnings);
  CHECK(out.find("warning addition") > warnings);
  CHECK(out.find("info calque") > info);
}

TEST_CASE("The text report quotes both sentences with the words concerned marked", "[report]") {
  const Example e;
  const std::string out = text_report(e.pair());
  CHECK(out.find("src 1  The \u27E6CSTO\u27E7 held exercises near Dushanbe.") != std::string::npos);
  CHECK(out.find("tgt 1  Le \u27E6CSTO\u27E7 a organisé") != std::string::npos);
  // Multi-byte: the é belongs to the marked word.
  CHECK(out.find("près de \u27E6Douchanbé\u27E7.") != std::string::npos);
  CHECK(out.find("→ Write \"OTSC\".") != std::string::npos);
  CHECK(out.find("fingerprint 0123456789abcdef") != std::string::npos);
  // Where: the line of each input; whole-sentence findings have no marks.
  CHECK(out.find("en.txt:1 \u2192 fr.txt:1") != std::string::npos);
  CHECK(out.find("omission  en.txt:3\n") != std::string::npos);
  CHECK(out.find("tgt 3  Partagez cette histoire !\n") != std::string::npos);
  CHECK(out.find('\x1B') == std::string::npos);
}

TEST_CASE("Colour marks words with ANSI bold and colour instead of brackets", "[report]") {
  const Example e;
  const std::string out = text_report(e.pair(), {.colour = true});
  CHECK(out.find("\x1B[1m\x1B[31mCSTO\x1B[0m") != std::string::npos);
  CHECK(out.find("\u27E6") == std::string::npos);
}

TEST_CASE("The text report never sends control characters from the text to the terminal",
          "[report]") {
  Example e;
  const Document src = doc("Evil \x1B[2J text\x07.\n", "en");
  const Document tgt =
      doc("Mal \x1B]0;title\x07 \xC2\x9B"
          "31m.\n",
          "fr");
  Alignment a;
  a.beads = {{0, 1, 0, 1, 0.5}};
  const std::vector<Finding> f = {
      finding("weak-alignment", Severity::warning, {0}, {0}, {}, {}, "msg \x1B[31m", "\x1B[0m")};
  for (bool colour : {false, true}) {
    const std::string out = text_report({src, tgt, a, f}, {.colour = colour});
    // Only our own sequences: ESC followed by '[' and a digit, ending in 'm'.
    for (std::size_t i = out.find('\x1B'); i != std::string::npos; i = out.find('\x1B', i + 1)) {
      const std::size_t m = out.find('m', i);
      REQUIRE(m != std::string::npos);
      CHECK(out.substr(i + 1, 1) == "[");
      CHECK(out.substr(i + 2, m - i - 2).find_first_not_of("0123456789;") == std::string::npos);
    }
    CHECK(out.find("\xC2\x9B") == std::string::npos);  // the C1 control CSI
    CHECK(out.find('\x07') == std::string::npos);
    CHECK(out.find("\u241B[2J") != std::string::npos);  // shown as ␛
  }
}

TEST_CASE("Long sentences are shortened around the marked words, which are kept", "[report]") {
  std::string filler, filler2;
  for (int i = 0; i < 60; ++i) {
    filler += "mot" + std::to_string(i) + " ";
    filler2 += "terme" + std::to_string(i) + " ";
  }
  const Document src = doc("Short source.\n", "en");
  const Document tgt = doc(filler + "le CSTO " + filler2 + "fin.\n", "fr");
  Alignment a;
  a.beads = {{0, 1, 0, 1, 0.9}};
  const std::vector<Finding> f = {
      finding("untranslated-acronym", Severity::error, {0}, {0}, {}, {find(tgt, "CSTO")}, "m")};
  const std::string out = text_report({src, tgt, a, f}, {.width = 80, .long_sentence = 120});
  CHECK(out.find("\u27E6CSTO\u27E7") != std::string::npos);
  CHECK(out.find("\u2026 ") != std::string::npos);
  CHECK(out.find("mot0 ") == std::string::npos);  // the start is elided
  CHECK(out.find("fin.") == std::string::npos);   // and the end
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);) {
    std::size_t columns = 0;  // code points (all of them one column wide here)
    for (char c : line) columns += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    CAPTURE(line);
    CHECK(columns <= 80);
  }
  // Whole-sentence findings keep the start and the end.
  const std::vector<Finding> whole = {finding("addition", Severity::warning, {}, {0}, {}, {}, "m")};
  const std::string out2 = text_report({src, tgt, a, whole}, {.width = 0, .long_sentence = 120});
  CHECK(out2.find("tgt 1  mot0 mot1 ") != std::string::npos);
  CHECK(out2.find(" \u2026 ") != std::string::npos);
  CHECK(out2.find("fin.\n") != std::string::npos);
}

TEST_CASE("The HTML page is well-formed, self-contained and side by side", "[report]") {
  const Example e;
  const std::string html = html_report(e.pair());
  CHECK(html.rfind("<!DOCTYPE html><html", 0) == 0);
  const pugi::xml_document x = parse(html);
  const pugi::xml_node root = x.child("html");
  CHECK(std::string(root.child("head").child("meta").attribute("charset").value()) == "utf-8");
  // No external resources, no script.
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<link") == std::string::npos);
  CHECK(html.find("src=") == std::string::npos);
  CHECK(html.find("http://") == html.find("http://www.w3.org/1999/xhtml"));
  CHECK(html.find("https://") == std::string::npos);
  // Void elements are self-closed, every other element has an end tag (an HTML parser reads
  // "<td/>" as an unclosed start tag).
  CHECK(html.find("</meta>") == std::string::npos);
  CHECK(html.find("</input>") == std::string::npos);
  for (std::size_t at = html.find("/>"); at != std::string::npos; at = html.find("/>", at + 1)) {
    const std::size_t open = html.rfind('<', at);
    const std::string tag = html.substr(open + 1, html.find_first_of(" />", open) - open - 1);
    CHECK((tag == "meta" || tag == "input"));
  }
  // One block per bead, with the language of each side.
  CHECK(elements(root, "tbody", "block").size() == 4);
  CHECK(cell(x, 1, "en"));
  CHECK(cell(x, 1, "fr"));
  // Empty sides are said to be empty.
  CHECK(inner_text(cell(x, 3, "en")).find("Dushanbe") == std::string::npos);
  CHECK(html.find("nothing in the target: not translated") != std::string::npos);
  CHECK(html.find("nothing in the source: the target adds this") != std::string::npos);
  // A summary and the list of findings, each linking to an element of the page.
  CHECK(inner_text(root).find("3 errors") != std::string::npos);
  CHECK(elements(root, "tr", "f").size() == e.findings.size());
  CHECK(elements(root, "li", "f").size() == e.findings.size());
  std::set<std::string> ids;
  for (pugi::xpath_node n : x.select_nodes("//*[@id]"))
    ids.insert(n.node().attribute("id").value());
  for (pugi::xpath_node n : x.select_nodes("//a[@href]")) {
    const std::string href = n.node().attribute("href").value();
    REQUIRE(href.size() > 1);
    CHECK(href[0] == '#');
    CHECK(ids.count(href.substr(1)) == 1);
  }
  // The filters have a rule for each kind present.
  CHECK(html.find("#show-k-untranslated-acronym:not(:checked)) .f.k-untranslated-acronym") !=
        std::string::npos);
}

TEST_CASE("The HTML page highlights the words concerned, multi-byte ones included", "[report]") {
  const Example e;
  const pugi::xml_document x = parse(html_report(e.pair()));
  const pugi::xml_node fr = cell(x, 1, "fr");
  const auto marks = elements(fr, "mark");
  REQUIRE(marks.size() == 2);
  CHECK(std::string(inner_text(marks[0])) == "CSTO");
  CHECK(std::string(inner_text(marks[1])) == "Douchanbé");
  CHECK(elements(fr, "mark", "sev-error").size() == 2);
  CHECK(inner_text(elements(cell(x, 1, "en"), "mark").at(0)) == "CSTO");
  // The text is all there, in order, around the marks (after the sentence number).
  CHECK(inner_text(fr) == "1" + kTarget.substr(0, kTarget.find('\n')));
  // Whole-sentence findings highlight the sentence: the omitted source sentence, the addition.
  const auto omitted = elements(cell(x, 3, "en"), "span", "w");
  REQUIRE(omitted.size() == 1);
  CHECK(inner_text(omitted[0]) == "The drills will continue.");
  CHECK(elements(cell(x, 4, "fr"), "span", "sev-warning").size() == 1);
  // A finding with marks on one side leaves the other side's sentence unhighlighted.
  CHECK(elements(cell(x, 2, "en"), "span", "w").empty());
  CHECK(elements(cell(x, 2, "en"), "mark").empty());
}

TEST_CASE("Overlapping highlights nest instead of crossing", "[report]") {
  const Document src = doc("One two three four five.\n", "en");
  const Document tgt = doc("Un deux trois quatre cinq.\n", "fr");
  Alignment a;
  a.beads = {{0, 1, 0, 1, 0.9}};
  const std::vector<Finding> f = {
      finding("number-mismatch", Severity::error, {0}, {0}, {}, {find(tgt, "deux trois")}, "a"),
      finding("weak-alignment", Severity::info, {0}, {0}, {}, {find(tgt, "trois quatre")}, "b")};
  const pugi::xml_document x = parse(html_report({src, tgt, a, f}));
  const pugi::xml_node fr = cell(x, 1, "fr");
  CHECK(inner_text(fr) == "1Un deux trois quatre cinq.");
  // "trois" carries both findings: the error inside the info.
  bool nested = false;
  for (pugi::xml_node m : elements(fr, "mark", "sev-info"))
    for (pugi::xml_node inner : elements(m, "mark", "sev-error"))
      nested = nested || inner_text(inner) == "trois";
  CHECK(nested);
}

TEST_CASE("The HTML page stays well-formed and faithful whatever the text holds", "[report]") {
  // Markup, entities, CDATA ends, quotes, control characters, C1 controls, non-characters,
  // right-to-left and astral text.
  const std::string hostile =
      "<b>A & B</b> ]]> \"q\" 'a' &amp; <!-- x --> <script>alert(1)</script> "
      "\x1B[31m\x01\x7F \xC2\x85 \xEF\xBF\xBE \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xF0\x9F\x98\x80.";
  Document src = doc(hostile + "\n", "en\"<x>");
  Document tgt = doc(hostile + "\n", "fr");
  src.input.name = "<evil & \"name\">.txt";
  Alignment a;
  a.beads = {{0, 1, 0, 1, 0.5}};
  const std::vector<Finding> f = {finding("<kind> & \"x\"", Severity::error, {0}, {0},
                                          {find(src, "A & B")}, {find(tgt, "]]>")}, hostile,
                                          hostile)};
  const std::string html = html_report({src, tgt, a, f});
  for (char c : html) CHECK_FALSE((static_cast<unsigned char>(c) < 0x20 && c != '\n'));
  CHECK(html.find("<script>") == std::string::npos);
  CHECK(html.find("<b>A") == std::string::npos);
  const pugi::xml_document x = parse(html);
  const pugi::xml_node fr = cell(x, 1, "fr");
  const std::string shown = inner_text(fr);
  CHECK(shown.find("<b>A & B</b> ]]> \"q\" 'a' &amp; <!-- x --> <script>alert(1)</script>") !=
        std::string::npos);
  CHECK(shown.find("\u241B[31m\u2401\u2421") != std::string::npos);  // ␛ ␁ ␡
  CHECK(shown.find("\xEF\xBF\xBE") == std::string::npos);            // U+FFFE replaced
  CHECK(shown.find("\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xF0\x9F\x98\x80.") != std::string::npos);
  CHECK(inner_text(elements(fr, "mark").at(0)) == "]]>");
  CHECK(inner_text(elements(cell(x, 1, "en\"<x>"), "mark").at(0)) == "A & B");
  CHECK(std::string(x.child("html").child("head").child("title").text().get())
            .find("<evil & \"name\">.txt") != std::string::npos);
}

TEST_CASE("Random overlapping spans keep the HTML well-formed and the text intact", "[report]") {
  std::mt19937 rng(7);
  const std::string sentence = "Élan ça 1 500 € — « mot » \xF0\x9F\x98\x80 fin ẞ ok.";
  const Document src = doc(sentence + "\n", "en");
  const Document tgt = doc(sentence + "\n", "fr");
  Alignment a;
  a.beads = {{0, 1, 0, 1, 0.5}};
  // Character starts, so spans fall on character boundaries like the checks' spans.
  std::vector<std::uint32_t> starts;
  for (std::uint32_t i = 0; i <= sentence.size(); ++i)
    if (i == sentence.size() || (static_cast<unsigned char>(sentence[i]) & 0xC0) != 0x80)
      starts.push_back(i);
  for (int round = 0; round < 200; ++round) {
    std::vector<Finding> f;
    const int n = 1 + static_cast<int>(rng() % 5);
    for (int k = 0; k < n; ++k) {
      std::uint32_t b = starts[rng() % starts.size()], e = starts[rng() % starts.size()];
      if (b > e) std::swap(b, e);
      if (b == e) continue;
      const char* kinds[] = {"k0", "k1", "k2", "k3", "k4"};
      f.push_back(finding(kinds[k], static_cast<Severity>(rng() % 3), {0}, {0}, {}, {{b, e}}, "m"));
    }
    const std::string html = html_report({src, tgt, a, f});
    const pugi::xml_document x = parse(html);
    CHECK(inner_text(cell(x, 1, "fr")) == "1" + sentence);
    std::ostringstream out;
    report::write_findings_text(out, {src, tgt, a, f}, {});
    CHECK(out.str().find(f.empty() ? "No findings" : "tgt 1") != std::string::npos);
  }
}

TEST_CASE("A finding over several blocks is explained once and referred to from the others",
          "[report]") {
  const Document src = doc("One.\nTwo.\n", "en");
  const Document tgt = doc("\"Un.\"\n\"Deux.\"\n", "fr");
  Alignment a;
  a.beads = {{0, 1, 0, 1, 0.9}, {1, 2, 1, 2, 0.9}};
  const std::vector<Finding> f = {finding("quote-style", Severity::info, {}, {0, 1}, {},
                                          {find(tgt, "\""), find(tgt, "\"", 2)}, "Straight.")};
  const pugi::xml_document x = parse(html_report({src, tgt, a, f}));
  CHECK(elements(x, "li", "also").size() == 1);
  const auto also = elements(x, "li", "also").at(0);
  CHECK(std::string(also.child("a").attribute("href").value()) == "#f1");
  CHECK(elements(cell(x, 2, "fr"), "mark").size() == 1);
}

TEST_CASE("The location goes on its own line when the head line would be too long", "[report]") {
  Example e;
  e.src.input.name = std::string(60, 'a') + ".txt";
  e.tgt.input.name = std::string(60, 'b') + ".txt";
  const std::string out = text_report(e.pair());
  CHECK(out.find("error untranslated-acronym\n  " + e.src.input.name + ":1 \u2192 ") !=
        std::string::npos);
  CHECK(text_report(Example().pair()).find("error untranslated-acronym  en.txt:1") !=
        std::string::npos);
}
