// Tests of reading web pages: what text is kept, the article, entities and their offsets, encoding
// declarations, the page's lines, malformed pages, and the formats that are refused.
#include "wirealign/read/html.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>

#include "support/errors.h"
#include "wirealign/core/error.h"
#include "wirealign/read/read.h"

namespace {

namespace read = wirealign::read;
using Catch::Matchers::Contains;
using wirealign::InputError;
using wirealign::Span;
using wirealign::Text;
using wirealign::testing::error_of;

Text page(const std::string& bytes, bool whole_page = false) {
  read::ReadOptions options;
  options.whole_page = whole_page;
  return read::decode(bytes, "page.html", options);
}

std::optional<InputError> page_error(const std::string& bytes,
                                     read::InputFormat format = read::InputFormat::automatic) {
  read::ReadOptions options;
  options.format = format;
  return error_of<InputError>([&] { read::decode(bytes, "page.html", options); });
}

// The original bytes of the normalised text's first occurrence of `needle`.
std::string original_of(const Text& t, const std::string& needle) {
  const std::size_t at = t.text.find(needle);
  REQUIRE(at != std::string::npos);
  const Span o = t.original_span(
      {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + needle.size())});
  return t.original.substr(o.begin, o.size());
}

void check_offset_invariants(const Text& t) {
  REQUIRE(t.offsets.size() == t.text.size() + 1);
  CHECK(t.offsets.back() == t.original.size());
  for (std::size_t i = 1; i < t.offsets.size(); ++i) REQUIRE(t.offsets[i - 1] <= t.offsets[i]);
}

std::string file(const std::string& name) {
  std::ifstream in(std::string(WIREALIGN_TEST_DATA_DIR) + "/examples/" + name, std::ios::binary);
  REQUIRE(in);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The paragraphs of a plain text, as the reader joins them: blank lines between, no white space
// at either end.
std::string trimmed(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

}  // namespace

TEST_CASE("a page's blocks become paragraphs and <br> a line break", "[read][html]") {
  const Text t = page(
      "<!DOCTYPE html><html><head><title>T</title></head><body>\n"
      "<h1>The  headline</h1>\n<p>First\n   paragraph, <b>bold</b> <i>and</i> more.</p>"
      "<ul><li>One item.</li><li>Two items.</li></ul><blockquote>A quote.</blockquote>"
      "<p>Line one.<br>Line two.</p><div>A <span>div</span></div></body></html>");
  CHECK(
      t.text ==
      "T\n\nThe headline\n\nFirst paragraph, bold and more.\n\nOne item.\n\nTwo items.\n\nA quote."
      "\n\nLine one.\nLine two.\n\nA div");
  check_offset_invariants(t);
}

TEST_CASE("what a reader does not see is left out", "[read][html]") {
  const Text t = page(
      "<!DOCTYPE html><html><head><style>p{}</style><script>var x = '<p>no</p>';</script></head>"
      "<body><header><p>Site name</p></header><nav><a>Home</a></nav>"
      "<p>Kept one.</p><!-- a comment --><noscript>Enable JS</noscript>"
      "<template><p>template</p></template><form><label>Name</label><input></form>"
      "<button>Share</button><aside>Related</aside><div hidden>Hidden</div>"
      "<div aria-hidden=\"true\">Icon</div><div role=\"navigation\">Menu</div>"
      "<div role=\"dialog\">We use cookies.</div><dialog>Subscribe!</dialog>"
      "<svg><title>logo</title></svg><p>Kept two.</p><footer>Copyright</footer></body></html>");
  CHECK(t.text == "Kept one.\n\nKept two.");
}

TEST_CASE("only the article the page marks is read, unless the whole page is asked for",
          "[read][html]") {
  const std::string html =
      "<!DOCTYPE html><html><head><title>Site: the title</title></head><body>"
      "<div class=\"cookies\">We use cookies.</div>"
      "<main><article><header><h1>Headline</h1></header><p>Story text.</p>"
      "<footer>Tags: x</footer></article>"
      "<section id=\"comments\"><article class=\"comment\"><p>A comment.</p></article></section>"
      "</main><div>Footer text.</div></body></html>";
  CHECK(page(html).text == "Headline\n\nStory text.");
  CHECK(page(html).notices.back() ==
        "read as a web page (HTML): the text of its <article> element (--whole-page reads all "
        "of it)");
  CHECK(page(html, true).text ==
        "Site: the title\n\nWe use cookies.\n\nHeadline\n\nStory text.\n\nA comment.\n\nFooter "
        "text.");
  // The body's <header> is the site's banner; inside the article it holds the headline.
  CHECK(page("<html><body><main><p>Main text.</p></main><p>Other.</p></body></html>").text ==
        "Main text.");
  CHECK(page("<html><body><div role=\"main\"><p>Role main.</p></div><p>Other.</p></body></html>")
            .text == "Role main.");
  // An empty article (filled by a script in the browser) is no article: the page is read.
  CHECK(page("<html><body><article></article><p>Body text.</p></body></html>").text ==
        "Body text.");
}

TEST_CASE("the article with the most text is the page's article", "[read][html]") {
  const Text t = page(
      "<html><body><article><p>Teaser.</p></article>"
      "<article><p>The story, which is much longer than the teaser.</p></article></body></html>");
  CHECK(t.text == "The story, which is much longer than the teaser.");
}

TEST_CASE("entities are decoded and point at their '&'", "[read][html]") {
  const Text t = page(
      "<!DOCTYPE html><p>AT&amp;T &eacute;t&eacute; &#233; &#xE9; &notit; "
      "a&b &copy 2021 &unknown; l&rsquo;OTSC</p>");
  CHECK(t.text == "AT&T été é é ¬it; a&b © 2021 &unknown; l’OTSC");
  check_offset_invariants(t);
  CHECK(original_of(t, "AT&T") == "AT&amp;T");
  CHECK(original_of(t, "été") == "&eacute;t&eacute;");
  CHECK(original_of(t, "é é") == "&eacute; &#233;");  // the first: "été é"
  CHECK(original_of(t, "¬it;") == "&notit;");
  CHECK(original_of(t, "a&b") == "a&b");
  CHECK(original_of(t, "© 2021") == "&copy 2021");
  CHECK(original_of(t, "&unknown;") == "&unknown;");
  CHECK(original_of(t, "l’OTS") == "l&rsquo;OTS");
}

TEST_CASE("sentences point into the page's bytes", "[read][html]") {
  const std::string html = "<html><body>\n<p>First sentence.</p>\n<p>Second <b>one</b>.</p>";
  const Text t = page(html);
  CHECK(t.text == "First sentence.\n\nSecond one.");
  CHECK(original_of(t, "First sentence.") == "First sentence.");
  // A paragraph break points at the tag that made it.
  CHECK(original_of(t, "First sentence.\n\n") == "First sentence.</p>\n<p>");
  CHECK(original_of(t, "Second one") == "Second <b>one</b>");
  check_offset_invariants(t);
}

TEST_CASE("white space is kept inside <pre>", "[read][html]") {
  const Text t = page("<html><body><p>a   b</p><pre>  x\n    y</pre></body></html>");
  CHECK(t.text == "a b\n\n  x\n    y");
}

TEST_CASE("the page's own lines are kept for reports", "[read][html]") {
  const Text t = page("<html>\n<body>\r\n<p>One.</p>\n\n<p>Two.</p>\n</body></html>");
  REQUIRE(t.line_starts.size() == 5);
  CHECK(t.line_starts[0] == 7);   // line 2 starts after "<html>\n"
  CHECK(t.line_starts[1] == 15);  // after CR LF
  // "Two." is on line 5 of the page.
  const auto at = static_cast<std::size_t>(t.offsets[t.text.find("Two.")]);
  const auto line =
      std::upper_bound(t.line_starts.begin(), t.line_starts.end(), at) - t.line_starts.begin() + 1;
  CHECK(line == 5);
}

TEST_CASE("a page's encoding comes from its byte-order mark, then its declaration",
          "[read][html]") {
  // windows-1252 declared by <meta charset>: é is the byte 0xE9.
  const Text a = page("<html><head><meta charset=\"windows-1252\"></head><p>\xE9t\xE9 ok</p>");
  CHECK(a.text == "été ok");
  CHECK(a.encoding == "windows-1252");
  CHECK(original_of(a, "été") == "\xE9t\xE9");
  // ISO-8859-1 declared by http-equiv is read as windows-1252, as browsers do: 0x80 is €.
  const Text b = page(
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
      "</head><p>5 \x80, \xE9t\xE9</p>");
  CHECK(b.text == "5 €, été");
  CHECK(b.encoding == "windows-1252");
  // A legacy declaration on bytes that are valid UTF-8 gives way to UTF-8.
  const Text c = page("<html><head><meta charset=\"iso-8859-1\"></head><p>été</p>");
  CHECK(c.text == "été");
  CHECK(c.encoding == "UTF-8");
  CHECK_THAT(c.notices.front(), Contains("declares the encoding iso-8859-1 but is valid UTF-8"));
  // The byte-order mark wins over the declaration.
  std::string utf16 = "\xFF\xFE";
  for (char ch : std::string("<html><head><meta charset=\"windows-1252\"></head><p>Hi.</p>")) {
    utf16 += ch;
    utf16 += '\0';
  }
  const Text d = page(utf16);
  CHECK(d.text == "Hi.");
  CHECK(d.encoding == "UTF-16LE");
  check_offset_invariants(d);
}

TEST_CASE("HTML is recognised by its content", "[read][html]") {
  CHECK(read::html::looks_like_html("<!DOCTYPE html><p>x"));
  CHECK(read::html::looks_like_html("  \n<!-- saved -->\n<!doctype HTML>"));
  CHECK(read::html::looks_like_html("<?xml version=\"1.0\"?>\n<html xmlns=\"x\">"));
  CHECK(read::html::looks_like_html("<p>One.</p>\n<p>Two.</p>\n"));
  CHECK_FALSE(read::html::looks_like_html("Plain text about the <p> tag.\nMore text.\n"));
  CHECK_FALSE(read::html::looks_like_html("a < b and c > d\n"));
  CHECK_FALSE(read::html::looks_like_html("<htmlish> is not a tag we know\n"));
  // Forced: a page read as text keeps its markup.
  read::ReadOptions as_text;
  as_text.format = read::InputFormat::text;
  CHECK(read::decode("<!DOCTYPE html><p>x</p>", "a", as_text).text == "<!DOCTYPE html><p>x</p>");
  CHECK(read::decode("<!DOCTYPE html><p>x</p>", "a", as_text).line_starts.empty());
  read::ReadOptions as_html;
  as_html.format = read::InputFormat::html;
  CHECK(read::decode("Just text, no tags.", "a", as_html).text == "Just text, no tags.");
}

TEST_CASE("malformed pages are read as browsers read them", "[read][html]") {
  CHECK(page("<html><body><p>Unclosed <b>bold <i>both</p><p>Next.</body>").text ==
        "Unclosed bold both\n\nNext.");
  CHECK(page("<html><body></p>Stray end tag.</p></div></body></html>").text == "Stray end tag.");
  CHECK(page("<html><body><table><tr><td>Cell one.</td><td>Cell two.</td></tr></table>"
             "<p>After.</p>")
            .text == "Cell one.\n\nCell two.\n\nAfter.");
  const Text moved = page("<html><body><table>Text in a table.<tr><td>Cell.</td></tr></table>");
  CHECK(moved.text == "Text in a table.\n\nCell.");
  check_offset_invariants(moved);
}

TEST_CASE("a page without text is refused", "[read][html]") {
  const auto e = page_error(
      "<!DOCTYPE html><html><head><title></title><script>app()</script></head>"
      "<body><nav>Menu</nav><div id=\"app\"></div></body></html>");
  REQUIRE(e);
  CHECK_THAT(e->what(), Contains("web page without text"));
}

TEST_CASE("a page nested too deep is refused before it is parsed", "[read][html]") {
  std::string deep = "<!DOCTYPE html><body>";
  for (int i = 0; i < 3000; ++i) deep += "<div>";
  deep += "text";
  const auto e = page_error(deep);
  REQUIRE(e);
  CHECK_THAT(e->what(), Contains("more than 2000 deep"));
  // Elements closed by their siblings do not count; nor do tags in scripts and comments.
  std::string flat = "<!DOCTYPE html><body>";
  for (int i = 0; i < 3000; ++i) flat += "<p>x<li>y<br><img src=a>";
  flat += "<script>";
  for (int i = 0; i < 3000; ++i) flat += "'<div>'";
  flat += "</script><!--";
  for (int i = 0; i < 3000; ++i) flat += "<div>";
  flat += "-->";
  CHECK(read::html::nesting_depth(flat).first <= 2);
  CHECK_FALSE(page_error(flat));
}

TEST_CASE("PDF, RTF and old Word files are refused with what to do", "[read]") {
  const auto pdf = page_error("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\n");
  REQUIRE(pdf);
  CHECK_THAT(pdf->what(), Contains("is a PDF document") && Contains("pdftotext"));
  const auto rtf = page_error("{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\\f0 Hello.\\par}");
  REQUIRE(rtf);
  CHECK_THAT(rtf->what(), Contains("is an RTF document") && Contains(".docx"));
  const auto doc = page_error(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + "rest");
  REQUIRE(doc);
  CHECK_THAT(doc->what(), Contains("Word 97-2003"));
}

TEST_CASE("the example pages give the example texts", "[read][html]") {
  for (const char* lang : {"en", "fr"}) {
    CAPTURE(lang);
    const std::string name = std::string("rt-tajikistan.") + lang;
    const Text html = read::decode(file(name + ".html"), name + ".html", {});
    const Text text = read::decode(file(name + ".txt"), name + ".txt", {});
    CHECK(html.text == trimmed(text.text));
    check_offset_invariants(html);
    CHECK_FALSE(html.line_starts.empty());
  }
}

TEST_CASE("Word and OpenDocument files give their paragraphs", "[read][office]") {
  const Text text = read::decode(file("rt-tajikistan.fr.txt"), "fr.txt", {});
  for (const char* name : {"rt-tajikistan.fr.docx", "rt-tajikistan.fr.odt"}) {
    CAPTURE(name);
    const std::string bytes = file(name);
    const Text t = read::decode(bytes, name, {});
    CHECK(trimmed(t.text) == trimmed(text.text));
    check_offset_invariants(t);
    // A zip archive holds no readable text: offsets are 0 but the last.
    CHECK(t.offsets.front() == 0);
    CHECK(t.offsets[t.text.size() - 1] == 0);
    CHECK(t.original == bytes);
  }
}

TEST_CASE("zip archives that are not text documents are refused", "[read][office]") {
  // An empty zip archive (end of central directory only).
  const std::string empty_zip("PK\x05\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0", 22);
  const auto e = page_error(empty_zip);
  REQUIRE(e);
  CHECK_THAT(e->what(), Contains("is a zip archive, not a document wirealign reads"));
  const auto damaged = page_error("PK\x03\x04 not really a zip");
  REQUIRE(damaged);
  CHECK_THAT(damaged->what(), Contains("cannot be read"));
}
