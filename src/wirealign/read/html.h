// Web pages: the text of a saved HTML page as a reader sees it, found by an HTML5 parser (gumbo,
// which parses as browsers do), with a map from every character back to the page's bytes.
//
//   std::string page = ...;                          // the page, decoded to UTF-8
//   std::vector<std::uint32_t> origin = ...;         // origin[i]: original offset of page[i]
//   wirealign::read::html::Extracted x = wirealign::read::html::extract(page, origin, {});
//   wirealign::read::Normalised n = wirealign::read::normalise(x.text, original_size);
//
// What is kept: the title (whole page only) and headings, paragraphs, list items, block quotes,
// table cells and other blocks, each a paragraph (blank lines between them); <br> a line break;
// entities decoded; white space collapsed as a browser does outside <pre>. What is dropped, with
// everything inside it: script, style, noscript, template, nav, aside, form, button, dialog,
// iframe, object, embed, svg, math, canvas, audio, video, select, textarea, comments; footer; header
// unless inside the article (where it holds the headline); elements marked hidden,
// aria-hidden="true", or with an ARIA role of navigation, banner, contentinfo, complementary,
// search, dialog, alertdialog, menu, menubar or toolbar. When the page marks its article
// (<article> or role="article", else <main> or role="main"), only the article with the most text
// is read, unless `whole_page`.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "wirealign/read/normalise.h"

namespace wirealign::read::html {

// How a page is read.
struct HtmlOptions {
  // Read the whole page (its title and everything not dropped), not only its article.
  bool whole_page = false;
  // Pages whose elements nest deeper than this (counting the tags that stay open) are refused:
  // the parser's time grows with the depth times the number of tags (100,000 nested <div> take
  // 30 s), and no article nests so deep.
  std::size_t max_depth = 2000;
};

// The text of a page.
struct Extracted {
  Decoded text;  // UTF-16 text, each unit with the original offset it came from
  // Which part of the page was read: "article", "main" or "page".
  std::string part;
};

// Whether `bytes` (the start of an input, in any ASCII-compatible encoding) look like HTML: after
// white space, comments and an XML declaration, a <!DOCTYPE html> or <html> tag; or at least two
// tags of HTML elements, on at least half of the non-blank lines.
bool looks_like_html(std::string_view bytes);

// The character encoding that the page's first 1024 bytes declare in a <meta charset> or
// <meta http-equiv="Content-Type" content="...; charset=..."> element, as the page wrote it
// ("windows-1252", "utf-8"); nullopt when there is none.
std::optional<std::string> declared_charset(std::string_view bytes);

// The deepest nesting of elements in `page` (UTF-8), counted from its tags: start tags minus end
// tags, leaving out void elements (<br>), self-closing tags, elements closed by their next
// sibling (<p>, <li>, <td>, ...), comments and the content of script, style, textarea and title.
// An estimate that only guards the parser against pathological pages. Returns the depth and the
// offset in `page` where it was reached.
std::pair<std::size_t, std::size_t> nesting_depth(std::string_view page);

// Extracts the text of `page` (UTF-8, parsed by gumbo). `origin` has page.size() + 1 entries:
// origin[i] is the offset in the original input of page byte i. Every unit of the result maps to
// the original offset of the character it came from: for an entity (&amp;) its first byte, for a
// paragraph or line break the tag that made it. The map is non-decreasing. The text may be empty
// or white space only (a page without text).
Extracted extract(std::string_view page, const std::vector<std::uint32_t>& origin,
                  const HtmlOptions& options);

}  // namespace wirealign::read::html
