// LabelSet: a small bidirectional mapping between label strings (tags, relations) and dense ids.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model_file.h"

namespace kg::syntax {

class LabelSet {
 public:
  // The id of `name`, adding it if new.
  int Add(std::string_view name);
  // The id of `name`, or -1.
  int Find(std::string_view name) const;
  const std::string& Name(int id) const { return names_[static_cast<std::size_t>(id)]; }
  int size() const { return static_cast<int>(names_.size()); }

  void Serialize(ByteWriter& out) const;
  bool Deserialize(ByteReader& in);

 private:
  std::vector<std::string> names_;
};

}  // namespace kg::syntax
