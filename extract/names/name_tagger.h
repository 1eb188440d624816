// NameTagger: a trained recogniser of person, organisation and place names in one tagged sentence,
// the statistical complement of the rules in mention_finder.
//
// A greedy left-to-right averaged perceptron over BILOU labels (B-, I-, L-, U- for each class,
// and O), constrained so that the label sequence it emits is always well formed. It reads the
// word, its lower-case form, shape, affixes and capitalisation; its POS tag; the same of the two
// words on either side; the previous two labels; whether the word opens the sentence; what the
// name lexicons say of the word and of the known names around it (name_lexicon_hits.h), so that
// it finds well-known names from the dictionaries and unknown ones from shape and context; and
// how the document writes the word elsewhere (document_case.h).
//
// Models are files in the envelope of syntax/model_file.h (data/models/ner.kgm, written by
// `kg train ner`); Load() rejects a truncated, foreign or corrupt file with a Status and never
// crashes. Tag() is const, thread-safe and allocates only its per-thread scratch and the result.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kg/extraction.h"
#include "kg/status.h"
#include "kg/syntax/model_ptr.h"

namespace kg {

inline constexpr const char* kNameTaggerModelFile = "ner.kgm";

// What the tagger tells apart. Whether a place is a GPE or a LOC is the lexicons' call.
enum class NameClass : std::uint8_t { kPerson, kOrg, kPlace };
inline constexpr int kNameClasses = 3;

// The class of an entity type: GPE and LOC are places.
NameClass NameClassOf(EntityType type);

struct TaggedName {
  int first = 0;  // token range [first, last] in the sentence
  int last = 0;
  NameClass type = NameClass::kPerson;

  bool operator==(const TaggedName&) const = default;
};

// One word of the sentence as the tagger sees it.
struct NameTaggerWord {
  std::string_view form;
  std::string_view upos;      // the POS tagger's UPOS tag
  std::uint32_t lexicon = 0;  // NameLexiconHits bits
};

struct NameTaggerModel;
}  // namespace kg

namespace kg::syntax {
extern template struct ModelDeleter<kg::NameTaggerModel>;  // instantiated in name_tagger.cc
}

namespace kg {

class NameTagger {
 public:
  NameTagger() = default;  // untrained: finds no names
  explicit NameTagger(syntax::ModelPtr<NameTaggerModel> model);

  static Result<NameTagger> Load(const std::filesystem::path& path);
  Status Save(const std::filesystem::path& path) const;

  bool trained() const { return model_ != nullptr; }

  // The names in `words`, in token order, never overlapping.
  std::vector<TaggedName> Tag(std::span<const NameTaggerWord> words) const;

 private:
  friend struct NameTaggerAccess;
  syntax::ModelPtr<NameTaggerModel> model_;
};

struct NameTrainingSentence {
  std::vector<NameTaggerWord> words;  // views into storage the caller keeps alive
  std::vector<TaggedName> names;
};

struct NameTaggerTrainOptions {
  int epochs = 10;         // passes over the training data; the best on dev is kept
  std::uint64_t seed = 1;  // shuffling order; training is deterministic for a fixed seed
  // Receives one human-readable line per epoch (may be empty).
  std::function<void(const std::string&)> log;
};

// Span-level scores of `tagger` on `sentences` (exact match of tokens and class).
struct NameTaggerScore {
  std::size_t predicted = 0;
  std::size_t correct = 0;
  std::size_t gold = 0;
  double f1() const {
    return predicted + gold == 0 ? 0 : 2.0 * double(correct) / double(predicted + gold);
  }
};
NameTaggerScore ScoreNameTagger(const NameTagger& tagger,
                                std::span<const NameTrainingSentence> sentences);

// Trains a tagger on `train` and keeps the epoch with the best span F1 on `dev` (the last epoch
// if `dev` is empty). Fails if `train` has no words.
Result<NameTagger> TrainNameTagger(std::span<const NameTrainingSentence> train,
                                   std::span<const NameTrainingSentence> dev,
                                   const NameTaggerTrainOptions& options);

}  // namespace kg
