// A word missing from a sentence, seen in the sentence's own grammar: a determiner with no noun
// after it ("a member of a that describes itself", "owning a."), a word that needs a complement
// followed by a conjunction ("the diocese of and"), a sentence ending on a conjunction ("public
// transport and."), a statement opening on an auxiliary verb with no subject before it ("Is the
// national pastime in Finland."), a determiner before a parenthesis ("the (FKP)"), a possessive
// followed by a pause ("part of Norway's."), two commas in a row ("gold,, iron"), a quotation
// with nothing inside, a space where a word was before a full stop ("alongside ."). Used by
// omission: a translation with such a gap where its source has none lost a word.
//
// The word classes of a language come from corpora/lang/<code>/word-classes.tsv; a language
// without that file has only the gaps punctuation shows.
//
//   const MissingWords words(data_dir, "en");
//   if (auto gap = words.find(doc.input.text, doc.sentences[k].span)) ... gap->message ...
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "wirealign/core/types.h"

namespace wirealign::check {

struct Gap {
  Span span;            // the words on either side of the gap, as written
  std::string message;  // what is missing, in words ("\"the\" is followed by \"of\": ...")
  bool spacing = false;  // a space before a full stop or a comma: also how tokenised text is
                         // written ("Everest , 8848 m ."), which only the whole document tells
  bool possessive = false;  // a possessive with no noun after it (span: the word and its ending);
                            // also a name that ends so (McDonald's), which the source tells
};

class MissingWords {
 public:
  // Reads the word classes of language `code`; throws ConfigError for a malformed file.
  MissingWords(const std::filesystem::path& data_dir, const std::string& code);

  // The first gap of `sentence` in `text`, if any.
  std::optional<Gap> find(std::string_view text, Span sentence) const;

 private:
  static std::optional<Gap> marks_gap(std::string_view text, Span sentence);

  std::unordered_map<std::string, std::uint16_t> classes_;  // case-folded word -> class bits
};

}  // namespace wirealign::check
