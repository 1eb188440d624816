// WordList: a set of words read from a text file, such as data/lexicon/given_names.txt.
//
// The file holds words separated by spaces and newlines; a line starting with '#' is a comment.
// Lookups are exact (case-sensitive).
#pragma once

#include <set>
#include <string>
#include <string_view>

#include "kg/status.h"

namespace kg {

class WordList {
 public:
  static Result<WordList> LoadFile(const std::string& path);

  bool Contains(std::string_view word) const { return words_.find(word) != words_.end(); }
  std::size_t size() const { return words_.size(); }

 private:
  std::set<std::string, std::less<>> words_;
};

}  // namespace kg
