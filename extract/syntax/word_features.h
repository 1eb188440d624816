// WordFeatures: the per-word hashes the tagger and the parser build their features from,
// computed once per word so that feature extraction never touches strings again.
#pragma once

#include <cstdint>
#include <string_view>

namespace kg::syntax {

struct WordFeatures {
  enum Flag : std::uint32_t {
    kHasDigit = 1,
    kHasHyphen = 2,
    kInitialCapital = 4,
    kAllCapitals = 8,
    kHasPeriod = 16,
    kNonAscii = 32,
  };

  std::uint64_t form = 0;
  std::uint64_t lower = 0;
  std::uint64_t shape = 0;       // "Xxxx" -> "Xxx", "1,000" -> "d,ddd" -> "d,dd"
  std::uint64_t prefix[3] = {};  // first 1..3 bytes, lower-cased
  std::uint64_t suffix[4] = {};  // last 1..4 bytes, lower-cased
  std::uint32_t flags = 0;
  std::uint32_t length = 0;  // bytes, capped at 255
  // The set of tags the word had in the tagger's training data (see TagDictionary), or a marker
  // for unknown words; filled in by the tagger, not by ComputeWordFeatures.
  std::uint64_t tag_class = 0;
};

// Writes `word` with curly quotes and apostrophes replaced by ASCII ones (’s -> 's, “ -> ") to
// `buffer` (at least word.size() bytes) and returns it: news text uses the curly forms, the
// training treebank mostly the straight ones, and the models should treat them alike.
std::string_view NormaliseQuotes(std::string_view word, char* buffer);

// `lower_buffer` must hold at least word.size() bytes; it is scratch, so the caller can reuse
// one buffer for all words. Features see the word through NormaliseQuotes.
void ComputeWordFeatures(std::string_view word, char* lower_buffer, WordFeatures& out);

// Stand-ins for positions before the first and after the last word of a sentence.
const WordFeatures& SentenceStartWord();
const WordFeatures& SentenceEndWord();

}  // namespace kg::syntax
