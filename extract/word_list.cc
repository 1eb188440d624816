#include "word_list.h"

#include <fstream>
#include <sstream>

namespace kg {

Result<WordList> WordList::LoadFile(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound("cannot read word list " + path);
  WordList list;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.front() == '#') continue;
    std::istringstream words(line);
    for (std::string word; words >> word;)
      list.words_.insert(std::move(word));
  }
  return list;
}

}  // namespace kg
