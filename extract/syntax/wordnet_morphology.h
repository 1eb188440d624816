// WordNetMorphology: WordNet's "morphy" for English inflections, from the database files of a
// WordNet 3 installation (index.{noun,verb,adj,adv} and {noun,verb,adj,adv}.exc, read through
// WordNetFiles).
//
// Base forms are looked up in the exception lists first ("met" -> "meet"), then produced by the
// standard detachment rules ("-ies" -> "-y", "-ed" -> "-e" / "") and kept only if the index knows
// them. Unlike WordNet's morphy, the inflected form itself is not returned when it is also a
// lemma ("glasses"), because the caller only asks for words its tagger marked as inflected.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kg/status.h"
#include "kg/syntax/wordnet_files.h"

namespace kg::syntax {

class WordNetMorphology {
 public:
  // Reads the eight files from `wordnet`; NotFound/IOError if one is missing or unreadable,
  // Corruption if an index has no entries.
  static Result<WordNetMorphology> Load(WordNetFiles& wordnet);

  // The base form of the lower-case `word`, or nullopt if WordNet knows none.
  std::optional<std::string> BaseForm(std::string_view word, WordNetPos pos) const;

  // Whether `lemma` (lower case, spaces as '_') is in the index of `pos`.
  bool Contains(std::string_view lemma, WordNetPos pos) const;

 private:
  struct PosData {
    std::string lemma_bytes;                                  // all lemmas, back to back
    std::vector<std::string_view> lemmas;                     // into lemma_bytes, sorted
    std::unordered_map<std::string, std::string> exceptions;  // first base form only
  };
  // Heap-allocated so that the string_views into lemma_bytes survive moves.
  std::unique_ptr<PosData[]> data_;
};

}  // namespace kg::syntax
