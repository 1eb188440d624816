#include "csv_node_index.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace kg::graph {
namespace {

struct NumericId {
  char prefix = 0;  // the letter before the number, or 0
  std::uint64_t number = 0;
};

// Splits "n17" into prefix 'n' and number 17; no sign, no leading zeros.
std::optional<NumericId> ParseId(std::string_view id) {
  NumericId parsed;
  if (!id.empty() && std::isalpha(static_cast<unsigned char>(id.front()))) {
    parsed.prefix = id.front();
    id.remove_prefix(1);
  }
  if (id.empty() || id.size() > 9 || (id.size() > 1 && id.front() == '0')) return std::nullopt;
  const auto [end, error] = std::from_chars(id.data(), id.data() + id.size(), parsed.number);
  if (error != std::errc() || end != id.data() + id.size()) return std::nullopt;
  return parsed;
}

}  // namespace

bool CsvNodeIndex::Add(std::string_view id, std::uint32_t index) {
  const std::optional<NumericId> parsed = ParseId(id);
  if (parsed.has_value() && !prefix_chosen_) {
    prefix_ = parsed->prefix;
    prefix_chosen_ = true;
  }
  if (!parsed.has_value() || parsed->prefix != prefix_ || parsed->number >= 16 * (added_ + 65536)) {
    return by_name_.emplace(id, index).second;
  }
  const std::uint64_t number = parsed->number;
  if (number >= dense_.size())
    dense_.resize(std::max<std::size_t>(number + 1, 2 * dense_.size()), kNone);
  if (dense_[number] != kNone) return false;
  dense_[number] = index;
  ++added_;
  return true;
}

std::optional<std::uint32_t> CsvNodeIndex::Find(std::string_view id) const {
  const std::optional<NumericId> parsed = ParseId(id);
  if (parsed.has_value() && parsed->prefix == prefix_ && parsed->number < dense_.size() &&
      dense_[parsed->number] != kNone) {
    return dense_[parsed->number];
  }
  const auto found = by_name_.find(id);
  if (found == by_name_.end()) return std::nullopt;
  return found->second;
}

}  // namespace kg::graph
