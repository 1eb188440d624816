// FeatureTable: the read-only, quantised weights of a trained linear classifier.
//
// Maps a 64-bit feature hash to a short sparse row of (class, int16 weight) pairs. Slots form an
// open-addressing table (linear probing, at most 3/4 full) indexed by the low 32 bits of the hash
// mapped onto the table size, and tagged with its high 32 bits, so a lookup touches one or two
// cache lines of slots and one contiguous run of entries. Scoring prefetches all slots of a
// feature vector before reading them, which hides most cache misses. A hash absent from the
// table (or colliding on all 32 tag bits with a present one, probability 2^-32) contributes its
// row or nothing; this is the usual hashing-trick trade.
//
// Rows holding at least a quarter of all labels (the weights of common words and tags: few rows,
// but most of the entries scoring reads) are also kept dense, one weight per label, and added
// as a vector, which the compiler turns into SIMD adds; scores are exactly those of the sparse
// rows (integer sums). The file keeps every row sparse.
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
    std::uint32_t tag;  // high 32 bits of the feature hash
    // 0 = empty. Otherwise the entry count in the high 8 bits and the first entry in the low 24;
    // in memory only, count 0 marks a dense row whose number + 1 is in the low 24 bits.
    std::uint32_t entry;
  };
  static constexpr std::uint32_t kMaxEntries = 1u << 24;

  static std::uint32_t Tag(std::uint64_t feature) {
    return static_cast<std::uint32_t>(feature >> 32);
  }
  const Slot* Find(std::uint64_t feature) const;
  // Copies the sparse rows with many entries into dense_ and points their slots there.
  void MakeDenseRows();
  // scores[label] += the weight of every label in dense row `row`.
  void AddDenseRow(std::uint32_t row, std::span<std::int32_t> scores) const;

  int num_labels_ = 0;
  std::size_t num_features_ = 0;
  std::size_t Home(std::uint64_t feature) const {
    return static_cast<std::size_t>(((feature & 0xffffffffULL) * slots_.size()) >> 32);
  }

  std::vector<Slot> slots_;
  std::vector<std::uint8_t> labels_;
  std::vector<std::int16_t> weights_;
  std::vector<std::int16_t> dense_;          // num_labels_ weights per dense row
  std::vector<std::uint32_t> dense_origin_;  // per dense row, the slot's entry in the file
};

}  // namespace kg::syntax
