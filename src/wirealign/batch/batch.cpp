// Running a manifest of document pairs on a pool of threads.
#include "wirealign/batch/batch.h"

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <thread>

#include "wirealign/core/error.h"
#include "wirealign/core/files.h"
#include "wirealign/read/read.h"
#include "wirealign/report/json_support.h"

namespace wirealign::batch {

namespace {

using json = nlohmann::ordered_json;

// A pair names a file that the run writes.
struct OutputConflict : InputError {
  using InputError::InputError;
};

// Reads one side of a job: inline text, or a path relative to `base`. Throws OutputConflict when
// the path is one of `outputs` (files the run writes).
Text read_side(const std::string& path, const std::optional<std::string>& text,
               const std::string& what, const std::filesystem::path& base,
               const std::vector<std::pair<files::FileId, std::string>>& outputs,
               const read::ReadOptions& read_options) {
  if (text) return read::decode(*text, what, read_options);
  std::filesystem::path p(path);
  if (p.is_relative() && !base.empty()) p = base / p;
  if (const std::optional<files::FileId> id = files::identify(p.string()))
    for (const auto& [out_id, out_path] : outputs)
      if (*id == out_id)
        throw OutputConflict(p.string(), "is also an output of this run" +
                                             (out_path == p.string() ? "" : " (" + out_path + ")"));
  return read::read_file(p.string(), read_options);
}

// Engines by language pair, built on first use and shared by the workers.
class Engines {
 public:
  explicit Engines(const pipeline::EngineOptions& defaults) : defaults_(defaults) {}

  const pipeline::Engine& get(const std::string& src, const std::string& tgt) {
    const std::string s = src.empty() ? defaults_.src_lang : src;
    const std::string t = tgt.empty() ? defaults_.tgt_lang : tgt;
    std::lock_guard lock(mutex_);
    auto it = engines_.find({s, t});
    if (it == engines_.end()) {
      auto failed = failures_.find({s, t});
      if (failed != failures_.end()) throw ConfigError(failed->second);
      pipeline::EngineOptions o = defaults_;
      o.src_lang = s;
      o.tgt_lang = t;
      try {
        it = engines_.emplace(std::pair{s, t}, std::make_unique<pipeline::Engine>(o)).first;
      } catch (const Error& e) {
        failures_[{s, t}] = e.what();
        throw;
      }
    }
    return *it->second;
  }

 private:
  pipeline::EngineOptions defaults_;
  std::mutex mutex_;
  std::map<std::pair<std::string, std::string>, std::unique_ptr<pipeline::Engine>> engines_;
  std::map<std::pair<std::string, std::string>, std::string> failures_;
};

}  // namespace

Job parse_job(const std::string& line, std::uint64_t line_number, const std::string& manifest) {
  auto fail = [&](const std::string& why) -> Job {
    throw InputError(manifest, "line " + std::to_string(line_number) + ": " + why);
  };
  json j;
  try {
    j = json::parse(line);
  } catch (const json::parse_error& e) {
    return fail(std::string("not JSON (") + e.what() + ")");
  }
  if (!j.is_object()) return fail("not a JSON object");
  Job job;
  job.line = line_number;
  if (j.contains("id")) {
    const json& id = j["id"];
    if (id.is_string()) job.id = id.get<std::string>();
    else if (id.is_number_integer()) job.id = std::to_string(id.get<long long>());
    else return fail("\"id\" must be a string or an integer");
  } else {
    job.id = std::to_string(line_number);
  }
  auto side = [&](const char* key, std::string& path, std::optional<std::string>& text) {
    if (!j.contains(key)) fail(std::string("no \"") + key + "\"");
    const json& v = j[key];
    if (v.is_string()) {
      path = v.get<std::string>();
    } else if (v.is_object() && v.contains("text") && v["text"].is_string()) {
      text = v["text"].get<std::string>();
    } else if (v.is_object() && v.contains("path") && v["path"].is_string()) {
      path = v["path"].get<std::string>();
    } else {
      fail(std::string("\"") + key + "\" must be a path or {\"text\": ...} or {\"path\": ...}");
    }
    if (!text && path.empty()) fail(std::string("\"") + key + "\" is an empty path");
  };
  side("src", job.src_path, job.src_text);
  side("tgt", job.tgt_path, job.tgt_text);
  for (auto [key, field] : {std::pair{"src_lang", &job.src_lang}, {"tgt_lang", &job.tgt_lang}}) {
    if (!j.contains(key)) continue;
    if (!j[key].is_string()) fail(std::string("\"") + key + "\" must be a string");
    *field = j[key].get<std::string>();
  }
  if (j.contains("segmented")) {
    if (!j["segmented"].is_boolean()) fail("\"segmented\" must be true or false");
    job.segmented = j["segmented"].get<bool>();
  }
  if (j.contains("force_lang")) {
    if (!j["force_lang"].is_boolean()) fail("\"force_lang\" must be true or false");
    job.force_lang = j["force_lang"].get<bool>();
  }
  if (j.contains("input_format")) {
    const json& f = j["input_format"];
    if (!f.is_string()) fail("\"input_format\" must be a string");
    const std::string name = f.get<std::string>();
    if (name == "segmented") {
      job.format = read::InputFormat::text;
      job.segmented = true;
    } else {
      try {
        job.format = read::parse_input_format(name);
      } catch (const ConfigError&) {
        fail("unknown \"input_format\" '" + name + "' (expected auto, text, html or segmented)");
      }
    }
  }
  return job;
}

void BatchOptions::validate() const { engine.validate(); }

Summary run(std::istream& manifest, const std::string& name, const BatchOptions& options,
            report::Reporter& reporter) {
  options.validate();
  const auto start = std::chrono::steady_clock::now();
  const unsigned threads =
      options.threads != 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  const std::size_t group = 16 * static_cast<std::size_t>(threads);
  std::filesystem::path base;
  if (name != "-" && name != "<stdin>") base = std::filesystem::path(name).parent_path();
  std::vector<std::pair<files::FileId, std::string>> outputs;
  for (const std::string& path : options.outputs)
    if (const std::optional<files::FileId> id = files::identify(path))
      outputs.emplace_back(*id, path);
  Engines engines(options.engine);
  engines.get("", "");  // the default pair, loaded before the clock of any pair starts
  Summary summary;
  std::uint64_t line_number = 0;
  std::string line;
  bool more = true;
  while (more) {
    // Read a group of jobs; lines that cannot be parsed become error outcomes in place.
    std::vector<Outcome> outcomes;
    while (outcomes.size() < group && (more = static_cast<bool>(std::getline(manifest, line)))) {
      ++line_number;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      Outcome o;
      try {
        o.job = parse_job(line, line_number, name);
      } catch (const Error& e) {
        o.job.line = line_number;
        o.job.id = std::to_string(line_number);
        o.error = e.what();
      }
      if (options.skip.count(o.job.id)) {
        ++summary.skipped;
        continue;
      }
      outcomes.push_back(std::move(o));
    }
    if (outcomes.empty()) break;
    std::atomic<std::size_t> next{0};
    auto work = [&] {
      for (std::size_t i; (i = next++) < outcomes.size();) {
        Outcome& o = outcomes[i];
        if (!o.error.empty()) continue;
        const auto t0 = std::chrono::steady_clock::now();
        try {
          const pipeline::Engine& engine = engines.get(o.job.src_lang, o.job.tgt_lang);
          read::ReadOptions read_options = options.read;
          if (o.job.format) read_options.format = *o.job.format;
          Text src = read_side(o.job.src_path, o.job.src_text, o.job.id + " src", base, outputs,
                               read_options);
          Text tgt = read_side(o.job.tgt_path, o.job.tgt_text, o.job.id + " tgt", base, outputs,
                               read_options);
          o.result = engine.run(std::move(src), std::move(tgt),
                                o.job.segmented.value_or(options.segmented), false, true,
                                o.job.force_lang);
        } catch (const OutputConflict& e) {
          o.output_conflict = true;
          o.error = e.what();
          o.result.reset();
        } catch (const std::exception& e) {
          o.error = e.what();
          o.result.reset();
        }
        o.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      }
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads && t < outcomes.size(); ++t) pool.emplace_back(work);
    work();
    for (std::thread& t : pool) t.join();
    for (Outcome& o : outcomes) {
      if (o.output_conflict && summary.output_conflicts++ == 0)
        summary.first_conflict = "pair " + o.job.id + ": " + o.error;
      ++summary.documents;
      if (o.result) {
        const pipeline::Result& r = *o.result;
        try {
          report::PairReport pair(r.src, r.tgt, r.alignment,
                                  options.engine.check ? &r.findings : nullptr, &r.notices,
                                  r.muted);
          pair.id = o.job.id;
          pair.seconds = o.seconds;
          reporter.pair(pair);
        } catch (const report::Unrepresentable& e) {
          o.error = e.what();
          o.result.reset();
        }
      }
      if (!o.result) {
        if (summary.errors++ == 0) summary.first_error = "pair " + o.job.id + ": " + o.error;
        reporter.failed(o.job.id, o.job.line, o.error, o.seconds);
        continue;
      }
      summary.src_sentences += o.result->src.sentences.size();
      summary.tgt_sentences += o.result->tgt.sentences.size();
      for (const Bead& b : o.result->alignment.beads)
        if (b.src_size() && b.tgt_size()) ++summary.blocks;
      summary.findings += o.result->findings.size();
    }
    reporter.flush();
    if (options.progress) options.progress(summary.documents, line_number);
  }
  summary.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return summary;
}

Earlier resume_from(const std::string& path) {
  Earlier earlier;
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return earlier;
  std::ifstream in(path, std::ios::binary);
  if (!in || std::filesystem::is_directory(path))
    throw InputError(path, "cannot read the earlier output to resume from");
  std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  in.close();
  const std::size_t complete = content.rfind('\n') == std::string::npos ? 0 : content.rfind('\n') + 1;
  std::string kept;
  std::size_t pos = 0;
  std::uint64_t number = 0;
  while (pos < complete) {
    const std::size_t end = content.find('\n', pos);
    const std::string_view line(content.data() + pos, end + 1 - pos);
    pos = end + 1;
    ++number;
    if (line.find_first_not_of(" \t\r\n") == std::string::npos) continue;
    json j = json::parse(line, nullptr, false);
    if (!j.is_object() || !j.contains("id") || !j["id"].is_string())
      throw InputError(path, "line " + std::to_string(number) +
                                 " is not a wirealign batch record; cannot resume from it");
    if (j.contains("ok") && j["ok"] == false) {
      ++earlier.retried;
      continue;
    }
    earlier.done.insert(j["id"].get<std::string>());
    kept += line;
  }
  if (kept.size() == content.size()) return earlier;
  // Error records or a cut-off line to remove: the rest is written to a file beside it, renamed
  // over it (a file replaced keeps its permissions).
  const std::string temp = path + ".resume-tmp";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out << kept;
    out.close();
    if (!out) {
      std::filesystem::remove(temp, ec);
      throw InputError(path, "cannot rewrite the earlier output to resume from");
    }
  }
  std::filesystem::permissions(temp, std::filesystem::status(path, ec).permissions(), ec);
  std::filesystem::rename(temp, path, ec);
  if (ec) {
    std::filesystem::remove(temp, ec);
    throw InputError(path, "cannot rewrite the earlier output to resume from");
  }
  return earlier;
}

}  // namespace wirealign::batch
