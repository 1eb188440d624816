// The dynamic oracle of the arc-hybrid system (Goldberg & Nivre 2013): the cost of a transition
// is the number of gold arcs it makes unreachable. Training follows the model's own (possibly
// wrong) predictions and still learns the best continuation from there.
#pragma once

#include <span>
#include <vector>

#include "parser_state.h"

namespace kg::syntax {

// A projective gold tree; index 0 (the root) is unused.
struct GoldTree {
  std::vector<int> heads;
  std::vector<int> labels;
};

// costs[t] = cost of transition t in `state`, or kInvalid if it cannot be applied.
// costs.size() must be NumTransitions(num_labels).
inline constexpr int kInvalidTransition = 1 << 20;
void TransitionCosts(const ParserState& state, const GoldTree& gold, int num_labels,
                     std::span<int> costs);

// Lifts arcs until the tree is projective: a non-projective arc (h, d), shortest first, becomes
// (head of h, d). heads[0] is unused; the tree must be well formed (single root, no cycles).
void Projectivize(std::vector<int>& heads);

}  // namespace kg::syntax
