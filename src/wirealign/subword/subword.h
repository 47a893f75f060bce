// Subword units: a SentencePiece model read from a file, behind a header of ours so that
// SentencePiece's headers stay out of the rest of the code.
//
//   wirealign::subword::Model m = wirealign::subword::Model::load("corpora/subwords/joint.model");
//   for (const std::string& p : m.pieces("douchanbé")) std::cout << p << ' ';
//
// The aligner learns a translation table over these units as well as over stems, so that
// inflected, rare and transliterated words still meet (see align::AlignOptions::use_subwords).
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace wirealign::subword {

// A trained SentencePiece model. Read-only once loaded: pieces() may be called from several
// threads at once.
class Model {
 public:
  // Reads the model in `file`. Throws InputError naming the file if it cannot be read or is not
  // a SentencePiece model.
  static Model load(const std::filesystem::path& file);
  ~Model();
  Model(Model&&) noexcept;
  Model& operator=(Model&&) noexcept;

  // The pieces of `text` (UTF-8) in order, without SentencePiece's word-start mark (U+2581);
  // a piece that was only the mark is left out. Throws Error if SentencePiece fails.
  std::vector<std::string> pieces(std::string_view text) const;
  // Number of pieces in the model's vocabulary.
  std::size_t size() const;

 private:
  Model();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Trains a model on `input` (UTF-8 text, one sentence or word a line) and writes it to
// `prefix`.model and `prefix`.vocab. `options` are SentencePiece trainer flags
// ("--vocab_size=8000 --model_type=unigram"). Throws Error with SentencePiece's message.
void train(const std::filesystem::path& input, const std::filesystem::path& prefix,
           const std::string& options);

}  // namespace wirealign::subword
