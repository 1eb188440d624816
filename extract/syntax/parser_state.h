// ParserState: a configuration of the arc-hybrid transition system (Kuhlmann et al. 2011).
//
// Words are numbered 1..n; 0 is the artificial root, which starts (and stays) at the bottom of
// the stack. Transitions:
//   SHIFT      move the first buffer word onto the stack;
//   LEFT(l)    pop s0 and attach it to b0 (b0 -l-> s0);
//   RIGHT(l)   pop s0 and attach it to s1 (s1 -l-> s0).
// RIGHT onto the root is allowed only once the buffer is empty, so every parse is a single tree
// with exactly one word attached to the root. Words on the stack or in the buffer have no head
// yet; a word gets its head exactly when it is popped.
#pragma once

#include <cstdint>
#include <vector>

namespace kg::syntax {

// Transition ids: 0 = SHIFT, 1..L = LEFT(label), L+1..2L = RIGHT(label).
enum class Move { kShift, kLeft, kRight };
inline int ShiftTransition() {
  return 0;
}
inline int LeftTransition(int label) {
  return 1 + label;
}
inline int RightTransition(int label, int num_labels) {
  return 1 + num_labels + label;
}
inline int NumTransitions(int num_labels) {
  return 1 + 2 * num_labels;
}
inline Move MoveOf(int transition, int num_labels) {
  if (transition == 0) return Move::kShift;
  return transition <= num_labels ? Move::kLeft : Move::kRight;
}
inline int LabelOf(int transition, int num_labels) {
  return transition <= num_labels ? transition - 1 : transition - 1 - num_labels;
}

class ParserState {
 public:
  static constexpr int kNone = -1;

  // Starts parsing a sentence of `num_words` words (reusing the storage).
  void Reset(int num_words);

  int num_words() const { return num_words_; }
  // The i-th word from the top of the stack (0 = s0), or kNone.
  int Stack(int i) const {
    const int size = static_cast<int>(stack_.size());
    return i < size ? stack_[static_cast<std::size_t>(size - 1 - i)] : kNone;
  }
  int stack_size() const { return static_cast<int>(stack_.size()); }
  // The i-th word of the buffer (0 = b0), or kNone.
  int Buffer(int i) const { return buffer_ + i <= num_words_ ? buffer_ + i : kNone; }

  bool CanShift() const { return buffer_ <= num_words_; }
  bool CanLeft() const { return stack_.size() >= 2 && buffer_ <= num_words_; }
  bool CanRight() const {
    return stack_.size() >= 3 || (stack_.size() == 2 && buffer_ > num_words_);
  }
  bool CanApply(Move move) const;
  bool IsTerminal() const { return buffer_ > num_words_ && stack_.size() == 1; }

  void Apply(Move move, int label);

  int head(int word) const { return words_[Index(word)].head; }
  int label(int word) const { return words_[Index(word)].label; }
  int leftmost(int word) const { return word < 0 ? kNone : words_[Index(word)].left[0]; }
  int leftmost2(int word) const { return word < 0 ? kNone : words_[Index(word)].left[1]; }
  int rightmost(int word) const { return word < 0 ? kNone : words_[Index(word)].right[0]; }
  int rightmost2(int word) const { return word < 0 ? kNone : words_[Index(word)].right[1]; }
  int left_count(int word) const { return word < 0 ? 0 : words_[Index(word)].left_count; }
  int right_count(int word) const { return word < 0 ? 0 : words_[Index(word)].right_count; }
  std::uint64_t left_labels(int word) const {
    return word < 0 ? 0 : words_[Index(word)].left_labels;
  }
  std::uint64_t right_labels(int word) const {
    return word < 0 ? 0 : words_[Index(word)].right_labels;
  }

 private:
  struct WordState {
    int head;
    int label;
    int left[2];   // nearest-to-the-edge first: leftmost, second leftmost
    int right[2];  // rightmost, second rightmost
    int left_count;
    int right_count;
    std::uint64_t left_labels;  // bit (label % 64) per child label
    std::uint64_t right_labels;
  };
  static std::size_t Index(int word) { return static_cast<std::size_t>(word); }
  void Attach(int head, int dependent, int label);

  int num_words_ = 0;
  int buffer_ = 1;
  std::vector<int> stack_;
  std::vector<WordState> words_;
};

}  // namespace kg::syntax
