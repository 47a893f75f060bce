// `wirealign compile-lexicon`: compiles the bilingual tables of language pairs once, so that
// every later run starts without parsing the FreeDict dictionaries.
#include <boost/program_options.hpp>
#include <iostream>

#include "cli/commands.h"
#include "wirealign/lexicon/freedict.h"
#include "wirealign/lexicon/wordlist.h"
#include "wirealign/pipeline/compiled_lexicon.h"
#include "wirealign/pipeline/pipeline.h"

namespace wirealign::cli {

namespace {

constexpr const char* kSynopsis =
    R"(Usage: wirealign compile-lexicon [--src-lang L --tgt-lang L | --all] [options]

Builds the bilingual table of a language pair from the FreeDict dictionaries (stems of every
dictionary word, as align and check use them) and writes it compiled into the lexicon folder, so
that later runs read it instead of the dictionaries (about 60 ms saved for en-fr at each start).
A compiled table is used only while the dictionaries and language data it was made from are
unchanged; otherwise the dictionaries are read as before. A pair without a dictionary gets an
empty table, so that its runs do not look for one again. The build runs this with --all.

Options)";

}  // namespace

int lexicon_command(const std::vector<std::string>& args) {
  std::string src_lang = "en", tgt_lang = "fr", dictd_dir, data_option, lexicon_dir;
  bool all = false;
  po::options_description visible(kSynopsis);
  visible.add_options()
      ("help,h", "print this help and exit")
      ("src-lang", po::value(&src_lang)->value_name("L")->default_value("en"), "source language")
      ("tgt-lang", po::value(&tgt_lang)->value_name("L")->default_value("fr"), "target language")
      ("all", po::bool_switch(&all),
       "every pair of two different languages of the data folder that has a dictionary")
      ("lexicon-dir", po::value(&lexicon_dir)->value_name("DIR"),
       "where to write (default: $WIREALIGN_LEXICON_DIR, else the one beside the program)")
      ("dictd-dir", po::value(&dictd_dir)->value_name("DIR"),
       "where the FreeDict dictionaries are (default /usr/share/dictd)")
      ("data-dir", po::value(&data_option)->value_name("DIR"),
       "language data folder (default: $WIREALIGN_DATA_DIR, else the one beside the program)");
  if (!parse_command_line("compile-lexicon", args, visible, {}, {})) return 0;
  const std::filesystem::path data = data_dir(data_option);
  const std::filesystem::path out = lexicon_dir_option(lexicon_dir);
  std::vector<std::pair<std::string, std::string>> pairs;
  if (all) {
    for (const std::string& s : lang::available(data))
      for (const std::string& t : lang::available(data))
        if (s != t) pairs.emplace_back(s, t);
  } else {
    pairs.emplace_back(src_lang, tgt_lang);
  }
  // The common words of each language (read by the checks), compiled from the same dictionaries.
  std::vector<std::string> languages =
      all ? lang::available(data) : std::vector<std::string>{src_lang, tgt_lang};
  const std::filesystem::path dictd =
      dictd_dir.empty() ? lexicon::default_dictd_dir() : std::filesystem::path(dictd_dir);
  std::filesystem::create_directories(out);
  // Two lists a language: its common words, and every headword (names included).
  for (const std::string& given : languages) {
    const std::string code = lang::canonical_code(given);
    const bool nouns_capitalised = lang::load(data, code).nouns_capitalised;
    for (const bool capitalised : {nouns_capitalised, true}) {
      const std::uint64_t key = lexicon::word_list_key(dictd, code, capitalised);
      const std::filesystem::path path = out / lexicon::word_list_file(code, capitalised);
      if (lexicon::read_compiled_word_list(path, key)) {
        std::cout << path.filename().string() << ": up to date\n";
        continue;
      }
      const lexicon::WordList words = lexicon::read_headwords(dictd, code, capitalised);
      lexicon::write_compiled_word_list(path, key, words);
      std::cout << path.filename().string() << ": " << words.size() << " words -> " << path.string()
                << '\n';
    }
  }
  for (const auto& [s, t] : pairs) {
    const std::string src = lang::canonical_code(s), tgt = lang::canonical_code(t);
    const std::filesystem::path file = out / (src + "-" + tgt + ".lexicon");
    if (pipeline::read_compiled_lexicon(file, pipeline::lexicon_key(src, tgt, dictd, data))) {
      std::cout << src << '-' << tgt << ": up to date\n";
      continue;
    }
    pipeline::EngineOptions options;
    options.data_dir = data;
    options.src_lang = src;
    options.tgt_lang = tgt;
    options.dictd_dir = dictd.string();
    options.lexicon_dir = "/nonexistent";  // build from the dictionaries
    const pipeline::Engine engine(options);
    // A pair without a dictionary gets an empty table too, so that runs know without looking.
    const std::filesystem::path path = engine.save_lexicon(out);
    if (!engine.dictionary_notice().empty())
      std::cout << src << '-' << tgt << ": " << engine.dictionary_notice() << " (recorded in "
                << path.string() << ")\n";
    else
      std::cout << src << '-' << tgt << ": " << engine.lexicon().size() << " source stems -> "
                << path.string() << '\n';
  }
  return 0;
}

}  // namespace wirealign::cli
