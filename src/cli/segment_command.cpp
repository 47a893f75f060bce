// `wirealign segment`: sentence splitting, one sentence per line or JSON with byte offsets.
#include <boost/program_options.hpp>
#include <iostream>

#include "cli/commands.h"
#include "wirealign/core/error.h"
#include "wirealign/lang/language.h"
#include "wirealign/report/document.h"

namespace wirealign::cli {

namespace {

constexpr const char* kSynopsis = R"(Usage: wirealign segment FILE [options]

Splits FILE ("-" for standard input) into sentences and prints one sentence per line.
Paragraphs are separated by blank lines; a line of symbols only (*****) is a sentence of its own.
The input may be UTF-8, UTF-16 or a legacy encoding such as windows-1252 (converted, with a
notice on standard error). A web page (HTML) is read as a reader sees it: the article it marks,
its headings, paragraphs and list items, without navigation, scripts or forms; a Word (.docx) or
OpenDocument (.odt) file by its paragraphs. PDF and RTF files are refused.

Options)";

}  // namespace

int segment_command(const std::vector<std::string>& args) {
  std::string file, lang, format = "text", output, encoding, data_dir_option;
  std::string input_format = "auto";
  bool segmented = false, plain_icu = false, whole_page = false;
  po::options_description visible(kSynopsis);
  visible.add_options()
      ("help,h", "print this help and exit")
      ("lang,l", po::value(&lang)->value_name("L"),
       "language of FILE as an ISO 639 code (en, fr, de, ...); default: recognised from the "
       "text among the languages wirealign has data for")
      ("format,f", po::value(&format)->value_name("FMT")->default_value("text"),
       "text: one sentence per line; json: sentences with paragraph index and byte offsets "
       "[start, end) in the original input")
      ("output,o", po::value(&output)->value_name("OUT"),
       "write to OUT instead of standard output (created only on success)")
      ("segmented", po::bool_switch(&segmented),
       "FILE already has one sentence per line: keep its lines as they are (as --input-format "
       "segmented)")
      ("encoding", po::value(&encoding)->value_name("ENC"),
       "read FILE in this encoding (e.g. windows-1252) instead of detecting it")
      ("plain-icu", po::bool_switch(&plain_icu),
       "use ICU's sentence iterator alone, without wirealign's rules (for comparison)")
      ("data-dir", po::value(&data_dir_option)->value_name("DIR"),
       "language data folder (default: $WIREALIGN_DATA_DIR, else the one beside the program)");
  add_input_options(visible, input_format, whole_page);
  po::options_description hidden;
  hidden.add_options()("file", po::value(&file));
  po::positional_options_description positional;
  positional.add("file", 1);
  if (!parse_command_line("segment", args, visible, hidden, positional)) return 0;
  if (file.empty()) throw UsageError("segment", "no input file given");
  if (format != "text" && format != "json")
    throw UsageError("segment", "unknown format '" + format + "' (expected text or json)");

  const read::ReadOptions read = read_options("segment", input_format, whole_page, encoding);
  const std::filesystem::path data = data_dir(data_dir_option);
  if (!lang.empty()) lang::canonical_code(lang);  // refuse a bad code before reading the input
  refuse_overwriting({output}, {file});
  Output out(output);  // fails early if the output folder does not exist
  const Document doc =
      load_document(file, lang, segmented || input_format == "segmented", data, read, plain_icu)
          .doc;
  if (format == "json") report::write_sentences_json(out.stream(), doc);
  else report::write_sentences_text(out.stream(), doc);
  out.commit();
  return 0;
}

}  // namespace wirealign::cli
