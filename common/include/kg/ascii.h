// ASCII letter case, the same in every locale: for keys, word lists and names in any case.
// Bytes outside A-Z and a-z (digits, punctuation, UTF-8 sequences) are left as they are.
#pragma once

#include <string>
#include <string_view>

namespace kg {

inline bool IsAsciiUpper(char c) {
  return c >= 'A' && c <= 'Z';
}
inline bool IsAsciiLower(char c) {
  return c >= 'a' && c <= 'z';
}

// `text` with A-Z turned into a-z.
std::string AsciiLower(std::string_view text);

}  // namespace kg
