// Fuzz target: the tokenizer and the sentence splitter, checked against their contracts — words
// are non-empty, ordered, non-overlapping byte ranges without ASCII whitespace, and sentences
// cover every word exactly once, in order, none empty.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "kg/syntax/sentence_splitter.h"
#include "kg/syntax/tokenizer.h"

namespace {

void CheckWords(std::string_view text, const std::vector<kg::syntax::TokenSpan>& words) {
  std::uint32_t previous_end = 0;
  for (const kg::syntax::TokenSpan& word : words) {
    if (word.begin >= word.end || word.begin < previous_end || word.end > text.size()) std::abort();
    for (std::uint32_t i = word.begin; i < word.end; ++i) {
      const char c = text[i];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') std::abort();
    }
    previous_end = word.end;
  }
}

void CheckSentences(const kg::syntax::Segmentation& segmentation) {
  std::uint32_t next = 0;
  for (const kg::syntax::SentenceRange& sentence : segmentation.sentences) {
    if (sentence.first != next || sentence.end <= sentence.first) std::abort();
    next = sentence.end;
  }
  if (next != segmentation.tokens.size()) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  CheckWords(text, kg::syntax::Tokenize(text));
  const kg::syntax::Segmentation segmentation = kg::syntax::Segment(text);
  CheckWords(text, segmentation.tokens);
  CheckSentences(segmentation);
  return 0;
}
