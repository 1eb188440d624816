#include "kg/name_resolver.h"

#include <algorithm>
#include <charconv>
#include <tuple>

#include "kg/edit_distance.h"
#include "kg/name_key.h"

namespace kg {
namespace {

// "#42" -> 42; false for anything else.
bool ParseEntityId(std::string_view name, EntityId* id) {
  if (name.size() < 2 || name[0] != '#') return false;
  const char* end = name.data() + name.size();
  const auto [ptr, error] = std::from_chars(name.data() + 1, end, *id);
  return error == std::errc() && ptr == end;
}

struct Suggestion {
  std::size_t distance;
  std::uint64_t mentions;
  std::string name;
  bool operator<(const Suggestion& other) const {
    return std::tie(distance, other.mentions, name) <
           std::tie(other.distance, mentions, other.name);
  }
};

}  // namespace

Result<std::vector<EntityRecord>> MatchEntityName(const Store& store, std::string_view name) {
  Result<std::vector<EntityRecord>> matches = store.FindEntities(name);
  if (!matches.ok() || matches->size() < 2) return matches;
  const std::string key = NameKey(name);
  std::vector<EntityRecord> canonical;
  for (EntityRecord& entity : *matches) {
    if (NameKey(entity.name) == key) canonical.push_back(entity);
  }
  if (canonical.size() == 1) return canonical;
  return matches;
}

Result<EntityRecord> ResolveEntityName(const Store& store, std::string_view name) {
  EntityId id = 0;
  if (ParseEntityId(name, &id)) {
    Result<EntityRecord> entity = store.GetEntity(id);
    if (!entity.ok() && entity.status().code() == Status::Code::kNotFound) {
      return Status::NotFound(std::string("no entity with id ").append(name));
    }
    return entity;
  }
  Result<std::vector<EntityRecord>> matches = MatchEntityName(store, name);
  if (!matches.ok()) return matches.status();
  if (matches->empty()) return UnknownEntity(store, name);
  if (matches->size() == 1) return std::move(matches->front());
  std::string message = "'";
  message.append(name).append("' is ambiguous: ");
  for (std::size_t i = 0; i < matches->size(); ++i) {
    const EntityRecord& entity = (*matches)[i];
    if (i > 0) message.append(i + 1 == matches->size() ? " or " : ", ");
    message.append(entity.name).append(" (").append(EntityTypeName(entity.type));
    message.append(", #").append(std::to_string(entity.id)).append(")");
  }
  return Status::InvalidArgument(message.append("; name one as #ID"));
}

Result<std::vector<std::string>> SuggestEntityNames(const Store& store, std::string_view name,
                                                    std::size_t max) {
  const std::string query = NameKey(name);
  std::vector<Suggestion> close;
  Status status = store.ForEachEntity([&](const EntityRecord& entity) {
    std::size_t best = NameDistance(query, NameKey(entity.name));
    for (const std::string& alias : entity.aliases)
      best = std::min(best, NameDistance(query, NameKey(alias)));
    if (IsCloseEnough(query, best)) close.push_back({best, entity.mention_count, entity.name});
    return true;
  });
  if (!status.ok()) return status;
  std::sort(close.begin(), close.end());
  std::vector<std::string> names;
  for (const Suggestion& suggestion : close) {
    if (names.size() == max) break;
    if (std::find(names.begin(), names.end(), suggestion.name) == names.end())
      names.push_back(suggestion.name);
  }
  return names;
}

Status UnknownEntity(const Store& store, std::string_view name) {
  Result<std::vector<std::string>> suggestions = SuggestEntityNames(store, name, 3);
  if (!suggestions.ok()) return suggestions.status();
  std::string message = "no entity named '";
  message.append(name).append("'");
  if (!suggestions->empty()) {
    message.append(" (did you mean ").append(QuotedAlternatives(*suggestions)).append("?)");
  }
  return Status::NotFound(message);
}

}  // namespace kg
