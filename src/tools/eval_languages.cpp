// Measures the language checks on the development corpora: how often each document side is
// recognised as its language (documents of three sentences or more), by what margin, and that no
// correct pair stops a run, whole or cut to its first 1, 2, 3, 5 or 10 sentences; then how the
// checks answer sides declared in a wrong language and pairs given the wrong way round.
//
// Usage: eval_languages DEV_ROOT [--data-dir DIR] [--verbose]
// DEV_ROOT holds one folder a set (ntrex-news-de, demetr-de-en, ...) of files NAME.<code>; the
// source language is the first code of a folder named SET-XX-YY, else English. Exits with 1 when a
// correct pair stops a run or a document of three sentences or more is not recognised.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "wirealign/core/error.h"
#include "wirealign/lang/identify.h"
#include "wirealign/lang/language.h"
#include "wirealign/pipeline/languages.h"
#include "wirealign/read/read.h"
#include "wirealign/segment/segment.h"

namespace {

namespace fs = std::filesystem;
using namespace wirealign;

struct Row {
  int sides = 0;       // document sides of the language
  int long_sides = 0;  // of three sentences or more
  int correct = 0;     // of those, recognised as the language
  double min_z = 1e9;  // smallest lead (z) of the language over any other, on those
  double min_ratio = 1e9;
  std::string min_z_doc;
  // Sides declared in each other known language: verdicts.
  int wrong_declared = 0, wrong_other = 0, wrong_doubtful = 0;
};

// The first `n` lines of `text` that are not blank, joined by newlines.
std::string first_lines(const std::string& text, std::size_t n) {
  std::string out;
  std::size_t start = 0, taken = 0;
  while (start < text.size() && taken < n) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string line = text.substr(start, end - start);
    if (line.find_first_not_of(" \t\r") != std::string::npos) {
      out += line + "\n";
      ++taken;
    }
    start = end + 1;
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  fs::path root, data = lang::default_data_dir();
  bool verbose = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--data-dir" && i + 1 < args.size()) data = args[++i];
    else if (args[i] == "--verbose") verbose = true;
    else root = args[i];
  }
  if (root.empty() || !fs::is_directory(root)) {
    std::cerr << "usage: eval_languages DEV_ROOT [--data-dir DIR] [--verbose]\n";
    return 2;
  }
  const std::vector<lang::LanguageData> known = lang::known_languages(data);
  const std::vector<const lang::LanguageData*> candidates = lang::pointers(known);
  std::map<std::string, lang::LanguageData> languages;  // every language met, with its data
  auto language = [&](const std::string& code) -> const lang::LanguageData& {
    auto it = languages.find(code);
    if (it == languages.end()) it = languages.emplace(code, lang::load(data, code)).first;
    return it->second;
  };
  std::map<std::string, Row> rows;
  int pairs = 0, stops = 0, failures = 0, swaps = 0, swaps_stopped = 0;
  std::map<std::size_t, std::pair<int, int>> short_runs;  // sentences -> (pairs, notices)
  std::map<std::size_t, int> short_stops;
  int notices = 0;
  std::vector<fs::path> sets;
  for (const auto& entry : fs::directory_iterator(root))
    if (entry.is_directory()) sets.push_back(entry.path());
  std::sort(sets.begin(), sets.end());
  for (const fs::path& set : sets) {
    // Documents by name, with the languages of their files.
    std::map<std::string, std::set<std::string>> documents;
    for (const auto& entry : fs::directory_iterator(set)) {
      const std::string ext = entry.path().extension().string();
      if (ext.size() == 3 && ext != ".gold" && std::islower(static_cast<unsigned char>(ext[1])))
        documents[entry.path().stem().string()].insert(ext.substr(1));
    }
    const std::string name = set.filename().string();
    std::string src_code = "en";
    if (name.size() > 6 && name[name.size() - 3] == '-' && name[name.size() - 6] == '-')
      src_code = name.substr(name.size() - 5, 2);
    for (const auto& [doc, codes] : documents) {
      if (codes.size() != 2 || !codes.count(src_code)) continue;
      const std::string tgt_code = *codes.begin() == src_code ? *codes.rbegin() : *codes.begin();
      const lang::LanguageData& s = language(src_code);
      const lang::LanguageData& t = language(tgt_code);
      Text texts[2] = {read::read_file((set / (doc + "." + src_code)).string(), {}),
                       read::read_file((set / (doc + "." + tgt_code)).string(), {})};
      auto segment = [](Text text, const lang::LanguageData& l) {
        return segment::Segmenter(l, {}).segment(std::move(text));
      };
      const Document sd = segment(texts[0], s), td = segment(texts[1], t);
      ++pairs;
      // Recognition of each side.
      for (const Document* d : {&sd, &td}) {
        const lang::LanguageData& l = d == &sd ? s : t;
        Row& row = rows[l.code];
        ++row.sides;
        const lang::Evidence e = lang::gather(d->input.text, candidates);
        if (d->sentences.size() >= lang::limits::kMinSentences && !l.function_words.empty()) {
          ++row.long_sides;
          if (lang::identify(e).code == l.code) {
            ++row.correct;
          } else {
            ++failures;
            std::cout << "NOT RECOGNISED " << d->input.name << " as " << l.code << " (read as "
                      << lang::identify(e).code << ")\n";
          }
          for (const lang::LanguageData* other : candidates) {
            if (other->code == l.code) continue;
            const lang::Lead lead = lang::lead(e, l, *other);
            if (lead.z() < row.min_z) {
              row.min_z = lead.z();
              row.min_z_doc = d->input.name + " (against " + other->code + ")";
            }
            row.min_ratio = std::min(row.min_ratio, lead.ratio());
          }
        }
        // The same side declared in every other known language.
        for (const lang::LanguageData* other : candidates) {
          if (other->code == l.code) continue;
          ++row.wrong_declared;
          const lang::Judgement j = lang::judge(e, *other, d->sentences.size());
          if (j.verdict == lang::Verdict::other) ++row.wrong_other;
          else if (j.verdict == lang::Verdict::doubtful) ++row.wrong_doubtful;
        }
      }
      // The pair as it is: never a stop; and the wrong way round.
      for (const bool untranslated : {true, false}) {
        const pipeline::LanguageCheck c =
            pipeline::check_languages(sd, td, s, t, candidates, untranslated);
        if (!c.stops.empty()) {
          ++stops;
          std::cout << "STOP " << c.message() << '\n';
        }
        if (untranslated) {
          notices += static_cast<int>(c.notices.size());
          if (verbose)
            for (const Notice& n : c.notices) std::cout << "notice " << n.message << '\n';
        }
      }
      ++swaps;
      if (!pipeline::check_languages(td, sd, t, s, candidates, true).stops.empty()) ++swaps_stopped;
      // Short documents: the first lines of both sides.
      for (const std::size_t n : {1, 2, 3, 5, 10}) {
        if (sd.sentences.size() < n && td.sentences.size() < n) continue;
        Text cut[2] = {read::decode(first_lines(texts[0].original, n), texts[0].name, {}),
                       read::decode(first_lines(texts[1].original, n), texts[1].name, {})};
        if (cut[0].text.empty() || cut[1].text.empty()) continue;
        const Document a = segment(std::move(cut[0]), s), b = segment(std::move(cut[1]), t);
        const pipeline::LanguageCheck c = pipeline::check_languages(a, b, s, t, candidates, true);
        ++short_runs[n].first;
        short_runs[n].second += static_cast<int>(c.notices.size());
        if (!c.stops.empty()) {
          ++short_stops[n];
          std::cout << "STOP (first " << n << " lines) " << c.message() << '\n';
        }
        if (verbose)
          for (const Notice& x : c.notices) std::cout << "notice (" << n << ") " << x.message << '\n';
      }
    }
  }
  std::printf("\nRecognition of each document side (documents of %zu sentences or more)\n",
              lang::limits::kMinSentences);
  std::printf("%-5s %7s %9s %8s %9s %10s %10s   %s\n", "lang", "sides", ">=3 sent", "correct",
              "accuracy", "min lead z", "min ratio", "where");
  for (const auto& [code, r] : rows) {
    if (r.long_sides == 0) {
      std::printf("%-5s %7d %9s   (no function words: not recognised, never stopped)\n",
                  code.c_str(), r.sides, "-");
      continue;
    }
    std::printf("%-5s %7d %9d %8d %8.1f%% %10.2f %10.2f   %s\n", code.c_str(), r.sides,
                r.long_sides, r.correct, 100.0 * r.correct / r.long_sides, r.min_z, r.min_ratio,
                r.min_z_doc.c_str());
  }
  std::printf("\nSides declared in a wrong known language (each other language in turn)\n");
  std::printf("%-5s %9s %7s %9s %7s\n", "lang", "declared", "stops", "notices", "missed");
  for (const auto& [code, r] : rows)
    if (r.wrong_declared)
      std::printf("%-5s %9d %7d %9d %7d\n", code.c_str(), r.wrong_declared, r.wrong_other,
                  r.wrong_doubtful, r.wrong_declared - r.wrong_other - r.wrong_doubtful);
  std::printf("\nCorrect pairs: %d, runs stopped: %d, notices: %d\n", pairs, stops, notices);
  for (const auto& [n, counts] : short_runs)
    std::printf("  first %2zu lines of both sides: %d pairs, stopped %d, notices %d\n", n,
                counts.first, short_stops[n], counts.second);
  std::printf("Pairs given the wrong way round: %d, stopped: %d\n", swaps, swaps_stopped);
  int short_total = 0;
  for (const auto& [n, k] : short_stops) short_total += k;
  const bool ok = stops == 0 && short_total == 0 && failures == 0;
  std::printf("%s\n", ok ? "OK: no correct pair stopped, every document recognised"
                         : "FAILED: a correct pair stopped, or a document was not recognised");
  return ok ? 0 : 1;
}
