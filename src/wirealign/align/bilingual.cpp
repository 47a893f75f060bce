// The flat image of a translation table.
//
// Layout, all numbers 32-bit little-endian:
//   count, buckets (a power of two, at least twice count), buckets × (0, or 1 + the offset of an
//   entry from the start of the entries), the size of the entries in bytes, then the entries:
//   stem length, stem, number of targets, size of the targets in bytes, then each target as
//   length and bytes.
// A stem is found at its StableHash (FNV-1a) modulo buckets, or in the buckets after it.
#include "wirealign/align/bilingual.h"

#include <algorithm>
#include <cstring>
#include <limits>

#include "wirealign/annotate/annotate.h"
#include "wirealign/core/error.h"
#include "wirealign/core/little_endian.h"
#include "wirealign/lexicon/freedict.h"

namespace wirealign::align {

namespace {

using little_endian::get_u32;

void put_u32(std::string& out, std::uint32_t v) { little_endian::put(out, v); }

void set_u32(std::string& out, std::size_t at, std::uint32_t v) {
  for (int i = 0; i < 4; ++i)
    out[at + static_cast<std::size_t>(i)] = static_cast<char>((v >> (8 * i)) & 0xFF);
}

// Stable across runs and machines, as a compiled file needs.
std::uint64_t stem_hash(std::string_view s) {
  StableHash h;
  h.add(s);
  return h.value;
}

// The image of `entries`, in the layout above.
std::string encode(const StemTable& entries) {
  if (entries.size() >= std::numeric_limits<std::uint32_t>::max() / 4)
    throw Error("translation table too large");
  // Entries in stem order, so that the same table gives the same image.
  std::vector<const StemTable::value_type*> order;
  order.reserve(entries.size());
  for (const auto& e : entries) order.push_back(&e);
  std::sort(order.begin(), order.end(),
            [](const auto* a, const auto* b) { return a->first < b->first; });
  std::uint32_t buckets = 1;
  while (buckets < 2 * entries.size()) buckets *= 2;
  std::string body;
  std::vector<std::uint32_t> index(buckets, 0);
  for (const auto* e : order) {
    const std::size_t at = body.size();
    if (at >= std::numeric_limits<std::uint32_t>::max() - 1)
      throw Error("translation table too large");
    put_u32(body, static_cast<std::uint32_t>(e->first.size()));
    body += e->first;
    put_u32(body, static_cast<std::uint32_t>(e->second.size()));
    const std::size_t size_at = body.size();
    put_u32(body, 0);
    for (const std::string& t : e->second) {
      put_u32(body, static_cast<std::uint32_t>(t.size()));
      body += t;
    }
    set_u32(body, size_at, static_cast<std::uint32_t>(body.size() - size_at - 4));
    std::uint32_t b = static_cast<std::uint32_t>(stem_hash(e->first)) & (buckets - 1);
    while (index[b] != 0) b = (b + 1) & (buckets - 1);
    index[b] = static_cast<std::uint32_t>(at + 1);
  }
  if (body.size() > std::numeric_limits<std::uint32_t>::max())
    throw Error("translation table too large");
  std::string image;
  image.reserve(12 + 4 * std::size_t{buckets} + body.size());
  put_u32(image, static_cast<std::uint32_t>(entries.size()));
  put_u32(image, buckets);
  for (const std::uint32_t v : index) put_u32(image, v);
  put_u32(image, static_cast<std::uint32_t>(body.size()));
  image += body;
  return image;
}

}  // namespace

std::string_view Translations::iterator::operator*() const { return {at_ + 4, get_u32(at_)}; }

Translations::iterator& Translations::iterator::operator++() {
  at_ += 4 + get_u32(at_);
  return *this;
}

Bilingual::Bilingual() : Bilingual(StemTable{}) {}

Bilingual::Bilingual(const StemTable& entries) {
  auto image = std::make_shared<const std::string>(encode(entries));
  const std::string_view view(*image);
  *this = *from_image(std::move(image), view);
}

std::optional<Bilingual> Bilingual::from_image(std::shared_ptr<const void> owner,
                                               std::string_view image) {
  // Only the header is checked here, so that a large table costs nothing to open: each lookup
  // checks the entry it reads (a damaged entry reads as absent).
  const char* const data = image.data();
  const std::size_t size = image.size();
  if (size < 8) return std::nullopt;
  const std::uint32_t count = get_u32(data), buckets = get_u32(data + 4);
  if (buckets == 0 || (buckets & (buckets - 1)) != 0 || buckets <= count ||
      (size - 8) / 4 < std::size_t{buckets} + 1)
    return std::nullopt;
  const char* const index = data + 8;
  const std::size_t body_at = 8 + 4 * std::size_t{buckets} + 4;
  const std::size_t body_size = get_u32(index + 4 * std::size_t{buckets});
  if (body_size != size - body_at) return std::nullopt;
  Bilingual table{Raw{}};
  table.owner_ = std::move(owner);
  table.image_ = image;
  table.index_ = index;
  table.mask_ = buckets - 1;
  table.entries_ = data + body_at;
  table.entries_size_ = body_size;
  table.size_ = count;
  return table;
}

Bilingual Bilingual::from_pairs(const std::vector<lexicon::WordPair>& pairs,
                                const annotate::Annotator& src, const annotate::Annotator& tgt) {
  // Tokenise all phrases of each side in one pass: one phrase per line.
  std::string src_text, tgt_text;
  std::vector<std::uint32_t> src_starts, tgt_starts;
  for (const auto& p : pairs) {
    src_starts.push_back(static_cast<std::uint32_t>(src_text.size()));
    src_text += p.src;
    src_text += '\n';
    tgt_starts.push_back(static_cast<std::uint32_t>(tgt_text.size()));
    tgt_text += p.tgt;
    tgt_text += '\n';
  }
  const annotate::Annotated src_annotated = src.tokens(src_text);
  const annotate::Annotated tgt_annotated = tgt.tokens(tgt_text);
  const auto& src_tokens = src_annotated.sentences[0];
  const auto& tgt_tokens = tgt_annotated.sentences[0];
  auto group = [](const std::vector<annotate::Token>& tokens,
                  const std::vector<std::uint32_t>& starts) {
    std::vector<std::vector<const annotate::Token*>> out(starts.size());
    std::size_t p = 0;
    for (const auto& t : tokens) {
      while (p + 1 < starts.size() && t.span.begin >= starts[p + 1]) ++p;
      out[p].push_back(&t);
    }
    return out;
  };
  const auto s = group(src_tokens, src_starts);
  const auto t = group(tgt_tokens, tgt_starts);
  StemTable table;
  for (std::size_t k = 0; k < pairs.size(); ++k) {
    if (s[k].size() != 1 || s[k][0]->function_word() || !s[k][0]->number().empty()) continue;
    std::vector<const annotate::Token*> content;
    for (const auto* x : t[k])
      if (!x->function_word() && x->number().empty() && x->lower().size() > 2) content.push_back(x);
    if (content.empty() || content.size() > 3) continue;
    auto& v = table[std::string(s[k][0]->stem())];
    for (const auto* x : content)
      if (std::find(v.begin(), v.end(), x->stem()) == v.end()) v.emplace_back(x->stem());
  }
  return Bilingual(table);
}

void Bilingual::add(const std::string& src_stem, const std::string& tgt_stem) {
  StemTable table = entries();
  auto& v = table[src_stem];
  if (std::find(v.begin(), v.end(), tgt_stem) == v.end()) v.push_back(tgt_stem);
  *this = Bilingual(table);
}

// The entry at `at` of the entries: its stem and its targets; false if it does not lie whole
// within the entries.
bool Bilingual::entry(std::size_t at, std::string_view& stem, Translations& targets) const {
  const std::size_t size = entries_size_;
  if (at >= size || size - at < 4) return false;
  const std::uint32_t n = get_u32(entries_ + at);
  if (size - at - 4 < std::size_t{n} + 8) return false;
  stem = std::string_view(entries_ + at + 4, n);
  const char* list = entries_ + at + 4 + n;
  const std::uint32_t count = get_u32(list), bytes = get_u32(list + 4);
  const char* const begin = list + 8;
  if (bytes > static_cast<std::size_t>(entries_ + size - begin)) return false;
  // Each target whole, and the last one ending where the list ends.
  const char* p = begin;
  const char* const end = begin + bytes;
  for (std::uint32_t k = 0; k < count; ++k) {
    if (end - p < 4 || get_u32(p) > static_cast<std::size_t>(end - p - 4)) return false;
    p += 4 + get_u32(p);
  }
  if (p != end) return false;
  targets = Translations(begin, end, count);
  return true;
}

Translations Bilingual::translations(std::string_view src_stem) const {
  if (size_ == 0) return {};
  std::uint32_t b = static_cast<std::uint32_t>(stem_hash(src_stem)) & mask_;
  for (std::uint32_t probes = 0; probes <= mask_; ++probes, b = (b + 1) & mask_) {
    const std::uint32_t v = get_u32(index_ + 4 * std::size_t{b});
    if (v == 0) return {};
    std::string_view stem;
    Translations targets;
    if (entry(v - 1, stem, targets) && stem == src_stem) return targets;
  }
  return {};
}

StemTable Bilingual::entries() const {
  StemTable table;
  std::string_view stem;
  Translations targets;
  for (std::size_t at = 0; entry(at, stem, targets);) {
    auto& v = table[std::string(stem)];
    for (const std::string_view t : targets) v.emplace_back(t);
    at = static_cast<std::size_t>(targets.end_pointer() - entries_);
  }
  return table;
}

std::string_view Bilingual::image() const { return image_; }

}  // namespace wirealign::align
