// TrainParser: dynamic-oracle training of the arc-hybrid parser (Goldberg & Nivre 2012, 2013).
#include <fmt/format.h>

#include <algorithm>
#include <numeric>

#include "arc_hybrid_oracle.h"
#include "averaged_perceptron.h"
#include "deterministic_rng.h"
#include "kg/syntax/parser.h"
#include "kg/syntax/tagger.h"
#include "parser_model.h"

namespace kg::syntax {
namespace {

constexpr int kJackknifeTaggerEpochs = 5;

struct TrainingSentence {
  std::vector<ParserWord> words;  // [0] is the root
  GoldTree gold;                  // projective
};

struct DevSentence {
  std::vector<ParserWord> words;
  std::vector<int> heads;  // [0] unused
  std::vector<std::string_view> labels;
};

// Heads within range, exactly one root, no cycles.
bool IsWellFormedTree(const ConlluSentence& sentence) {
  const int n = static_cast<int>(sentence.words.size());
  int roots = 0;
  for (const ConlluWord& w : sentence.words) {
    if (w.head < 0 || w.head > n) return false;
    roots += w.head == 0;
  }
  if (roots != 1) return false;
  for (int start = 1; start <= n; ++start) {
    int word = start;
    for (int steps = 0; word != 0; ++steps) {
      if (steps > n) return false;
      word = sentence.words[static_cast<std::size_t>(word - 1)].head;
    }
  }
  return true;
}

// The tags each sentence is trained or evaluated with: gold, or predicted by `tagger`.
struct SentenceTags {
  std::vector<std::string> upos, xpos;
};

SentenceTags GoldTags(const ConlluSentence& sentence) {
  SentenceTags tags;
  for (const ConlluWord& w : sentence.words) {
    tags.upos.push_back(w.upos);
    tags.xpos.push_back(w.xpos);
  }
  return tags;
}

SentenceTags PredictedTags(const Tagger& tagger, const ConlluSentence& sentence) {
  std::vector<std::string_view> forms;
  for (const ConlluWord& w : sentence.words)
    forms.push_back(w.form);
  std::vector<TagId> ids(forms.size());
  tagger.Tag(forms, ids);
  SentenceTags tags;
  for (TagId id : ids) {
    tags.upos.push_back(tagger.upos(id));
    tags.xpos.push_back(tagger.xpos(id));
  }
  return tags;
}

std::vector<ParserWord> MakeWords(const ConlluSentence& sentence, const SentenceTags& tags) {
  std::vector<ParserInputWord> input;
  std::size_t longest = 0;
  for (std::size_t i = 0; i < sentence.words.size(); ++i) {
    input.push_back({sentence.words[i].form, tags.upos[i], tags.xpos[i]});
    longest = std::max(longest, sentence.words[i].form.size());
  }
  std::vector<char> lower(longest);
  std::vector<ParserWord> words(input.size() + 1);
  FillParserWords(input, lower.data(), words);
  return words;
}

// Tags for every training sentence: gold, or from taggers trained on the other folds.
std::vector<SentenceTags> TrainingTags(std::span<const ConlluSentence> train,
                                       const ParserTrainOptions& options) {
  std::vector<SentenceTags> tags(train.size());
  if (options.jackknife_folds <= 1) {
    for (std::size_t s = 0; s < train.size(); ++s)
      tags[s] = GoldTags(train[s]);
    return tags;
  }
  const auto folds = static_cast<std::size_t>(options.jackknife_folds);
  for (std::size_t fold = 0; fold < folds; ++fold) {
    std::vector<ConlluSentence> rest;
    for (std::size_t s = 0; s < train.size(); ++s) {
      if (s % folds != fold) rest.push_back(train[s]);
    }
    TaggerTrainOptions tagger_options;
    tagger_options.epochs = kJackknifeTaggerEpochs;
    tagger_options.seed = options.seed + fold;
    Result<Tagger> tagger = TrainTagger(rest, {}, tagger_options);
    for (std::size_t s = fold; s < train.size(); s += folds) {
      tags[s] = tagger.ok() ? PredictedTags(*tagger, train[s]) : GoldTags(train[s]);
    }
    if (options.log)
      options.log(fmt::format("parser: jackknife tagger {}/{} done", fold + 1, folds));
  }
  return tags;
}

void TrainEpoch(const std::vector<TrainingSentence>& sentences,
                const std::vector<std::size_t>& order, bool explore, double explore_rate,
                int num_labels, DeterministicRng& rng, AveragedPerceptron& perceptron) {
  std::uint64_t features[kMaxParserFeatures];
  const auto num_transitions = static_cast<std::size_t>(NumTransitions(num_labels));
  std::vector<float> scores(num_transitions);
  std::vector<int> costs(num_transitions);
  ParserState state;
  for (std::size_t index : order) {
    const TrainingSentence& sentence = sentences[index];
    const std::span<const ParserWord> words(sentence.words);
    state.Reset(static_cast<int>(words.size()) - 1);
    while (!state.IsTerminal()) {
      const std::size_t n = ExtractParserFeatures(state, words, features);
      const std::span<const std::uint64_t> active(features, n);
      std::fill(scores.begin(), scores.end(), 0.0f);
      perceptron.AddScores(active, scores);
      TransitionCosts(state, sentence.gold, num_labels, costs);
      const int predicted = BestValidTransition(state, std::span<const float>(scores), num_labels);
      const int min_cost = *std::min_element(costs.begin(), costs.end());
      int best_gold = -1;
      for (std::size_t t = 0; t < num_transitions; ++t) {
        if (costs[t] == min_cost &&
            (best_gold < 0 || scores[t] > scores[static_cast<std::size_t>(best_gold)])) {
          best_gold = static_cast<int>(t);
        }
      }
      if (costs[static_cast<std::size_t>(predicted)] > min_cost) {
        perceptron.Update(active, best_gold, predicted);
      }
      perceptron.Tick();
      const int next = explore && rng.Unit() < explore_rate ? predicted : best_gold;
      state.Apply(MoveOf(next, num_labels), LabelOf(next, num_labels));
    }
  }
}

struct Attachment {
  double uas = 0;
  double las = 0;
};

Attachment Evaluate(const ParserModel& model, const std::vector<DevSentence>& sentences) {
  const int num_labels = model.labels.size();
  std::vector<std::int32_t> scores(static_cast<std::size_t>(NumTransitions(num_labels)));
  ParserState state;
  std::size_t words = 0, heads = 0, labelled = 0;
  for (const DevSentence& sentence : sentences) {
    DecodeTree(model.weights, num_labels, std::span<const ParserWord>(sentence.words),
               std::span<std::int32_t>(scores), state);
    for (int k = 1; k <= state.num_words(); ++k) {
      const auto i = static_cast<std::size_t>(k);
      ++words;
      if (state.head(k) != sentence.heads[i]) continue;
      ++heads;
      labelled += model.labels.Name(state.label(k)) == sentence.labels[i];
    }
  }
  if (words == 0) return {};
  return {100.0 * static_cast<double>(heads) / static_cast<double>(words),
          100.0 * static_cast<double>(labelled) / static_cast<double>(words)};
}

}  // namespace

Result<Parser> TrainParser(std::span<const ConlluSentence> train,
                           std::span<const ConlluSentence> dev, const ParserTrainOptions& options) {
  LabelSet labels;
  std::vector<TrainingSentence> train_set;
  const std::vector<SentenceTags> train_tags = TrainingTags(train, options);
  for (std::size_t s = 0; s < train.size(); ++s) {
    const ConlluSentence& sentence = train[s];
    if (sentence.words.empty() || !IsWellFormedTree(sentence)) continue;
    TrainingSentence example;
    example.words = MakeWords(sentence, train_tags[s]);
    example.gold.heads.push_back(0);
    example.gold.labels.push_back(0);
    for (const ConlluWord& w : sentence.words) {
      example.gold.heads.push_back(w.head);
      example.gold.labels.push_back(labels.Add(w.deprel));
    }
    Projectivize(example.gold.heads);
    if (std::count(example.gold.heads.begin() + 1, example.gold.heads.end(), 0) != 1) continue;
    train_set.push_back(std::move(example));
  }
  if (train_set.empty()) return Status::InvalidArgument("parser training data has no trees");
  if (NumTransitions(labels.size()) > 256) {
    return Status::InvalidArgument(fmt::format(
        "parser training data has {} relations, at most 127 are supported", labels.size()));
  }
  std::vector<DevSentence> dev_set;
  for (const ConlluSentence& sentence : dev) {
    if (sentence.words.empty() || !IsWellFormedTree(sentence)) continue;
    DevSentence example;
    example.words =
        MakeWords(sentence, options.dev_tagger ? PredictedTags(*options.dev_tagger, sentence)
                                               : GoldTags(sentence));
    example.heads.push_back(0);
    example.labels.emplace_back();
    for (const ConlluWord& w : sentence.words) {
      example.heads.push_back(w.head);
      example.labels.push_back(w.deprel);
    }
    dev_set.push_back(std::move(example));
  }

  const int num_labels = labels.size();
  AveragedPerceptron perceptron(NumTransitions(num_labels));
  DeterministicRng rng(options.seed);
  std::vector<std::size_t> order(train_set.size());
  std::iota(order.begin(), order.end(), 0);
  ModelPtr<ParserModel> best;
  double best_las = -1;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    rng.Shuffle(order);
    TrainEpoch(train_set, order, epoch > 1, options.explore, num_labels, rng, perceptron);
    ModelPtr<ParserModel> model = MakeModel<ParserModel>();
    model->labels = labels;
    model->weights =
        FeatureTable::Build(NumTransitions(num_labels),
                            perceptron.AveragedRows(options.min_updates), options.prune_below);
    const Attachment scores = Evaluate(*model, dev_set);
    if (options.log) {
      options.log(fmt::format("parser epoch {}: dev UAS {:.2f}% LAS {:.2f}%, {} features", epoch,
                              scores.uas, scores.las, model->weights.num_features()));
    }
    const double las = dev_set.empty() ? epoch : scores.las;
    if (las > best_las) {
      best_las = las;
      best = std::move(model);
    }
  }
  return Parser(std::move(best));
}

}  // namespace kg::syntax
