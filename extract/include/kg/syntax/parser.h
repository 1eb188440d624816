// Parser: labelled dependency trees (UD relations) for tagged sentences.
//
// A greedy arc-hybrid transition parser with an averaged perceptron over hashed Zhang & Nivre
// style features, trained with a dynamic oracle. Every output is a single tree: exactly one word
// depends on the root, every other word on a word of the sentence, no cycles. Trees are
// projective; non-projective training trees are projectivised by lifting.
//
// Parse() is const and thread-safe and allocates nothing per word once its per-thread scratch
// has grown to the longest sentence seen. Models are files in the envelope of model_file.h; Load()
// rejects truncated or corrupt files with a Status and never crashes.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <span>
#include <string>
#include <string_view>

#include "kg/status.h"
#include "kg/syntax/conllu.h"
#include "kg/syntax/model_ptr.h"

namespace kg::syntax {

class Tagger;
struct ParserModel;
extern template struct ModelDeleter<ParserModel>;  // instantiated in parser.cc

struct ParserInputWord {
  std::string_view form;
  std::string_view upos;
  std::string_view xpos;
};

class Parser {
 public:
  Parser() = default;  // untrained
  // Owns a trained model (from the trainer or a model file).
  explicit Parser(ModelPtr<ParserModel> model) : model_(std::move(model)) {}

  static Result<Parser> Load(const std::filesystem::path& path);
  Status Save(const std::filesystem::path& path) const;

  int num_labels() const;
  const std::string& label(int id) const;

  // For each word i (0-based): heads[i] = its head as a 1-based word position, 0 for the root;
  // labels[i] = the id of its relation (see label()). Both spans must have words.size() cells.
  // An untrained (default) parser leaves them unchanged.
  void Parse(std::span<const ParserInputWord> words, std::span<int> heads,
             std::span<int> labels) const;

 private:
  ModelPtr<ParserModel> model_;
};

struct ParserTrainOptions {
  int epochs = 12;         // passes over the training data; the best on dev is kept
  std::uint64_t seed = 1;  // shuffling and exploration; deterministic for a fixed seed
  // From the second epoch on, follow the model's own prediction with this probability (errors
  // included) so that it learns to recover from them.
  double explore = 0.9;
  // Model pruning. Features that took part in fewer than `min_updates` perceptron updates are
  // dropped, and so are weights below `prune_below` 1/32767ths of the largest weight. The
  // defaults shrink the model about seven times for about 0.1 point of LAS on EWT dev.
  int min_updates = 3;
  int prune_below = 256;
  // Tags dev sentences for model selection (gold tags are used when null), and, when
  // jackknife_folds > 1, nothing else: training tags then come from taggers trained on the
  // other folds, so the parser sees tagging errors like those it will meet.
  const Tagger* dev_tagger = nullptr;
  int jackknife_folds = 0;
  std::function<void(const std::string&)> log;  // one line per epoch (may be empty)
};

// Trains a parser on the trees of `train` and keeps the epoch with the best LAS on `dev` (the
// last epoch if `dev` is empty). Sentences whose tree is malformed are skipped.
Result<Parser> TrainParser(std::span<const ConlluSentence> train,
                           std::span<const ConlluSentence> dev, const ParserTrainOptions& options);

}  // namespace kg::syntax
