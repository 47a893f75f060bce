// Names compared across the blocks of an aligned pair (see name_comparison.h).
#include "wirealign/check/name_comparison.h"

#include <unicode/region.h>
#include <unicode/timezone.h>
#include <unicode/uchar.h>
#include <unicode/ucurr.h>

#include <algorithm>
#include <bitset>
#include <cmath>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "wirealign/annotate/annotate.h"
#include "wirealign/check/acronyms.h"
#include "wirealign/check/evidence.h"
#include "wirealign/check/names.h"
#include "wirealign/check/repeats.h"
#include "wirealign/core/hash.h"
#include "wirealign/core/utf8.h"
#include "wirealign/lang/conventions.h"
#include "wirealign/spell/hunspell.h"

namespace wirealign::check {
namespace {

// Whether `s` has at least `n` code points (letters, in a word).
bool has_letters(std::string_view s, std::size_t n) {
  for (std::size_t i = 0; n > 0 && i < s.size(); --n) utf8::next(s, i);
  return n == 0;
}

// How far apart in their sentences (0 = start, 1 = end) a lost name and its replacement may be.
constexpr double kMaxPlaceDistance = 0.4;

// Where token `t` of sentence `i` of `doc` starts in its sentence, from 0 (start) to 1 (end).
double place(const Document& doc, std::uint32_t i, const annotate::Token& t) {
  const Span s = doc.sentences[i].span;
  return s.size() == 0
             ? 0
             : static_cast<double>(t.span.begin - s.begin) / static_cast<double>(s.size());
}

// Whether `dictionary` (none: false) knows `lower`, of `letters` letters or more, in lower case.
bool spelt_lower(const spell::Dictionary* dictionary, std::string_view lower, std::size_t letters) {
  return dictionary != nullptr && has_letters(lower, letters) && dictionary->spell(lower);
}

// Where the first `n` code points of `s` end, in bytes (s.size() if it has fewer).
std::size_t letters_end(std::string_view s, std::size_t n) {
  std::size_t i = 0;
  for (; i < s.size() && n > 0; --n) utf8::next(s, i);
  return i;
}

// `word` with its first letter in capital if it is an ASCII letter (the rest as it is).
std::string capitalised(std::string_view word) {
  std::string out(word);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 32);
  return out;
}

// Whether every code point of `s` is a letter.
bool all_letters(std::string_view s) {
  for (std::size_t i = 0; i < s.size();)
    if (!u_isalpha(static_cast<UChar32>(utf8::next(s, i)))) return false;
  return true;
}

// `word` without its final vowel (y counts), if it ends in one: the stem that the words derived
// from a place's name share with it (Itali for italiana, Indonesian).
std::string less_final_vowel(std::string_view word) {
  if (!word.empty() && std::string_view("aeiouy").find(word.back()) != std::string_view::npos)
    word.remove_suffix(1);
  return std::string(word);
}

// Groups tokens (in order, with their sentence) into runs of adjacent words.
std::vector<NameRun> runs(
    const std::vector<std::pair<std::uint32_t, const annotate::Token*>>& words,
    const Document& doc) {
  std::vector<NameRun> out;
  for (const auto& [sentence, token] : words) {
    if (!out.empty() && out.back().sentence == sentence) {
      const Span last = out.back().tokens.back()->span;
      const std::string_view between =
          doc.input.view({last.end, std::max(last.end, token->span.begin)});
      if (between.size() <= 1 && between.find_first_not_of(" -") == std::string_view::npos) {
        out.back().tokens.push_back(token);
        continue;
      }
    }
    out.push_back({sentence, {token}});
  }
  return out;
}

// `s` up to its first space or hyphen.
std::string_view first_word(std::string_view s) { return s.substr(0, s.find_first_of(" -")); }

// The first words of the cities of lang::city_names().
const std::unordered_set<std::string>& city_first_words() {
  static const std::unordered_set<std::string> words = [] {
    std::unordered_set<std::string> out;
    for (const auto& [name, zone] : lang::city_names()) out.emplace(first_word(name));
    return out;
  }();
  return words;
}

// What place_codes() looks up for a language, made once a process: its region codes, and the
// first words of its territory and language names (a token that is none starts no name).
struct PlaceIndex {
  std::unordered_set<std::string> codes, first_words;
  // first_words and the first words of the cities of lang::city_names(): a token that is none of
  // them starts no name place_codes() knows.
  std::unordered_set<std::string, StringHash, std::equal_to<>> name_starts;
  // A quick test before name_starts: the bit of a word's first two bytes and length (see
  // start_bit) is clear for most words that start no name.
  std::bitset<1 << 16> start_bits;
  static std::size_t start_bit(std::string_view w) {
    const auto byte = [&](std::size_t i) {
      return i < w.size() ? static_cast<std::size_t>(static_cast<unsigned char>(w[i])) : 0;
    };
    return ((byte(0) << 8) ^ (byte(1) << 3) ^ std::min<std::size_t>(w.size(), 31)) & 0xFFFF;
  }
  bool may_start_name(std::string_view w) const {
    return start_bits.test(start_bit(w)) && name_starts.contains(w);
  }
  // The first words of its territory names less a final vowel or "land", four letters or more,
  // and the region they name: other words that start so are derived from them (Duitse from
  // Duitsland, Deutschen from Deutschland, italiano from Italia) and name the place too.
  std::unordered_map<std::string, std::string> stems;
  // The initials of its territory names of two words or more (of three letters or more each), and
  // the region they name: acronyms of places ("vs" for Verenigde Staten, "vk"; "us").
  std::unordered_map<std::string, std::string> initials;
  // Every word of its territory names, four letters or more, less a final vowel (kore from
  // "North Korea"): words that start so may name the place or its people (Koreans).
  std::unordered_set<std::string> word_stems;
  // The names of one word of its territories less a final vowel, four letters or more, and the
  // region they name: words longer than them that start so are adjectives of the place or names
  // of its people (italiana from Italia, Indonesian from Indonesia).
  std::unordered_map<std::string, std::string> single_stems;
};

const PlaceIndex& place_index(const std::string& code) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<const PlaceIndex>> made;
  std::lock_guard<std::mutex> lock(mutex);
  std::unique_ptr<const PlaceIndex>& index = made[code];
  if (!index) {
    const lang::DisplayNames& names = lang::conventions(code).names();
    auto built = std::make_unique<PlaceIndex>();
    for (const auto& [name, region] : names.territories) {
      built->codes.insert(region);
      built->first_words.emplace(first_word(name));
      std::string stem(first_word(name));
      if (stem.size() > 8 && stem.ends_with("land")) {
        stem.resize(stem.size() - 4);
      } else {
        stem = less_final_vowel(stem);
      }
      if (has_letters(stem, 4)) built->stems.emplace(std::move(stem), region);
      std::string initials;
      std::size_t words = 0, pieces = 0;
      std::string word_stem;
      for (std::size_t i = 0; i < name.size(); ++pieces) {
        const std::size_t end = std::min(name.find_first_of(" -", i), name.size());
        const std::string_view word = std::string_view(name).substr(i, end - i);
        if (has_letters(word, 3)) {
          initials += name[i];
          ++words;
        }
        word_stem = less_final_vowel(word);
        if (has_letters(word_stem, 4)) built->word_stems.insert(word_stem);
        i = end + 1;
      }
      if (words >= 2) built->initials.emplace(std::move(initials), region);
      if (pieces == 1 && has_letters(word_stem, 4))
        built->single_stems.emplace(std::move(word_stem), region);
    }
    for (const auto& [name, language] : names.languages)
      built->first_words.emplace(first_word(name));
    built->name_starts.insert(built->first_words.begin(), built->first_words.end());
    built->name_starts.insert(city_first_words().begin(), city_first_words().end());
    for (const std::string& w : built->name_starts) built->start_bits.set(PlaceIndex::start_bit(w));
    index = std::move(built);
  }
  return *index;
}

// The codes of the territories and languages that runs of one to three adjacent tokens of
// `tokens` (in text order) name in language `code`, by CLDR's display names ("Allemagne" -> DE,
// "Royaume-Uni" -> GB, "gallois" -> cy), and the time zones of the cities they name in any
// language (lang::city_names: "Wien", "Vienna" -> Europe/Vienna): exonyms name the same place in
// both languages. With `covering`, only the names that include tokens[*covering] ("Korea" in
// "South Korea" -> KR).
std::set<std::string> place_codes(const std::vector<const annotate::Token*>& tokens,
                                  const std::string& code,
                                  std::optional<std::size_t> covering = std::nullopt) {
  const lang::DisplayNames& names = lang::conventions(code).names();
  const PlaceIndex& index = place_index(code);
  const auto& cities = lang::city_names();
  std::set<std::string> codes;
  const auto covers = [&](std::size_t i, std::size_t n) {
    return !covering || (i <= *covering && *covering <= i + n);
  };
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (covering && i > *covering) break;
    // A region's code written as an acronym names it too (the US, EU members: "US"), as does an
    // alias CLDR knows for it (UK for GB).
    if (tokens[i]->acronym() && tokens[i]->lower().size() == 2 && covers(i, 0)) {
      std::string text(tokens[i]->lower());
      for (char& c : text) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
      UErrorCode status = U_ZERO_ERROR;
      if (const icu::Region* region = icu::Region::getInstance(text.c_str(), status);
          U_SUCCESS(status) && region != nullptr)
        text = region->getRegionCode();
      if (index.codes.count(text)) codes.insert(std::string(text));
    }
    // A territory's name with the final s of a genitive (Nordkoreas, Chinas) names it too.
    // (A territory's name starts with one of the index's first words.)
    if (const std::string_view f = tokens[i]->folded();
        covers(i, 0) && has_letters(f, 5) && f.back() == 's' &&
        index.may_start_name(first_word(f.substr(0, f.size() - 1))))
      if (const auto it = names.territories.find(std::string(f.substr(0, f.size() - 1)));
          it != names.territories.end())
        codes.insert(it->second);
    if (!index.may_start_name(first_word(tokens[i]->folded()))) continue;
    std::string spaced, hyphened;
    for (std::size_t n = 0; n < 3 && i + n < tokens.size(); ++n) {
      const annotate::Token& t = *tokens[i + n];
      if (n > 0 && t.span.begin > tokens[i + n - 1]->span.end + 1) break;
      if (n > 0) {
        spaced += ' ';
        hyphened += '-';
      }
      spaced += t.folded();
      hyphened += t.folded();
      if (!covers(i, n)) continue;
      for (const std::string* key : {&spaced, &hyphened}) {
        if (const auto it = names.territories.find(*key); it != names.territories.end())
          codes.insert(it->second);
        if (const auto it = names.languages.find(*key); it != names.languages.end())
          codes.insert(it->second);
        if (const auto it = cities.find(*key); it != cities.end()) codes.insert(it->second);
      }
    }
  }
  return codes;
}

// place_codes() of the names that include token j of a sentence's `tokens`, read from the two
// tokens on either side of it.
std::set<std::string> place_codes_at(const std::vector<annotate::Token>& tokens, std::size_t j,
                                     const std::string& code) {
  std::vector<const annotate::Token*> around;
  const std::size_t first = j >= 2 ? j - 2 : 0;
  for (std::size_t n = first; n <= j + 2 && n < tokens.size(); ++n) around.push_back(&tokens[n]);
  return place_codes(around, code, j - first);
}

}  // namespace

struct NameComparison::Impl {
  explicit Impl(const Setup& setup)
      : src_language_(setup.src_language),
        tgt_language_(setup.tgt_language),
        cross_script_(lang::conventions(setup.src_language.code).script !=
                      lang::conventions(setup.tgt_language.code).script),
        src_words_(common_words(setup.src_language, setup)),
        tgt_words_(common_words(setup.tgt_language, setup)),
        tgt_headwords_(headwords(setup.tgt_language, setup)),
        tgt_dictionary_(spell::shared_dictionary(setup.data_dir, setup.tgt_language.code)),
        src_dictionary_(spell::shared_dictionary(setup.data_dir, setup.src_language.code)),
        acronyms_(load_acronyms(setup)) {}

  std::vector<BlockNames> compare(const Context& context) const {
    std::vector<BlockNames> blocks;
    const auto& beads = context.alignment.beads;
    const std::vector<std::uint32_t> tgt_twins = repeated_sentences(context.tgt_tokens);
    for (std::size_t b = 0; b < beads.size(); ++b) {
      const Bead& bead = beads[b];
      if (bead.src_size() == 0 || bead.tgt_size() == 0) continue;
      // A block that translates nothing of its source is an omission: its names are not compared.
      if (unrelated(context, {bead.src_begin, bead.src_end}, {bead.tgt_begin, bead.tgt_end},
                    coverage_norm(context)))
        continue;
      // The words of this block and of its neighbours (a sentence merged or split across the
      // block boundary keeps its names there).
      // Only blocks that join or split sentences, or are unsure, lend their neighbours' words.
      const auto one_to_one = [&](std::size_t n) {
        return beads[n].src_size() == 1 && beads[n].tgt_size() == 1 && beads[n].confidence >= 0.5;
      };
      std::vector<const annotate::Token*> src_near, tgt_near;
      // The words that may render a word of this block: a neighbour's words only where its own
      // other side does not account for them (a name replaced in an unsure block is not rendered
      // by the same name in the sentence before, whose source names it too).
      std::vector<const annotate::Token*> src_spare, tgt_spare;
      for (std::size_t n = (b == 0 ? 0 : b - 1); n <= b + 1 && n < beads.size(); ++n) {
        if (n != b && one_to_one(b) && one_to_one(n)) continue;
        // A target sentence of no source that repeats another of the document (a headline
        // printed twice) belongs where its twin stands: it lends no word to its neighbours.
        if (n != b && beads[n].src_size() == 0 && repeats_only(beads[n], tgt_twins)) continue;
        const std::size_t src_from = src_near.size(), tgt_from = tgt_near.size();
        for (std::uint32_t i = beads[n].src_begin; i < beads[n].src_end; ++i)
          for (const annotate::Token& t : context.src_tokens.sentences[i]) src_near.push_back(&t);
        for (std::uint32_t k = beads[n].tgt_begin; k < beads[n].tgt_end; ++k)
          for (const annotate::Token& t : context.tgt_tokens.sentences[k]) tgt_near.push_back(&t);
        if (n == b) {
          src_spare.insert(src_spare.end(),
                           src_near.begin() + static_cast<std::ptrdiff_t>(src_from),
                           src_near.end());
          tgt_spare.insert(tgt_spare.end(),
                           tgt_near.begin() + static_cast<std::ptrdiff_t>(tgt_from),
                           tgt_near.end());
        } else {
          const Unclaimed spare = unclaimed(context, beads[n]);
          src_spare.insert(src_spare.end(), spare.src.begin(), spare.src.end());
          tgt_spare.insert(tgt_spare.end(), spare.tgt.begin(), spare.tgt.end());
        }
      }
      std::vector<std::pair<std::uint32_t, const annotate::Token*>> lost, intruders;
      BlockNames block;
      block.bead = b;
      std::set<const annotate::Token*>& weak = block.weak;
      bool& lost_common_word = block.lost_common_word;
      std::set<const annotate::Token*>& common_lost = block.common_lost;
      bool lost_place = false;  // a lost name names a country the target does not
      // Adjectives of places in lower case that the target does not render: lost only where an
      // adjective of another place stands in the target (they open the door to no other word).
      std::vector<std::pair<std::uint32_t, const annotate::Token*>> lost_adjectives;
      bool adjective_replaced = false;
      // A lost word of a longer name is a common word of the source's dictionary as well
      // (Premier League, Royal Navy; not Arizona, which it knows only as a name): a title or an
      // institution's name. (Alone, it may be a surname: Sterling, Lee.)
      // Where such words stand in their sentences (0 = start, 1 = end).
      std::vector<double> title_places;
      // Places and languages the target names (exonyms: Pékin, Allemagne, gallois).
      const std::set<std::string> tgt_places = place_codes(tgt_near, tgt_language_.code);
      const std::set<std::string> src_places = place_codes(src_near, src_language_.code);
      for (std::uint32_t i = bead.src_begin; i < bead.src_end; ++i) {
        const auto& tokens = context.src_tokens.sentences[i];
        for (std::size_t j = 0; j < tokens.size(); ++j) {
          const SourceWord word(tokens[j], context.lexicon);
          // An adjective of a place in lower case (italiana) that nothing of the target names,
          // derives from or translates: where the target has a capitalised adjective of another
          // place instead, one became the other (Indonesian).
          if (!tokens[j].capitalised() && !tokens[j].function_word()) {
            const std::string region = adjective_place(tokens[j].folded(), src_language_.code);
            if (!region.empty() && !tgt_places.count(region) &&
                std::none_of(tgt_near.begin(), tgt_near.end(),
                             [&](const auto* t) {
                               return adjective_place(t->folded(), tgt_language_.code) == region;
                             }) &&
                std::none_of(tgt_spare.begin(), tgt_spare.end(),
                             [&](const auto* t) { return word.rendered_by(*t); })) {
              lost_adjectives.push_back({i, &tokens[j]});
            }
            continue;
          }
          const bool opening =
              !is_name(context.src, tokens, j, src_language_) && !headline_name(context, tokens, j);
          if (opening && !opening_name(context, tokens, j)) continue;
          const bool found = std::any_of(tgt_spare.begin(), tgt_spare.end(),
                                         [&](const auto* t) { return word.rendered_by(*t); });
          if (found || names_place_in(tokens, j, src_language_.code, tgt_places)) continue;
          lost.push_back({i, &tokens[j]});
          if (opening) block.opening_lost.insert(&tokens[j]);
          if (names_other_place(tokens, j, src_language_.code, tgt_places)) {
            block.places.insert(&tokens[j]);
            lost_place = true;
          }
          // A dictionary word that the translation writes as the source does elsewhere, with its
          // capital, is a name of this document (Lee, West), not a word to translate; the
          // evidence is weaker than for a name no dictionary knows. A proper noun (Spain,
          // Parigi) is no dictionary word, unless a form of its translation stands near.
          const bool proper =
              (proper_noun(context.src, tokens[j]) || translated_as_name(context, tokens[j])) &&
              !translation_stem_in(context, tokens[j], tgt_near);
          const bool in_dictionary = context.lexicon.has(tokens[j].stem()) ||
                                     known_word(src_words_, tokens[j].lower()) ||
                                     source_word(tokens[j].lower());
          const bool dictionary = in_dictionary && !proper;
          if (proper && !place_word(tokens[j].folded(), src_language_.code))
            block.named_lost.insert(&tokens[j]);
          if (in_dictionary && proper) block.proper_lost.insert(&tokens[j]);
          if (src_language_.nouns_capitalised && source_compound(tokens[j].lower()))
            block.nouns_lost.insert(&tokens[j]);
          const bool kept = dictionary && kept_elsewhere(context, tokens[j]);
          const bool common = dictionary && !kept;
          block.lost_kept_word = block.lost_kept_word || kept;
          if (common) common_lost.insert(&tokens[j]);
          const bool in_longer_name =
              (j > 0 && is_name(context.src, tokens, j - 1, src_language_)) ||
              (j + 1 < tokens.size() && is_name(context.src, tokens, j + 1, src_language_));
          if (in_longer_name && source_common_noun(context, tokens[j]))
            title_places.push_back(place(context.src, i, tokens[j]));
        }
      }
      // Occurrences of names written more often in the source than rendered in the target, none
      // of them lost by itself ("in Dundee" when "Dundee Stars" is kept): lost if a word no
      // dictionary knows stands near their place ("in Mayr").
      std::vector<std::pair<std::uint32_t, const annotate::Token*>> surplus, surplus_intruders;
      repeated_lost(context, bead, tgt_places, lost, surplus);
      // A lost name made of dictionary words only (Morning, Premier League) may have been
      // translated word by word; one with a word no dictionary knows is a name (Jimmy Carter,
      // though a carter is a word).
      block.lost = runs(lost, context.src);
      bool all_lost_common = true;  // every lost name is made of dictionary words only
      for (const NameRun& run : block.lost) {
        const bool common = std::all_of(run.tokens.begin(), run.tokens.end(),
                                        [&](const auto* t) { return common_lost.count(t); });
        lost_common_word = lost_common_word || common;
        // A word that is by itself the name of a territory or a city by CLDR's names (China,
        // though china is a word; not a language, Welsh) is a name that no translation
        // translates word by word.
        all_lost_common =
            all_lost_common && common && !(run.tokens.size() == 1 && names_territory(run.tokens));
      }
      // With no name lost, only a target name that no dictionary knows is looked for.
      const bool none_lost = lost.empty();
      if (none_lost && surplus.empty() && cross_script_) continue;
      for (std::uint32_t k = bead.tgt_begin; k < bead.tgt_end; ++k) {
        const auto& tokens = context.tgt_tokens.sentences[k];
        // Any word starts a sentence with a capital, also a second sentence of the segment.
        const auto opens_sentence = [&](std::size_t j) {
          return starts_sentence(context.tgt, tokens, j) ||
                 after_sentence_end(context.tgt, tokens, j, tgt_language_);
        };
        for (std::size_t j = 0; j < tokens.size(); ++j) {
          const annotate::Token& t = tokens[j];
          // A letter alone is an initial or a point of the compass (W), no name.
          if (!has_letters(t.lower(), 2)) continue;
          // An acronym where a name was lost stands in its place when nothing of the source
          // accounts for it (CSU for All Blacks, LPG for Mangola).
          if (t.acronym() && !none_lost && !t.function_word() &&
              !names_place_in(tokens, j, tgt_language_.code, src_places) &&
              foreign_acronym(context, t, lost, src_places)) {
            weak.insert(&t);
            intruders.push_back({k, &t});
            continue;
          }
          if (!t.capitalised() || t.acronym() || !t.number().empty() || t.function_word() ||
              is_abbreviation(context.tgt.input.view(t.span), tgt_language_))
            continue;
          if (title_case(context.tgt, tokens, tgt_language_)) continue;
          // A country the source does not name, where the source names one the target does not:
          // one country became another (Deutschland, South Korea).
          if (lost_place && names_other_place(tokens, j, tgt_language_.code, src_places)) {
            block.places.insert(&t);
            intruders.push_back({k, &t});
            continue;
          }
          // An adjective of a place that nothing of the source names, derives from or translates,
          // where the source lost one of another place (italiana, Indonesian): less sure, since
          // CLDR has no adjectives and a stem may mislead.
          if (!lost_adjectives.empty() && !opens_sentence(j)) {
            const std::string region = adjective_place(t.folded(), tgt_language_.code);
            if (!region.empty() && !src_places.count(region) &&
                std::none_of(src_near.begin(), src_near.end(),
                             [&](const auto* s) {
                               return adjective_place(s->folded(), src_language_.code) == region;
                             }) &&
                std::none_of(src_spare.begin(), src_spare.end(),
                             [&](const auto* s) { return renders(*s, t, context.lexicon); })) {
              weak.insert(&t);
              intruders.push_back({k, &t});
              adjective_replaced = true;
              continue;
            }
          }
          // Any word starts a sentence with a capital: there, only a name lost in the source
          // that is no dictionary word, and found inside its sentence, may have been replaced
          // ("It said Lloyds" -> "Moreau"; not "Aguero then found" -> "Ficou então").
          if ((lost_common_word || !block.opening_lost.empty()) && opens_sentence(j)) continue;
          const bool known = std::any_of(src_spare.begin(), src_spare.end(), [&](const auto* s) {
            return renders(*s, t, context.lexicon);
          });
          // A word derived from the name of a place the source names (Duitse for Germany) names
          // it as an adjective; a country that became another is found above.
          const bool place_word = derived_from_place(t.folded(), src_places);
          // Inside a sentence of a language that capitalises only its nouns and names, a word
          // that is neither, away from any other capitalised word (Vorbei, Jedoch; not Nahen
          // in "Nahen Osten"), stands where a name was, although the text writes it in lower
          // case elsewhere.
          const bool odd_capital =
              !opens_sentence(j) && capitalised_non_noun(context.tgt, tokens, j);
          if (known || place_word || (common_word(context, t) && !odd_capital) ||
              in_source(context, t) ||
              (tgt_language_.nouns_capitalised && compound_noun(t) &&
               !spelt_lower(tgt_dictionary_.get().get(), t.lower(), 3)) ||
              calendar_word(t, tgt_language_) ||
              names_place_in(tokens, j, tgt_language_.code, src_places))
            continue;
          // A name that neither language's dictionaries know, inside a sentence, names something
          // the source does not name at all (Rohtak): what replaced a name, or an addition.
          if (!cross_script_ && !opens_sentence(j) &&
              unknown_name(t, context.tgt.input.view(t.span)) &&
              !inflected_source_name(context, t)) {
            block.unexplained.insert(&t);
            intruders.push_back({k, &t});
            continue;
          }
          if (none_lost) {
            // A word no dictionary knows, or one the target's dictionary knows only as a name
            // (Adamczyk), inside its sentence.
            if (!surplus.empty() &&
                (unknown_word(t, context.tgt.input.view(t.span)) ||
                 (!opens_sentence(j) &&
                  (target_proper_noun(context.tgt, t) ||
                   (tgt_language_.nouns_capitalised && name_not_noun(context.tgt, tokens, j))))))
              surplus_intruders.push_back({k, &t});
            continue;
          }
          // A capitalised dictionary word inside a sentence may be a surname (Perry, Ford) as
          // well as part of a title: kept, less surely (weak), only when a lost name is no
          // dictionary word (else it may be one of them translated; pair_names pairs it with such
          // a name only). Where nouns have a capital,
          // only a word the dictionary knows in lower case (an adjective, a verb: Gesamten,
          // Hinter), which has one inside a sentence only when it starts a name or stands for a
          // noun.
          // A word the target's hunspell dictionary knows only with its capital (Andes, Ohio) is
          // a name wherever it stands, also opening the sentence.
          if (target_word(t.lower()) &&
              !(opens_sentence(j) && !lost_common_word && target_proper_noun(context.tgt, t))) {
            const bool lower_case_word = tgt_language_.nouns_capitalised &&
                                         spelt_lower(tgt_dictionary_.get().get(), t.lower(), 3);
            // A source that capitalises its nouns loses many that no dictionary knows (compounds:
            // Modewoche, Fashion Week): there, a lost dictionary word is doubt enough when it is
            // the lost name nearest to the word's place (Unterredung; not Coons, Miles).
            if ((src_language_.nouns_capitalised
                     ? nearest_lost_noun(context, lost, block, place(context.tgt, k, t))
                     : all_lost_common) ||
                (tgt_language_.nouns_capitalised && !lower_case_word &&
                 !name_not_noun(context.tgt, tokens, j)) ||
                opens_sentence(j))
              continue;
            weak.insert(&t);
          }
          // A title or an institution's name (title_places) is translated word by word: a
          // target word of any length, a German noun as written, near where it stands may be one
          // of its words (Premier League, Liga; Judiciary Committee, Ausschuss).
          const double here = place(context.tgt, k, t);
          if (std::any_of(title_places.begin(), title_places.end(),
                          [&](double p) { return std::fabs(p - here) <= kTitlePlace; }) &&
              dictionary_word(context.tgt.input.view(t.span), t.lower()))
            continue;
          intruders.push_back({k, &t});
        }
      }
      if (adjective_replaced) {
        // In text order (tokens of one sentence are one array), as runs() needs.
        lost.insert(lost.end(), lost_adjectives.begin(), lost_adjectives.end());
        std::sort(lost.begin(), lost.end());
        block.lost = runs(lost, context.src);
      }
      if (none_lost) {
        if (surplus_lost(context, surplus, surplus_intruders, lost, intruders, weak))
          block.lost = runs(lost, context.src);
        if (intruders.empty()) continue;
      }
      anchored_intruders(context, bead, lost, src_places, block, intruders);
      block.intruders = runs(intruders, context.tgt);
      block.pairs = pair_names(context, block);
      blocks.push_back(std::move(block));
    }
    return blocks;
  }

  // Whether every target sentence of `bead` repeats another sentence of the target (`twins`, as
  // repeated_sentences gives them).
  static bool repeats_only(const Bead& bead, const std::vector<std::uint32_t>& twins) {
    for (std::uint32_t k = bead.tgt_begin; k < bead.tgt_end; ++k)
      if (twins[k] == kNoTwin) return false;
    return true;
  }

  // The words of `bead` that no word of its other side renders, each word accounting for one
  // word of the other side: those that a neighbour lends (function words are not matched).
  struct Unclaimed {
    std::vector<const annotate::Token*> src, tgt;
  };
  static Unclaimed unclaimed(const Context& context, const Bead& bead) {
    Unclaimed out;
    std::vector<const annotate::Token*> targets;
    for (std::uint32_t k = bead.tgt_begin; k < bead.tgt_end; ++k)
      for (const annotate::Token& t : context.tgt_tokens.sentences[k]) targets.push_back(&t);
    std::vector<bool> claimed(targets.size(), false);
    for (std::uint32_t i = bead.src_begin; i < bead.src_end; ++i)
      for (const annotate::Token& s : context.src_tokens.sentences[i]) {
        bool rendered = false;
        if (!s.function_word()) {
          const SourceWord word(s, context.lexicon);
          for (std::size_t m = 0; m < targets.size() && !rendered; ++m)
            if (!claimed[m] && !targets[m]->function_word() && word.rendered_by(*targets[m]))
              claimed[m] = rendered = true;
        }
        if (!rendered) out.src.push_back(&s);
      }
    for (std::size_t m = 0; m < targets.size(); ++m)
      if (!claimed[m]) out.tgt.push_back(targets[m]);
    return out;
  }

  // Adds to `lost` the occurrences of a name written more often in block `bead`'s source than
  // rendered in its target, beside another name whose rendering stands beside a capitalised word
  // that renders nothing there ("Steven Lawless … Steven Thomson" as "Zając Lawless … Steven
  // Thomson"): the name is found elsewhere in the target, but not in that place. The other
  // occurrences of such names, with no such neighbour, go to `surplus`, except names of places
  // that the target names (`tgt_places`).
  void repeated_lost(const Context& context, const Bead& bead,
                     const std::set<std::string>& tgt_places,
                     std::vector<std::pair<std::uint32_t, const annotate::Token*>>& lost,
                     std::vector<std::pair<std::uint32_t, const annotate::Token*>>& surplus) const {
    const auto count_src = [&](const annotate::Token& x) {
      std::size_t n = 0;
      for (std::uint32_t i = bead.src_begin; i < bead.src_end; ++i)
        for (const annotate::Token& s : context.src_tokens.sentences[i])
          n += s.capitalised() && s.folded() == x.folded();  // not the word in lower case
      return n;
    };
    const auto count_tgt = [&](const annotate::Token& x) {
      std::size_t n = 0;
      const SourceWord word(x, context.lexicon);
      for (std::uint32_t k = bead.tgt_begin; k < bead.tgt_end; ++k)
        for (const annotate::Token& t : context.tgt_tokens.sentences[k]) n += word.rendered_by(t);
      return n;
    };
    // Whether target token `t` renders a word of the block's source ("Hotel").
    const auto renders_source = [&](const annotate::Token& t) {
      for (std::uint32_t i = bead.src_begin; i < bead.src_end; ++i)
        for (const annotate::Token& s : context.src_tokens.sentences[i])
          if (renders(s, t, context.lexicon)) return true;
      return false;
    };
    std::vector<std::pair<std::uint32_t, const annotate::Token*>> added;
    std::map<std::string_view, std::size_t> surplus_used;  // per name, occurrences added
    for (std::uint32_t i = bead.src_begin; i < bead.src_end; ++i) {
      const auto& tokens = context.src_tokens.sentences[i];
      for (std::size_t j = 0; j < tokens.size(); ++j) {
        const annotate::Token& x = tokens[j];
        if (!is_name(context.src, tokens, j, src_language_) ||
            std::any_of(lost.begin(), lost.end(), [&](const auto& l) { return l.second == &x; }))
          continue;
        bool replaced = false;
        for (const int side : {-1, 1}) {
          if ((side < 0 && j == 0) || (side > 0 && j + 1 >= tokens.size())) continue;
          const std::size_t n = side < 0 ? j - 1 : j + 1;
          const annotate::Token& kept = tokens[n];
          if (!is_name(context.src, tokens, n, src_language_)) continue;
          for (std::uint32_t k = bead.tgt_begin; k < bead.tgt_end && !replaced; ++k) {
            const auto& target = context.tgt_tokens.sentences[k];
            for (std::size_t m = 0; m < target.size() && !replaced; ++m) {
              if (target[m].folded() != kept.folded()) continue;
              if ((side < 0 && m + 1 >= target.size()) || (side > 0 && m == 0)) continue;
              const annotate::Token& t = side < 0 ? target[m + 1] : target[m - 1];
              replaced =
                  t.capitalised() && !t.acronym() && !t.function_word() && !renders_source(t);
            }
          }
        }
        const std::size_t in_src = count_src(x), in_tgt = count_tgt(x);
        if (in_src <= in_tgt || names_place_in(tokens, j, src_language_.code, tgt_places)) continue;
        if (!replaced) {
          surplus.push_back({i, &x});
          continue;
        }
        if (surplus_used[x.folded()]++ < in_src - in_tgt) added.push_back({i, &x});
      }
    }
    for (const auto& a : added) lost.push_back(a);
    std::sort(lost.begin(), lost.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first < b.first : a.second->span.begin < b.second->span.begin;
    });
  }

  // Whether a word of block `bead`'s target other than `t` renders source word `s`.
  static bool rendered_otherwise(const Context& context, const Bead& bead, const annotate::Token& s,
                                 const annotate::Token& t) {
    const SourceWord word(s, context.lexicon);
    for (std::uint32_t k = bead.tgt_begin; k < bead.tgt_end; ++k)
      for (const annotate::Token& u : context.tgt_tokens.sentences[k])
        if (&u != &t && word.rendered_by(u)) return true;
    return false;
  }

  // Pairs each name occurrence of `surplus` with the nearest of `candidates` not yet taken, at
  // about the same place in its sentence; the pairs join `lost` and `intruders` (as `weak`
  // evidence: the name is rendered elsewhere). Returns whether any did.
  static bool surplus_lost(
      const Context& context,
      const std::vector<std::pair<std::uint32_t, const annotate::Token*>>& surplus,
      const std::vector<std::pair<std::uint32_t, const annotate::Token*>>& candidates,
      std::vector<std::pair<std::uint32_t, const annotate::Token*>>& lost,
      std::vector<std::pair<std::uint32_t, const annotate::Token*>>& intruders,
      std::set<const annotate::Token*>& weak) {
    bool any = false;
    // The nearest pairs first: of two occurrences of a name, the one in the candidate's place.
    std::vector<std::tuple<double, std::size_t, std::size_t>> distances;  // distance, s, c
    for (std::size_t n = 0; n < surplus.size(); ++n)
      for (std::size_t c = 0; c < candidates.size(); ++c) {
        const double distance =
            std::fabs(place(context.src, surplus[n].first, *surplus[n].second) -
                      place(context.tgt, candidates[c].first, *candidates[c].second));
        if (distance <= kMaxPlaceDistance) distances.emplace_back(distance, n, c);
      }
    std::sort(distances.begin(), distances.end());
    std::vector<bool> taken(candidates.size(), false), used(surplus.size(), false);
    for (const auto& [distance, n, c] : distances) {
      if (taken[c] || used[n]) continue;
      taken[c] = used[n] = true;
      lost.push_back(surplus[n]);
      if (std::find(intruders.begin(), intruders.end(), candidates[c]) == intruders.end())
        intruders.push_back(candidates[c]);
      weak.insert(candidates[c].second);
      any = true;
    }
    const auto order = [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first < b.first : a.second->span.begin < b.second->span.begin;
    };
    std::sort(lost.begin(), lost.end(), order);
    std::sort(intruders.begin(), intruders.end(), order);
    return any;
  }

  // The lost names that kept part of their name: a source name word next to a lost one ("Brett
  // Kavanaugh"; a word opening the sentence if the target writes it the same) that the target
  // renders ("Brett") with a capitalised word that renders nothing of the block's source ("Brett
  // Gewesen"), on the same side, or on the other where no dictionary of the target knows it (a
  // translation may put the words of a name in the other order: "Europa League", "Zyrbak
  // Europa"). That word took the lost one's place, whatever it is (on the same side, a dictionary
  // word, a German noun): it joins the intruders, paired with the lost word in block.anchored. A
  // lost word of the source's dictionary counts only where the rest of its name stands exactly as
  // the source writes it, and is made of common words or the dictionary translates the lost word
  // ("Tom Daley", "Aumento Daley"; "South Carolina", "Zonnig Carolina"): elsewhere, names made of
  // common words are translated word by word, in another order ("Supreme Court", "Amerikaanse
  // Hooggerechtshof"), and the word beside the kept one may be the translation ("Hurricane Rosa",
  // "Hurrikan Rosa"; the translation is looked for below).
  void anchored_intruders(
      const Context& context, const Bead& bead,
      const std::vector<std::pair<std::uint32_t, const annotate::Token*>>& lost,
      const std::set<std::string>& src_places, BlockNames& block,
      std::vector<std::pair<std::uint32_t, const annotate::Token*>>& intruders) const {
    const auto adjacent = [](const Document& doc, const annotate::Token& a,
                             const annotate::Token& b) {  // a, then b, a space or hyphen between
      if (b.span.begin < a.span.end || b.span.begin - a.span.end != 1) return false;
      const char c = doc.input.text[a.span.end];
      return c == ' ' || c == '-';
    };
    std::set<const annotate::Token*> lost_tokens;
    for (const auto& [i, t] : lost) lost_tokens.insert(t);
    std::set<const annotate::Token*> taken;
    for (const auto& [i, t] : intruders) taken.insert(t);
    bool added = false;
    for (const auto& [i, lost_token] : lost) {
      const bool common = block.common_lost.count(lost_token) != 0;
      const auto& tokens = context.src_tokens.sentences[i];
      const std::size_t j = static_cast<std::size_t>(lost_token - tokens.data());
      for (const int side : {-1, 1}) {  // the kept word before (-1) or after (+1) the lost one
        if ((side < 0 && j == 0) || (side > 0 && j + 1 >= tokens.size())) continue;
        std::size_t n = side < 0 ? j - 1 : j + 1;
        // A particle of the name, a short word in lower case, may stand between the two (Canal de
        // Saint-Quentin, Schmidt de Saint-Quentin): the kept word is beyond it, and the target
        // must keep both as written.
        const annotate::Token* particle = nullptr;
        if (!tokens[n].capitalised() && tokens[n].number().empty() &&
            !has_letters(tokens[n].lower(), 4) && all_letters(tokens[n].lower()) &&
            (side < 0 ? n >= 1 : n + 1 < tokens.size()) &&
            (side < 0 ? adjacent(context.src, tokens[n], *lost_token)
                      : adjacent(context.src, *lost_token, tokens[n]))) {
          particle = &tokens[n];
          n = side < 0 ? n - 1 : n + 1;
        }
        const annotate::Token& kept = tokens[n];
        const annotate::Token& inner = particle != nullptr ? *particle : *lost_token;
        // A capitalised word that opens the sentence is no name by itself; beside a name, written
        // the same in the target, it is the rest of that name (Peter Martin, Peter Arrêté).
        const bool opening_name = particle == nullptr && starts_sentence(context.src, tokens, n) &&
                                  kept.capitalised() && !kept.acronym() && !kept.function_word() &&
                                  kept.number().empty();
        if (lost_tokens.count(&kept) ||
            !(opening_name || is_name(context.src, tokens, n, src_language_)) ||
            !(side < 0 ? adjacent(context.src, kept, inner) : adjacent(context.src, inner, kept)))
          continue;
        const annotate::Token* replacement = nullptr;
        std::uint32_t replacement_sentence = 0;
        for (std::uint32_t k = bead.tgt_begin; k < bead.tgt_end && !replacement; ++k) {
          const auto& target = context.tgt_tokens.sentences[k];
          for (std::size_t m = 0; m < target.size(); ++m) {
            if (!renders(kept, target[m], context.lexicon) ||
                (opening_name && target[m].folded() != kept.folded()))
              continue;
            // A lost dictionary word may have been translated in another order, unless the rest
            // of its name, common words too, stands as the source writes it: then the name was
            // kept, not translated (a first name or a surname beside it may follow a title the
            // translation translated, which the dictionary does not know: Father, Padre;
            // Secretary, Minister).
            // Beside a name kept as written (Carolina), a lost word the dictionary translates
            // (South: Zuid) is replaced by a word that does not translate it (Zonnig).
            if ((common || particle != nullptr) &&
                (target[m].folded() != kept.folded() ||
                 (common && !source_common(kept) && !context.lexicon.has(lost_token->stem()))))
              continue;
            const annotate::Token* t = nullptr;
            if (particle != nullptr) {
              // The same particle, then the word in the lost one's place, in the source's order.
              if (side < 0 ? m + 2 >= target.size() : m < 2) continue;
              const annotate::Token& p = side < 0 ? target[m + 1] : target[m - 1];
              const annotate::Token& u = side < 0 ? target[m + 2] : target[m - 2];
              if (p.folded() == particle->folded() &&
                  (side < 0 ? adjacent(context.tgt, target[m], p) && adjacent(context.tgt, p, u)
                            : adjacent(context.tgt, u, p) && adjacent(context.tgt, p, target[m]))) {
                replacement = &u;
                replacement_sentence = k;
                break;
              }
              continue;
            }
            // On the source's side of the kept word, or on the other: a translation may put the
            // words of a name in the other order (Europa League, Ligue Europa).
            for (const int order : {side, -side}) {
              if ((order < 0 && m + 1 >= target.size()) || (order > 0 && m == 0)) continue;
              const annotate::Token& u = order < 0 ? target[m + 1] : target[m - 1];
              // There, a word of the target's dictionary may translate the lost word (League,
              // Liga Europa): only a word it does not know replaced it.
              if (order != side && dictionary_word(context.tgt.input.view(u.span), u.lower()))
                continue;
              if (order < 0 ? adjacent(context.tgt, target[m], u)
                            : adjacent(context.tgt, u, target[m])) {
                t = &u;
                break;
              }
            }
            if (t == nullptr) continue;
            replacement = t;
            replacement_sentence = k;
            break;
          }
        }
        if (replacement == nullptr) continue;
        const annotate::Token& t = *replacement;
        const auto& target = context.tgt_tokens.sentences[replacement_sentence];
        const std::size_t m = static_cast<std::size_t>(&t - target.data());  // t's index
        if (!t.capitalised() || t.acronym() || !t.number().empty() || t.function_word() ||
            is_abbreviation(context.tgt.input.view(t.span), tgt_language_) ||
            calendar_word(t, tgt_language_) || in_source(context, t) ||
            derived_from_place(t.folded(), src_places))
          continue;
        // Beside a lost dictionary word, a noun of a language that capitalises them may be its
        // translation, which the bilingual dictionary lacks (Reverend, Priester; Minister,
        // Außenminister); a surname that hunspell knows, and the word list does not (Lehmann),
        // is no such noun.
        // Between two words of the name, both kept as the source writes them (Robert Ray
        // Black-Daley, Robert Bergmann Black-Daley), or a name rather than a noun (Schmidt), it
        // stands for a word of the name all the same.
        if (common && tgt_language_.nouns_capitalised && target_noun(context.tgt, t) &&
            (known_word(tgt_words_, t.lower()) || compound_noun(t)) &&
            !between_kept_names(context, tokens, j, target, m) &&
            !name_not_noun(context.tgt, target, m))
          continue;
        // A word that translates a word of the block's source stands for it, unless another word
        // of the block translates it too (Voorkomen for "look", which "kijken" translates: chance).
        // A neighbour's words do not count: in the lost name's very place, a word that a
        // neighbouring sentence happens to have a translation for (Viewers, gesehen) replaced it.
        bool translates = false;
        for (std::uint32_t i2 = bead.src_begin; i2 < bead.src_end && !translates; ++i2)
          for (const annotate::Token& s : context.src_tokens.sentences[i2])
            if (renders(s, t, context.lexicon) && !rendered_otherwise(context, bead, s, t) &&
                !spelt_like_noun(context, s, t)) {
              translates = true;
              break;
            }
        if (translates) continue;
        if (names_place_in(target, m, tgt_language_.code, src_places)) continue;
        if (target_word(t.lower()) || common_word(context, t)) block.weak.insert(&t);
        block.anchored.push_back({lost_token, &t});
        if (taken.insert(&t).second) {
          intruders.push_back({replacement_sentence, &t});
          added = true;
        }
        break;
      }
    }
    if (added)
      std::sort(intruders.begin(), intruders.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first < b.first : a.second->span.begin < b.second->span.begin;
      });
  }

  // Whether source word `j` of `tokens`, a word the bilingual dictionary translates, stands
  // between two names (Robert Ray Black-Daley) that stand as written on either side of word `m`
  // of target sentence `target` (Robert Bergmann Black-Daley): whether that word translates it
  // is then known.
  bool between_kept_names(const Context& context, const std::vector<annotate::Token>& tokens,
                          std::size_t j, const std::vector<annotate::Token>& target,
                          std::size_t m) const {
    if (j == 0 || j + 1 >= tokens.size() || m == 0 || m + 1 >= target.size() ||
        !context.lexicon.has(tokens[j].stem()))
      return false;
    return is_name(context.src, tokens, j - 1, src_language_) &&
           is_name(context.src, tokens, j + 1, src_language_) &&
           target[m - 1].folded() == tokens[j - 1].folded() &&
           target[m + 1].folded() == tokens[j + 1].folded();
  }

  // The lost names of `block` paired with the intruders that took their places (BlockNames::pairs).
  static std::vector<NamePair> pair_names(const Context& context, const BlockNames& block);

  // How far from a lost word of a longer name a dictionary word may be its translation.
  static constexpr double kTitlePlace = 0.25;

  // Whether target word `folded` starts with the stem of the name of a territory that `places`
  // (the source's) names, and is longer: the place, as an adjective or inflected (Duitse for
  // Germany, Deutschen for German).
  bool derived_from_place(std::string_view folded, const std::set<std::string>& places) const {
    const PlaceIndex& index = place_index(tgt_language_.code);
    for (std::size_t n = 4; n < folded.size(); ++n)
      if (const auto it = index.stems.find(std::string(folded.substr(0, n)));
          it != index.stems.end() && places.count(it->second))
        return true;
    return false;
  }

  // Whether `lower`, a word of a source that capitalises its nouns, splits into two words its
  // hunspell dictionary knows, the second a noun of four letters or more (Mode|woche,
  // Nationalversammlungs|mitglied, with the linking s): a compound noun, not a name.
  bool source_compound(std::string_view lower) const {
    const spell::Dictionary* dictionary = src_dictionary_.get().get();
    if (dictionary == nullptr) return false;
    const auto word = [&](std::string_view w) {
      return has_letters(w, 3) && (dictionary->spell(capitalised(w)) || dictionary->spell(w));
    };
    for (std::size_t i = letters_end(lower, 3); i < lower.size(); utf8::next(lower, i)) {
      const std::string_view head = lower.substr(0, i), tail = lower.substr(i);
      if (!has_letters(tail, 4)) break;
      if (!dictionary->spell(capitalised(tail))) continue;
      if (word(head) ||
          (head.size() > 3 && head.back() == 's' && word(head.substr(0, head.size() - 1))))
        return true;
    }
    return false;
  }

  // See NameComparison::known_to_source.
  bool known_to_source(const annotate::Token& t, std::string_view surface) const {
    const spell::Dictionary* dictionary = src_dictionary_.get().get();
    // Without a dictionary nothing tells a well-known name or a noun from another name.
    if (dictionary == nullptr) return true;
    if (dictionary->spell(surface)) return true;
    if (!src_language_.nouns_capitalised) return false;
    const std::string_view lower = t.lower();
    for (std::size_t i = letters_end(lower, 3); i < lower.size(); utf8::next(lower, i)) {
      const std::string_view tail = lower.substr(i);
      if (!has_letters(tail, 4)) break;
      if (known_word(src_words_, tail)) return true;
      if (dictionary->spell(capitalised(tail))) return true;
    }
    return false;
  }

  // Whether target token `t`, four letters or more, is a word that neither language's word
  // lists, hunspell dictionaries (as written or in lower case) nor the target's dictionary
  // headwords (names included) know: a rare name (Rohtak, Zhongwu).
  bool unknown_name(const annotate::Token& t, std::string_view surface) const {
    if (!unknown_word(t, surface)) return false;
    const std::string_view lower = t.lower();
    const spell::Dictionary* target = tgt_dictionary_.get().get();
    // One letter away from a word of the target, it is more likely that word misspelt (Ofer,
    // Opfer): spelling's.
    if (!target->near(surface, 1).empty()) return false;
    // A compound whose last part is a noun (Zaubererhut, Laienführern) where nouns have a capital.
    if (tgt_language_.nouns_capitalised && noun_compound(*target, lower)) return false;
    return true;
  }

  // Whether target token `t` (written `surface`), four letters or more, is a word that no word
  // list and no hunspell dictionary of either language knows, in lower case or as written.
  bool unknown_word(const annotate::Token& t, std::string_view surface) const {
    const std::string_view lower = t.lower();
    if (!has_letters(lower, 4) || known_word(tgt_words_, lower) || known_word(src_words_, lower) ||
        known_word(tgt_headwords_, lower))
      return false;
    if (!all_letters(lower)) return false;
    for (const spell::Dictionary* dictionary :
         {tgt_dictionary_.get().get(), src_dictionary_.get().get()}) {
      if (dictionary == nullptr) return false;  // nothing tells a rare name from a common one
      if (dictionary->spell(lower) || dictionary->spell(surface)) return false;
    }
    return true;
  }

  // Whether `lower` ends, after three letters or more, with three letters or more that `dictionary`
  // knows with a capital: a compound noun of a language that capitalises its nouns.
  static bool noun_compound(const spell::Dictionary& dictionary, std::string_view lower) {
    for (std::size_t i = letters_end(lower, 3); i < lower.size(); utf8::next(lower, i)) {
      const std::string_view tail = lower.substr(i);
      if (!has_letters(tail, 3)) break;
      std::size_t rest = 0;
      std::string capital;
      utf8::append(capital,
                   static_cast<char32_t>(u_toupper(static_cast<UChar32>(utf8::next(tail, rest)))));
      capital += tail.substr(rest);
      if (dictionary.spell(capital)) return true;
    }
    return false;
  }

  // Whether target word `t` is a source name with an ending of up to three letters (Unem for Un,
  // Ris for Ri): inflected.
  static bool inflected_source_name(const Context& context, const annotate::Token& t) {
    const std::string_view folded = t.folded();
    for (const auto& sentence : context.src_tokens.sentences)
      for (const annotate::Token& s : sentence) {
        const std::string_view name = s.folded();
        if (s.capitalised() && name.size() >= 2 && folded.size() > name.size() &&
            folded.size() <= name.size() + 3 && folded.starts_with(name))
          return true;
      }
    return false;
  }

  // Whether source token `t` is a proper noun of its language's hunspell dictionary, which knows
  // it with its capital only (Parigi, Scotland), in a language that writes its common nouns in
  // lower case: a name, even where the bilingual dictionary translates it (Paris).
  bool proper_noun(const Document& doc, const annotate::Token& t) const {
    return !src_language_.nouns_capitalised &&
           known_only_capitalised(src_dictionary_.get().get(), t.lower(), doc.input.view(t.span));
  }

  // Whether source token `s` renders target token `t` only by a likeness of spelling while `s` is
  // a noun of a language that capitalises them, which the dictionary translates otherwise
  // (Sprecher, Speech).
  bool spelt_like_noun(const Context& context, const annotate::Token& s,
                       const annotate::Token& t) const {
    return src_language_.nouns_capitalised && context.lexicon.has(s.stem()) &&
           !check::translates(s, t, context.lexicon);
  }

  // Whether the lost name nearest to `here` (a place in a target sentence, 0 = start, 1 = end) is
  // a noun rather than a name: a dictionary word (block.common_lost), or a word the source's
  // hunspell dictionary accepts (a compound: Modewoche, Justizausschusses) that is no proper noun
  // of it (block.proper_lost).
  bool nearest_lost_noun(const Context& context,
                         const std::vector<std::pair<std::uint32_t, const annotate::Token*>>& lost,
                         const BlockNames& block, double here) const {
    const spell::Dictionary* dictionary = src_dictionary_.get().get();
    const auto noun = [&](const annotate::Token* s) {
      return block.common_lost.count(s) != 0 ||
             (dictionary != nullptr && !block.proper_lost.count(s) &&
              dictionary->spell(context.src.input.view(s->span)));
    };
    double best = 2;
    std::size_t nearest = lost.size();
    for (std::size_t n = 0; n < lost.size(); ++n)
      if (const double d = std::fabs(place(context.src, lost[n].first, *lost[n].second) - here);
          d < best) {
        best = d;
        nearest = n;
      }
    if (nearest == lost.size()) return true;
    // The words lost beside it belong to the same name: one that no dictionary knows makes it a
    // name (Jürgen Mistol, though Jürgen is in hunspell's German dictionary).
    const auto& tokens = context.src_tokens.sentences[lost[nearest].first];
    const std::size_t at = static_cast<std::size_t>(lost[nearest].second - tokens.data());
    const auto lost_at = [&](std::size_t j) {
      return std::any_of(lost.begin(), lost.end(), [&](const auto& l) {
        return l.first == lost[nearest].first && l.second == &tokens[j];
      });
    };
    std::size_t first = at, last = at;
    while (first > 0 && lost_at(first - 1)) --first;
    while (last + 1 < tokens.size() && lost_at(last + 1)) ++last;
    for (std::size_t j = first; j <= last; ++j)
      if (!noun(&tokens[j])) return false;
    return true;
  }

  // The region whose one-word name in language `code` (CLDR's) `folded` starts with and is longer
  // than, less the name's final vowel: an adjective of the place or a name of its people
  // (italiana, Indonesian); empty if none.
  static std::string adjective_place(std::string_view folded, const std::string& code) {
    const PlaceIndex& index = place_index(code);
    for (std::size_t n = 4; n + 1 < folded.size(); ++n)
      if (const auto it = index.single_stems.find(std::string(folded.substr(0, n)));
          it != index.single_stems.end())
        return it->second;
    return {};
  }

  // Whether `folded` is the first word of a territory's or a language's name in language `code`
  // (CLDR's), or starts like a word of a territory's name (Koreans from North Korea).
  static bool place_word(std::string_view folded, const std::string& code) {
    const PlaceIndex& index = place_index(code);
    if (index.first_words.count(std::string(folded))) return true;
    for (std::size_t n = 4; n <= folded.size(); ++n)
      if (index.word_stems.count(std::string(folded.substr(0, n)))) return true;
    return false;
  }

  // Whether every dictionary translation of source token `s` is a name that the target's hunspell
  // dictionary knows only with its capital (Pjöngjang: Pyongyang), in a source language that
  // capitalises its nouns, where proper_noun() cannot tell.
  bool translated_as_name(const Context& context, const annotate::Token& s) const {
    const spell::Dictionary* dictionary = tgt_dictionary_.get().get();
    const align::Translations translations = context.lexicon.translations(s.stem());
    if (dictionary == nullptr || !src_language_.nouns_capitalised ||
        tgt_language_.nouns_capitalised || translations.empty())
      return false;
    return std::all_of(translations.begin(), translations.end(), [&](std::string_view w) {
      if (w.size() < 3 || w[0] < 'a' || w[0] > 'z') return false;
      std::string name(w);
      name[0] = static_cast<char>(name[0] - 'a' + 'A');
      return known_only_capitalised(dictionary, w, name);
    });
  }

  // Whether target token `t` is a name that the target's hunspell dictionary knows only with its
  // capital, in a language that writes its nouns in lower case.
  bool target_proper_noun(const Document& doc, const annotate::Token& t) const {
    return !tgt_language_.nouns_capitalised &&
           known_only_capitalised(tgt_dictionary_.get().get(), t.lower(), doc.input.view(t.span));
  }

  // Whether a word of `near` starts with the first four letters of a dictionary translation of
  // source token `s`: a form of that translation (Schotse for Scotland, Schotland; Europese for
  // European, Europees).
  static bool translation_stem_in(const Context& context, const annotate::Token& s,
                                  const std::vector<const annotate::Token*>& near) {
    for (const std::string_view translation : context.lexicon.translations(s.stem())) {
      const std::string w = annotate::fold(translation);
      if (!has_letters(w, 4)) continue;
      std::size_t end = 0;
      for (int n = 0; n < 4; ++n) utf8::next(w, end);
      const std::string_view head = std::string_view(w).substr(0, end);
      if (std::any_of(near.begin(), near.end(),
                      [&](const annotate::Token* t) { return t->folded().starts_with(head); }))
        return true;
    }
    return false;
  }

  // Whether target word `t` is a noun of a language that capitalises them: its dictionary knows
  // it as written, not in lower case (Priester, not Schreckliche).
  bool target_noun(const Document& doc, const annotate::Token& t) const {
    const spell::Dictionary* dictionary = tgt_dictionary_.get().get();
    return dictionary != nullptr && !dictionary->spell(t.lower()) &&
           dictionary->spell(doc.input.view(t.span));
  }

  // Whether target word `j` of `tokens`, in a language that capitalises its nouns, is a name
  // rather than a noun: it names a place by CLDR's names (Berlin), or the hunspell dictionary of a
  // source language that writes its nouns in lower case knows it only with its capital (Schmidt),
  // as it knows no noun of the target, or the target's knows it as written but neither in lower
  // case nor ending a compound (Eder; not Rolle, which Stadtrolle ends).
  bool name_not_noun(const Document& doc, const std::vector<annotate::Token>& tokens,
                     std::size_t j) const {
    const annotate::Token& t = tokens[j];
    if (!place_codes_at(tokens, j, tgt_language_.code).empty()) return true;
    if (target_name(doc, t)) return true;
    const spell::Dictionary* source = src_dictionary_.get().get();
    return !src_language_.nouns_capitalised && has_letters(t.lower(), 4) &&
           known_only_capitalised(source, t.lower(), doc.input.view(t.span));
  }

  // Whether target token `t`, four letters or more, is a name by the target's hunspell dictionary
  // in a language that compounds its nouns (LanguageData::compound_head): known as written, not
  // in lower case, not as the end of a compound, and no compound itself (Außenminister).
  bool target_name(const Document& doc, const annotate::Token& t) const {
    const spell::Dictionary* dictionary = tgt_dictionary_.get().get();
    if (dictionary == nullptr || tgt_language_.compound_head.empty() ||
        !has_letters(t.lower(), 4) ||
        !known_only_capitalised(dictionary, t.lower(), doc.input.view(t.span)) || compound_noun(t))
      return false;
    return !ends_compound(*dictionary, t.lower());
  }

  // Whether the target's hunspell `dictionary` lets `lower` end a compound after the language's
  // compound head (Stadtrolle): a common noun, or a word the language compounds as one.
  bool ends_compound(const spell::Dictionary& dictionary, std::string_view lower) const {
    return dictionary.spell(tgt_language_.compound_head + std::string(lower));
  }

  // Whether target word `j` of `tokens`, in a language that compounds its nouns
  // (LanguageData::compound_head), is capitalised though it is no noun nor name: the target's
  // hunspell dictionary knows it in lower case and not as the end of a compound, and neither word
  // beside it has a capital (as the words of a name have: Nahen Osten).
  bool capitalised_non_noun(const Document& doc, const std::vector<annotate::Token>& tokens,
                            std::size_t j) const {
    const annotate::Token& t = tokens[j];
    const spell::Dictionary* dictionary = tgt_dictionary_.get().get();
    if (dictionary == nullptr || tgt_language_.compound_head.empty() || !t.capitalised() ||
        t.acronym() || !has_letters(t.lower(), 4) || !dictionary->spell(t.lower()) ||
        ends_compound(*dictionary, t.lower()))
      return false;
    const auto capital = [&](std::size_t n) {
      return n < tokens.size() && tokens[n].capitalised() && !starts_sentence(doc, tokens, n);
    };
    return !(j > 0 && capital(j - 1)) && !capital(j + 1);
  }

  // NameComparison::dropped_country. City names (lang::city_names) are in every language: the
  // target may keep the source's (Wien) or write its own (Vienna).
  bool dropped_country(const Context& context, const Bead& bead, const NameRun& run) const {
    const annotate::Token& t = *run.tokens.front();
    const auto& tokens = context.src_tokens.sentences[run.sentence];
    const std::size_t j = static_cast<std::size_t>(&t - tokens.data());
    // The places whose names include the run's words ("Korea" of North Korea).
    std::set<std::string> codes;
    for (std::size_t n = 0; n < run.tokens.size(); ++n)
      codes.merge(place_codes_at(tokens, j + n, src_language_.code));
    std::set<std::string> countries, cities;
    for (const std::string& code : codes) {
      UErrorCode status = U_ZERO_ERROR;
      const icu::Region* region = icu::Region::getInstance(code.c_str(), status);
      if (U_SUCCESS(status) && region != nullptr && region->getType() == URGN_TERRITORY)
        countries.insert(code);
      else if (continental_city(code))
        cities.insert(code);
    }
    if (countries.empty() && cities.empty()) return false;
    if (j >= 1 && tokens[j - 1].capitalised() &&
        context.src.input.view({tokens[j - 1].span.end, t.span.begin}).find(',') !=
            std::string_view::npos)
      return false;
    std::vector<const annotate::Token*> target;
    for (std::uint32_t k = bead.tgt_begin; k < bead.tgt_end; ++k)
      for (const annotate::Token& u : context.tgt_tokens.sentences[k]) target.push_back(&u);
    // A capital stands for its country's government: the translation may name the country
    // instead (Pyongyang, la Corée du Nord).
    if (!cities.empty()) {
      const std::set<std::string> named = place_codes(target, tgt_language_.code);
      for (const std::string& zone : cities) {
        UErrorCode status = U_ZERO_ERROR;
        char region[8] = {};
        icu::TimeZone::getRegion(icu::UnicodeString::fromUTF8(zone), region, sizeof region, status);
        if (U_SUCCESS(status) && named.count(region)) return false;
      }
    }
    std::vector<std::string> starts;  // the first three letters of the target's names
    const auto add_start = [&](const std::string& name) {
      if (has_letters(name, 3)) starts.emplace_back(name.substr(0, letters_end(name, 3)));
    };
    for (const auto& [name, code] : lang::conventions(tgt_language_.code).names().territories)
      if (countries.count(code)) add_start(name);
    for (const auto& [name, zone] : lang::city_names())
      if (cities.count(zone)) add_start(name);
    for (const annotate::Token* u : target)
      for (const std::string& start : starts)
        if (u->folded().starts_with(start)) return false;
    // A name of several words may be written as an acronym the source does not write (United
    // States, USA).
    if (run.tokens.size() > 1)
      for (const annotate::Token* u : target)
        if (u->acronym() && !in_source_sentence(context, run.sentence, *u)) return false;
    return true;
  }

  // Whether source sentence `i` of `context` has a token written as `u` is (case-folded).
  static bool in_source_sentence(const Context& context, std::uint32_t i,
                                 const annotate::Token& u) {
    const auto& tokens = context.src_tokens.sentences[i];
    return std::any_of(tokens.begin(), tokens.end(),
                       [&](const annotate::Token& s) { return s.folded() == u.folded(); });
  }

  // Whether time zone `zone` is named after a city of a continent (Europe/Vienna), not after an
  // island or an ocean's territory (Indian/Christmas).
  static bool continental_city(std::string_view zone) {
    for (const std::string_view continent :
         {"Africa/", "America/", "Asia/", "Australia/", "Europe/"})
      if (zone.starts_with(continent)) return true;
    return false;
  }

  // Whether source `tokens` name a territory or a city by CLDR's names (place_codes: the codes of
  // languages are in lower case).
  bool names_territory(const std::vector<const annotate::Token*>& tokens) const {
    const std::set<std::string> codes = place_codes(tokens, src_language_.code);
    return std::any_of(codes.begin(), codes.end(), [](const std::string& c) {
      return std::any_of(c.begin(), c.end(), [](char x) { return x >= 'A' && x <= 'Z'; });
    });
  }

  // Whether source token `t` is a common word of the source language: its word list or, in lower
  // case, its hunspell dictionary (Police, Court, Discs).
  bool source_common(const annotate::Token& t) const {
    return known_word(src_words_, t.lower()) ||
           spelt_lower(src_dictionary_.get().get(), t.lower(), 3);
  }

  // Whether `lower` is a common word of the target language: in its word list, or, seven
  // letters or more, accepted in lower case by its hunspell dictionary (which knows inflected
  // forms: Kościoła, Hooggerechtshof). Shorter words hunspell knows are often surnames too
  // (Martin, Moreau).
  bool target_word(std::string_view lower) const {
    return known_word(tgt_words_, lower) ||
           spelt_lower(tgt_dictionary_.get().get(), lower, kMinHunspellLetters);
  }
  static constexpr std::size_t kMinHunspellLetters = 7;

  // Whether source token `t` is a common word: its hunspell dictionary knows it in lower case, or,
  // in a language that capitalises its nouns (where the dictionary knows names and nouns alike,
  // Jürgen and Ausschuss), the bilingual dictionary translates it. Three letters or more.
  bool source_common_noun(const Context& context, const annotate::Token& t) const {
    const spell::Dictionary* dictionary = src_dictionary_.get().get();
    if (dictionary == nullptr || !has_letters(t.lower(), 3)) return false;
    return src_language_.nouns_capitalised ? context.lexicon.has(t.stem())
                                           : dictionary->spell(t.lower());
  }

  // Whether a target word is in its hunspell dictionary: in lower case, or, in a language that
  // capitalises its nouns, as written (`surface`), three letters or more.
  bool dictionary_word(std::string_view surface, std::string_view lower) const {
    const spell::Dictionary* dictionary = tgt_dictionary_.get().get();
    if (dictionary == nullptr || !has_letters(lower, 3)) return false;
    return dictionary->spell(lower) ||
           (tgt_language_.nouns_capitalised && dictionary->spell(surface));
  }

  // Whether word `j` of a source sentence in title case ("Sarah Palin's Eldest Son Arrested"),
  // where every word has a capital, is a name all the same: no dictionary of the source knows it,
  // or it is a word of the name of a place.
  bool headline_name(const Context& context, const std::vector<annotate::Token>& tokens,
                     std::size_t j) const {
    const annotate::Token& t = tokens[j];
    if (!t.capitalised() || t.acronym() || !t.number().empty() || t.function_word() ||
        !has_letters(t.lower(), 3) || !title_case(context.src, tokens, src_language_) ||
        starts_sentence(context.src, tokens, j) || calendar_word(t, src_language_))
      return false;
    if (!context.lexicon.has(t.stem()) && !known_word(src_words_, t.lower()) &&
        !spelt_lower(src_dictionary_.get().get(), t.lower(), 3))
      return true;
    // A word of a place's name by CLDR's names is one whatever the dictionaries know (China,
    // El Salvador).
    return !place_codes_at(tokens, j, src_language_.code).empty();
  }

  // Whether word `j` of a source sentence, which opens a sentence (where any word has a capital),
  // is a name all the same: four letters or more, unknown to the bilingual dictionary and, in
  // lower case, to the source's word list and hunspell dictionary; hunspell knows it only with its
  // capital, or not at all and no word one letter away either (Siminoff; not a typo). In a
  // language that capitalises its nouns, only a word that hunspell does not know as written. Not
  // across scripts, where names are transliterated in ways the comparison only partly knows.
  bool opening_name(const Context& context, const std::vector<annotate::Token>& tokens,
                    std::size_t j) const {
    const annotate::Token& t = tokens[j];
    const spell::Dictionary* dictionary = src_dictionary_.get().get();
    if (cross_script_ || dictionary == nullptr || !t.capitalised() || t.acronym() ||
        !t.number().empty() || t.function_word() || !has_letters(t.lower(), 4) ||
        calendar_word(t, src_language_) ||
        !(starts_sentence(context.src, tokens, j) ||
          after_sentence_end(context.src, tokens, j, src_language_)))
      return false;
    const std::string_view surface = context.src.input.view(t.span);
    if (is_abbreviation(surface, src_language_) || title_case(context.src, tokens, src_language_) ||
        context.lexicon.has(t.stem()) || known_word(src_words_, t.lower()) ||
        dictionary->spell(t.lower()) || !all_letters(t.lower()))
      return false;
    if (known_only_capitalised(dictionary, t.lower(), surface))
      return !src_language_.nouns_capitalised;
    return dictionary->near(surface, 1).empty();
  }

  // Whether `lower`, five letters or more, is a word of the source language's hunspell dictionary
  // in lower case ("cúpula", "aéreo"): a name made of common words, which a translation may
  // translate (Cúpula de Hierro, Iron Dome). Said of a lost name, this only keeps a target word
  // that is a common word too from being taken for its replacement.
  bool source_word(std::string_view lower) const {
    return spelt_lower(src_dictionary_.get().get(), lower, kMinSourceLetters);
  }

  // Whether `t` ends with a word of the target's word list of five bytes or more, after three
  // letters or more: a compound noun (Außenminister, Vizepräsidentin) in a language that
  // capitalises nouns and writes compounds as one word, not a name.
  bool compound_noun(const annotate::Token& t) const {
    for (const std::string_view form : {t.lower(), t.stem()}) {
      for (std::size_t i = letters_end(form, 3); i + 5 <= form.size();) {
        if (known_word(tgt_words_, form.substr(i))) return true;
        utf8::next(form, i);
      }
    }
    return false;
  }

  // Whether token j of `tokens` is part of the name of a territory or language (in language
  // `code`) among `places`.
  static bool names_place_in(const std::vector<annotate::Token>& tokens, std::size_t j,
                             const std::string& code, const std::set<std::string>& places) {
    if (places.empty()) return false;
    for (const std::string& c : place_codes_at(tokens, j, code))
      if (places.count(c)) return true;
    return false;
  }

  // Whether token j of `tokens` is part of the name of a country (in language `code`) that is
  // not among `others`. Languages do not count: their names are also nationalities, which a
  // translation may use for the country (Noruega, Norwegian). Nor do the regions that are no
  // country: continents (numeric codes), the United Nations, the European Union and the euro
  // area, which texts also write as abbreviations (U.N.) or adjectives.
  static bool names_other_place(const std::vector<annotate::Token>& tokens, std::size_t j,
                                const std::string& code, const std::set<std::string>& others) {
    const auto country = [](const std::string& c) {
      return c.size() == 2 && c[0] >= 'A' && c[0] <= 'Z' && c[1] >= 'A' && c[1] <= 'Z' &&
             c != "UN" && c != "EU" && c != "EZ" && c != "QO";
    };
    for (const std::string& c : place_codes_at(tokens, j, code))
      if (country(c) && !others.count(c)) return true;
    return false;
  }

  // Whether target word `t` is a name of the source text, anywhere (not a noun of a language that
  // capitalises them, spelt alike: Sprecher, Speech).
  bool in_source(const Context& context, const annotate::Token& t) const {
    for (const auto& sentence : context.src_tokens.sentences)
      for (const annotate::Token& s : sentence)
        if (s.capitalised() && same_name(s.folded(), t.folded()) && !spelt_like_noun(context, s, t))
          return true;
    return false;
  }

  // Whether the target text writes source token `s` as it is, with its capital, somewhere.
  static bool kept_elsewhere(const Context& context, const annotate::Token& s) {
    for (const auto& sentence : context.tgt_tokens.sentences)
      for (const annotate::Token& u : sentence)
        if (u.capitalised() && u.folded() == s.folded()) return true;
    return false;
  }

  // Whether target acronym `t` has nothing in the source to account for it: the source does not
  // write it, nor a name of the same letters in another order (CSTO, OTSC; Aids, SIDA), nor one the
  // acronym tables translate into it (NATO, OTAN), and the lost names' initials do not spell it.
  // `src_places`: the places the source names near (place_codes).
  bool foreign_acronym(const Context& context, const annotate::Token& t,
                       const std::vector<std::pair<std::uint32_t, const annotate::Token*>>& lost,
                       const std::set<std::string>& src_places) const {
    const auto letters = [](std::string_view w) {
      std::string out;
      for (const char c : w)
        if (c != '.') out += c;
      return out;
    };
    const std::string own = letters(t.folded());
    if (own.size() < 2) return false;
    // An abbreviation (EE. UU., the Spanish one of Estados Unidos), a currency (USD, EUR), a
    // number in Roman numerals (XIX), or the initials of a place the source names (VS for
    // Verenigde Staten where the source names the United States).
    const std::string_view text = context.tgt.input.text;
    if (t.span.end < text.size() && text[t.span.end] == '.' && own.size() == t.folded().size()) {
      // Followed by more of its line, the full stop marks an abbreviation, not a sentence's end.
      const std::size_t next = text.find_first_not_of(" \"')", t.span.end + 1);
      if (next != std::string_view::npos && text[next] != '\n' && text[next] != '\r') return false;
    }
    const std::string_view written = surface(context.tgt, t);
    if (is_abbreviation(written, tgt_language_) || currency_code(written) || roman_numeral(written))
      return false;
    if (const auto& initials = place_index(tgt_language_.code).initials;
        initials.count(own) && src_places.count(initials.at(own)))
      return false;
    std::string own_sorted = own;
    std::sort(own_sorted.begin(), own_sorted.end());
    for (const auto& sentence : context.src_tokens.sentences)
      for (const annotate::Token& s : sentence) {
        const std::string other = letters(s.folded());
        if (other == own) return false;
        if (!s.capitalised()) continue;
        std::string sorted = other;
        std::sort(sorted.begin(), sorted.end());
        if (sorted == own_sorted) return false;  // Aids, SIDA
        if (!s.acronym()) continue;
        if (const auto it = acronyms_.translated.find(letters(surface(context.src, s)));
            it != acronyms_.translated.end())
          for (const std::string& form : it->second)
            if (letters(lower_ascii(form)) == own) return false;
      }
    std::string initials;
    for (const auto& [i, s] : lost) initials += s->folded().front();
    if (initials.find(own) != std::string::npos) return false;
    // An English source may write out the name the table gives for the acronym ("Soviet Union",
    // URSS: Union of Soviet Socialist Republics).
    if (const auto it = acronyms_.target_full_names.find(letters(written));
        it != acronyms_.target_full_names.end())
      for (const std::string& name : it->second) {
        const std::string folded = annotate::fold(name);
        for (const auto& [i, s] : lost)
          if (s->folded().size() >= 4 && contains_word(folded, s->folded())) return false;
      }
    return true;
  }

  // Whether `text` has `word` as a whole word (between spaces, hyphens or its ends).
  static bool contains_word(std::string_view text, std::string_view word) {
    for (std::size_t at = text.find(word); at != std::string_view::npos;
         at = text.find(word, at + 1)) {
      const std::size_t end = at + word.size();
      if ((at == 0 || text[at - 1] == ' ' || text[at - 1] == '-') &&
          (end == text.size() || text[end] == ' ' || text[end] == '-'))
        return true;
    }
    return false;
  }

  // Whether `word` is written with Roman numerals only (XIX, IV).
  static bool roman_numeral(std::string_view word) {
    return !word.empty() && word.find_first_not_of("IVXLCDM") == std::string_view::npos;
  }

  // Whether `code` is the ISO 4217 code of a currency (ICU's list).
  static bool currency_code(std::string_view code) {
    if (code.size() != 3) return false;
    UChar iso[4] = {};
    for (std::size_t i = 0; i < 3; ++i) iso[i] = static_cast<UChar>(code[i]);
    UErrorCode status = U_ZERO_ERROR;
    const bool known = ucurr_isAvailable(iso, U_DATE_MIN, U_DATE_MAX, &status);
    return U_SUCCESS(status) && known;
  }

  // Whether target word `t` also appears in lower case in the target text (a common word).
  static bool common_word(const Context& context, const annotate::Token& t) {
    for (const auto& sentence : context.tgt_tokens.sentences)
      for (const annotate::Token& u : sentence)
        if (!u.capitalised() && u.lower() == t.lower()) return true;
    return false;
  }

  static constexpr std::size_t kMinSourceLetters = 5;

  const lang::LanguageData& src_language_;
  const lang::LanguageData& tgt_language_;
  const bool cross_script_;             // the two languages are written in different scripts
  const lexicon::WordList& src_words_;  // common words of the source language
  const lexicon::WordList& tgt_words_;  // common words of the target language
  // The target's dictionaries' headwords, names included.
  const lexicon::WordList& tgt_headwords_;
  // The target language's hunspell dictionary, shared with the spelling check.
  std::shared_future<std::shared_ptr<const spell::Dictionary>> tgt_dictionary_;
  // The source language's, for the common words its word list lacks.
  std::shared_future<std::shared_ptr<const spell::Dictionary>> src_dictionary_;
  const AcronymTable acronyms_;  // the pair's translated acronyms (NATO, OTAN)
};

NameComparison::NameComparison(const Setup& setup) : impl_(std::make_unique<Impl>(setup)) {}
NameComparison::~NameComparison() = default;

std::vector<BlockNames> NameComparison::compare(const Context& context) const {
  return impl_->compare(context);
}

bool NameComparison::known_to_source(const annotate::Token& t, std::string_view surface) const {
  return impl_->known_to_source(t, surface);
}

bool NameComparison::dropped_country(const Context& context, const Bead& bead,
                                     const NameRun& run) const {
  return impl_->dropped_country(context, bead, run);
}

bool NameComparison::source_place_word(const annotate::Token& t) const {
  return Impl::place_word(t.folded(), impl_->src_language_.code);
}

bool NameComparison::misspelt_source_word(std::string_view surface) const {
  const spell::Dictionary* dictionary = impl_->src_dictionary_.get().get();
  return dictionary != nullptr && !dictionary->spell(surface) &&
         !dictionary->near(surface, 1).empty();
}

std::vector<NamePair> NameComparison::Impl::pair_names(const Context& context,
                                                       const BlockNames& block) {
  const std::vector<NameRun>& lost_runs = block.lost;
  const std::vector<NameRun>& intruder_runs = block.intruders;
  // Each lost name is paired with an unpaired intruder at about the same place in its sentence:
  // first a lost word whose name kept its other words with the word beside them ("Brett
  // Kavanaugh", "Brett Gewesen"), wherever they are; then the countries with countries (a country
  // that became another), then the other names with the nearest intruder left. Lost names that
  // are all dictionary words (a German noun the translation rendered in other words) are weak
  // evidence: they pair only when no other name was lost, and only with the intruder of the same
  // rank.
  const auto names_place = [&](const NameRun& run) {
    return std::any_of(run.tokens.begin(), run.tokens.end(),
                       [&](const annotate::Token* t) { return block.places.count(t) != 0; });
  };
  const auto common_only = [&](const NameRun& run) {
    return std::all_of(run.tokens.begin(), run.tokens.end(),
                       [&](const annotate::Token* t) { return block.common_lost.count(t); });
  };
  enum class Pairing { anchored, country, nearest, rank };
  std::vector<bool> taken(intruder_runs.size(), false), paired(lost_runs.size(), false);
  std::vector<std::pair<std::size_t, Pairing>> order;  // lost run, and how it pairs
  const auto run_of = [](const std::vector<NameRun>& runs, const annotate::Token* t) {
    for (std::size_t r = 0; r < runs.size(); ++r)
      if (std::find(runs[r].tokens.begin(), runs[r].tokens.end(), t) != runs[r].tokens.end())
        return r;
    return runs.size();
  };
  std::vector<std::size_t> anchor(lost_runs.size(), intruder_runs.size());
  for (const auto& [lost, intruder] : block.anchored) {
    const std::size_t l = run_of(lost_runs, lost), r = run_of(intruder_runs, intruder);
    if (l < lost_runs.size() && r < intruder_runs.size() && anchor[l] == intruder_runs.size()) {
      anchor[l] = r;
      order.push_back({l, Pairing::anchored});
    }
  }
  for (std::size_t r = 0; r < lost_runs.size(); ++r)
    if (names_place(lost_runs[r])) order.push_back({r, Pairing::country});
  const bool uncommon = std::any_of(lost_runs.begin(), lost_runs.end(),
                                    [&](const NameRun& run) { return !common_only(run); });
  for (std::size_t r = 0; r < lost_runs.size(); ++r)
    if (!common_only(lost_runs[r]))
      order.push_back({r, Pairing::nearest});
    else if (!uncommon)
      order.push_back({r, Pairing::rank});
  // A name that no dictionary knows is rather replaced by another such than by dictionary words
  // (Klose by Guenther Merl, not by the World Cup that translates the WM beside it): the nearest
  // strong intruder first, then the nearest of any.
  const auto weak_run = [&](const NameRun& run) {
    return std::all_of(run.tokens.begin(), run.tokens.end(),
                       [&](const annotate::Token* t) { return block.weak.count(t) != 0; });
  };
  // A lost compound noun of a source that capitalises its nouns (BlockNames::nouns_lost:
  // Nationalversammlungsmitglied, Modewoche) is rather translated by an acronym or a name of
  // several words (AM, Fashion Week) than replaced: only by a name that no dictionary knows.
  const auto noun_only = [&](const NameRun& run) {
    return std::all_of(run.tokens.begin(), run.tokens.end(),
                       [&](const annotate::Token* t) { return block.nouns_lost.count(t) != 0; });
  };
  const auto unexplained_run = [&](const NameRun& run) {
    return std::all_of(run.tokens.begin(), run.tokens.end(),
                       [&](const annotate::Token* t) { return block.unexplained.count(t) != 0; });
  };
  std::vector<NamePair> pairs;
  for (const auto& [l, pairing] : order) {
    if (paired[l]) continue;
    const bool noun = pairing == Pairing::nearest && noun_only(lost_runs[l]);
    std::size_t best = intruder_runs.size();
    for (const bool strong_only : {pairing == Pairing::nearest, false}) {
      double best_distance = kMaxPlaceDistance;
      for (std::size_t r = 0; r < intruder_runs.size(); ++r) {
        if (taken[r] || (noun && !unexplained_run(intruder_runs[r])) ||
            (pairing == Pairing::country && !names_place(intruder_runs[r])) ||
            (pairing == Pairing::rank && r != l) ||
            (pairing == Pairing::anchored && r != anchor[l]) ||
            (strong_only && weak_run(intruder_runs[r])))
          continue;
        const double distance = std::fabs(
            place(context.src, lost_runs[l].sentence, *lost_runs[l].tokens.front()) -
            place(context.tgt, intruder_runs[r].sentence, *intruder_runs[r].tokens.front()));
        if (distance <= best_distance || pairing == Pairing::anchored) {
          best = r;
          best_distance = distance;
        }
      }
      if (best != intruder_runs.size()) break;
    }
    if (best == intruder_runs.size()) continue;
    paired[l] = true;
    taken[best] = true;
    pairs.push_back({l, best, pairing == Pairing::anchored});
  }
  return pairs;
}

const std::vector<BlockNames>& compared_names(const Context& context,
                                              const NameComparison& comparison) {
  if (!context.names)
    context.names = std::make_shared<const std::vector<BlockNames>>(comparison.compare(context));
  return *context.names;
}

}  // namespace wirealign::check
