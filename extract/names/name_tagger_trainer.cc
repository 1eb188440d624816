// TrainNameTagger: the averaged perceptron training loop of the name tagger.
#include <fmt/format.h>

#include <numeric>

#include "names/name_tagger.h"
#include "names/name_tagger_model.h"
#include "syntax/averaged_perceptron.h"
#include "syntax/deterministic_rng.h"

namespace kg {
namespace {

struct TrainingExample {
  NameTaggerSentence sentence;
  std::vector<int> gold;
};

std::vector<TrainingExample> Prepare(std::span<const NameTrainingSentence> sentences) {
  std::vector<TrainingExample> examples;
  examples.reserve(sentences.size());
  std::vector<char> lower;
  for (const NameTrainingSentence& sentence : sentences) {
    if (sentence.words.empty()) continue;
    TrainingExample& example = examples.emplace_back();
    PrepareNameSentence(sentence.words, lower, example.sentence);
    example.gold = LabelsOfNames(sentence.names, sentence.words.size());
  }
  return examples;
}

// One pass in `order`: each word is labelled greedily with the current weights, following the
// model's own previous labels as at tagging time, and the weights move where it errs.
void TrainEpoch(const std::vector<TrainingExample>& examples, const std::vector<std::size_t>& order,
                syntax::AveragedPerceptron& perceptron) {
  std::uint64_t features[kMaxNameFeatures];
  std::vector<float> scores(kNameLabels);
  for (const std::size_t s : order) {
    const TrainingExample& example = examples[s];
    const std::size_t size = example.gold.size();
    int prev = -1, prev2 = -1;
    for (std::size_t i = 0; i < size; ++i) {
      const std::size_t n = ExtractNameFeatures(example.sentence, i, prev, prev2, features);
      const std::span<const std::uint64_t> active(features, n);
      std::fill(scores.begin(), scores.end(), 0.0f);
      perceptron.AddScores(active, scores);
      int guess = -1;
      for (int label = 0; label < kNameLabels; ++label) {
        if (!LabelAllowed(prev, label, i + 1 == size)) continue;
        if (guess < 0 || scores[label] > scores[guess]) guess = label;
      }
      const int truth = example.gold[i];
      perceptron.Update(active, truth, guess);
      perceptron.Tick();
      prev2 = prev;
      prev = guess;
    }
  }
}

}  // namespace

Result<NameTagger> TrainNameTagger(std::span<const NameTrainingSentence> train,
                                   std::span<const NameTrainingSentence> dev,
                                   const NameTaggerTrainOptions& options) {
  const std::vector<TrainingExample> examples = Prepare(train);
  if (examples.empty()) return Status::InvalidArgument("name tagger training data has no words");
  syntax::AveragedPerceptron perceptron(kNameLabels);
  syntax::DeterministicRng rng(options.seed);
  std::vector<std::size_t> order(examples.size());
  std::iota(order.begin(), order.end(), 0);
  NameTagger best;
  double best_f1 = -1;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    rng.Shuffle(order);
    TrainEpoch(examples, order, perceptron);
    syntax::ModelPtr<NameTaggerModel> model = syntax::MakeModel<NameTaggerModel>();
    model->weights = syntax::FeatureTable::Build(kNameLabels, perceptron.AveragedRows(2));
    const std::size_t features = model->weights.num_features();
    NameTagger tagger(std::move(model));
    const double f1 = dev.empty() ? epoch : ScoreNameTagger(tagger, dev).f1();
    if (options.log && dev.empty()) {
      options.log(fmt::format("name tagger epoch {}: {} features", epoch, features));
    } else if (options.log) {
      options.log(
          fmt::format("name tagger epoch {}: dev F1 {:.3f}, {} features", epoch, f1, features));
    }
    if (f1 > best_f1) {
      best_f1 = f1;
      best = std::move(tagger);
    }
  }
  return best;
}

}  // namespace kg
