#include "suffix_rules.h"

namespace kg::syntax {
namespace {

bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

std::string_view DropSuffix(std::string_view word, std::size_t n) {
  return word.substr(0, word.size() - n);
}

// "stopp" -> "stop", "argu" -> "argue", "chang" -> "change": repairs a stem left by removing
// "-ed", "-ing", "-er" or "-est".
std::string RepairStem(std::string_view stem) {
  const std::size_t n = stem.size();
  if (n >= 3 && stem[n - 1] == stem[n - 2] && !IsVowel(stem[n - 1]) && stem[n - 1] != 'l' &&
      stem[n - 1] != 's' && stem[n - 1] != 'z' && stem[n - 1] != 'f') {
    return std::string(stem.substr(0, n - 1));
  }
  const char last = n >= 2 ? stem[n - 1] : '\0';
  const char before = n >= 2 ? stem[n - 2] : '\0';
  // receiv-e, argu-e, danc-e, seiz-e; damag-e, judg-e, charg-e but not bang or sing.
  if (last == 'v' || last == 'u' || last == 'c' || last == 'z' ||
      (last == 'g' && (IsVowel(before) || before == 'd' || before == 'r'))) {
    return std::string(stem) + 'e';
  }
  return std::string(stem);
}

std::string PluralBase(std::string_view word) {
  if (word.size() > 4 && word.ends_with("ies")) return std::string(DropSuffix(word, 3)) + 'y';
  if (word.ends_with("sses") || word.ends_with("shes") || word.ends_with("ches") ||
      word.ends_with("xes") || word.ends_with("zes")) {
    return std::string(DropSuffix(word, 2));
  }
  if (word.size() > 3 && word.ends_with("men")) return std::string(DropSuffix(word, 2)) + "an";
  if (word.size() > 2 && word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us")) {
    return std::string(DropSuffix(word, 1));
  }
  return std::string(word);
}

}  // namespace

std::string SuffixRuleBase(std::string_view word, std::string_view xpos) {
  if (xpos == "NNS" || xpos == "VBZ") return PluralBase(word);
  if (xpos == "VBD" || xpos == "VBN") {
    if (word.size() > 4 && word.ends_with("ied")) return std::string(DropSuffix(word, 3)) + 'y';
    if (word.ends_with("eed")) return std::string(DropSuffix(word, 1));
    if (word.size() > 3 && word.ends_with("ed")) return RepairStem(DropSuffix(word, 2));
    return std::string(word);
  }
  if (xpos == "VBG") {
    if (word.size() > 4 && word.ends_with("ing")) return RepairStem(DropSuffix(word, 3));
    return std::string(word);
  }
  // JJR, JJS, RBR, RBS
  for (std::string_view suffix : {"est", "er"}) {
    if (word.size() <= suffix.size() + 2 || !word.ends_with(suffix)) continue;
    const std::string_view stem = DropSuffix(word, suffix.size());
    if (stem.back() == 'i') return std::string(DropSuffix(stem, 1)) + 'y';
    return RepairStem(stem);
  }
  return std::string(word);
}

std::string SingularProperNoun(std::string_view word) {
  if (word.size() > 4 && (word.ends_with("ies") || word.ends_with("IES"))) {
    return std::string(DropSuffix(word, 3)) + (word.back() == 'S' ? 'Y' : 'y');
  }
  if (word.size() > 2 && (word.back() == 's' || word.back() == 'S') &&
      word[word.size() - 2] != 's' && word[word.size() - 2] != 'S' &&
      word[word.size() - 2] != 'u') {
    return std::string(DropSuffix(word, 1));
  }
  return std::string(word);
}

}  // namespace kg::syntax
