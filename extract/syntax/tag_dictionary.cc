#include "tag_dictionary.h"

#include <algorithm>

#include "feature_hash.h"

namespace kg::syntax {

TagDictionary TagDictionary::Build(std::vector<std::pair<std::uint64_t, int>> observations,
                                   int min_count, double min_share) {
  std::sort(observations.begin(), observations.end());
  TagDictionary dictionary;
  std::size_t i = 0;
  while (i < observations.size()) {
    std::size_t end = i;
    while (end < observations.size() && observations[end].first == observations[i].first)
      ++end;
    const auto count = static_cast<double>(end - i);
    if (count >= min_count) {
      std::uint64_t tag_class = Mix64(0x434C41535355ULL);
      for (std::size_t k = i; k < end;) {
        std::size_t tag_end = k;
        while (tag_end < end && observations[tag_end].second == observations[k].second)
          ++tag_end;
        if (static_cast<double>(tag_end - k) >= min_share * count) {
          tag_class = Combine(tag_class, static_cast<std::uint64_t>(observations[k].second));
        }
        k = tag_end;
      }
      dictionary.entries_.push_back({observations[i].first, tag_class});
    }
    i = end;
  }
  return dictionary;
}

std::uint64_t TagDictionary::Find(std::uint64_t lower_hash) const {
  const auto it = std::lower_bound(entries_.begin(), entries_.end(), lower_hash,
                                   [](const Entry& e, std::uint64_t w) { return e.word < w; });
  return it != entries_.end() && it->word == lower_hash ? it->tag_class : kUnknown;
}

void TagDictionary::Serialize(ByteWriter& out) const {
  out.PutArray(std::span<const Entry>(entries_));
}

bool TagDictionary::Deserialize(ByteReader& in) {
  if (!in.GetArray(entries_)) return false;
  return std::is_sorted(entries_.begin(), entries_.end(),
                        [](const Entry& a, const Entry& b) { return a.word < b.word; });
}

}  // namespace kg::syntax
