// Code-point access and classification for the tokenizer and the sentence splitter.
//
// Decoding is forgiving: an invalid byte decodes as U+FFFD of size 1, so byte offsets stay exact
// and tokenisation never fails. Classes follow the Unicode general categories (via utf8proc).
#pragma once

#include <cstdint>
#include <string_view>

namespace kg::syntax {

struct CodePoint {
  char32_t value;
  std::uint32_t size;  // bytes
};

// The code point starting at byte `pos` (< text.size()).
CodePoint DecodeAt(std::string_view text, std::size_t pos);
// The code point ending just before byte `end` (> 0).
CodePoint DecodeBefore(std::string_view text, std::size_t end);

bool IsSpace(char32_t c);
bool IsLetter(char32_t c);
bool IsUpper(char32_t c);
bool IsLower(char32_t c);
bool IsDigit(char32_t c);
inline bool IsAlnum(char32_t c) {
  return IsLetter(c) || IsDigit(c);
}
// ' ’ ` (apostrophes that introduce clitics such as 's and n't)
inline bool IsApostrophe(char32_t c) {
  return c == U'\'' || c == U'\u2019' || c == U'`';
}
// – — ― (dashes that are always tokens of their own; the ASCII hyphen is handled separately)
inline bool IsLongDash(char32_t c) {
  return c == U'\u2013' || c == U'\u2014' || c == U'\u2015';
}

}  // namespace kg::syntax
