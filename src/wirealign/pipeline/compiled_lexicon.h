// The bilingual table of a language pair compiled once into a file, so that a process does not
// parse the FreeDict dictionaries and stem their words at every start (about 60 ms for en-fr).
//
//   wirealign::pipeline::LexiconKey key = wirealign::pipeline::lexicon_key("en", "fr", dictd_dir,
//                                                                            data_dir);
//   wirealign::pipeline::write_compiled_lexicon(path, key, table, description);  // scripts/build
//   std::optional<wirealign::pipeline::CompiledLexicon> c =
//       wirealign::pipeline::read_compiled_lexicon(path, key);  // nullopt if stale or missing
//
// A compiled table is valid only for the inputs it was made from: the key hashes the names, sizes
// and modification times of the dictionary files and the language data the table depends on
// (function words), and the program version. A stale, missing or damaged file is ignored, never
// an error: the table is then built from the dictionaries as usual.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "wirealign/align/aligner.h"

namespace wirealign::pipeline {

// What a compiled table was made from.
struct LexiconKey {
  std::string src, tgt;   // canonical language codes
  std::uint64_t hash = 0; // of the dictionaries, the language data and the program version
};

// The key of the table for `src` -> `tgt` from the dictionaries in `dictd_dir` and the language
// data in `data_dir`.
LexiconKey lexicon_key(const std::string& src, const std::string& tgt,
                       const std::filesystem::path& dictd_dir,
                       const std::filesystem::path& data_dir);

// A table read back.
struct CompiledLexicon {
  align::Bilingual table;
  std::string description;  // the dictionaries' description (lexicon::Lexicon::description)
};

// Reads the table at `path` if it exists and was made for `key`; nullopt otherwise (missing,
// stale or damaged file).
std::optional<CompiledLexicon> read_compiled_lexicon(const std::filesystem::path& path,
                                                     const LexiconKey& key);

// Writes `table` to `path` for `key` (through a temporary file and a rename). Throws Error if it
// cannot be written.
void write_compiled_lexicon(const std::filesystem::path& path, const LexiconKey& key,
                            const align::Bilingual& table, const std::string& description);

// Where compiled tables are looked for, found from where the program (or Python module) is:
// PREFIX/share/wirealign/lexicon for an installed one, the build folder's lexicon/ for one in a
// build folder. The file of a pair is "<src>-<tgt>.lexicon". The command line reads
// $WIREALIGN_LEXICON_DIR; the library reads no environment variable.
std::filesystem::path default_lexicon_dir();

}  // namespace wirealign::pipeline
