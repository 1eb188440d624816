#include "label_set.h"

#include <algorithm>

namespace kg::syntax {

int LabelSet::Add(std::string_view name) {
  const int id = Find(name);
  if (id >= 0) return id;
  names_.emplace_back(name);
  return size() - 1;
}

int LabelSet::Find(std::string_view name) const {
  const auto it = std::find(names_.begin(), names_.end(), name);
  return it == names_.end() ? -1 : static_cast<int>(it - names_.begin());
}

void LabelSet::Serialize(ByteWriter& out) const {
  out.Put<std::uint32_t>(static_cast<std::uint32_t>(names_.size()));
  for (const std::string& name : names_)
    out.PutString(name);
}

bool LabelSet::Deserialize(ByteReader& in) {
  std::uint32_t count = 0;
  if (!in.Get(count) || count > 4096) return false;
  names_.assign(count, std::string());
  for (std::string& name : names_) {
    if (!in.GetString(name)) return false;
  }
  return true;
}

}  // namespace kg::syntax
