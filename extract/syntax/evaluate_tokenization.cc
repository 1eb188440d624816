#include <optional>

#include "kg/syntax/evaluate.h"
#include "kg/syntax/sentence_splitter.h"
#include "text_chars.h"

namespace kg::syntax {
namespace {

// Byte spans of the gold words in sentence.text, or nullopt if the text does not spell them.
std::optional<std::vector<TokenSpan>> GoldSpans(const ConlluSentence& sentence) {
  const std::string_view text = sentence.text;
  std::vector<TokenSpan> spans;
  std::size_t pos = 0;
  auto find_surface = [&](std::string_view form) -> std::optional<std::size_t> {
    while (pos < text.size() && IsSpace(DecodeAt(text, pos).value))
      pos += DecodeAt(text, pos).size;
    if (text.substr(pos, form.size()) != form) return std::nullopt;
    const std::size_t start = pos;
    pos += form.size();
    return start;
  };
  std::size_t next_multiword = 0;
  for (std::size_t w = 0; w < sentence.words.size();) {
    const int id = static_cast<int>(w) + 1;
    if (next_multiword < sentence.multiwords.size() &&
        sentence.multiwords[next_multiword].first == id) {
      const ConlluMultiword& mw = sentence.multiwords[next_multiword++];
      const std::optional<std::size_t> start = find_surface(mw.form);
      if (!start) return std::nullopt;
      std::string joined;
      for (int k = mw.first; k <= mw.last; ++k)
        joined += sentence.words[k - 1].form;
      std::size_t offset = *start;
      for (int k = mw.first; k <= mw.last; ++k) {
        const std::size_t size = joined == mw.form ? sentence.words[k - 1].form.size() : 0;
        // Words that do not spell the surface form get empty spans, which never match.
        spans.push_back(
            {static_cast<std::uint32_t>(offset), static_cast<std::uint32_t>(offset + size)});
        offset += size;
      }
      w = static_cast<std::size_t>(mw.last);
      continue;
    }
    const std::optional<std::size_t> start = find_surface(sentence.words[w].form);
    if (!start) return std::nullopt;
    spans.push_back({static_cast<std::uint32_t>(*start),
                     static_cast<std::uint32_t>(*start + sentence.words[w].form.size())});
    ++w;
  }
  return spans;
}

}  // namespace

TokenizationScores EvaluateTokenization(std::span<const ConlluSentence> gold) {
  TokenizationScores scores;
  for (const ConlluSentence& sentence : gold) {
    const std::optional<std::vector<TokenSpan>> expected = GoldSpans(sentence);
    scores.gold += sentence.words.size();
    if (!expected) continue;  // text does not spell the words: every gold word is missed
    const std::vector<TokenSpan> predicted = Segment(sentence.text).tokens;
    scores.predicted += predicted.size();
    std::size_t g = 0;
    for (const TokenSpan& span : predicted) {
      while (g < expected->size() && (*expected)[g].begin < span.begin)
        ++g;
      for (std::size_t k = g; k < expected->size() && (*expected)[k].begin == span.begin; ++k) {
        if ((*expected)[k].end == span.end) {
          ++scores.matched;
          break;
        }
      }
    }
  }
  return scores;
}

}  // namespace kg::syntax
