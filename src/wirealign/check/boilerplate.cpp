// Republisher boilerplate cues.
#include "wirealign/check/boilerplate.h"

namespace wirealign::check {

namespace {

// A boilerplate line paired with a source sentence translates it if more of its words than
// this have a counterpart there.
constexpr double kIntruderMaxShare = 0.2;

}  // namespace

Boilerplate::Boilerplate(const Setup& setup) {
  const annotate::Annotator annotator(setup.tgt_language);
  lang::read_table(setup.data_dir / "lang" / setup.tgt_language.code / "boilerplate.txt",
                   [&](int, const std::vector<std::string>& fields) {
                     const annotate::Annotated a = annotator.tokens(fields[0]);
                     std::vector<std::string> cue;
                     for (const auto& t : a.sentences.at(0)) cue.emplace_back(t.folded());
                     if (!cue.empty()) cues_.push_back(std::move(cue));
                   });
}

bool Boilerplate::matches(const std::vector<annotate::Token>& tokens) const {
  if (tokens.empty()) return true;
  for (const auto& cue : cues_)
    for (std::size_t p = 0; p + cue.size() <= tokens.size(); ++p) {
      std::size_t n = 0;
      while (n < cue.size() && tokens[p + n].folded() == cue[n]) ++n;
      if (n == cue.size()) return true;
    }
  return false;
}

bool Boilerplate::intruder(const Context& context, std::uint32_t k, Range src) const {
  if (!matches(context.tgt_tokens.sentences[k])) return false;
  return src.empty() || tgt_coverage(context, k, src).share() <= kIntruderMaxShare;
}

Range translating_part(const Context& context, const Bead& bead, const Boilerplate& boilerplate) {
  const Range src{bead.src_begin, bead.src_end};
  Range tgt{bead.tgt_begin, bead.tgt_end};
  while (!tgt.empty() && boilerplate.intruder(context, tgt.begin, src)) ++tgt.begin;
  while (!tgt.empty() && boilerplate.intruder(context, tgt.end - 1, src)) --tgt.end;
  return tgt;
}

}  // namespace wirealign::check
