// Tagger: part-of-speech tags (UD UPOS and Penn Treebank XPOS) for the words of one sentence.
//
// A greedy left-to-right averaged perceptron over hashed features of the word, its affixes and
// shape, its neighbours and the previous two tags. It predicts one joint UPOS+XPOS tag per word,
// so the two tag sets stay consistent ("PROPN"/"NNP", never "PROPN"/"VBD").
//
// Tag() is const and thread-safe; it allocates nothing per word (per-thread scratch buffers grow
// to the longest sentence seen). Models are files in the envelope of model_file.h; Load() rejects
// truncated or corrupt files with a Status and never crashes.
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

using TagId = std::uint16_t;

struct TaggerModel;
struct FiniteVerbTags;
struct QuoteTags;
extern template struct ModelDeleter<TaggerModel>;     // instantiated in tagger.cc
extern template struct ModelDeleter<FiniteVerbTags>;  // instantiated in tagger.cc
extern template struct ModelDeleter<QuoteTags>;       // instantiated in tagger.cc

class Tagger {
 public:
  Tagger() = default;  // untrained
  // Owns a trained model (from the trainer or a model file).
  explicit Tagger(ModelPtr<TaggerModel> model);

  static Result<Tagger> Load(const std::filesystem::path& path);
  Status Save(const std::filesystem::path& path) const;

  int num_tags() const;
  const std::string& upos(TagId tag) const;
  const std::string& xpos(TagId tag) const;

  // tags[i] = the tag of words[i]; tags.size() must equal words.size(). An untrained (default)
  // tagger tags nothing and leaves `tags` unchanged. A sentence left without a finite verb gets
  // one back where the model nearly chose it (finite_verb.h). Where `spaced_before` is given
  // (one per word: non-zero when whitespace or the text's start comes right before it), each
  // quotation mark is tagged by the way it faces (quote_sides.h).
  void Tag(std::span<const std::string_view> words, std::span<TagId> tags,
           std::span<const std::uint8_t> spaced_before = {}) const;

 private:
  friend struct TaggerAccess;
  ModelPtr<TaggerModel> model_;
  ModelPtr<FiniteVerbTags> finite_verbs_;  // derived from the model
  ModelPtr<QuoteTags> quote_tags_;         // likewise
};

struct TaggerTrainOptions {
  int epochs = 12;         // passes over the training data; the best on dev is kept
  std::uint64_t seed = 1;  // shuffling order; training is deterministic for a fixed seed
  // Receives one human-readable line per epoch (may be empty).
  std::function<void(const std::string&)> log;
};

// Trains a tagger on `train` (UPOS and XPOS columns) and keeps the epoch with the best UPOS
// accuracy on `dev` (the last epoch if `dev` is empty). Fails if `train` has no words or more
// than 255 distinct UPOS+XPOS pairs.
Result<Tagger> TrainTagger(std::span<const ConlluSentence> train,
                           std::span<const ConlluSentence> dev, const TaggerTrainOptions& options);

}  // namespace kg::syntax
