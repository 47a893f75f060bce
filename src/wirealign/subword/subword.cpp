// SentencePiece behind wirealign's subword::Model: errors become wirealign exceptions.
#include "wirealign/subword/subword.h"

#include <sentencepiece_processor.h>
#include <sentencepiece_trainer.h>

#include "wirealign/core/error.h"

namespace wirealign::subword {

struct Model::Impl {
  sentencepiece::SentencePieceProcessor processor;
};

Model::Model() : impl_(std::make_unique<Impl>()) {}
Model::~Model() = default;
Model::Model(Model&&) noexcept = default;
Model& Model::operator=(Model&&) noexcept = default;

Model Model::load(const std::filesystem::path& file) {
  Model m;
  const auto status = m.impl_->processor.Load(file.string());
  if (!status.ok())
    throw InputError(file.string(), "not a usable subword model: " + status.ToString());
  return m;
}

std::vector<std::string> Model::pieces(std::string_view text) const {
  std::vector<std::string> out;
  const auto status = impl_->processor.Encode(text, &out);
  if (!status.ok()) throw Error("subword segmentation failed: " + status.ToString());
  static constexpr std::string_view kMark = "\xE2\x96\x81";  // U+2581, start of a word
  std::size_t kept = 0;
  for (std::size_t k = 0; k < out.size(); ++k) {
    std::string& p = out[k];
    if (p.compare(0, kMark.size(), kMark) == 0) p.erase(0, kMark.size());
    if (p.empty()) continue;
    if (kept != k) out[kept] = std::move(p);
    ++kept;
  }
  out.resize(kept);
  return out;
}

std::size_t Model::size() const {
  return static_cast<std::size_t>(impl_->processor.GetPieceSize());
}

void train(const std::filesystem::path& input, const std::filesystem::path& prefix,
           const std::string& options) {
  const std::string args =
      "--input=" + input.string() + " --model_prefix=" + prefix.string() + " " + options;
  const auto status = sentencepiece::SentencePieceTrainer::Train(args);
  if (!status.ok()) throw Error("subword training failed: " + status.ToString());
}

}  // namespace wirealign::subword
