#include "relations/group_agent.h"

#include <array>
#include <utility>

#include "kg/ascii.h"

namespace kg {
namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 33> kGroupWords = {{
    {"regime", "government"},
    {"ambassador", "officials"},
    {"embassy", "officials"},
    {"members", "members"},
    {"militia", "military"},
    {"troops", "military"},
    {"forces", "military"},
    {"army", "military"},
    {"military", "military"},
    {"soldiers", "military"},
    {"navy", "military"},
    {"force", "military"},
    {"marines", "military"},
    {"officials", "officials"},
    {"authorities", "officials"},
    {"diplomats", "officials"},
    {"official", "officials"},
    {"ministry", "officials"},
    {"police", "police"},
    {"government", "government"},
    {"governments", "government"},
    {"leaders", "government"},
    {"leadership", "government"},
    {"administration", "government"},
    {"powers", "government"},
    {"states", "government"},
    {"delegation", "delegation"},
    {"negotiators", "delegation"},
    {"representatives", "delegation"},
    {"envoys", "delegation"},
    {"prosecutors", "prosecutors"},
    {"lawmakers", "legislature"},
    {"parliament", "legislature"},
}};

}  // namespace

std::string GroupAgent(std::string_view after_name) {
  std::size_t begin = 0;
  while (begin < after_name.size() && after_name[begin] == ' ')
    ++begin;
  std::size_t end = begin;
  while (end < after_name.size() && ((after_name[end] >= 'a' && after_name[end] <= 'z') ||
                                     (after_name[end] >= 'A' && after_name[end] <= 'Z'))) {
    ++end;
  }
  const std::string word = AsciiLower(after_name.substr(begin, end - begin));
  for (const auto& [group, agent] : kGroupWords) {
    if (word == group) return std::string(agent);
  }
  return "";
}

}  // namespace kg
