// train_subwords INPUT PREFIX [SENTENCEPIECE OPTIONS...]: trains the subword model shipped in
// corpora/subwords/ (see scripts/train-subwords, which prepares INPUT).
#include <iostream>
#include <string>

#include "wirealign/core/error.h"
#include "wirealign/subword/subword.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: train_subwords INPUT PREFIX [--vocab_size=N ...]\n";
    return 2;
  }
  std::string options;
  for (int k = 3; k < argc; ++k) {
    if (!options.empty()) options += ' ';
    options += argv[k];
  }
  try {
    wirealign::subword::train(argv[1], argv[2], options);
  } catch (const wirealign::Error& e) {
    std::cerr << "train_subwords: " << e.what() << '\n';
    return 1;
  }
  return 0;
}
