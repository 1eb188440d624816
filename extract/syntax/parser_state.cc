#include "parser_state.h"

namespace kg::syntax {

void ParserState::Reset(int num_words) {
  num_words_ = num_words;
  buffer_ = 1;
  stack_.clear();
  stack_.push_back(0);
  words_.assign(static_cast<std::size_t>(num_words) + 1,
                WordState{kNone, kNone, {kNone, kNone}, {kNone, kNone}, 0, 0, 0, 0});
}

bool ParserState::CanApply(Move move) const {
  switch (move) {
    case Move::kShift:
      return CanShift();
    case Move::kLeft:
      return CanLeft();
    case Move::kRight:
      return CanRight();
  }
  return false;
}

void ParserState::Apply(Move move, int label) {
  switch (move) {
    case Move::kShift:
      stack_.push_back(buffer_++);
      return;
    case Move::kLeft: {
      const int dependent = stack_.back();
      stack_.pop_back();
      Attach(buffer_, dependent, label);
      return;
    }
    case Move::kRight: {
      const int dependent = stack_.back();
      stack_.pop_back();
      Attach(stack_.back(), dependent, label);
      return;
    }
  }
}

void ParserState::Attach(int head, int dependent, int label) {
  WordState& d = words_[Index(dependent)];
  d.head = head;
  d.label = label;
  WordState& h = words_[Index(head)];
  const std::uint64_t bit = std::uint64_t{1} << (static_cast<unsigned>(label) % 64);
  if (dependent < head) {
    ++h.left_count;
    h.left_labels |= bit;
    if (h.left[0] == kNone || dependent < h.left[0]) {
      h.left[1] = h.left[0];
      h.left[0] = dependent;
    } else if (h.left[1] == kNone || dependent < h.left[1]) {
      h.left[1] = dependent;
    }
  } else {
    ++h.right_count;
    h.right_labels |= bit;
    if (h.right[0] == kNone || dependent > h.right[0]) {
      h.right[1] = h.right[0];
      h.right[0] = dependent;
    } else if (h.right[1] == kNone || dependent > h.right[1]) {
      h.right[1] = dependent;
    }
  }
}

}  // namespace kg::syntax
