// FeatureTable: the read-only, quantised weights of a trained linear classifier.
//
// Maps a 64-bit feature hash to a short sparse row of (class, int16 weight) pairs. Slots form an
// open-addressing table (linear probing, at most 3/4 full) indexed by the low 32 bits of the hash
// mapped onto the table size, and tagged with its high 32 bits, so a lookup touches one or two
// cache lines of slots and one contiguous run of entries. Scoring prefetches all slots of a
// feature vector before reading them, which hides most cache misses. A hash absent from the
// table (or colliding on all 32 tag bits with a present one, probability 2^-32) contributes its
// row or nothing; this is the usual hashing-trick trade.
#pragma once

#include <cstdint>
#include <span>
#include <utility>
#include <vector>

#include "model_file.h"

namespace kg::syntax {

class FeatureTable {
 public:
  struct Weight {
    std::uint8_t label;
    float value;
  };
  struct Row {
    std::uint64_t feature;
    std::vector<Weight> weights;
  };

  FeatureTable() = default;

  // Quantises `rows` to int16 (scale = max |value| / 32767) and drops weights whose quantised
  // magnitude is below `min_abs` (at least 1: zeros are always dropped), which trades a little
  // accuracy for a much smaller table. Labels must be < num_labels <= 256.
  static FeatureTable Build(int num_labels, const std::vector<Row>& rows, int min_abs = 1);

  int num_labels() const { return num_labels_; }
  std::size_t num_features() const { return num_features_; }
  std::size_t num_weights() const { return weights_.size(); }

  // scores[label] += sum of the weights of `features`; scores.size() must be num_labels().
  void AddScores(std::span<const std::uint64_t> features, std::span<std::int32_t> scores) const;

  void Serialize(ByteWriter& out) const;
  // False if the serialised table is malformed (bounds, labels, table size).
  bool Deserialize(ByteReader& in);

 private:
  struct Slot {
    std::uint32_t tag;    // high 32 bits of the feature hash
    std::uint32_t entry;  // first entry (low 24 bits) and entry count (high 8 bits); 0 = empty
  };
  static constexpr std::uint32_t kMaxEntries = 1u << 24;

  static std::uint32_t Tag(std::uint64_t feature) {
    return static_cast<std::uint32_t>(feature >> 32);
  }
  const Slot* Find(std::uint64_t feature) const;

  int num_labels_ = 0;
  std::size_t num_features_ = 0;
  std::size_t Home(std::uint64_t feature) const {
    return static_cast<std::size_t>(((feature & 0xffffffffULL) * slots_.size()) >> 32);
  }

  std::vector<Slot> slots_;
  std::vector<std::uint8_t> labels_;
  std::vector<std::int16_t> weights_;
};

}  // namespace kg::syntax
