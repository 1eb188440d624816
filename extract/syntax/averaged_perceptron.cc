#include "averaged_perceptron.h"

namespace kg::syntax {

AveragedPerceptron::AveragedPerceptron(int num_labels)
    : num_labels_(num_labels), slots_(1 << 16, Slot{0, 0}) {}

const std::vector<AveragedPerceptron::Entry>* AveragedPerceptron::FindRow(
    std::uint64_t feature) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = feature & mask;; i = (i + 1) & mask) {
    if (slots_[i].row == 0) return nullptr;
    if (slots_[i].feature == feature) return &rows_[slots_[i].row - 1];
  }
}

std::vector<AveragedPerceptron::Entry>& AveragedPerceptron::FindOrAddRow(std::uint64_t feature) {
  if ((rows_.size() + 1) * 2 > slots_.size()) Grow();
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = feature & mask;
  for (; slots_[i].row != 0; i = (i + 1) & mask) {
    if (slots_[i].feature == feature) return rows_[slots_[i].row - 1];
  }
  rows_.emplace_back();
  row_updates_.push_back(0);
  row_features_.push_back(feature);
  slots_[i] = Slot{feature, static_cast<std::uint32_t>(rows_.size())};
  return rows_.back();
}

void AveragedPerceptron::Grow() {
  std::vector<Slot> old(slots_.size() * 2, Slot{0, 0});
  old.swap(slots_);
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.row == 0) continue;
    std::size_t i = slot.feature & mask;
    while (slots_[i].row != 0)
      i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

void AveragedPerceptron::AddScores(std::span<const std::uint64_t> features,
                                   std::span<float> scores) const {
  for (std::uint64_t feature : features) {
    const std::vector<Entry>* row = FindRow(feature);
    if (row == nullptr) continue;
    for (const Entry& e : *row)
      scores[e.label] += e.weight;
  }
}

void AveragedPerceptron::Add(std::vector<Entry>& row, int label, float delta) {
  for (Entry& e : row) {
    if (e.label == static_cast<std::uint32_t>(label)) {
      e.weight += delta;
      e.weighted_sum += static_cast<double>(clock_) * delta;
      return;
    }
  }
  row.push_back(
      Entry{static_cast<std::uint32_t>(label), delta, static_cast<double>(clock_) * delta});
}

void AveragedPerceptron::Update(std::span<const std::uint64_t> features, int truth, int guess) {
  if (truth == guess) return;
  for (std::uint64_t feature : features) {
    std::vector<Entry>& row = FindOrAddRow(feature);
    ++row_updates_[static_cast<std::size_t>(&row - rows_.data())];
    Add(row, truth, 1.0f);
    Add(row, guess, -1.0f);
  }
}

std::vector<FeatureTable::Row> AveragedPerceptron::AveragedRows(int min_updates) const {
  std::vector<FeatureTable::Row> averaged;
  averaged.reserve(rows_.size());
  const double clock = static_cast<double>(clock_);
  for (std::size_t r = 0; r < rows_.size(); ++r) {
    if (row_updates_[r] < static_cast<std::uint32_t>(min_updates)) continue;
    FeatureTable::Row row{row_features_[r], {}};
    for (const Entry& e : rows_[r]) {
      const float value = static_cast<float>(e.weight - e.weighted_sum / clock);
      if (value != 0) {
        row.weights.push_back({static_cast<std::uint8_t>(e.label), value});
      }
    }
    if (!row.weights.empty()) averaged.push_back(std::move(row));
  }
  return averaged;
}

}  // namespace kg::syntax
