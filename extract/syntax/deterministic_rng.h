// DeterministicRng: SplitMix64, so that training runs are identical for a given seed on every
// platform and standard library (std::shuffle and the std distributions are not).
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "feature_hash.h"

namespace kg::syntax {

class DeterministicRng {
 public:
  explicit DeterministicRng(std::uint64_t seed) : state_(seed) {}

  std::uint64_t Next() {
    state_ += 0x9e3779b97f4a7c15ULL;
    return Mix64(state_);
  }
  // Uniform in [0, n) (n > 0); the modulo bias is irrelevant at training-set sizes.
  std::size_t Below(std::size_t n) { return static_cast<std::size_t>(Next() % n); }
  // Uniform in [0, 1).
  double Unit() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }

  template <typename T>
  void Shuffle(std::vector<T>& items) {
    for (std::size_t i = items.size(); i > 1; --i)
      std::swap(items[i - 1], items[Below(i)]);
  }

 private:
  std::uint64_t state_;
};

}  // namespace kg::syntax
