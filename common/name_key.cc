#include "kg/name_key.h"

#include <algorithm>

namespace kg {

std::string NameKey(std::string_view name) {
  std::string key;
  key.reserve(name.size());
  for (char c : name) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      if (!key.empty() && key.back() != ' ') key.push_back(' ');
    } else {
      key.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    }
  }
  if (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

std::string AliasKey(std::string_view name) {
  const bool acronym = name.size() <= 5 && std::all_of(name.begin(), name.end(), [](char c) {
                         return (c >= 'A' && c <= 'Z') || c == '.';
                       });
  return acronym ? std::string(name) : NameKey(name);
}

}  // namespace kg
