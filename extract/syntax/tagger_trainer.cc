// TrainTagger: the averaged perceptron training loop of the tagger.
#include <fmt/format.h>

#include <algorithm>
#include <numeric>

#include "averaged_perceptron.h"
#include "deterministic_rng.h"
#include "kg/syntax/tagger.h"
#include "label_set.h"
#include "tagger_model.h"

namespace kg::syntax {
namespace {

constexpr int kDictionaryMinCount = 2;
constexpr double kDictionaryMinShare = 0.05;
constexpr std::size_t kFolds = 10;
constexpr std::size_t kNoFold = kFolds;

struct TaggedSentence {
  std::vector<WordFeatures> words;
  std::vector<int> gold;  // joint tag ids, -1 (LabelSet::Find) for pairs unseen in training
  std::vector<std::string_view> gold_upos;
};

std::string JointTag(const ConlluWord& word) {
  return word.upos + '\t' + word.xpos;
}

std::vector<TaggedSentence> Prepare(std::span<const ConlluSentence> sentences, LabelSet& tags,
                                    bool add_tags) {
  std::vector<TaggedSentence> out;
  out.reserve(sentences.size());
  std::vector<char> lower;
  for (const ConlluSentence& sentence : sentences) {
    if (sentence.words.empty()) continue;
    TaggedSentence& tagged = out.emplace_back();
    tagged.words.resize(sentence.words.size());
    for (std::size_t i = 0; i < sentence.words.size(); ++i) {
      const ConlluWord& word = sentence.words[i];
      if (lower.size() < word.form.size()) lower.resize(word.form.size());
      ComputeWordFeatures(word.form, lower.data(), tagged.words[i]);
      const std::string joint = JointTag(word);
      tagged.gold.push_back(add_tags ? tags.Add(joint) : tags.Find(joint));
      tagged.gold_upos.push_back(word.upos);
    }
  }
  return out;
}

// The tag dictionary of all sentences except those of fold `held_out` (sentence index modulo
// kFolds); kNoFold keeps all.
TagDictionary BuildDictionary(const std::vector<TaggedSentence>& sentences, std::size_t held_out) {
  std::vector<std::pair<std::uint64_t, int>> observations;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    if (s % kFolds == held_out) continue;
    for (std::size_t i = 0; i < sentences[s].words.size(); ++i) {
      observations.emplace_back(sentences[s].words[i].lower, sentences[s].gold[i]);
    }
  }
  return TagDictionary::Build(std::move(observations), kDictionaryMinCount, kDictionaryMinShare);
}

// UPOS accuracy of `model` on `sentences`.
double UposAccuracy(const TaggerModel& model, const std::vector<TaggedSentence>& sentences) {
  std::size_t correct = 0, total = 0;
  std::vector<std::int32_t> scores(model.upos.size());
  std::vector<TagId> tags;
  for (const TaggedSentence& sentence : sentences) {
    tags.resize(sentence.words.size());
    DecodeTags(model.weights, std::span<const WordFeatures>(sentence.words),
               std::span<std::int32_t>(scores), std::span<TagId>(tags));
    for (std::size_t i = 0; i < tags.size(); ++i) {
      correct += model.upos[tags[i]] == sentence.gold_upos[i];
    }
    total += tags.size();
  }
  return total ? static_cast<double>(correct) / static_cast<double>(total) : 0;
}

void TrainEpoch(const std::vector<TaggedSentence>& sentences, const std::vector<std::size_t>& order,
                AveragedPerceptron& perceptron) {
  std::uint64_t features[kMaxTaggerFeatures];
  std::vector<float> scores(static_cast<std::size_t>(perceptron.num_labels()));
  for (std::size_t index : order) {
    const TaggedSentence& sentence = sentences[index];
    const std::span<const WordFeatures> words(sentence.words);
    int prev = -1, prev2 = -1;
    for (std::size_t i = 0; i < words.size(); ++i) {
      const std::size_t n = ExtractTaggerFeatures(words, i, prev, prev2, features);
      const std::span<const std::uint64_t> active(features, n);
      std::fill(scores.begin(), scores.end(), 0.0f);
      perceptron.AddScores(active, scores);
      const int guess =
          static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
      perceptron.Update(active, sentence.gold[i], guess);
      perceptron.Tick();
      prev2 = prev;
      prev = guess;
    }
  }
}

}  // namespace

Result<Tagger> TrainTagger(std::span<const ConlluSentence> train,
                           std::span<const ConlluSentence> dev, const TaggerTrainOptions& options) {
  LabelSet tags;
  std::vector<TaggedSentence> train_set = Prepare(train, tags, true);
  if (train_set.empty()) return Status::InvalidArgument("tagger training data has no words");
  if (tags.size() > 255) {
    return Status::InvalidArgument(fmt::format(
        "tagger training data has {} UPOS+XPOS pairs, at most 255 are supported", tags.size()));
  }
  std::vector<TaggedSentence> dev_set = Prepare(dev, tags, false);
  const TagDictionary dictionary = BuildDictionary(train_set, kNoFold);
  for (TaggedSentence& sentence : dev_set)
    AddTagClasses(dictionary, sentence.words);
  // Jackknifing: the classes of a training sentence come from the other folds, so that the
  // perceptron learns to trust them as much as they deserve on unseen text.
  for (std::size_t fold = 0; fold < kFolds; ++fold) {
    const TagDictionary partial = BuildDictionary(train_set, fold);
    for (std::size_t s = fold; s < train_set.size(); s += kFolds) {
      AddTagClasses(partial, train_set[s].words);
    }
  }

  AveragedPerceptron perceptron(tags.size());
  DeterministicRng rng(options.seed);
  std::vector<std::size_t> order(train_set.size());
  std::iota(order.begin(), order.end(), 0);
  ModelPtr<TaggerModel> best;
  double best_accuracy = -1;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    rng.Shuffle(order);
    TrainEpoch(train_set, order, perceptron);
    ModelPtr<TaggerModel> model = MakeModel<TaggerModel>();
    for (int t = 0; t < tags.size(); ++t) {
      const std::string& joint = tags.Name(t);
      const std::size_t tab = joint.find('\t');
      model->upos.push_back(joint.substr(0, tab));
      model->xpos.push_back(joint.substr(tab + 1));
    }
    model->dictionary = dictionary;
    model->weights = FeatureTable::Build(tags.size(), perceptron.AveragedRows());
    const double accuracy = dev_set.empty() ? epoch : UposAccuracy(*model, dev_set);
    if (options.log) {
      options.log(fmt::format("tagger epoch {}: dev UPOS {:.2f}%, {} features", epoch,
                              dev_set.empty() ? 0.0 : 100 * accuracy,
                              model->weights.num_features()));
    }
    if (accuracy > best_accuracy) {
      best_accuracy = accuracy;
      best = std::move(model);
    }
  }
  return Tagger(std::move(best));
}

}  // namespace kg::syntax
