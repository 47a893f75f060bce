// Inputs of the commands: the language data folder, and documents read and segmented.
#include <cstdlib>
#include <exception>
#include <future>
#include <optional>

#include "cli/commands.h"
#include "wirealign/core/error.h"
#include "wirealign/lang/identify.h"
#include "wirealign/pipeline/compiled_lexicon.h"
#include "wirealign/pipeline/languages.h"
#include "wirealign/read/read.h"
#include "wirealign/segment/segment.h"

namespace wirealign::cli {

std::filesystem::path data_dir(const std::string& option) {
  std::filesystem::path data = option;
  if (data.empty())
    if (const char* env = std::getenv("WIREALIGN_DATA_DIR"); env != nullptr && *env != '\0')
      data = env;
  if (data.empty()) data = lang::default_data_dir();
  if (data.empty())
    throw ConfigError(
        "no language data folder beside the program (PREFIX/share/wirealign, or corpora/ in a "
        "source tree): give one with --data-dir or $WIREALIGN_DATA_DIR");
  if (!std::filesystem::is_directory(data / "lang"))
    throw ConfigError("language data folder " + data.string() + " not found (no lang/ inside)");
  return data;
}

std::filesystem::path lexicon_dir_option(const std::string& option) {
  if (!option.empty()) return option;
  if (const char* env = std::getenv("WIREALIGN_LEXICON_DIR"); env != nullptr && *env != '\0')
    return env;
  return pipeline::default_lexicon_dir();
}

void add_input_options(po::options_description& options, std::string& input_format,
                       bool& whole_page) {
  options.add_options()(
      "input-format", po::value(&input_format)->value_name("F")->default_value("auto"),
      "what the inputs are: auto (recognised from their content: text, web page, Word or "
      "OpenDocument), text, html, or segmented (text with one sentence per line)")(
      "whole-page", po::bool_switch(&whole_page),
      "web pages: read the whole page, not only the article it marks (<article>, <main>)");
}

read::ReadOptions read_options(const std::string& command, const std::string& input_format,
                               bool whole_page, const std::string& encoding) {
  read::ReadOptions options;
  options.encoding = encoding;
  options.whole_page = whole_page;
  if (input_format == "segmented") {
    options.format = read::InputFormat::text;
  } else {
    try {
      options.format = read::parse_input_format(input_format);
    } catch (const ConfigError&) {
      throw UsageError(command, "unknown input format '" + input_format +
                                    "' (expected auto, text, html or segmented)");
    }
  }
  return options;
}

namespace {

// load_document() without printing: the notices come back as (what, message) pairs.
Loaded load_quietly(const std::string& path, const std::string& lang, bool segmented,
                    const std::filesystem::path& data, const read::ReadOptions& read_options,
                    bool plain_icu, std::vector<std::pair<std::string, std::string>>& notices) {
  Text text = read::read_file(path, read_options);
  for (const std::string& n : text.notices) notices.emplace_back(text.name, n);
  lang::Choice choice = lang::choose(text.text, lang, data);
  if (!choice.notice.empty()) notices.emplace_back(text.name, choice.notice);
  segment::SegmentOptions options;
  options.presegmented = segmented;
  options.plain_icu = plain_icu;
  Loaded loaded{segment::Segmenter(choice.data, options).segment(std::move(text)),
                std::move(choice.data)};
  // A language given that the text does not read as: a notice (segmenting goes on).
  if (!lang.empty()) {
    const std::vector<lang::LanguageData> known = lang::known_languages(data);
    if (const auto n = pipeline::check_language(loaded.doc, loaded.language,
                                                lang::pointers(known), "--lang"))
      notices.emplace_back("warning", n->message);
  }
  return loaded;
}

}  // namespace

Loaded load_document(const std::string& path, const std::string& lang, bool segmented,
                     const std::filesystem::path& data, const read::ReadOptions& read_options,
                     bool plain_icu) {
  std::vector<std::pair<std::string, std::string>> notices;
  Loaded loaded = load_quietly(path, lang, segmented, data, read_options, plain_icu, notices);
  for (const auto& [what, message] : notices) notice(what, message);
  return loaded;
}

}  // namespace wirealign::cli
