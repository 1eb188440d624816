#include "entity_naming.h"

#include <algorithm>
#include <tuple>

#include "kg/name_key.h"

namespace kg::store {
namespace {

auto Fullness(const std::string& name) {
  const std::string key = NameKey(name);
  return std::tuple(std::count(key.begin(), key.end(), ' '), name.size(), std::string_view(name));
}

}  // namespace

EntityType VotedType(const EntityRecord& entity) {
  const auto most = std::max_element(entity.type_votes.begin(), entity.type_votes.end());
  if (*most == 0) return entity.type;
  return static_cast<EntityType>(most - entity.type_votes.begin());
}

void AddDocumentName(EntityRecord* entity, std::string_view name) {
  std::vector<std::string>& names = entity->document_names;
  const auto at = std::lower_bound(names.begin(), names.end(), name);
  if (at == names.end() || *at != name) names.emplace(at, name);
}

void SettleNameAndType(EntityRecord* entity) {
  entity->type = VotedType(*entity);
  const std::string current = entity->name;
  const std::vector<std::string>& chosen_by_documents = entity->document_names;
  auto candidate = [&](const std::string& name) {
    return name == current ||
           (!entity->pinned &&
            std::binary_search(chosen_by_documents.begin(), chosen_by_documents.end(), name));
  };
  std::vector<std::string> names = std::move(entity->aliases);
  names.push_back(std::move(entity->name));
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  std::erase(names, std::string());
  if (names.empty()) return;  // no name to choose from; kg check reports the empty name
  auto canonical = names.end();
  for (auto it = names.begin(); it != names.end(); ++it) {
    if (candidate(*it) && (canonical == names.end() || Fullness(*canonical) < Fullness(*it)))
      canonical = it;
  }
  if (canonical == names.end()) canonical = names.begin();
  entity->name = *canonical;
  names.erase(canonical);
  entity->aliases = std::move(names);
}

}  // namespace kg::store
