// The text of a web page: gumbo's parse tree walked as a reader reads the page.
#include "wirealign/read/html.h"

#include <gumbo.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>

#include "wirealign/core/error.h"
#include "wirealign/core/utf8.h"

namespace wirealign::read::html {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_alnum(char c) { return is_alpha(c) || (c >= '0' && c <= '9'); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                            [](char x, char y) { return lower(x) == lower(y); });
}

bool istarts(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

// A parse tree, destroyed with the options it was made with.
class Tree {
 public:
  explicit Tree(std::string_view page) : options_(kGumboDefaultOptions) {
    options_.max_errors = 0;  // parse errors are not reported: do not keep them
    output_ = gumbo_parse_with_options(&options_, page.data(), page.size());
    if (output_ == nullptr) throw Error("the HTML parser failed (out of memory?)");
  }
  ~Tree() { gumbo_destroy_output(&options_, output_); }
  Tree(const Tree&) = delete;
  Tree& operator=(const Tree&) = delete;
  const GumboNode* document() const { return output_->document; }

 private:
  GumboOptions options_;
  GumboOutput* output_ = nullptr;
};

std::string_view attribute(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a != nullptr && a->value != nullptr ? std::string_view(a->value) : std::string_view();
}

bool has_attribute(const GumboElement& e, const char* name) {
  return gumbo_get_attribute(&e.attributes, name) != nullptr;
}

// The tag name of an element gumbo does not know (<dialog>), as written.
std::string_view unknown_tag_name(const GumboElement& e) {
  GumboStringPiece piece = e.original_tag;
  if (piece.length == 0 || piece.data == nullptr) return {};
  gumbo_tag_from_original_text(&piece);
  return std::string_view(piece.data, piece.length);
}

// Whether `role` (a space-separated list; the first token counts) says the element is not
// content: navigation, banners, dialogs, toolbars.
bool non_content_role(std::string_view role) {
  while (!role.empty() && is_space(role.front())) role.remove_prefix(1);
  std::size_t end = 0;
  while (end < role.size() && !is_space(role[end])) ++end;
  const std::string_view first = role.substr(0, end);
  for (std::string_view r : {"navigation", "banner", "contentinfo", "complementary", "search",
                             "dialog", "alertdialog", "menu", "menubar", "toolbar"})
    if (iequals(first, r)) return true;
  return false;
}

enum class Mark { none, article, main };

// Whether element `e` marks the page's article or its main part.
Mark mark_of(const GumboElement& e) {
  if (e.tag == GUMBO_TAG_ARTICLE) return Mark::article;
  if (e.tag == GUMBO_TAG_MAIN) return Mark::main;
  const std::string_view role = attribute(e, "role");
  if (iequals(role, "article")) return Mark::article;
  if (iequals(role, "main")) return Mark::main;
  return Mark::none;
}

// Elements that are paragraphs (or hold paragraphs): a break before and after them.
constexpr GumboTag kBlocks[] = {
    GUMBO_TAG_ADDRESS,  GUMBO_TAG_ARTICLE,    GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_BODY,
    GUMBO_TAG_CAPTION,  GUMBO_TAG_CENTER,     GUMBO_TAG_DD,         GUMBO_TAG_DETAILS,
    GUMBO_TAG_DIR,      GUMBO_TAG_DIV,        GUMBO_TAG_DL,         GUMBO_TAG_DT,
    GUMBO_TAG_FIELDSET, GUMBO_TAG_FIGCAPTION, GUMBO_TAG_FIGURE,     GUMBO_TAG_H1,
    GUMBO_TAG_H2,       GUMBO_TAG_H3,         GUMBO_TAG_H4,         GUMBO_TAG_H5,
    GUMBO_TAG_H6,       GUMBO_TAG_HEADER,     GUMBO_TAG_HGROUP,     GUMBO_TAG_HR,
    GUMBO_TAG_LEGEND,   GUMBO_TAG_LI,         GUMBO_TAG_LISTING,    GUMBO_TAG_MAIN,
    GUMBO_TAG_MENU,     GUMBO_TAG_OL,         GUMBO_TAG_P,          GUMBO_TAG_PLAINTEXT,
    GUMBO_TAG_PRE,      GUMBO_TAG_SECTION,    GUMBO_TAG_SUMMARY,    GUMBO_TAG_TABLE,
    GUMBO_TAG_TD,       GUMBO_TAG_TH,         GUMBO_TAG_TITLE,      GUMBO_TAG_TR,
    GUMBO_TAG_UL,       GUMBO_TAG_XMP};

bool is_block(GumboTag tag) {
  return std::find(std::begin(kBlocks), std::end(kBlocks), tag) != std::end(kBlocks);
}

bool is_preformatted(GumboTag tag) {
  return tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_LISTING || tag == GUMBO_TAG_XMP ||
         tag == GUMBO_TAG_PLAINTEXT;
}

// Elements left out with everything inside them (<header> only outside the article).
constexpr GumboTag kDropped[] = {
    GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE,  GUMBO_TAG_NOSCRIPT, GUMBO_TAG_TEMPLATE, GUMBO_TAG_NAV,
    GUMBO_TAG_ASIDE,  GUMBO_TAG_FORM,   GUMBO_TAG_BUTTON,   GUMBO_TAG_IFRAME,   GUMBO_TAG_OBJECT,
    GUMBO_TAG_EMBED,  GUMBO_TAG_SVG,    GUMBO_TAG_MATH,     GUMBO_TAG_CANVAS,   GUMBO_TAG_AUDIO,
    GUMBO_TAG_VIDEO,  GUMBO_TAG_SELECT, GUMBO_TAG_TEXTAREA, GUMBO_TAG_NOFRAMES, GUMBO_TAG_NOEMBED,
    GUMBO_TAG_FOOTER};

// The walk shared by measuring and extracting: which elements are dropped, and whether the walk
// is inside an article (where a <header> holds the headline and is kept).
template <class Visitor>
void walk(const GumboNode* root, Visitor& visitor) {
  struct Frame {
    const GumboNode* node;
    unsigned next = 0;
    bool marked = false;
  };
  std::vector<Frame> stack;
  int in_article = 0;
  auto dropped = [&](const GumboElement& e) {
    if (std::find(std::begin(kDropped), std::end(kDropped), e.tag) != std::end(kDropped))
      return true;
    if (e.tag == GUMBO_TAG_HEADER && in_article == 0) return true;
    if (e.tag == GUMBO_TAG_UNKNOWN && iequals(unknown_tag_name(e), "dialog")) return true;
    return has_attribute(e, "hidden") || iequals(attribute(e, "aria-hidden"), "true") ||
           non_content_role(attribute(e, "role"));
  };
  auto enter = [&](const GumboNode* n) {
    switch (n->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_CDATA:
      case GUMBO_NODE_WHITESPACE:
        visitor.text(n->v.text);
        return;
      case GUMBO_NODE_DOCUMENT:
        stack.push_back({n});
        return;
      case GUMBO_NODE_ELEMENT: {
        const GumboElement& e = n->v.element;
        if (dropped(e)) return;
        const bool marked = mark_of(e) != Mark::none;
        in_article += marked;
        visitor.enter(n);
        stack.push_back({n, 0, marked});
        return;
      }
      default:  // comments, <template> contents
        return;
    }
  };
  enter(root);
  while (!stack.empty()) {
    Frame& f = stack.back();
    const GumboVector& children = f.node->type == GUMBO_NODE_DOCUMENT ? f.node->v.document.children
                                                                      : f.node->v.element.children;
    if (f.next < children.length) {
      enter(static_cast<const GumboNode*>(children.data[f.next++]));
      continue;
    }
    if (f.node->type == GUMBO_NODE_ELEMENT) {
      visitor.leave(f.node);
      in_article -= f.marked;
    }
    stack.pop_back();
  }
}

// Finds the element the page marks as its article (or main part) with the most text.
struct Measure {
  struct Candidate {
    const GumboNode* node;
    Mark mark;
    std::size_t text = 0;
  };
  std::vector<Candidate> candidates;
  std::vector<std::size_t> open;  // indices of the candidates being walked, innermost last

  void enter(const GumboNode* n) {
    const Mark m = mark_of(n->v.element);
    if (m == Mark::none) return;
    open.push_back(candidates.size());
    candidates.push_back({n, m});
  }
  void leave(const GumboNode* n) {
    if (open.empty() || candidates[open.back()].node != n) return;
    const std::size_t done = open.back();
    open.pop_back();
    if (!open.empty()) candidates[open.back()].text += candidates[done].text;
  }
  void text(const GumboText& t) {
    if (open.empty() || t.text == nullptr) return;
    for (const char* p = t.text; *p != '\0'; ++p) candidates[open.back()].text += !is_space(*p);
  }
};

// The length of the character reference at raw[i] ('&') that `decoded` at `j` shows was decoded
// there, and the bytes it decoded to; {0, 0} when the '&' is a literal ampersand.
std::pair<std::size_t, std::size_t> reference_at(std::string_view raw, std::size_t i,
                                                 std::string_view decoded, std::size_t j) {
  // Whether raw from `r` and decoded from `d` agree until the next reference or line end.
  auto agree = [&](std::size_t r, std::size_t d) {
    for (std::size_t k = 0; k < 12; ++k, ++r, ++d) {
      if (r >= raw.size()) return d >= decoded.size();
      if (raw[r] == '&' || raw[r] == '\r') return true;
      if (d >= decoded.size() || raw[r] != decoded[d]) return false;
    }
    return true;
  };
  auto char_length = [&](std::size_t d) {
    if (d >= decoded.size()) return std::size_t{0};
    std::size_t k = d;
    utf8::next(decoded, k);
    return k - d;
  };
  const std::size_t one = char_length(j);
  if (one == 0) return {0, 0};
  std::size_t p = i + 1;
  if (p < raw.size() && raw[p] == '#') {  // &#65; &#x41;
    ++p;
    const bool hex = p < raw.size() && (raw[p] == 'x' || raw[p] == 'X');
    if (hex) ++p;
    const std::size_t digits = p;
    while (p < raw.size() && (hex ? std::isxdigit(static_cast<unsigned char>(raw[p])) != 0
                                  : raw[p] >= '0' && raw[p] <= '9'))
      ++p;
    if (p == digits) return {0, 0};
    if (p < raw.size() && raw[p] == ';') ++p;
    return agree(p, j + one) ? std::pair{p - i, one} : std::pair{std::size_t{0}, std::size_t{0}};
  }
  // A named reference: the longest name that leaves the rest of the text in agreement. Entity
  // names are at most 31 characters.
  std::size_t run = 0;
  while (i + 1 + run < raw.size() && run < 32 && is_alnum(raw[i + 1 + run])) ++run;
  const std::size_t two = one + char_length(j + one);
  for (std::size_t n = run; n >= 1; --n) {
    const std::size_t end = i + 1 + n;
    const bool semicolon = end < raw.size() && raw[end] == ';';
    for (std::size_t produced : {one, two}) {
      if (produced == 0 || (produced == two && two == one)) continue;
      if (decoded[j] == '&' && !istarts(raw.substr(i + 1), "amp")) continue;
      if (semicolon && agree(end + 1, j + produced)) return {end + 1 - i, produced};
      if (agree(end, j + produced)) return {end - i, produced};
    }
  }
  return {0, 0};
}

// Extracts text in reading order, keeping each character's original offset.
class Extractor {
 public:
  Extractor(std::string_view page, const std::vector<std::uint32_t>& origin)
      : page_(page), origin_(origin) {}

  void enter(const GumboNode* n) {
    const GumboElement& e = n->v.element;
    if (e.tag == GUMBO_TAG_BR)
      line_break(position(e.start_pos));
    else if (is_block(e.tag))
      boundary(position(e.start_pos));
    preformatted_ += is_preformatted(e.tag);
  }
  void leave(const GumboNode* n) {
    const GumboElement& e = n->v.element;
    if (is_block(e.tag)) boundary(position(e.end_pos));
    preformatted_ -= is_preformatted(e.tag);
  }
  void text(const GumboText& t) {
    if (t.text == nullptr) return;
    const std::string_view decoded(t.text);
    map_text(t, decoded);
    std::size_t j = 0;
    while (j < decoded.size()) {
      const std::size_t at = j;
      const char32_t c = utf8::next(decoded, j);
      const std::uint32_t pos = at_[at];
      if (preformatted_ == 0 && c < 0x80 && is_space(static_cast<char>(c)))
        space(pos);
      else
        emit(c, pos);
    }
  }

  Decoded take() { return std::move(out_); }

 private:
  std::uint32_t position(GumboSourcePosition p) const {
    return origin_[std::min<std::size_t>(p.offset, page_.size())];
  }

  // Fills at_[k] with the original offset of decoded byte k of text node `t`, by walking its
  // source text beside its decoded text: they differ only where a character reference was
  // decoded or a CR LF became LF.
  void map_text(const GumboText& t, std::string_view decoded) {
    at_.assign(decoded.size(), position(t.start_pos));
    const char* begin = t.original_text.data;
    if (begin == nullptr || begin < page_.data() || begin > page_.data() + page_.size()) return;
    const auto base = static_cast<std::size_t>(begin - page_.data());
    const std::string_view raw =
        page_.substr(base, std::min(t.original_text.length, page_.size() - base));
    std::size_t i = 0, j = 0;
    while (j < decoded.size() && i < raw.size()) {
      const std::uint32_t here = origin_[base + i];
      if (raw[i] == '&') {
        const auto [length, produced] = reference_at(raw, i, decoded, j);
        if (length > 0) {
          std::fill_n(at_.begin() + static_cast<std::ptrdiff_t>(j), produced, here);
          i += length;
          j += produced;
          continue;
        }
      }
      if (raw[i] == '\r' && decoded[j] == '\n') {
        at_[j++] = here;
        i += i + 1 < raw.size() && raw[i + 1] == '\n' ? 2 : 1;
        continue;
      }
      if (raw[i] == decoded[j]) at_[j++] = here;
      ++i;  // a byte of the source that is not in the text
    }
    const std::uint32_t end = origin_[base + raw.size()];
    std::fill(at_.begin() + static_cast<std::ptrdiff_t>(j), at_.end(), end);
  }

  void space(std::uint32_t pos) {
    if (newlines_ > 0 || space_) return;
    space_ = true;
    space_pos_ = pos;
  }
  void boundary(std::uint32_t pos) {
    if (newlines_ == 0) break_pos_ = pos;
    newlines_ = 2;
    space_ = false;
  }
  void line_break(std::uint32_t pos) {
    if (newlines_ == 0) break_pos_ = pos;
    newlines_ = std::min(newlines_ + 1, 2);
    space_ = false;
  }
  void push(char32_t c, std::uint32_t pos) {
    char16_t units[2];
    std::size_t n = 0;
    U16_APPEND_UNSAFE(units, n, c);
    for (std::size_t k = 0; k < n; ++k) {
      out_.units.push_back(units[k]);
      out_.offsets.push_back(pos);
    }
    last_ = pos;
  }
  // Writes `c`, after the pending space or line breaks; offsets never decrease (content that the
  // parser moved, such as text before a table, takes the offset of what precedes it).
  void emit(char32_t c, std::uint32_t pos) {
    pos = std::max(pos, last_);
    if (!out_.units.empty()) {
      if (newlines_ > 0) {
        const std::uint32_t at = std::clamp(break_pos_, last_, pos);
        for (int k = 0; k < newlines_; ++k) push(U'\n', at);
      } else if (space_) {
        push(U' ', std::clamp(space_pos_, last_, pos));
      }
    }
    newlines_ = 0;
    space_ = false;
    push(c, pos);
  }

  std::string_view page_;
  const std::vector<std::uint32_t>& origin_;
  Decoded out_;
  std::vector<std::uint32_t> at_;  // offsets of the current text node's bytes
  std::uint32_t last_ = 0;         // offset of the last unit written
  int newlines_ = 0;               // line breaks pending: 1 a line, 2 a paragraph
  std::uint32_t break_pos_ = 0;    // where the pending break was made
  bool space_ = false;             // a space pending
  std::uint32_t space_pos_ = 0;
  int preformatted_ = 0;  // inside <pre> and the like: white space kept
};

// Element names that make a text look like HTML when they appear as tags.
constexpr std::array<std::string_view, 38> kCommonTags = {
    "a",      "article", "b",     "blockquote", "body",  "br",     "div",     "em",
    "footer", "form",    "h1",    "h2",         "h3",    "h4",     "h5",      "h6",
    "head",   "header",  "hr",    "i",          "img",   "li",     "link",    "main",
    "meta",   "nav",     "ol",    "p",          "pre",   "script", "section", "span",
    "strong", "style",   "table", "td",         "title", "ul"};

}  // namespace

bool looks_like_html(std::string_view bytes) {
  std::string_view s = bytes.substr(0, 1 << 16);
  auto skip_space = [&] {
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  };
  for (;;) {  // white space, comments and an XML declaration before the first tag
    skip_space();
    std::size_t end = std::string_view::npos;
    if (s.substr(0, 4) == "<!--")
      end = s.find("-->");
    else if (s.substr(0, 5) == "<?xml")
      end = s.find("?>");
    if (end == std::string_view::npos) break;
    s.remove_prefix(end + (s[1] == '!' ? 3 : 2));
  }
  if (istarts(s, "<!doctype html")) return true;
  if (istarts(s, "<html") && (s.size() == 5 || is_space(s[5]) || s[5] == '>')) return true;
  // A fragment: tags of HTML elements on most lines.
  std::size_t tags = 0, lines = 0, lines_with_tags = 0;
  bool line_has_text = false, line_has_tag = false;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == '\n') {
      lines += line_has_text;
      lines_with_tags += line_has_tag;
      line_has_text = line_has_tag = false;
      continue;
    }
    if (!is_space(s[i])) line_has_text = true;
    if (s[i] != '<') continue;
    std::size_t k = i + 1;
    if (k < s.size() && s[k] == '/') ++k;
    const std::size_t name = k;
    while (k < s.size() && is_alnum(s[k])) ++k;
    if (k == name || (k < s.size() && s[k] != '>' && s[k] != '/' && !is_space(s[k]))) continue;
    std::string n(s.substr(name, k - name));
    std::transform(n.begin(), n.end(), n.begin(), lower);
    if (std::find(kCommonTags.begin(), kCommonTags.end(), n) == kCommonTags.end()) continue;
    ++tags;
    line_has_tag = true;
  }
  return tags >= 2 && lines_with_tags * 2 >= lines;
}

std::optional<std::string> declared_charset(std::string_view bytes) {
  const Tree tree(bytes.substr(0, 1024));
  struct Finder {
    std::optional<std::string> found;
    void enter(const GumboNode* n) {
      const GumboElement& e = n->v.element;
      if (found || e.tag != GUMBO_TAG_META) return;
      if (std::string_view c = attribute(e, "charset"); !c.empty()) {
        found = std::string(c);
      } else if (iequals(attribute(e, "http-equiv"), "content-type")) {
        // "text/html; charset=windows-1252": the value after "charset", "=" and white space,
        // quoted or up to white space or ';'.
        const std::string_view content = attribute(e, "content");
        for (std::size_t at = 0; at + 7 <= content.size(); ++at) {
          if (!iequals(content.substr(at, 7), "charset")) continue;
          std::size_t k = at + 7;
          while (k < content.size() && is_space(content[k])) ++k;
          if (k >= content.size() || content[k] != '=') continue;
          ++k;
          while (k < content.size() && is_space(content[k])) ++k;
          if (k >= content.size()) break;
          const char quote = content[k] == '"' || content[k] == '\'' ? content[k] : '\0';
          if (quote != '\0') ++k;
          std::size_t end = k;
          while (end < content.size() &&
                 (quote != '\0' ? content[end] != quote
                                : !is_space(content[end]) && content[end] != ';'))
            ++end;
          if (end > k) found = std::string(content.substr(k, end - k));
          break;
        }
      }
    }
    void leave(const GumboNode*) {}
    void text(const GumboText&) {}
  } finder;
  walk(tree.document(), finder);
  if (finder.found) {
    std::string& c = *finder.found;
    while (!c.empty() && is_space(c.back())) c.pop_back();
    while (!c.empty() && is_space(c.front())) c.erase(c.begin());
    if (c.empty()) return std::nullopt;
  }
  return finder.found;
}

std::pair<std::size_t, std::size_t> nesting_depth(std::string_view page) {
  static constexpr std::array<std::string_view, 36> kNotNesting = {
      // void elements
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
      "track", "wbr", "keygen", "basefont", "bgsound", "frame",
      // closed by their next sibling or their parent's end
      "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot",
      "rb", "rt", "rp", "colgroup", "caption", "html"};
  static constexpr std::array<std::string_view, 6> kRawText = {"script", "style", "textarea",
                                                               "title",  "xmp",   "iframe"};
  std::size_t depth = 0, deepest = 0, deepest_at = 0;
  std::size_t i = 0;
  std::string name;
  while ((i = page.find('<', i)) != std::string_view::npos) {
    if (page.substr(i, 4) == "<!--") {
      const std::size_t end = page.find("-->", i + 4);
      if (end == std::string_view::npos) break;
      i = end + 3;
      continue;
    }
    std::size_t k = i + 1;
    const bool closing = k < page.size() && page[k] == '/';
    if (closing) ++k;
    if (k >= page.size() || !is_alpha(page[k])) {
      ++i;
      continue;
    }
    name.clear();
    while (k < page.size() && !is_space(page[k]) && page[k] != '>' && page[k] != '/')
      name.push_back(lower(page[k++]));
    // The end of the tag, past quoted attribute values.
    char quote = '\0';
    while (k < page.size() && (quote != '\0' || page[k] != '>')) {
      if (quote != '\0' ? page[k] == quote : page[k] == '"' || page[k] == '\'')
        quote = quote != '\0' ? '\0' : page[k];
      ++k;
    }
    const bool self_closing = k > 0 && k < page.size() && page[k - 1] == '/';
    const std::size_t tag_start = i;
    i = k;
    if (std::find(kNotNesting.begin(), kNotNesting.end(), name) != kNotNesting.end()) continue;
    if (closing) {
      depth -= depth > 0;
      continue;
    }
    if (self_closing) continue;
    if (std::find(kRawText.begin(), kRawText.end(), name) != kRawText.end()) {
      // Skip to the end tag: what is inside is text, not tags.
      const std::size_t from = i;
      i = page.size();
      for (std::size_t at = from; (at = page.find("</", at)) != std::string_view::npos; at += 2) {
        if (istarts(page.substr(at + 2), name)) {
          i = at;
          break;
        }
      }
      continue;
    }
    if (++depth > deepest) {
      deepest = depth;
      deepest_at = tag_start;
    }
  }
  return {deepest, deepest_at};
}

Extracted extract(std::string_view page, const std::vector<std::uint32_t>& origin,
                  const HtmlOptions& options) {
  const Tree tree(page);
  const GumboNode* root = tree.document();
  Extracted result;
  result.part = "page";
  if (!options.whole_page) {
    Measure measure;
    walk(root, measure);
    for (Mark wanted : {Mark::article, Mark::main}) {
      const Measure::Candidate* best = nullptr;
      for (const Measure::Candidate& c : measure.candidates)
        if (c.mark == wanted && c.text > 0 && (best == nullptr || c.text > best->text)) best = &c;
      if (best == nullptr) continue;
      root = best->node;
      result.part = wanted == Mark::article ? "article" : "main";
      break;
    }
  }
  Extractor extractor(page, origin);
  walk(root, extractor);
  result.text = extractor.take();
  return result;
}

}  // namespace wirealign::read::html
