// The Python module `wirealign` (its compiled part, `wirealign._wirealign`): an Engine loaded once
// and reused from any number of threads, with the GIL released while it works.
//
//   import wirealign
//   engine = wirealign.Engine(src_lang="en", tgt_lang="fr")
//   for block in engine.align(en_text, fr_text):
//       print(block["src"], block["tgt"], block["confidence"])
//   findings = engine.check(en_text, fr_text)        # dicts shaped like the JSON report's
//   record = engine.record(en_text, fr_text, id="a1") # a `wirealign batch` record
//   sentences = wirealign.segment(text, "fr")
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <sstream>

#include "wirealign/core/error.h"
#include "wirealign/lang/language.h"
#include "wirealign/pipeline/pipeline.h"
#include "wirealign/read/read.h"
#include "wirealign/report/reporter.h"
#include "wirealign/segment/segment.h"

namespace py = pybind11;
using namespace wirealign;

namespace {

// `j` as Python objects (dicts keep the JSON report's key order).
py::object to_python(const nlohmann::ordered_json& j) {
  switch (j.type()) {
    case nlohmann::ordered_json::value_t::null:
      return py::none();
    case nlohmann::ordered_json::value_t::boolean:
      return py::bool_(j.get<bool>());
    case nlohmann::ordered_json::value_t::number_integer:
      return py::int_(j.get<std::int64_t>());
    case nlohmann::ordered_json::value_t::number_unsigned:
      return py::int_(j.get<std::uint64_t>());
    case nlohmann::ordered_json::value_t::number_float:
      return py::float_(j.get<double>());
    case nlohmann::ordered_json::value_t::string:
      return py::str(j.get_ref<const std::string&>());
    case nlohmann::ordered_json::value_t::array: {
      py::list list;
      for (const auto& item : j) list.append(to_python(item));
      return list;
    }
    case nlohmann::ordered_json::value_t::object: {
      py::dict dict;
      for (auto it = j.begin(); it != j.end(); ++it)
        dict[py::str(it.key())] = to_python(it.value());
      return dict;
    }
    default:
      return py::none();
  }
}

// A text given as str (UTF-8) or bytes (any encoding wirealign reads), decoded as the program
// reads a file named `name`. Throws InputError.
Text decode(const py::object& text, const std::string& name) {
  std::string bytes;
  if (py::isinstance<py::bytes>(text))
    bytes = text.cast<std::string>();
  else if (py::isinstance<py::str>(text))
    bytes = text.cast<std::string>();
  else
    throw py::type_error(name + ": expected str or bytes");
  return read::decode(std::move(bytes), name, {});
}

// Runs `work` without the GIL and turns wirealign's errors into Python exceptions: bad input and
// bad options, and texts that do not read as their languages, are ValueError, with the message the
// command line prints.
template <typename Work>
auto without_gil(Work&& work) {
  try {
    py::gil_scoped_release release;
    return work();
  } catch (const InputError& e) {
    throw py::value_error(e.what());
  } catch (const ConfigError& e) {
    throw py::value_error(e.what());
  } catch (const LanguageError& e) {
    throw py::value_error(e.what());
  } catch (const Error& e) {
    throw std::runtime_error(e.what());
  }
}

// One line of a report in `format` (the table of report/reporter.h) of one pair.
std::string report_text(const report::Format& format, const report::PairReport& pair,
                        const report::ReportOptions& options) {
  std::ostringstream out;
  report::StreamDestination to(out);
  const std::unique_ptr<report::Reporter> reporter = format.make(to, options);
  reporter->pair(pair);
  reporter->finish();
  return out.str();
}

class Engine {
 public:
  Engine(const std::string& src_lang, const std::string& tgt_lang, bool check,
         const std::string& checks, const std::vector<std::string>& ignore,
         const std::string& data_dir, const std::string& dictd_dir, const std::string& lexicon_dir,
         bool dictionary, bool force_lang) {
    pipeline::EngineOptions o;
    o.src_lang = src_lang;
    o.tgt_lang = tgt_lang;
    o.check = check;
    o.data_dir = data_dir;
    o.dictd_dir = dictd_dir;
    o.lexicon_dir = lexicon_dir;
    o.align.use_dictionary = dictionary;
    o.force_lang = force_lang;
    checks_ = check;
    without_gil([&] {
      o.checks.selection = check::parse_check_list(checks);
      o.checks.ignored.insert(ignore.begin(), ignore.end());
      engine_ = std::make_unique<pipeline::Engine>(o);
      return 0;
    });
    options_.src_lang = engine_->src_language().code;
    options_.tgt_lang = engine_->tgt_language().code;
  }

  // Blocks: {"src": [i...], "tgt": [k...], "src_text", "tgt_text", "confidence", "type"}.
  py::list align(const py::object& src, const py::object& tgt, bool segmented) const {
    const auto r = run(src, tgt, segmented, false);
    py::list blocks;
    for (const Bead& b : r->alignment.beads) {
      py::list s, t;
      std::string src_text, tgt_text;
      for (auto i = b.src_begin; i < b.src_end; ++i) {
        s.append(i);
        src_text += (i > b.src_begin ? " " : "") + r->src.sentences[i].text;
      }
      for (auto k = b.tgt_begin; k < b.tgt_end; ++k) {
        t.append(k);
        tgt_text += (k > b.tgt_begin ? " " : "") + r->tgt.sentences[k].text;
      }
      py::dict block;
      block["src"] = s;
      block["tgt"] = t;
      block["src_text"] = src_text;
      block["tgt_text"] = tgt_text;
      block["confidence"] = std::round(b.confidence * 1000) / 1000;
      block["type"] = std::to_string(b.src_size()) + "-" + std::to_string(b.tgt_size());
      blocks.append(block);
    }
    return blocks;
  }

  // The findings, as in the JSON report of `wirealign check`.
  py::object check(const py::object& src, const py::object& tgt, bool segmented) const {
    require_checks();
    const auto r = run(src, tgt, segmented, true);
    std::string json =
        report_text(report::find_format("json", report::Command::check),
                    {r->src, r->tgt, r->alignment, &r->findings, &r->notices, r->muted}, options_);
    return to_python(nlohmann::ordered_json::parse(json)["findings"]);
  }

  // The record `wirealign batch` writes for the pair (with the findings when `check`).
  py::object record(const py::object& src, const py::object& tgt, const std::string& id,
                    bool segmented, bool check) const {
    if (check) require_checks();
    const auto start = std::chrono::steady_clock::now();
    const auto r = run(src, tgt, segmented, check, id);
    report::PairReport pair(r->src, r->tgt, r->alignment, check ? &r->findings : nullptr,
                            &r->notices, r->muted);
    pair.id = id;
    pair.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    report::ReportOptions batch = options_;
    batch.batch = true;
    const std::string line =
        report_text(report::find_format("jsonl", report::Command::batch), pair, batch);
    return to_python(nlohmann::ordered_json::parse(line));
  }

  // The report of the pair in `format`, as text: any format of `align` or `check` (xliff,
  // json, html, text, tsv, tmx, blocks); check's formats and json with findings need check.
  std::string report(const py::object& src, const py::object& tgt, const std::string& format,
                     bool segmented, bool check, double min_confidence) const {
    const report::Format* chosen = nullptr;
    without_gil([&] {
      const report::Command command = check ? report::Command::check : report::Command::align;
      chosen = &report::find_format(format, command);
      if (chosen->files) throw ConfigError("format " + format + " writes several files");
      return 0;
    });
    if (check) require_checks();
    const auto r = run(src, tgt, segmented, check);
    report::ReportOptions o = options_;
    o.min_confidence = min_confidence;
    return without_gil([&] {
      return report_text(
          *chosen,
          {r->src, r->tgt, r->alignment, check ? &r->findings : nullptr, &r->notices, r->muted}, o);
    });
  }

  std::string src_lang() const { return options_.src_lang; }
  std::string tgt_lang() const { return options_.tgt_lang; }

 private:
  std::unique_ptr<pipeline::Result> run(const py::object& src, const py::object& tgt,
                                        bool segmented, bool check,
                                        const std::string& id = {}) const {
    // Names as `wirealign batch` gives inline texts.
    Text s = decode_named(src, id.empty() ? "src" : id + " src");
    Text t = decode_named(tgt, id.empty() ? "tgt" : id + " tgt");
    return without_gil(
        [&] { return engine_->run(std::move(s), std::move(t), segmented, false, check); });
  }

  static Text decode_named(const py::object& text, const std::string& name) {
    try {
      return decode(text, name);
    } catch (const Error& e) {
      throw py::value_error(e.what());
    }
  }

  void require_checks() const {
    if (!checks_) throw py::value_error("this engine was made with check=False: it cannot audit");
  }

  std::unique_ptr<pipeline::Engine> engine_;
  report::ReportOptions options_;
  bool checks_ = true;
};

// Language data by code, loaded once (wirealign.segment).
const lang::LanguageData& language(const std::string& code, const std::string& data_dir) {
  static std::mutex mutex;
  static std::map<std::pair<std::string, std::string>, std::unique_ptr<lang::LanguageData>> cache;
  const std::string canonical = lang::canonical_code(code);
  std::lock_guard lock(mutex);
  auto& slot = cache[{canonical, data_dir}];
  if (!slot)
    slot = std::make_unique<lang::LanguageData>(lang::load(
        data_dir.empty() ? lang::default_data_dir() : std::filesystem::path(data_dir), canonical));
  return *slot;
}

std::vector<std::string> segment_text(const py::object& text, const std::string& lang,
                                      bool segmented, const std::string& data_dir) {
  Text t = decode(text, "text");
  return without_gil([&] {
    segment::SegmentOptions options;
    options.presegmented = segmented;
    const Document doc = segment::segment(std::move(t), language(lang, data_dir), options);
    std::vector<std::string> sentences;
    for (const Sentence& s : doc.sentences) sentences.push_back(s.text);
    return sentences;
  });
}

}  // namespace

PYBIND11_MODULE(_wirealign, m) {
  m.doc() = "wirealign: align a translation with its original sentence by sentence and audit it";
  m.attr("__version__") = WIREALIGN_VERSION;
  py::class_<Engine>(m, "Engine",
                     "The pipeline for one language pair: language data, dictionary and checks "
                     "loaded once; its methods may be called from several threads at once.")
      .def(py::init<const std::string&, const std::string&, bool, const std::string&,
                    const std::vector<std::string>&, const std::string&, const std::string&,
                    const std::string&, bool, bool>(),
           py::arg("src_lang") = "en", py::arg("tgt_lang") = "fr", py::arg("check") = true,
           py::arg("checks") = "", py::arg("ignore") = std::vector<std::string>{},
           py::arg("data_dir") = "", py::arg("dictd_dir") = "", py::arg("lexicon_dir") = "",
           py::arg("dictionary") = true, py::arg("force_lang") = false)
      .def("align", &Engine::align, py::arg("src_text"), py::arg("tgt_text"),
           py::arg("segmented") = false,
           "Aligns two texts: a list of blocks {src, tgt (sentence indices from 0), src_text, "
           "tgt_text, confidence, type}.")
      .def("check", &Engine::check, py::arg("src_text"), py::arg("tgt_text"),
           py::arg("segmented") = false,
           "Aligns and audits two texts: the findings, as dicts of the JSON report.")
      .def("record", &Engine::record, py::arg("src_text"), py::arg("tgt_text"), py::arg("id") = "",
           py::arg("segmented") = false, py::arg("check") = false,
           "The record `wirealign batch` writes for the pair, as a dict.")
      .def("report", &Engine::report, py::arg("src_text"), py::arg("tgt_text"),
           py::arg("format") = "json", py::arg("segmented") = false, py::arg("check") = false,
           py::arg("min_confidence") = 0.0,
           "The report of `wirealign align` (check=False) or `check` in FORMAT, as text.")
      .def_property_readonly("src_lang", &Engine::src_lang)
      .def_property_readonly("tgt_lang", &Engine::tgt_lang);
  m.def("segment", &segment_text, py::arg("text"), py::arg("lang"), py::arg("segmented") = false,
        py::arg("data_dir") = "", "Splits a text into sentences: a list of str.");
}
