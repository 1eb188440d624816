#include "relations/group_agent.h"

#include "kg/ascii.h"

namespace kg {

std::string GroupAgent(const Vocabulary& words, std::string_view after_name) {
  std::size_t begin = 0;
  while (begin < after_name.size() && after_name[begin] == ' ')
    ++begin;
  std::size_t end = begin;
  while (end < after_name.size() && ((after_name[end] >= 'a' && after_name[end] <= 'z') ||
                                     (after_name[end] >= 'A' && after_name[end] <= 'Z'))) {
    ++end;
  }
  const std::string word = AsciiLower(after_name.substr(begin, end - begin));
  for (const auto& [agent, groups] : words.group_agents) {
    if (groups.Contains(word)) return agent;
  }
  return "";
}

}  // namespace kg
