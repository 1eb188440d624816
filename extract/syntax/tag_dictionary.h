// TagDictionary: for every frequent word of the training data (lower-cased), a hash of the set of
// tags it was seen with ("ambiguity class"). It gives the tagger a view of the words to the
// right, whose tags are not predicted yet, and of rare but seen words.
#pragma once

#include <cstdint>
#include <span>
#include <utility>
#include <vector>

#include "model_file.h"

namespace kg::syntax {

class TagDictionary {
 public:
  // Class of words absent from the dictionary.
  static constexpr std::uint64_t kUnknown = 0x554E4BULL;

  // `observations` are (lower-case word hash, tag id) pairs, one per training word. Words seen
  // fewer than `min_count` times are left out; tags under `min_share` of a word's count do not
  // enter its class.
  static TagDictionary Build(std::vector<std::pair<std::uint64_t, int>> observations, int min_count,
                             double min_share);

  std::uint64_t Find(std::uint64_t lower_hash) const;
  std::size_t size() const { return entries_.size(); }

  void Serialize(ByteWriter& out) const;
  bool Deserialize(ByteReader& in);

 private:
  struct Entry {
    std::uint64_t word;
    std::uint64_t tag_class;
  };
  std::vector<Entry> entries_;  // sorted by word
};

}  // namespace kg::syntax
