#include "entity_linker.h"

#include <algorithm>
#include <array>
#include <map>
#include <string>

namespace kg {
namespace {

constexpr std::array<std::string_view, 20> kOrgWords = {
    "News",      "Party",     "Ministry", "Parliament", "Council", "Army",  "Agency",
    "Times",     "Bank",      "Corp",     "Inc",        "Company", "Union", "Court",
    "Committee", "Institute", "Kremlin",  "Pravda",     "Nations", "Front"};
constexpr std::array<std::string_view, 10> kLocWords = {
    "Sea", "Ocean", "River", "Gulf", "Mountains", "Lake", "Island", "Islands", "Valley", "Strait"};
constexpr std::array<std::string_view, 5> kGpeWords = {"United", "Republic", "Kingdom", "City",
                                                       "States"};

std::string_view LastWord(std::string_view name) {
  const std::size_t space = name.rfind(' ');
  return space == std::string_view::npos ? name : name.substr(space + 1);
}

template <std::size_t N>
bool HasWordFrom(std::string_view name, const std::array<std::string_view, N>& words) {
  std::size_t start = 0;
  while (start <= name.size()) {
    std::size_t space = name.find(' ', start);
    if (space == std::string_view::npos) space = name.size();
    if (std::find(words.begin(), words.end(), name.substr(start, space - start)) != words.end()) {
      return true;
    }
    start = space + 1;
  }
  return false;
}

EntityType GuessType(std::string_view name, bool linked_to_longer_name) {
  if (HasWordFrom(name, kOrgWords)) return EntityType::kOrg;
  if (HasWordFrom(name, kLocWords)) return EntityType::kLoc;
  if (HasWordFrom(name, kGpeWords)) return EntityType::kGpe;
  const bool multi_word = name.find(' ') != std::string_view::npos;
  return multi_word || linked_to_longer_name ? EntityType::kPerson : EntityType::kGpe;
}

}  // namespace

std::vector<Entity> LinkEntities(const std::vector<NameMention>& mentions,
                                 std::vector<std::uint32_t>* entity_of_mention) {
  // Canonical form of each distinct surface name.
  std::map<std::string_view, std::string_view> canonical;
  std::map<std::string_view, std::vector<std::string_view>> longer_by_last_word;
  for (const NameMention& mention : mentions) {
    canonical.emplace(mention.text, mention.text);
    if (mention.text.find(' ') != std::string_view::npos) {
      auto& longer = longer_by_last_word[LastWord(mention.text)];
      if (std::find(longer.begin(), longer.end(), mention.text) == longer.end()) {
        longer.push_back(mention.text);
      }
    }
  }
  for (auto& [surface, name] : canonical) {
    if (surface.find(' ') != std::string_view::npos) continue;
    const auto longer = longer_by_last_word.find(surface);
    if (longer != longer_by_last_word.end() && longer->second.size() == 1) {
      name = longer->second.front();
    }
  }

  std::vector<Entity> entities;
  std::map<std::string_view, std::uint32_t> index_of;
  entity_of_mention->clear();
  for (const NameMention& mention : mentions) {
    const std::string_view name = canonical[mention.text];
    auto [it, inserted] = index_of.emplace(name, static_cast<std::uint32_t>(entities.size()));
    if (inserted) entities.push_back({std::string(name), EntityType::kPerson, {}, {}});
    Entity& entity = entities[it->second];
    if (mention.text != name && std::find(entity.aliases.begin(), entity.aliases.end(),
                                          mention.text) == entity.aliases.end()) {
      entity.aliases.emplace_back(mention.text);
    }
    entity.mentions.push_back({std::string(mention.text), mention.sentence, mention.span});
    entity_of_mention->push_back(it->second);
  }
  for (Entity& entity : entities)
    entity.type = GuessType(entity.name, !entity.aliases.empty());
  return entities;
}

}  // namespace kg
