#include "entity_index.h"

#include <algorithm>

#include "kg/name_fold.h"
#include "schema.h"

namespace kg::store {
namespace {

void SortUnique(std::vector<std::string>* values) {
  std::sort(values->begin(), values->end());
  values->erase(std::unique(values->begin(), values->end()), values->end());
}

void UpdateFamily(const std::vector<std::string>& before, const std::vector<std::string>& after,
                  EntityId before_id, EntityId after_id, rocksdb::ColumnFamilyHandle* family,
                  rocksdb::WriteBatch* batch) {
  for (const std::string& name : before) {
    if (before_id != after_id || !std::binary_search(after.begin(), after.end(), name)) {
      batch->Delete(family, AliasKey(name, before_id));
    }
  }
  for (const std::string& name : after) {
    // Rewriting an unchanged entry would only pile up versions for scans to skip.
    if (before_id != after_id || !std::binary_search(before.begin(), before.end(), name)) {
      batch->Put(family, AliasKey(name, after_id), "");
    }
  }
}

}  // namespace

std::string_view LastWord(std::string_view normalized_name) {
  const std::size_t space = normalized_name.rfind(' ');
  return space == std::string_view::npos ? normalized_name : normalized_name.substr(space + 1);
}

std::vector<std::string> IndexedNames(const EntityRecord& entity) {
  std::vector<std::string> names = {FoldedNameKey(entity.name)};
  for (const std::string& alias : entity.aliases)
    names.push_back(FoldedNameKey(alias));
  names.erase(std::remove(names.begin(), names.end(), std::string()), names.end());
  SortUnique(&names);
  return names;
}

std::vector<std::string> IndexedSurnames(const EntityRecord& entity) {
  std::vector<std::string> surnames;
  if (entity.type != EntityType::kPerson) return surnames;
  for (const std::string& name : IndexedNames(entity)) {
    if (name.find(' ') != std::string::npos) surnames.emplace_back(LastWord(name));
  }
  SortUnique(&surnames);
  return surnames;
}

void UpdateIndexEntries(const EntityRecord* before, const EntityRecord* after,
                        rocksdb::ColumnFamilyHandle* aliases, rocksdb::ColumnFamilyHandle* surnames,
                        rocksdb::WriteBatch* batch) {
  const std::vector<std::string> no_names;
  const EntityId before_id = before != nullptr ? before->id : 0;
  const EntityId after_id = after != nullptr ? after->id : 0;
  UpdateFamily(before != nullptr ? IndexedNames(*before) : no_names,
               after != nullptr ? IndexedNames(*after) : no_names, before_id, after_id, aliases,
               batch);
  UpdateFamily(before != nullptr ? IndexedSurnames(*before) : no_names,
               after != nullptr ? IndexedSurnames(*after) : no_names, before_id, after_id, surnames,
               batch);
}

void AddAliasTo(EntityRecord* entity, std::string_view alias) {
  if (alias.empty() || alias == entity->name) return;
  for (const std::string& known : entity->aliases) {
    if (known == alias) return;
  }
  entity->aliases.emplace_back(alias);
}

}  // namespace kg::store
