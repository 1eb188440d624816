#include "word_list.h"

#include <fstream>

namespace kg {

Result<WordList> WordList::LoadFile(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound("cannot read word list " + path);
  WordList list;
  for (std::string line; std::getline(in, line);) {
    const std::size_t begin = line.find_first_not_of(" \t\r");
    if (begin == std::string::npos || line[begin] == '#') continue;
    const std::size_t end = line.find_last_not_of(" \t\r") + 1;
    list.Add(line.substr(begin, end - begin));
  }
  if (in.bad()) return Status::IOError("cannot read word list " + path);
  return list;
}

void WordList::Add(std::string word) {
  if (index_.emplace(word, words_.size()).second) words_.push_back(std::move(word));
}

std::optional<std::size_t> WordList::IndexOf(std::string_view word) const {
  const auto found = index_.find(word);
  if (found == index_.end()) return std::nullopt;
  return found->second;
}

}  // namespace kg
