#include "word_features.h"

#include <algorithm>

#include "feature_hash.h"

namespace kg::syntax {
namespace {

char ShapeOf(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return 'X';
  if (c >= 'a' && c <= 'z') return 'x';
  if (c >= '0' && c <= '9') return 'd';
  if (c >= 0x80) return 'u';
  return static_cast<char>(c);
}

WordFeatures Boundary(std::uint64_t marker) {
  WordFeatures w;
  w.form = w.lower = w.shape = marker;
  for (std::uint64_t& p : w.prefix)
    p = marker;
  for (std::uint64_t& s : w.suffix)
    s = marker;
  return w;
}

}  // namespace

std::string_view NormaliseQuotes(std::string_view word, char* buffer) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < word.size(); ++i) {
    // U+2018..U+201F are E2 80 98..9F: single quotes 98..9B, double quotes 9C..9F.
    if (static_cast<unsigned char>(word[i]) == 0xE2 && i + 2 < word.size() &&
        static_cast<unsigned char>(word[i + 1]) == 0x80) {
      const auto third = static_cast<unsigned char>(word[i + 2]);
      if (third >= 0x98 && third <= 0x9F) {
        buffer[n++] = third <= 0x9B ? '\'' : '"';
        i += 2;
        continue;
      }
    }
    buffer[n++] = word[i];
  }
  return std::string_view(buffer, n);
}

void ComputeWordFeatures(std::string_view original, char* lower, WordFeatures& out) {
  const std::string_view word = NormaliseQuotes(original, lower);
  std::uint32_t flags = 0;
  bool all_caps = true;
  bool any_letter = false;
  std::uint64_t shape = 0xcbf29ce484222325ULL;  // FNV-1a over the collapsed shape
  char previous_shape = 0;
  int run = 0;
  out.form = HashString(word);  // before `lower` (which holds `word`) is lower-cased in place
  for (std::size_t i = 0; i < word.size(); ++i) {
    const auto c = static_cast<unsigned char>(word[i]);
    lower[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : static_cast<char>(c);
    if (c >= '0' && c <= '9') flags |= WordFeatures::kHasDigit;
    if (c == '-') flags |= WordFeatures::kHasHyphen;
    if (c == '.') flags |= WordFeatures::kHasPeriod;
    if (c >= 0x80) flags |= WordFeatures::kNonAscii;
    if (c >= 'a' && c <= 'z') all_caps = false;
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') any_letter = true;
    const char s = ShapeOf(c);
    run = s == previous_shape ? run + 1 : 1;
    previous_shape = s;
    if (run <= 3) shape = (shape ^ static_cast<unsigned char>(s)) * 0x100000001b3ULL;
  }
  if (!original.empty() && original[0] >= 'A' && original[0] <= 'Z') {
    flags |= WordFeatures::kInitialCapital;
  }
  if (any_letter && all_caps) flags |= WordFeatures::kAllCapitals;
  const std::string_view low(lower, word.size());
  out.lower = HashString(low);
  out.shape = Mix64(shape);
  for (std::size_t k = 0; k < 3; ++k)
    out.prefix[k] = HashString(low.substr(0, k + 1));
  for (std::size_t k = 0; k < 4; ++k) {
    out.suffix[k] = HashString(low.substr(low.size() - std::min(low.size(), k + 1)));
  }
  out.flags = flags;
  out.length = static_cast<std::uint32_t>(std::min<std::size_t>(word.size(), 255));
}

const WordFeatures& SentenceStartWord() {
  static const WordFeatures start = Boundary(0x5354415254ULL);  // "START"
  return start;
}

const WordFeatures& SentenceEndWord() {
  static const WordFeatures end = Boundary(0x454E44ULL);  // "END"
  return end;
}

}  // namespace kg::syntax
