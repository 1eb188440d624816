// AveragedPerceptron: the trainable multi-class linear model behind the tagger and the parser.
//
// Weights live in sparse rows keyed by 64-bit feature hashes (see feature_hash.h). Averaging uses
// the lazy trick of Daume (2006): alongside each weight w we keep u = sum of (clock * delta), and
// the average after `clock` examples is w - u / clock, so an update costs O(row) and not O(model).
// Training only; AveragedRows() gives the averaged weights, for FeatureTable::Build.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "feature_table.h"

namespace kg::syntax {

class AveragedPerceptron {
 public:
  explicit AveragedPerceptron(int num_labels);

  int num_labels() const { return num_labels_; }

  // scores[label] += current (not averaged) weight of every feature; scores.size() ==
  // num_labels().
  void AddScores(std::span<const std::uint64_t> features, std::span<float> scores) const;

  // Moves the weights of `features` towards `truth` and away from `guess` (no-op if equal).
  void Update(std::span<const std::uint64_t> features, int truth, int guess);

  // Advances the averaging clock by one training example.
  void Tick() { ++clock_; }

  // The averaged weights (non-zero ones only) of the features that took part in at least
  // `min_updates` updates: rarer features are mostly noise and make up most of a model.
  std::vector<FeatureTable::Row> AveragedRows(int min_updates = 1) const;

 private:
  struct Entry {
    std::uint32_t label;
    float weight;
    double weighted_sum;  // u in the header comment
  };
  struct Slot {
    std::uint64_t feature;
    std::uint32_t row;  // index into rows_ + 1; 0 = empty
  };

  const std::vector<Entry>* FindRow(std::uint64_t feature) const;
  std::vector<Entry>& FindOrAddRow(std::uint64_t feature);
  void Grow();
  void Add(std::vector<Entry>& row, int label, float delta);

  int num_labels_;
  std::uint64_t clock_ = 1;
  std::vector<Slot> slots_;
  std::vector<std::uint64_t> row_features_;
  std::vector<std::vector<Entry>> rows_;
  std::vector<std::uint32_t> row_updates_;
};

}  // namespace kg::syntax
