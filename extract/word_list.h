// WordList: a list of words or phrases read from a text file under data/lexicon/.
//
// The file holds one entry per line, a word or a phrase ("Air Force"); spaces around an entry are
// dropped, blank lines and lines starting with '#' are comments. The entries keep the file's
// order (words()) and are looked up exactly, with their case, in constant time and without
// allocating (Contains(), IndexOf()).
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kg/status.h"

namespace kg {

class WordList {
 public:
  // The list in `path`, or NotFound naming the file when it cannot be read.
  static Result<WordList> LoadFile(const std::string& path);

  // Adds `word` at the end unless it is there already (for lists a loader merges from two
  // files).
  void Add(std::string word);

  bool Contains(std::string_view word) const { return index_.find(word) != index_.end(); }
  // The line of `word` among the entries, counting from 0 ("March" is 2 in months.txt).
  std::optional<std::size_t> IndexOf(std::string_view word) const;
  const std::vector<std::string>& words() const { return words_; }
  std::size_t size() const { return words_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view word) const {
      return std::hash<std::string_view>{}(word);
    }
  };

  std::vector<std::string> words_;
  std::unordered_map<std::string, std::size_t, Hash, std::equal_to<>> index_;
};

}  // namespace kg
