// Tokenizer: raw UTF-8 news text to UD English EWT-style syntactic words.
//
// Contract:
//  - Every word is a non-empty byte range [begin, end) of the input; ranges are in text order,
//    never overlap and never contain whitespace (Unicode spaces, NBSP and zero-width space
//    included). Concatenating a word's bytes gives its form, so offsets are exact.
//  - Clitics are split as EWT does: "don't" -> "do" "n't", "Russia's" -> "Russia" "'s",
//    "I'm" -> "I" "'m", also with ’ and `; "cannot" -> "can" "not", "gonna" -> "gon" "na".
//  - Punctuation is split off (quotes of all kinds, brackets, dashes, "...", "?!"), except the
//    period of abbreviations ("U.S.", "Dr.", "Jan.", "Gen.", initials such as "W.").
//  - Hyphenated compounds are split ("search-engine" -> "search" "-" "engine") unless the first
//    part is a prefix ("e-mail", "non-stop", "co-workers"); numbers ("1,000", "3.5", "11:30",
//    "9/11"), URLs and e-mail addresses stay whole; "$5" and "50%" are split from their numbers.
//  - Invalid UTF-8 never fails: offending bytes are treated as word characters.
// Offsets are 32-bit: texts must be shorter than 4 GiB.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace kg::syntax {

struct TokenSpan {
  std::uint32_t begin = 0;  // byte offset of the first byte
  std::uint32_t end = 0;    // byte offset one past the last byte

  friend bool operator==(const TokenSpan&, const TokenSpan&) = default;
};

// Appends the words of `text` to `out`.
void Tokenize(std::string_view text, std::vector<TokenSpan>& out);

inline std::vector<TokenSpan> Tokenize(std::string_view text) {
  std::vector<TokenSpan> out;
  Tokenize(text, out);
  return out;
}

}  // namespace kg::syntax
