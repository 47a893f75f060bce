// A translation table between the stems of two languages, kept as one flat image: a hash index of
// the source stems and, for each, its target stems as length-prefixed strings. The same image is
// what a compiled lexicon file holds, so a table read back from a file is used where it lies,
// without building a string or a hash table per entry (the German-English table has about 200,000
// source stems).
//
//   wirealign::align::Bilingual lexicon(table);                       // from a StemTable
//   for (std::string_view target : lexicon.translations("hous")) ...  // maison, domicil
//   if (!lexicon.translations("xyz")) ...                             // no entry
#pragma once

#include <cstdint>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "wirealign/core/hash.h"

namespace wirealign::annotate {
class Annotator;
}  // namespace wirealign::annotate
namespace wirealign::lexicon {
struct WordPair;
}  // namespace wirealign::lexicon

namespace wirealign::align {

// Source stem -> target stems.
using StemTable =
    std::unordered_map<std::string, std::vector<std::string>, StringHash, std::equal_to<>>;

// The target stems of one source stem, in the table's order, as string views into the table
// (valid while the table lives). Converts to false when the source stem has no entry.
class Translations {
 public:
  class iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = std::string_view;
    using difference_type = std::ptrdiff_t;
    using pointer = const std::string_view*;
    using reference = std::string_view;
    iterator() = default;
    explicit iterator(const char* at) : at_(at) {}
    std::string_view operator*() const;
    iterator& operator++();
    iterator operator++(int) {
      iterator before = *this;
      ++*this;
      return before;
    }
    bool operator==(const iterator& other) const { return at_ == other.at_; }

   private:
    const char* at_ = nullptr;  // the length field of the current string
  };

  Translations() = default;
  Translations(const char* begin, const char* end, std::uint32_t count)
      : begin_(begin), end_(end), count_(count) {}
  explicit operator bool() const { return begin_ != nullptr; }
  bool empty() const { return count_ == 0; }
  std::size_t size() const { return count_; }
  iterator begin() const { return iterator(begin_); }
  iterator end() const { return iterator(end_); }
  const char* end_pointer() const { return end_; }  // where the list ends in its table

 private:
  const char* begin_ = nullptr;
  const char* end_ = nullptr;
  std::uint32_t count_ = 0;
};

// Read-only once built; share it between threads. Copies share the image.
class Bilingual {
 public:
  // An empty table (alignment then uses identical strings, numbers, cognates and the table
  // learned from the document itself).
  Bilingual();
  // A table with these entries (each list of target stems keeps its order).
  explicit Bilingual(const StemTable& entries);
  // Builds the table from word pairs: single source words (not function words) to the stems of
  // the content words of their translations (at most three per translation).
  static Bilingual from_pairs(const std::vector<lexicon::WordPair>& pairs,
                              const annotate::Annotator& src, const annotate::Annotator& tgt);
  // The table whose image (as image() gives it) is `image`, which `owner` keeps alive (the table
  // keeps `owner`); nullopt if the bytes are not a whole, consistent image.
  static std::optional<Bilingual> from_image(std::shared_ptr<const void> owner,
                                             std::string_view image);
  // Adds one pair of stems. Rebuilds the image: for tables of a few entries.
  void add(const std::string& src_stem, const std::string& tgt_stem);
  // The target stems for a source stem; false if it has none.
  Translations translations(std::string_view src_stem) const;
  // Whether a source stem has translations.
  bool has(std::string_view src_stem) const { return static_cast<bool>(translations(src_stem)); }
  // Number of source stems with translations.
  std::size_t size() const { return size_; }
  // Every source stem with its target stems, decoded from the image.
  StemTable entries() const;
  // The flat image, as a compiled lexicon file stores it.
  std::string_view image() const;

 private:
  struct Raw {};
  explicit Bilingual(Raw) {}  // no image yet: from_image fills it in
  bool entry(std::size_t at, std::string_view& stem, Translations& targets) const;

  std::shared_ptr<const void> owner_;  // holds the image
  std::string_view image_;
  const char* index_ = nullptr;  // buckets: 1 + offset of an entry in entries_, 0
  std::uint32_t mask_ = 0;       // buckets - 1 (a power of two)
  const char* entries_ = nullptr;
  std::size_t entries_size_ = 0;
  std::size_t size_ = 0;
};

}  // namespace wirealign::align
