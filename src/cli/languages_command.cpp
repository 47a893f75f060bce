// `wirealign languages`: what wirealign has for each language and language pair, so that a user
// knows before a run which checks will have their data: ICU's locale data, the data files of
// corpora/lang/<code>/, the hunspell dictionary, the FreeDict dictionaries of each pair (direct or
// through English) and the subword model.
#include <algorithm>
#include <boost/program_options.hpp>
#include <iostream>
#include <nlohmann/json.hpp>
#include <set>

#include "cli/commands.h"
#include "wirealign/lang/conventions.h"
#include "wirealign/lexicon/freedict.h"
#include "wirealign/spell/hunspell.h"

namespace wirealign::cli {

namespace {

constexpr const char* kSynopsis = R"(Usage: wirealign languages [options]

Lists, for each language of the data folder, what wirealign has for it: ICU locale data
(quotation marks, number symbols, month names, numbers in words), the data files of
corpora/lang/<code>/, the hunspell dictionary the spelling check uses; then, for each pair of
them, the FreeDict dictionaries align and check read (direct, or composed through English), and
the subword model. A language without data files works on ICU's data alone; a pair without a
dictionary aligns on lengths, names, numbers and the words it learns from the pair.

Options)";

struct LanguageInfo {
  std::string code, name;
  bool icu = false;
  std::string quotes, decimal;
  std::size_t months = 0;
  bool spelled_numbers = false;
  std::vector<std::string> files;
  std::string hunspell;  // dictionary name ("en_US"), empty when none
};

LanguageInfo describe(const std::filesystem::path& data, const std::string& code) {
  LanguageInfo info;
  info.code = code;
  info.name = lang::display_name(code);
  const lang::Conventions& c = lang::conventions(code);
  info.icu = c.has_data;
  if (c.has_data) {
    info.quotes = c.quotes.open + "…" + c.quotes.close;
    if (!c.alternate_quotes.open.empty())
      info.quotes += " " + c.alternate_quotes.open + "…" + c.alternate_quotes.close;
    info.decimal = c.decimal;
    std::set<int> months;
    for (const auto& [word, month] : c.months) months.insert(month);
    info.months = months.size();
    info.spelled_numbers = !c.numbers().number_words.empty();
  }
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(data / "lang" / code, ec))
    if (entry.is_regular_file() && entry.path().filename() != "README.md")
      info.files.push_back(entry.path().filename().string());
  std::sort(info.files.begin(), info.files.end());
  std::vector<std::string> preferred;
  lang::read_table(data / "lang" / code / "hunspell.txt",
                   [&](int, const std::vector<std::string>& f) { preferred.push_back(f[0]); });
  if (const auto where = spell::locate(code, preferred, spell::default_dirs()))
    info.hunspell = where->name;
  return info;
}

std::string join(const std::vector<std::string>& items, const std::string& separator) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : separator) + s;
  return out;
}

std::string kind_name(lexicon::Sources::Kind kind) {
  switch (kind) {
    case lexicon::Sources::Kind::direct:
      return "direct";
    case lexicon::Sources::Kind::pivot:
      return "through English";
    case lexicon::Sources::Kind::none:
      break;
  }
  return "none";
}

}  // namespace

int languages_command(const std::vector<std::string>& args) {
  std::string data_option, dictd_option, format = "text";
  po::options_description visible(kSynopsis);
  visible.add_options()("help,h", "print this help and exit")(
      "format", po::value(&format)->value_name("F")->default_value("text"), "text or json")(
      "dictd-dir", po::value(&dictd_option)->value_name("DIR"),
      "where the FreeDict dictionaries are (default /usr/share/dictd)")(
      "data-dir", po::value(&data_option)->value_name("DIR"),
      "language data folder (default: $WIREALIGN_DATA_DIR, else the one beside the program)");
  if (!parse_command_line("languages", args, visible, {}, {})) return 0;
  if (format != "text" && format != "json")
    throw UsageError("languages", "unknown --format '" + format + "' (text or json)");
  const std::filesystem::path data = data_dir(data_option);
  const std::filesystem::path dictd =
      dictd_option.empty() ? lexicon::default_dictd_dir() : std::filesystem::path(dictd_option);
  std::vector<LanguageInfo> languages;
  for (const std::string& code : lang::available(data)) languages.push_back(describe(data, code));
  const std::filesystem::path subwords = data / "subwords" / "joint.model";
  const bool has_subwords = std::filesystem::exists(subwords);

  if (format == "json") {
    nlohmann::json out;
    out["data_dir"] = data.string();
    out["dictd_dir"] = dictd.string();
    out["subword_model"] = has_subwords ? nlohmann::json(subwords.string()) : nlohmann::json();
    for (const LanguageInfo& l : languages) {
      nlohmann::json j{
          {"code", l.code},
          {"name", l.name},
          {"icu", l.icu},
          {"data_files", l.files},
          {"hunspell", l.hunspell.empty() ? nlohmann::json() : nlohmann::json(l.hunspell)}};
      if (l.icu) {
        j["quotes"] = l.quotes;
        j["decimal"] = l.decimal;
        j["months"] = l.months;
        j["numbers_in_words"] = l.spelled_numbers;
      }
      out["languages"].push_back(j);
    }
    for (const LanguageInfo& s : languages)
      for (const LanguageInfo& t : languages) {
        if (s.code == t.code) continue;
        const lexicon::Sources d = lexicon::dictionary_sources(s.code, t.code, dictd);
        out["pairs"].push_back({{"src", s.code},
                                {"tgt", t.code},
                                {"dictionary", kind_name(d.kind)},
                                {"files", d.files},
                                {"completed_through", d.completed_through},
                                {"completing_files", d.completing_files}});
      }
    std::cout << out.dump(2) << '\n';
    return 0;
  }

  std::cout << "Languages (data folder " << data.string() << ")\n\n";
  for (const LanguageInfo& l : languages) {
    std::cout << l.code << "  " << l.name << '\n';
    if (l.icu)
      std::cout << "    ICU locale data: quotation marks " << l.quotes << ", decimal separator '"
                << l.decimal << "', " << l.months << " month names, numbers in words "
                << (l.spelled_numbers ? "yes" : "no") << '\n';
    else
      std::cout << "    ICU locale data: none\n";
    std::cout << "    data files: "
              << (l.files.empty() ? "none (ICU's data alone)" : join(l.files, ", ")) << '\n';
    std::cout << "    hunspell dictionary: "
              << (l.hunspell.empty() ? "none (no spelling check)" : l.hunspell) << '\n';
  }
  std::cout << "\nDictionaries of each pair (FreeDict, in " << dictd.string() << ")\n\n";
  for (const LanguageInfo& s : languages)
    for (const LanguageInfo& t : languages) {
      if (s.code == t.code) continue;
      const lexicon::Sources d = lexicon::dictionary_sources(s.code, t.code, dictd);
      std::cout << s.code << " -> " << t.code << "  " << kind_name(d.kind);
      if (!d.files.empty()) std::cout << ": " << join(d.files, " + ");
      if (!d.completed_through.empty())
        std::cout << ", completed through " << d.completed_through << ": "
                  << join(d.completing_files, " + ");
      std::cout << '\n';
    }
  std::cout << "\nSubword model: "
            << (has_subwords ? subwords.string() : "none (learning over stems only)") << '\n';
  return 0;
}

}  // namespace wirealign::cli
