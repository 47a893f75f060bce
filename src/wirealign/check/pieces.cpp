#include "wirealign/check/pieces.h"

#include <unicode/uchar.h>

#include "wirealign/core/utf8.h"

namespace wirealign::check {

std::vector<Piece> pieces_of(std::string_view text, Span sentence) {
  std::vector<Piece> pieces;
  std::size_t i = sentence.begin;
  while (i < sentence.end) {
    std::size_t next = i;
    if (u_isUWhiteSpace(static_cast<UChar32>(utf8::next(text, next)))) {
      i = next;
      continue;
    }
    Piece p;
    p.begin = i;
    p.core_begin = p.core_end = std::string_view::npos;
    bool digits = true;
    while (i < sentence.end) {
      const std::size_t at = i;
      const auto c = static_cast<UChar32>(utf8::next(text, i));
      if (u_isUWhiteSpace(c)) {
        i = at;
        break;
      }
      if (u_isalnum(c)) {
        if (p.core_begin == std::string_view::npos) {
          p.core_begin = at;
          p.capitalised = u_isupper(c);
        }
        p.core_end = i;
      }
    }
    p.end = i;
    if (p.core_begin == std::string_view::npos) continue;  // punctuation only: "–", "«"
    for (std::size_t k = p.core_begin; k < p.core_end && digits;)
      digits = u_isdigit(static_cast<UChar32>(utf8::next(text, k)));
    p.key = piece_key(text.substr(p.core_begin, p.core_end - p.core_begin));
    p.digits_only = digits;
    pieces.push_back(std::move(p));
  }
  return pieces;
}

std::string piece_key(std::string_view word) {
  std::string key;
  for (std::size_t i = 0; i < word.size();)
    utf8::append(key, static_cast<char32_t>(u_foldCase(static_cast<UChar32>(utf8::next(word, i)),
                                                       U_FOLD_CASE_DEFAULT)));
  return key;
}

}  // namespace wirealign::check
