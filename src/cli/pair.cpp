// The document pair of the aligning commands: options, reading, annotation and alignment.
#include <future>

#include "cli/commands.h"
#include "wirealign/lexicon/freedict.h"

namespace wirealign::cli {

void add_pair_options(po::options_description& options, PairArgs& args) {
  options.add_options()
      ("src-lang", po::value(&args.src_lang)->value_name("L")->default_value("en"),
       "language of SRC (ISO 639 code)")
      ("tgt-lang", po::value(&args.tgt_lang)->value_name("L")->default_value("fr"),
       "language of TGT (ISO 639 code)")
      ("segmented", po::bool_switch(&args.segmented),
       "SRC and TGT already have one sentence per line")
      ("encoding", po::value(&args.encoding)->value_name("ENC"),
       "read both inputs in this encoding instead of detecting it")
      ("dictd-dir", po::value(&args.dictd_dir)->value_name("DIR"),
       "where the FreeDict dictionaries are (default /usr/share/dictd)")
      ("data-dir", po::value(&args.data_dir)->value_name("DIR"),
       "language data folder (default: $WIREALIGN_DATA_DIR, else the built-in corpora/ folder)");
}

void require_pair(const std::string& command, const PairArgs& args) {
  if (args.src_file.empty() || args.tgt_file.empty())
    throw UsageError(command, "give two files, SRC and TGT");
  if (args.src_file == "-" && args.tgt_file == "-")
    throw UsageError(command, "only one of SRC and TGT can be standard input");
}

std::unique_ptr<AlignedPair> align_pair(const PairArgs& args, const align::AlignOptions& options) {
  auto pair = std::make_unique<AlignedPair>();
  const std::string src_lang = lang::canonical_code(args.src_lang);
  const std::string tgt_lang = lang::canonical_code(args.tgt_lang);
  pair->data = data_dir(args.data_dir);
  pair->src = load_document(args.src_file, src_lang, args.segmented, pair->data, args.encoding);
  pair->tgt = load_document(args.tgt_file, tgt_lang, args.segmented, pair->data, args.encoding);
  const annotate::Annotator src_annotator(pair->src.language), tgt_annotator(pair->tgt.language);
  if (options.use_dictionary) {
    const lexicon::Lexicon lex = args.dictd_dir.empty()
                                     ? lexicon::load_freedict(src_lang, tgt_lang)
                                     : lexicon::load_freedict(src_lang, tgt_lang, args.dictd_dir);
    if (lex.pairs.empty()) notice("dictionary", lex.description);
    pair->lexicon = align::Bilingual::from_pairs(lex.pairs, src_annotator, tgt_annotator);
  }
  // The two documents are annotated at the same time (annotate() is const and thread-safe).
  auto src_future =
      std::async(std::launch::async, [&] { return src_annotator.annotate(pair->src.doc); });
  pair->tgt_tokens = tgt_annotator.annotate(pair->tgt.doc);
  pair->src_tokens = src_future.get();
  pair->alignment = align::align({pair->src.doc, pair->src_tokens},
                                 {pair->tgt.doc, pair->tgt_tokens}, pair->lexicon, options);
  return pair;
}

}  // namespace wirealign::cli
