// CsvNodeIndex: the node ids of an imported nodes file to node indexes.
//
// Ids that are a number, optionally after one letter ("17", "n17"; no sign, no leading zeros),
// go into a vector indexed by the number while the numbers stay dense and share the first such
// id's letter; other ids into a hash map. Find does not modify the index, so threads may call
// it at once once the ids are added.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kg::graph {

class CsvNodeIndex {
 public:
  // False when `id` is already there.
  bool Add(std::string_view id, std::uint32_t index);
  std::optional<std::uint32_t> Find(std::string_view id) const;

 private:
  // Lets the map be searched with a std::string_view.
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const {
      return std::hash<std::string_view>()(text);
    }
  };
  static constexpr std::uint32_t kNone = UINT32_MAX;

  std::vector<std::uint32_t> dense_;
  std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> by_name_;
  bool prefix_chosen_ = false;
  char prefix_ = 0;
  std::uint64_t added_ = 0;
};

}  // namespace kg::graph
