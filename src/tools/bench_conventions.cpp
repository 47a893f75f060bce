// bench_conventions CODE...: how long the conventions of each language take to build from ICU
// (see scripts/bench-conventions, which runs it in a fresh process per language), and what they
// hold. One tab-separated line a language.
#include <chrono>
#include <iostream>
#include <string>

#include "wirealign/core/error.h"
#include "wirealign/lang/conventions.h"

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  namespace lang = wirealign::lang;
  std::cout << "code\tcore_ms\tnumbers_ms\tnames_ms\tparse_ms\tlatin_key_ms\tmonths\tweekdays"
               "\tnumber_words\tordinal_words\tscale_words\tcompact_scales\tterritories\n";
  try {
    for (int k = 1; k < argc; ++k) {
      const std::string code = argv[k];
      auto start = Clock::now();
      const lang::Conventions& c = lang::conventions(code);
      const double core = ms_since(start);
      start = Clock::now();
      const lang::NumberWords& n = c.numbers();
      const double numbers = ms_since(start);
      start = Clock::now();
      const lang::DisplayNames& d = c.names();
      const double names = ms_since(start);
      // The first reading of a spelled-out number (ICU prepares its lenient parser).
      std::string one;
      for (const auto& [word, value] : n.number_words)
        if (value == 21 && (one.empty() || word < one)) one = word;
      start = Clock::now();
      if (!one.empty()) lang::parse_spelled_number(code, one);
      const double parse = ms_since(start);
      start = Clock::now();
      lang::latin_key("Вашингтон");
      const double latin = ms_since(start);
      std::cout << code << '\t' << core << '\t' << numbers << '\t' << names << '\t' << parse << '\t'
                << latin << '\t' << c.months.size() << '\t' << c.weekdays.size() << '\t'
                << n.number_words.size() << '\t' << n.ordinal_words.size() << '\t'
                << n.scale_words.size() << '\t' << n.compact_scales.size() << '\t'
                << d.territories.size() << '\n';
    }
  } catch (const wirealign::Error& e) {
    std::cerr << "bench_conventions: " << e.what() << '\n';
    return 1;
  }
  return 0;
}
