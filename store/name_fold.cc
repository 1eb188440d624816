#include "kg/name_fold.h"

#include <utf8proc.h>

#include <cstdlib>

#include "kg/name_key.h"

namespace kg {
namespace {

constexpr std::size_t kShortestFoldedWord = 5;

// `text` without diacritics, case folded, into `out`; false for text that is not UTF-8.
bool StripMarks(std::string_view text, std::string* out) {
  utf8proc_uint8_t* folded = nullptr;
  const utf8proc_ssize_t size = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
      static_cast<utf8proc_ssize_t>(text.size()), &folded,
      static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD));
  if (size < 0) return false;
  out->assign(reinterpret_cast<const char*>(folded), static_cast<std::size_t>(size));
  std::free(folded);
  return true;
}

// The length in bytes of the apostrophe `rest` starts with, 0 when it starts with none.
std::size_t ApostropheLength(std::string_view rest) {
  for (std::string_view apostrophe : {"'", "\u2019", "\u02bc"}) {
    if (rest.starts_with(apostrophe)) return apostrophe.size();
  }
  return 0;
}

// The transliteration variants of one word's ending.
void FoldEnding(std::string* word) {
  if (word->size() < kShortestFoldedWord) return;
  const std::size_t n = word->size();
  const char last = (*word)[n - 1];
  if (last < 'a' || last > 'z') return;
  if (last == (*word)[n - 2] || word->ends_with("iy")) {
    word->erase(n - 2, 1);
  }
}

}  // namespace

std::string FoldedNameKey(std::string_view name) {
  const std::string key = NameKey(name);
  std::string stripped;
  if (!StripMarks(key, &stripped)) return key;
  std::string result;
  std::string word;
  auto end_word = [&] {
    FoldEnding(&word);
    if (!word.empty()) {
      if (!result.empty()) result.push_back(' ');
      result.append(word);
    }
    word.clear();
  };
  for (std::size_t i = 0; i < stripped.size(); ++i) {
    const std::size_t apostrophe = ApostropheLength(std::string_view(stripped).substr(i));
    if (apostrophe > 0) {
      i += apostrophe - 1;
    } else if (stripped[i] == ' ' || stripped[i] == '-') {
      end_word();
    } else {
      word.push_back(stripped[i]);
    }
  }
  end_word();
  return result;
}

}  // namespace kg
