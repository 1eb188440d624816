#include "arc_hybrid_oracle.h"

#include <algorithm>

namespace kg::syntax {
namespace {

// Number of buffer words (b0 onwards) whose gold head is `word`.
int DependentsInBuffer(const ParserState& state, const GoldTree& gold, int word) {
  int count = 0;
  for (int k = state.Buffer(0); k != ParserState::kNone && k <= state.num_words(); ++k) {
    count += gold.heads[static_cast<std::size_t>(k)] == word;
  }
  return count;
}

bool Dominates(const std::vector<int>& heads, int ancestor, int word) {
  while (word != 0) {
    word = heads[static_cast<std::size_t>(word)];
    if (word == ancestor) return true;
  }
  return ancestor == 0;
}

bool IsProjectiveArc(const std::vector<int>& heads, int dependent) {
  const int head = heads[static_cast<std::size_t>(dependent)];
  for (int k = std::min(head, dependent) + 1; k < std::max(head, dependent); ++k) {
    if (!Dominates(heads, head, k)) return false;
  }
  return true;
}

}  // namespace

void TransitionCosts(const ParserState& state, const GoldTree& gold, int num_labels,
                     std::span<int> costs) {
  std::fill(costs.begin(), costs.end(), kInvalidTransition);
  const auto gold_head = [&](int word) { return gold.heads[static_cast<std::size_t>(word)]; };
  const int s0 = state.Stack(0), s1 = state.Stack(1), b0 = state.Buffer(0);

  if (state.CanShift()) {
    // b0 loses heads deeper than s0 and dependents anywhere on the stack.
    int cost = 0;
    for (int i = 0; i < state.stack_size(); ++i) {
      const int k = state.Stack(i);
      if (i > 0 && gold_head(b0) == k) ++cost;
      if (k != 0 && gold_head(k) == b0) ++cost;
    }
    costs[static_cast<std::size_t>(ShiftTransition())] = cost;
  }
  if (state.CanLeft() || state.CanRight()) {
    const int lost_dependents = DependentsInBuffer(state, gold, s0);
    const int head = gold_head(s0);
    const int gold_label = gold.labels[static_cast<std::size_t>(s0)];
    if (state.CanLeft()) {
      // s0 gets b0 as head: loses s1 and later buffer words as heads, buffer dependents.
      const int base = lost_dependents + (head == s1 || head > b0 ? 1 : 0);
      for (int l = 0; l < num_labels; ++l) {
        costs[static_cast<std::size_t>(LeftTransition(l))] =
            base + (head == b0 && l != gold_label ? 1 : 0);
      }
    }
    if (state.CanRight()) {
      // s0 gets s1 as head: loses buffer heads and buffer dependents.
      const int base = lost_dependents + (b0 != ParserState::kNone && head >= b0 ? 1 : 0);
      for (int l = 0; l < num_labels; ++l) {
        costs[static_cast<std::size_t>(RightTransition(l, num_labels))] =
            base + (head == s1 && l != gold_label ? 1 : 0);
      }
    }
  }
}

void Projectivize(std::vector<int>& heads) {
  const int n = static_cast<int>(heads.size()) - 1;
  for (;;) {
    int shortest = 0;
    int shortest_length = n + 1;
    for (int d = 1; d <= n; ++d) {
      const int length = std::abs(heads[static_cast<std::size_t>(d)] - d);
      if (length < shortest_length && !IsProjectiveArc(heads, d)) {
        shortest = d;
        shortest_length = length;
      }
    }
    if (shortest == 0) return;
    heads[static_cast<std::size_t>(shortest)] =
        heads[static_cast<std::size_t>(heads[static_cast<std::size_t>(shortest)])];
  }
}

}  // namespace kg::syntax
