#include "feature_table.h"

#include <algorithm>
#include <cmath>

namespace kg::syntax {
namespace {

constexpr std::size_t kMaxFeaturesPerCall = 256;
// A row with at least 1/kDenseFraction of all labels is also kept dense.
constexpr std::uint32_t kDenseFraction = 4;

std::size_t TableSizeFor(std::size_t rows) {
  return std::max<std::size_t>(16, rows * 4 / 3 + 1);
}

}  // namespace

FeatureTable FeatureTable::Build(int num_labels, const std::vector<Row>& rows, int min_abs) {
  FeatureTable table;
  table.num_labels_ = num_labels;
  float max_abs = 0;
  for (const Row& row : rows) {
    for (const Weight& w : row.weights)
      max_abs = std::max(max_abs, std::fabs(w.value));
  }
  const float scale = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  table.slots_.assign(TableSizeFor(rows.size()), Slot{0, 0});
  const std::size_t size = table.slots_.size();
  for (const Row& row : rows) {
    const std::size_t first = table.weights_.size();
    for (const Weight& w : row.weights) {
      const long q = std::lround(w.value / scale);
      if (q == 0 || std::labs(q) < min_abs) continue;
      table.labels_.push_back(w.label);
      table.weights_.push_back(static_cast<std::int16_t>(q));
    }
    const std::size_t count = table.weights_.size() - first;
    if (count == 0) continue;
    if (table.weights_.size() >= kMaxEntries) {
      // Out of addressable entries: keep what fits (never reached by the shipped models).
      table.labels_.resize(first);
      table.weights_.resize(first);
      break;
    }
    std::size_t i = table.Home(row.feature);
    while (table.slots_[i].entry != 0)
      i = i + 1 == size ? 0 : i + 1;
    table.slots_[i] = Slot{Tag(row.feature), static_cast<std::uint32_t>(first | (count << 24))};
    ++table.num_features_;
  }
  table.MakeDenseRows();
  return table;
}

void FeatureTable::MakeDenseRows() {
  const auto labels = static_cast<std::size_t>(num_labels_);
  for (Slot& slot : slots_) {
    const std::uint32_t first = slot.entry & (kMaxEntries - 1);
    const std::uint32_t count = slot.entry >> 24;
    if (count == 0 || count * kDenseFraction < static_cast<std::uint32_t>(num_labels_)) continue;
    const std::size_t row = dense_origin_.size();
    dense_.resize(dense_.size() + labels, 0);
    std::int16_t* weights = &dense_[row * labels];
    for (std::uint32_t e = first; e < first + count; ++e)
      weights[labels_[e]] = weights_[e];
    dense_origin_.push_back(slot.entry);
    slot.entry = static_cast<std::uint32_t>(row + 1);
  }
}

void FeatureTable::AddDenseRow(std::uint32_t row, std::span<std::int32_t> scores) const {
  const std::int16_t* weights = &dense_[row * scores.size()];
  for (std::size_t label = 0; label < scores.size(); ++label)
    scores[label] += weights[label];
}

const FeatureTable::Slot* FeatureTable::Find(std::uint64_t feature) const {
  const std::size_t size = slots_.size();
  const std::uint32_t tag = Tag(feature);
  for (std::size_t i = Home(feature);; i = i + 1 == size ? 0 : i + 1) {
    const Slot& slot = slots_[i];
    if (slot.entry == 0) return nullptr;
    if (slot.tag == tag) return &slot;
  }
}

void FeatureTable::AddScores(std::span<const std::uint64_t> features,
                             std::span<std::int32_t> scores) const {
  if (slots_.empty()) return;
  const Slot* found[kMaxFeaturesPerCall];
  while (!features.empty()) {
    const std::size_t n = std::min(features.size(), kMaxFeaturesPerCall);
    for (std::size_t k = 0; k < n; ++k)
      __builtin_prefetch(&slots_[Home(features[k])]);
    for (std::size_t k = 0; k < n; ++k) {
      found[k] = Find(features[k]);
      if (found[k] == nullptr) continue;
      const std::uint32_t first = found[k]->entry & (kMaxEntries - 1);
      if (found[k]->entry >> 24 == 0) {
        __builtin_prefetch(&dense_[(first - 1) * scores.size()]);
      } else {
        __builtin_prefetch(&weights_[first]);
        __builtin_prefetch(&labels_[first]);
      }
    }
    for (std::size_t k = 0; k < n; ++k) {
      if (found[k] == nullptr) continue;
      const std::uint32_t first = found[k]->entry & (kMaxEntries - 1);
      const std::uint32_t count = found[k]->entry >> 24;
      if (count == 0) {
        AddDenseRow(first - 1, scores);
        continue;
      }
      const std::uint32_t end = first + count;
      for (std::uint32_t e = first; e < end; ++e)
        scores[labels_[e]] += weights_[e];
    }
    features = features.subspan(n);
  }
}

void FeatureTable::Serialize(ByteWriter& out) const {
  out.Put<std::uint32_t>(static_cast<std::uint32_t>(num_labels_));
  out.Put<std::uint64_t>(num_features_);
  std::vector<Slot> slots = slots_;
  for (Slot& slot : slots) {
    if (slot.entry != 0 && slot.entry >> 24 == 0) slot.entry = dense_origin_[slot.entry - 1];
  }
  out.PutArray(std::span<const Slot>(slots));
  out.PutArray(std::span<const std::uint8_t>(labels_));
  out.PutArray(std::span<const std::int16_t>(weights_));
}

bool FeatureTable::Deserialize(ByteReader& in) {
  std::uint32_t num_labels = 0;
  std::uint64_t num_features = 0;
  if (!in.Get(num_labels) || !in.Get(num_features) || !in.GetArray(slots_) ||
      !in.GetArray(labels_) || !in.GetArray(weights_)) {
    return false;
  }
  if (num_labels == 0 || num_labels > 256 || slots_.empty() || labels_.size() != weights_.size() ||
      weights_.size() >= kMaxEntries) {
    return false;
  }
  std::size_t used = 0;
  for (const Slot& slot : slots_) {
    if (slot.entry == 0) continue;
    ++used;
    const std::uint32_t first = slot.entry & (kMaxEntries - 1);
    const std::uint32_t count = slot.entry >> 24;
    if (count == 0 || first + count > weights_.size()) return false;
  }
  // A full table would make lookups of absent features loop forever.
  if (used != num_features || used >= slots_.size()) return false;
  for (std::uint8_t label : labels_) {
    if (label >= num_labels) return false;
  }
  num_labels_ = static_cast<int>(num_labels);
  num_features_ = num_features;
  dense_.clear();
  dense_origin_.clear();
  MakeDenseRows();
  return true;
}

}  // namespace kg::syntax
