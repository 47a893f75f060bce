// Acronym table and the acronym pairs a document pair teaches.
#include "wirealign/check/acronyms.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "wirealign/lang/language.h"

namespace wirealign::check {

std::string_view surface(const Document& doc, const annotate::Token& token) {
  return doc.input.view(token.span);
}

std::string lower_ascii(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

namespace {

std::string upper_ascii(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

// The forms of a cell of corpora/acronyms.tsv: "OIT|BIT" -> {OIT, BIT}; "-" -> none.
std::vector<std::string> cell_forms(const std::string& cell) {
  std::vector<std::string> out;
  if (cell == "-" || cell.empty()) return out;
  std::size_t begin = 0;
  while (begin <= cell.size()) {
    const std::size_t bar = std::min(cell.find('|', begin), cell.size());
    if (bar > begin) out.push_back(cell.substr(begin, bar - begin));
    begin = bar + 1;
  }
  return out;
}

// Adds the pair's rows of the table of all languages (corpora/acronyms.tsv: one column per
// language) to what the pair's own file said, which wins for an acronym it names. A source form
// that is among the target's forms up to case is written alike; otherwise the target's forms
// translate it. A source form that is also a function word of the target language ("UN",
// Spanish "un") is a collision.
void add_shared_table(const Setup& setup, AcronymTable& t) {
  const std::string& src = setup.src_language.code;
  const std::string& tgt = setup.tgt_language.code;
  std::size_t src_column = 0, tgt_column = 0;
  std::set<std::string> named;  // acronyms the pair's own file names
  for (const auto& [x, forms] : t.translated) named.insert(x);
  named.insert(t.same.begin(), t.same.end());
  named.insert(t.collisions.begin(), t.collisions.end());
  std::map<std::string, std::set<std::string>> translated;
  std::map<std::string, std::vector<std::string>> full_names;
  lang::read_table(setup.data_dir / "acronyms.tsv", [&](int, const std::vector<std::string>& f) {
    if (!f.empty() && f[0] == "name") {  // the header: which column is which language
      for (std::size_t c = 1; c < f.size(); ++c) {
        if (f[c] == src) src_column = c;
        if (f[c] == tgt) tgt_column = c;
      }
      return;
    }
    if (src_column == 0 || tgt_column == 0 || f.size() <= std::max(src_column, tgt_column)) return;
    const std::vector<std::string> targets = cell_forms(f[tgt_column]);
    if (targets.empty()) return;
    if (src == "en")
      for (const std::string& y : targets) t.target_full_names[upper_ascii(y)].push_back(f[0]);
    for (const std::string& x : cell_forms(f[src_column])) {
      if (named.count(x)) continue;
      const bool alike = std::any_of(targets.begin(), targets.end(), [&](const std::string& y) {
        return upper_ascii(y) == upper_ascii(x);
      });
      if (alike) {
        t.same.insert(x);
        continue;
      }
      translated[x].insert(targets.begin(), targets.end());
      if (src == "en") full_names[x].push_back(f[0]);
    }
  });
  for (auto& [x, forms] : translated) {
    if (t.same.count(x)) continue;  // alike in another row (a form two organisations share)
    t.translated[x].assign(forms.begin(), forms.end());
    t.shared_only.insert(x);
    if (const auto it = full_names.find(x); it != full_names.end()) t.full_names[x] = it->second;
    if (setup.tgt_language.function_words.count(lower_ascii(x))) t.collisions.insert(x);
  }
}

}  // namespace

AcronymTable load_acronyms(const Setup& setup) {
  AcronymTable t;
  const auto path = setup.data_dir / "pairs" /
                    (setup.src_language.code + "-" + setup.tgt_language.code) / "acronyms.tsv";
  lang::read_table(path, [&](int, const std::vector<std::string>& f) {
    if (f.size() < 3) return;
    if (f[2] == "translated")
      t.translated[f[0]].push_back(f[1]);
    else if (f[2] == "same")
      t.same.insert(f[0]);
    else if (f[2] == "collision")
      t.collisions.insert(f[0]);
  });
  add_shared_table(setup, t);
  return t;
}

std::vector<std::string> AcronymPairs::target_forms(const std::string& src) const {
  const auto it = forms.find(src);
  if (it == forms.end()) return {};
  return {it->second.begin(), it->second.end()};
}

namespace {

std::string sorted_letters(std::string s) {
  std::sort(s.begin(), s.end());
  return s;
}

// Acronyms defined in parentheses in sentence `tokens`: "(OTSC)" after words whose initials,
// skipping function words, spell it.
void definitions(const Document& doc, const std::vector<annotate::Token>& tokens,
                 std::set<std::string>& out) {
  const std::string_view text = doc.input.text;
  for (std::size_t j = 1; j < tokens.size(); ++j) {
    const annotate::Token& t = tokens[j];
    if (!t.acronym() || t.span.begin == 0 || text[t.span.begin - 1] != '(') continue;
    const std::string acronym(surface(doc, t));
    // Walk back over the words before the parenthesis, matching initials from the end.
    std::size_t want = acronym.size();
    for (std::size_t i = j; i-- > 0 && want > 0;) {
      const annotate::Token& w = tokens[i];
      if (w.function_word() || w.lower().size() <= 2) continue;
      if (std::toupper(static_cast<unsigned char>(w.folded()[0])) != acronym[want - 1]) break;
      --want;
    }
    if (want == 0) out.insert(acronym);
  }
}

}  // namespace

AcronymPairs learn_acronyms(const Context& context, const AcronymTable& table) {
  AcronymPairs p;
  for (const auto& [src, tgts] : table.translated)
    for (const std::string& tgt : tgts) {
      p.forms[src].insert(tgt);
      p.evidence[{src, tgt}] = "table";
    }
  for (const auto& sentence : context.tgt_tokens.sentences)
    definitions(context.tgt, sentence, p.defined_in_target);

  std::map<std::pair<std::string, std::string>, int> facing;
  for (const Bead& bead : context.alignment.beads) {
    std::set<std::string> s, t;
    for (std::uint32_t i = bead.src_begin; i < bead.src_end; ++i)
      for (const annotate::Token& tok : context.src_tokens.sentences[i])
        if (tok.acronym()) s.emplace(surface(context.src, tok));
    for (std::uint32_t k = bead.tgt_begin; k < bead.tgt_end; ++k)
      for (const annotate::Token& tok : context.tgt_tokens.sentences[k])
        if (tok.acronym()) t.emplace(surface(context.tgt, tok));
    for (const std::string& x : s) {
      if (t.count(x) || table.same.count(x)) continue;
      for (const std::string& y : t)
        if (!s.count(y) && !table.same.count(y)) ++facing[{x, y}];
    }
  }
  // For "aligned" evidence alone, each must be the other's only most frequent partner.
  auto only_best = [&](const std::string& x, const std::string& y, int n) {
    for (const auto& [ab, m] : facing)
      if ((ab.first == x) != (ab.second == y) && (ab.first == x || ab.second == y) && m >= n)
        return false;
    return true;
  };
  for (const auto& [xy, n] : facing) {
    const auto& [x, y] = xy;
    const char* why = nullptr;
    if (x.size() == y.size() && sorted_letters(x) == sorted_letters(y))
      why = "permutation";
    else if (p.defined_in_target.count(y) && only_best(x, y, n))
      why = "definition";
    else if (n >= 2 && only_best(x, y, n))
      why = "aligned";
    if (why && !p.evidence.count(xy)) {
      p.forms[x].insert(y);
      p.evidence[xy] = why;
    }
  }
  return p;
}

}  // namespace wirealign::check
