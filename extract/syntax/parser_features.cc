#include "parser_features.h"

#include <array>
#include <cassert>

#include "feature_hash.h"

namespace kg::syntax {
namespace {

constexpr std::uint64_t kAbsent = 0x4E4F4E45ULL;  // "NONE"
constexpr std::uint64_t kNoLabel = 0x4E4F4C42ULL;

std::uint64_t Distance(int from, int to) {
  if (from < 0 || to < 0) return kAbsent;
  const int d = to > from ? to - from : from - to;
  if (d <= 4) return static_cast<std::uint64_t>(d);
  if (d <= 6) return 5;
  if (d <= 9) return 6;
  return 7;
}

// A feature writer that numbers templates in the order they are added.
class Writer {
 public:
  explicit Writer(std::uint64_t* out) : out_(out) {}
  void Add(std::uint64_t a) {
    out_[n_] = Feature(Next(), a);
    ++n_;
  }
  void Add(std::uint64_t a, std::uint64_t b) {
    out_[n_] = Feature(Next(), a, b);
    ++n_;
  }
  void Add(std::uint64_t a, std::uint64_t b, std::uint64_t c) {
    out_[n_] = Feature(Next(), a, b, c);
    ++n_;
  }
  std::size_t size() const { return n_; }

 private:
  std::uint32_t Next() { return templ_++; }
  std::uint64_t* out_;
  std::size_t n_ = 0;
  std::uint32_t templ_ = 0;
};

}  // namespace

ParserWord RootParserWord() {
  return {0x524F4F54ULL, 0x524F4F54ULL, 0};
}

std::size_t ExtractParserFeatures(const ParserState& state, std::span<const ParserWord> words,
                                  std::uint64_t* out) {
  const auto word = [&](int k) {
    return k < 0 ? kAbsent : words[static_cast<std::size_t>(k)].word;
  };
  const auto tag = [&](int k) { return k < 0 ? kAbsent : words[static_cast<std::size_t>(k)].tag; };
  const auto label = [&](int k) {
    return k < 0 ? kNoLabel : static_cast<std::uint64_t>(state.label(k));
  };

  const int s0 = state.Stack(0), s1 = state.Stack(1), s2 = state.Stack(2);
  const int b0 = state.Buffer(0), b1 = state.Buffer(1), b2 = state.Buffer(2);
  const int s0l = state.leftmost(s0), s0l2 = state.leftmost2(s0);
  const int s0r = state.rightmost(s0), s0r2 = state.rightmost2(s0);
  const int s1l = state.leftmost(s1), s1r = state.rightmost(s1), s1r2 = state.rightmost2(s1);
  const int b0l = state.leftmost(b0), b0l2 = state.leftmost2(b0);

  const std::uint64_t s0w = word(s0), s0t = tag(s0), s1w = word(s1), s1t = tag(s1);
  const std::uint64_t s2w = word(s2), s2t = tag(s2), b0w = word(b0), b0t = tag(b0);
  const std::uint64_t b1w = word(b1), b1t = tag(b1), b2w = word(b2), b2t = tag(b2);

  Writer f(out);
  // Single positions.
  f.Add(s0w);
  f.Add(s0t);
  f.Add(s0w, s0t);
  f.Add(s1w);
  f.Add(s1t);
  f.Add(s1w, s1t);
  f.Add(s2w);
  f.Add(s2t);
  f.Add(b0w);
  f.Add(b0t);
  f.Add(b0w, b0t);
  f.Add(b1w);
  f.Add(b1t);
  f.Add(b1w, b1t);
  f.Add(b2w);
  f.Add(b2t);
  // Children.
  for (int child : {s0l, s0r, s1l, s1r, b0l}) {
    f.Add(word(child));
    f.Add(tag(child));
    f.Add(label(child));
  }
  for (int child : {s0l2, s0r2, s1r2, b0l2}) {
    f.Add(tag(child));
    f.Add(label(child));
  }
  // Pairs: s0 with b0 (LEFT candidates) and s1 with s0 (RIGHT candidates).
  for (const auto& [hw, ht, dw, dt] : {std::array<std::uint64_t, 4>{b0w, b0t, s0w, s0t},
                                       std::array<std::uint64_t, 4>{s1w, s1t, s0w, s0t}}) {
    f.Add(Combine(hw, ht), Combine(dw, dt));
    f.Add(Combine(hw, ht), dw);
    f.Add(hw, Combine(dw, dt));
    f.Add(Combine(hw, ht), dt);
    f.Add(ht, Combine(dw, dt));
    f.Add(hw, dw);
    f.Add(ht, dt);
  }
  f.Add(b0t, b1t);
  f.Add(b0w, b1w);
  f.Add(s0t, b1t);
  // Triples of tags.
  f.Add(b0t, b1t, b2t);
  f.Add(s0t, b0t, b1t);
  f.Add(s1t, s0t, b0t);
  f.Add(s2t, s1t, s0t);
  f.Add(s0t, tag(s0l), tag(s0l2));
  f.Add(s0t, tag(s0r), tag(s0r2));
  f.Add(s1t, tag(s1r), tag(s1r2));
  f.Add(b0t, tag(b0l), tag(b0l2));
  f.Add(s0t, tag(s0l), b0t);
  f.Add(s0t, tag(s0r), b0t);
  f.Add(s0t, b0t, tag(b0l));
  f.Add(s1t, s0t, tag(s0l));
  f.Add(s1t, s0t, tag(s0r));
  f.Add(s1t, tag(s1r), s0t);
  f.Add(s1t, tag(s1l), s0t);
  f.Add(s0t, label(s0l), label(s0r));
  f.Add(s1t, s0t, label(s0l));
  // Distances.
  const std::uint64_t d = Distance(s0, b0), d2 = Distance(s1, s0);
  f.Add(s0w, d);
  f.Add(s0t, d);
  f.Add(b0w, d);
  f.Add(b0t, d);
  f.Add(Combine(s0w, b0w), d);
  f.Add(Combine(s0t, b0t), d);
  f.Add(s1w, d2);
  f.Add(s0w, d2);
  f.Add(Combine(s1t, s0t), d2);
  f.Add(Combine(s1w, s0w), d2);
  // Punctuation between s0 and b0, and between s1 and s0 (clause and coordination boundaries).
  const auto punctuation_between = [&](int left, int right) -> std::uint64_t {
    if (left < 0 || right < 0) return kAbsent;
    const int n = words[static_cast<std::size_t>(right)].punctuation_before -
                  words[static_cast<std::size_t>(left) + 1].punctuation_before;
    return static_cast<std::uint64_t>(n < 3 ? n : 3);
  };
  const std::uint64_t p = punctuation_between(s0, b0), p2 = punctuation_between(s1, s0);
  f.Add(s0t, b0t, p);
  f.Add(s0w, b0t, p);
  f.Add(s1t, s0t, p2);
  f.Add(s1w, s0t, p2);
  // Valency.
  const auto count = [](int n) { return static_cast<std::uint64_t>(n < 6 ? n : 6); };
  f.Add(s0w, count(state.left_count(s0)));
  f.Add(s0t, count(state.left_count(s0)));
  f.Add(s0w, count(state.right_count(s0)));
  f.Add(s0t, count(state.right_count(s0)));
  f.Add(s1w, count(state.right_count(s1)));
  f.Add(s1t, count(state.right_count(s1)));
  f.Add(s1t, count(state.left_count(s1)));
  f.Add(b0w, count(state.left_count(b0)));
  f.Add(b0t, count(state.left_count(b0)));
  // Label sets.
  f.Add(s0w, state.left_labels(s0));
  f.Add(s0t, state.left_labels(s0));
  f.Add(s0w, state.right_labels(s0));
  f.Add(s0t, state.right_labels(s0));
  f.Add(s1t, state.right_labels(s1));
  f.Add(s1t, state.left_labels(s1));
  f.Add(b0t, state.left_labels(b0));
  f.Add(b0w, state.left_labels(b0));
  assert(f.size() <= kMaxParserFeatures);
  return f.size();
}

}  // namespace kg::syntax
