#include "entity_linker.h"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <string>

namespace kg {
namespace {

constexpr std::array<std::string_view, 47> kOrgWords = {
    "News",        "Party",        "Ministry",     "Parliament", "Council",    "Army",
    "Agency",      "Times",        "Bank",         "Corp",       "Inc",        "Company",
    "Union",       "Court",        "Committee",    "Institute",  "Kremlin",    "Pravda",
    "Nations",     "Front",        "Air",          "Airlines",   "Airways",    "Group",
    "Corporation", "Organization", "Organisation", "Forces",     "Movement",   "Corps",
    "Police",      "Office",       "Association",  "Federation", "Commission", "Department",
    "Embassy",     "Assembly",     "Senate",       "Congress",   "Foundation", "University",
    "Post",        "Television",   "Radio",        "Authority",  "Guards"};
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

// "CNN", "PKK", "NATO": unknown acronyms mostly name organisations.
bool IsAcronym(std::string_view name) {
  return name.size() >= 2 &&
         std::all_of(name.begin(), name.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

EntityType GuessType(std::string_view name, bool linked_to_longer_name) {
  if (HasWordFrom(name, kOrgWords) || IsAcronym(name)) return EntityType::kOrg;
  if (HasWordFrom(name, kLocWords)) return EntityType::kLoc;
  if (HasWordFrom(name, kGpeWords)) return EntityType::kGpe;
  const bool multi_word = name.find(' ') != std::string_view::npos;
  return multi_word || linked_to_longer_name ? EntityType::kPerson : EntityType::kGpe;
}

}  // namespace

std::vector<Entity> LinkEntities(const std::vector<NameMention>& mentions,
                                 const NameKnowledge& knowledge,
                                 std::vector<std::uint32_t>* entity_of_mention) {
  // What each distinct surface name resolves to on its own.
  std::map<std::string_view, ResolvedName> resolved;
  for (const NameMention& mention : mentions) {
    if (!resolved.contains(mention.text))
      resolved.emplace(mention.text, knowledge.Resolve(mention.text));
  }
  auto may_be_person = [](const ResolvedName& name) {
    return !name.demonym && (!name.type || name.type == EntityType::kPerson);
  };
  // A one-word name that opens exactly one longer organisation name is that organisation
  // ("Mahan" after "Mahan Air"), even when WordNet knows a person of that name: within one
  // article, the article's own long form wins.
  std::map<std::string, std::vector<std::string>> longer_org_by_first_word;
  for (const auto& [surface, name] : resolved) {
    const std::size_t space = name.name.find(' ');
    if (space == std::string::npos || name.demonym) continue;
    if (name.type ? name.type != EntityType::kOrg : !HasWordFrom(name.name, kOrgWords)) continue;
    auto& longer = longer_org_by_first_word[name.name.substr(0, space)];
    if (std::find(longer.begin(), longer.end(), name.name) == longer.end())
      longer.push_back(name.name);
  }
  for (auto& [surface, name] : resolved) {
    if (name.name.find(' ') != std::string::npos || !may_be_person(name)) continue;
    const auto longer = longer_org_by_first_word.find(name.name);
    if (longer != longer_org_by_first_word.end() && longer->second.size() == 1) {
      name.name = longer->second.front();
      name.type = EntityType::kOrg;
    }
  }
  // A one-word name that ends exactly one longer personal name is that person ("Witkoff").
  std::map<std::string, std::vector<std::string>> longer_by_last_word;
  for (const auto& [surface, name] : resolved) {
    if (name.name.find(' ') == std::string::npos || !may_be_person(name)) continue;
    auto& longer = longer_by_last_word[std::string(LastWord(name.name))];
    if (std::find(longer.begin(), longer.end(), name.name) == longer.end())
      longer.push_back(name.name);
  }
  for (auto& [surface, name] : resolved) {
    if (name.name.find(' ') != std::string::npos || !may_be_person(name)) continue;
    const auto longer = longer_by_last_word.find(name.name);
    if (longer != longer_by_last_word.end() && longer->second.size() == 1) {
      name.name = longer->second.front();
      name.type = EntityType::kPerson;
    }
  }

  std::vector<Entity> entities;
  std::vector<std::optional<EntityType>> known_types;
  std::vector<std::map<EntityType, int>> context_votes;
  std::map<std::string, std::uint32_t> index_of;
  entity_of_mention->clear();
  for (const NameMention& mention : mentions) {
    const ResolvedName& name = resolved.at(mention.text);
    auto [it, inserted] = index_of.emplace(name.name, static_cast<std::uint32_t>(entities.size()));
    if (inserted) {
      entities.push_back({name.name, EntityType::kPerson, {}, {}});
      known_types.push_back(name.type);
      context_votes.emplace_back();
    }
    Entity& entity = entities[it->second];
    if (!known_types[it->second]) known_types[it->second] = name.type;
    if (mention.context_type) ++context_votes[it->second][*mention.context_type];
    if (mention.text != name.name && std::find(entity.aliases.begin(), entity.aliases.end(),
                                               mention.text) == entity.aliases.end()) {
      entity.aliases.emplace_back(mention.text);
    }
    entity.mentions.push_back({std::string(mention.text), mention.sentence, mention.span,
                               name.demonym ? MentionKind::kDemonym : MentionKind::kName});
    entity_of_mention->push_back(it->second);
  }
  for (std::size_t i = 0; i < entities.size(); ++i) {
    if (known_types[i]) {
      entities[i].type = *known_types[i];
    } else if (!context_votes[i].empty()) {
      entities[i].type =
          std::max_element(context_votes[i].begin(), context_votes[i].end(),
                           [](const auto& a, const auto& b) { return a.second < b.second; })
              ->first;
    } else {
      entities[i].type = GuessType(entities[i].name, !entities[i].aliases.empty());
    }
  }
  return entities;
}

}  // namespace kg
