#include "names/word_shape.h"

#include <algorithm>

namespace kg {

bool IsCapitalised(std::string_view word) {
  return !word.empty() && word[0] >= 'A' && word[0] <= 'Z';
}

bool IsAllCaps(std::string_view word) {
  return std::none_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool IsLowerCaseWord(std::string_view word) {
  return !word.empty() &&
         std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool IsHyphen(std::string_view word) {
  return word == "-" || word == "\xE2\x80\x93";  // hyphen-minus, en dash
}

bool IsCapitalisedWord(std::string_view word) {
  return IsCapitalised(word) && std::all_of(word.begin() + 1, word.end(), [](unsigned char c) {
           return (c >= 'a' && c <= 'z') || c >= 0x80;
         });
}

int LetterCount(std::string_view form) {
  return static_cast<int>(std::count_if(form.begin(), form.end(), [](unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
  }));
}

bool HasTripleLetter(std::string_view form) {
  for (std::size_t i = 2; i < form.size(); ++i) {
    if (form[i] >= 'a' && form[i] <= 'z' && form[i] == form[i - 1] && form[i] == form[i - 2])
      return true;
  }
  return false;
}

}  // namespace kg
