// calque: source-language structure carried into the target. Two rules, both from data:
// - a reporting clause after a quotation in the source language's word order (French
//   « … », il a dit for « … », a-t-il dit), from corpora/lang/<tgt>/incise.tsv;
// - a false friend: the source block has the English word and the aligned target block its
//   look-alike (actually / actuellement), from corpora/pairs/<src>-<tgt>/false-friends.tsv.
#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "wirealign/check/checks.h"
#include "wirealign/check/quotes.h"
#include "wirealign/core/error.h"

namespace wirealign::check {

namespace {

// Reporting clauses of the target language.
struct Incise {
  std::unordered_set<std::string> pronouns, auxiliaries, determiners;
  std::unordered_set<std::string> participles, presents;
  std::string euphonic;  // "-t-"
  bool has_data() const { return !pronouns.empty() && (!participles.empty() || !presents.empty()); }
};

struct FalseFriend {
  std::vector<std::string> src_forms, tgt_forms;
  std::string usual;  // the usual translation
  Severity severity = Severity::warning;
};

bool is_vowel_start(std::string_view w) {
  static const std::string_view vowels[] = {"a", "e", "i", "o", "u", "y",
                                            "é", "è", "ê", "â", "î", "ô"};
  return std::any_of(std::begin(vowels), std::end(vowels),
                     [&](std::string_view v) { return w.starts_with(v); });
}
bool is_vowel_end(std::string_view w) {
  static const std::string_view vowels[] = {"a", "e", "i", "o", "u", "y", "é"};
  return std::any_of(std::begin(vowels), std::end(vowels),
                     [&](std::string_view v) { return w.ends_with(v); });
}

// True when `text` holds only spaces (any kind) and the characters of `also`.
bool only_spaces(std::string_view text, std::string_view also = "") {
  for (std::size_t i = 0; i < text.size();) {
    if (text.compare(i, 2, "\u00A0") == 0) {
      i += 2;
    } else if (text.compare(i, 3, "\u202F") == 0) {
      i += 3;
    } else if (text[i] == ' ' || text[i] == '\n' || also.find(text[i]) != std::string_view::npos) {
      ++i;
    } else {
      return false;
    }
  }
  return true;
}

class Calque : public Check {
 public:
  explicit Calque(const Setup& setup)
      : src_language_(setup.src_language), tgt_language_(setup.tgt_language) {
    const auto incise_path = setup.data_dir / "lang" / setup.tgt_language.code / "incise.tsv";
    lang::read_table(incise_path, [&](int line, const std::vector<std::string>& f) {
      auto fail = [&](const std::string& what) {
        throw ConfigError(incise_path.string() + ", line " + std::to_string(line) + ": " + what);
      };
      if (f.size() < 2) fail("expected a role and a word");
      if (f[0] == "pronoun")
        incise_.pronouns.insert(f[1]);
      else if (f[0] == "auxiliary")
        incise_.auxiliaries.insert(f[1]);
      else if (f[0] == "determiner")
        incise_.determiners.insert(f[1]);
      else if (f[0] == "euphonic")
        incise_.euphonic = f[1];
      else if (f[0] == "verb") {
        incise_.participles.insert(f[1]);
        for (std::size_t i = 2; i < f.size(); ++i) incise_.presents.insert(f[i]);
      } else {
        fail("unknown role '" + f[0] + "'");
      }
    });
    const auto ff_path = setup.data_dir / "pairs" /
                         (setup.src_language.code + "-" + setup.tgt_language.code) /
                         "false-friends.tsv";
    lang::read_table(ff_path, [&](int line, const std::vector<std::string>& f) {
      if (f.size() < 4 || (f[3] != "warning" && f[3] != "info"))
        throw ConfigError(ff_path.string() + ", line " + std::to_string(line) +
                          ": expected source forms, target forms, translation, warning|info");
      FalseFriend ff;
      ff.src_forms = split(f[0]);
      ff.tgt_forms = split(f[1]);
      ff.usual = f[2];
      ff.severity = f[3] == "warning" ? Severity::warning : Severity::info;
      const std::size_t index = false_friends_.size();
      for (const std::string& w : ff.src_forms) by_src_form_[w].push_back(index);
      false_friends_.push_back(std::move(ff));
    });
  }

  std::vector<Finding> run(const Context& context) const override {
    std::vector<Finding> findings;
    if (incise_.has_data()) reporting_clauses(context, findings);
    if (!false_friends_.empty()) false_friends(context, findings);
    return findings;
  }

 private:
  static std::vector<std::string> split(const std::string& list) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (;;) {
      const auto comma = list.find(',', start);
      std::string w = list.substr(start, comma - start);
      w.erase(0, w.find_first_not_of(' '));
      w.erase(w.find_last_not_of(' ') + 1);
      if (!w.empty()) out.push_back(w);
      if (comma == std::string::npos) return out;
      start = comma + 1;
    }
  }

  void reporting_clauses(const Context& context, std::vector<Finding>& findings) const {
    const Quotes& quotes = quotes_of(context, false);
    const std::string& text = context.tgt.input.text;
    for (const Quotation& q : quotes.quotations) {
      // An utterance: the quotation opens its sentence (or follows a colon) and is closed.
      if (q.depth > 0 || !q.closed || !q.at_sentence_start) continue;
      const std::uint32_t k = q.last_sentence;
      if (reads_as(context.tgt_tokens.sentences[k], src_language_, tgt_language_)) continue;
      const auto& tokens = context.tgt_tokens.sentences[k];
      auto first = std::find_if(tokens.begin(), tokens.end(), [&](const annotate::Token& t) {
        return t.span.begin >= q.close.end;
      });
      if (first == tokens.end()) continue;
      const auto i = static_cast<std::size_t>(first - tokens.begin());
      if (!only_spaces(std::string_view(text).substr(q.close.end, first->span.begin - q.close.end),
                       ","))
        continue;
      auto word = [&](std::size_t j) { return std::string(tokens[j].lower()); };
      // Tokens i..j are one run: nothing but spaces (and `also`) between them.
      auto joined = [&](std::size_t a, std::size_t b, std::string_view also) {
        for (std::size_t j = a; j < b; ++j)
          if (!only_spaces(std::string_view(text).substr(
                               tokens[j].span.end, tokens[j + 1].span.begin - tokens[j].span.end),
                           also))
            return false;
        return true;
      };
      // A finite reporting verb at position v: auxiliary + participle, or a present.
      // Returns the index of the last token of the verb, or none.
      auto verb_at = [&](std::size_t v) -> std::optional<std::size_t> {
        if (v < tokens.size() && incise_.auxiliaries.count(word(v)) && v + 1 < tokens.size() &&
            incise_.participles.count(word(v + 1)) && joined(v, v + 1, ""))
          return v + 1;
        if (v < tokens.size() && incise_.presents.count(word(v))) return v;
        return std::nullopt;
      };
      auto followed_by_clause = [&](std::size_t last) {
        // « … », il a dit que… opens a new clause: a reported statement, not an incise.
        return last + 1 < tokens.size() &&
               (word(last + 1) == "que" || word(last + 1) == "qu" || word(last + 1) == "qu’");
      };
      std::size_t subject_end = i;  // one past the subject's last token
      bool pronoun = false;
      std::optional<std::size_t> last;
      if (incise_.pronouns.count(word(i))) {
        pronoun = true;
        subject_end = i + 1;
        if (joined(i, i + 1, "")) last = verb_at(i + 1);
      } else if (tokens[i].capitalised() || incise_.determiners.count(word(i))) {
        // A name or a noun phrase of up to four words before the verb.
        for (std::size_t n = 1; n <= 4 && i + n < tokens.size() && !last; ++n) {
          const std::size_t j = i + n - 1;
          if (!joined(i, j, ".-’'")) break;
          if (tokens[j].function_word() && !incise_.determiners.count(word(j))) break;
          if (incise_.auxiliaries.count(word(j)) || incise_.presents.count(word(j))) break;
          if (!joined(j, j + 1, "")) break;
          if ((last = verb_at(j + 1))) subject_end = j + 1;
        }
      }
      if (!last || followed_by_clause(*last)) continue;
      const std::uint32_t clause_end = tokens[*last].span.end;
      const std::string original(
          std::string_view(text).substr(q.close.begin, clause_end - q.close.begin));
      const std::string close_mark(std::string_view(text).substr(q.close.begin, q.close.size()));
      const std::string subject(std::string_view(text).substr(
          tokens[i].span.begin, tokens[subject_end - 1].span.end - tokens[i].span.begin));
      const std::size_t v = subject_end;
      const std::string verb(
          std::string_view(text).substr(tokens[v].span.begin, tokens[v].span.size()));
      const bool compound = *last == v + 1;
      const std::string participle = compound
                                         ? std::string(std::string_view(text).substr(
                                               tokens[*last].span.begin, tokens[*last].span.size()))
                                         : "";
      std::string inverted;
      if (pronoun) {
        const std::string p(tokens[i].lower());
        const std::string link =
            !incise_.euphonic.empty() && is_vowel_end(verb) && is_vowel_start(p) ? incise_.euphonic
                                                                                 : "-";
        inverted = verb + link + p + (compound ? " " + participle : "");
      } else {
        inverted = verb + (compound ? " " + participle : "") + " " + subject;
      }
      Finding f;
      f.kind = "calque";
      f.severity = Severity::warning;
      f.tgt_sentences = {k};
      f.src_sentences = context.src_of_tgt(k);
      f.tgt_spans = {{q.close.begin, clause_end}};
      f.message =
          "reporting clause in English word order after a quotation: " + excerpt(original, 60);
      f.suggestion = "put the verb before its subject: " + close_mark + ", " + inverted;
      findings.push_back(std::move(f));
    }
  }

  void false_friends(const Context& context, std::vector<Finding>& findings) const {
    for (const Bead& bead : context.alignment.beads) {
      if (bead.src_size() == 0 || bead.tgt_size() == 0) continue;
      // Entries whose English word the source block has, with the tokens.
      std::map<std::size_t, std::vector<std::pair<std::uint32_t, const annotate::Token*>>> hits;
      for (std::uint32_t i = bead.src_begin; i < bead.src_end; ++i)
        for (const annotate::Token& t : context.src_tokens.sentences[i])
          if (const auto it = by_src_form_.find(std::string(t.lower())); it != by_src_form_.end())
            for (const std::size_t e : it->second) hits[e].push_back({i, &t});
      for (const auto& [e, src_hits] : hits) {
        const FalseFriend& ff = false_friends_[e];
        Finding f;
        f.kind = "calque";
        f.severity = ff.severity;
        std::string look_alike;
        for (std::uint32_t k = bead.tgt_begin; k < bead.tgt_end; ++k) {
          for (const annotate::Token& u : context.tgt_tokens.sentences[k]) {
            if (std::find(ff.tgt_forms.begin(), ff.tgt_forms.end(), u.lower()) ==
                ff.tgt_forms.end())
              continue;
            if (translated_from_elsewhere(context, bead, ff, u)) continue;
            f.tgt_spans.push_back(u.span);
            if (f.tgt_sentences.empty() || f.tgt_sentences.back() != k)
              f.tgt_sentences.push_back(k);
            if (look_alike.empty()) look_alike = context.tgt.input.view(u.span);
          }
        }
        if (f.tgt_spans.empty()) continue;
        for (const auto& [i, t] : src_hits) {
          f.src_spans.push_back(t->span);
          if (f.src_sentences.empty() || f.src_sentences.back() != i) f.src_sentences.push_back(i);
        }
        const std::string word(context.src.input.view(src_hits.front().second->span));
        f.message = "false friend: \"" + look_alike + "\" for \"" + word + "\"";
        f.suggestion = "\"" + word + "\" is usually \"" + ff.usual + "\"; check the meaning";
        findings.push_back(std::move(f));
      }
    }
  }

  // True when another word of the source block translates to target token `u` (ask -> demander
  // beside demand): the look-alike may render that word instead.
  static bool translated_from_elsewhere(const Context& context, const Bead& bead,
                                        const FalseFriend& ff, const annotate::Token& u) {
    for (std::uint32_t i = bead.src_begin; i < bead.src_end; ++i)
      for (const annotate::Token& t : context.src_tokens.sentences[i]) {
        if (t.function_word() ||
            std::find(ff.src_forms.begin(), ff.src_forms.end(), t.lower()) != ff.src_forms.end())
          continue;
        if (const align::Translations tr = context.lexicon.translations(t.stem()))
          if (std::find(tr.begin(), tr.end(), u.stem()) != tr.end()) return true;
      }
    return false;
  }

  lang::LanguageData src_language_;
  lang::LanguageData tgt_language_;
  Incise incise_;
  std::vector<FalseFriend> false_friends_;
  std::unordered_map<std::string, std::vector<std::size_t>> by_src_form_;
};

}  // namespace

std::unique_ptr<Check> make_calque(const Setup& setup) { return std::make_unique<Calque>(setup); }

}  // namespace wirealign::check
