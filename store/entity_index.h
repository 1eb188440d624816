// The index entries an entity record implies, and the resolution order for new mentions.
//
// Every name of an entity (canonical name and aliases, as FoldedNameKey, kg/name_fold.h) has an
// entry in the `aliases` family; the last word of every multi-word name of a PERSON has one in
// `surnames`. Writers and
// `kg check` derive the entries from the record with these functions, so they cannot disagree.
#pragma once

#include <rocksdb/write_batch.h>

#include <string>
#include <string_view>
#include <vector>

#include "kg/store.h"

namespace kg::store {

// The folded names of the entity, sorted, without duplicates.
std::vector<std::string> IndexedNames(const EntityRecord& entity);
// Last words of the entity's folded multi-word names if it is a PERSON, sorted, unique.
std::vector<std::string> IndexedSurnames(const EntityRecord& entity);

// The last word of a normalised or folded name.
std::string_view LastWord(std::string_view normalized_name);

// Adds to `batch` what turns the index entries of `before` (nullptr: none) into those of
// `after` (nullptr: none): deletions of entries no longer implied, puts of new ones.
void UpdateIndexEntries(const EntityRecord* before, const EntityRecord* after,
                        rocksdb::ColumnFamilyHandle* aliases, rocksdb::ColumnFamilyHandle* surnames,
                        rocksdb::WriteBatch* batch);

// Adds `alias` to the entity's aliases unless it is empty or already one of its names.
void AddAliasTo(EntityRecord* entity, std::string_view alias);

}  // namespace kg::store
