// What the graph query commands (neighbors, path, edges, rank, components, ...) share: the
// relation catalog, the edge filter flags, --dir, and entity names for printing.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "command.h"
#include "kg/adjacency.h"
#include "kg/edge_listing.h"
#include "kg/graph_filter.h"
#include "kg/relation_catalog.h"
#include "kg/store.h"

namespace kg::cli {

// The store's relations plus those of the relation lexicon in kg's data folder.
RelationCatalog LoadCatalog(const Store& store);

// --modality: the asserting modalities by default, "all", or a comma-separated list.
void AddModalityFlag(Command command, std::vector<std::string>* modalities);
// Throws CliError for an unknown modality.
ModalitySet ParseModalityFlag(const std::vector<std::string>& modalities);

// --rel, --since, --until, --modality, --min-count.
struct FilterFlags {
  std::vector<std::string> relations;
  std::string since;
  std::string until;
  std::vector<std::string> modalities;
  std::uint64_t min_count = 0;
};
void AddFilterFlags(Command command, FilterFlags* flags);
// Throws CliError for an unknown relation or modality or a malformed date.
GraphFilter MakeGraphFilter(const FilterFlags& flags, const RelationCatalog& catalog);

// Entity type names in any case (person, GPE, ...); throws CliError for an unknown one.
std::set<EntityType> ParseTypeNames(const std::vector<std::string>& names);

// --dir out|in|both.
void AddDirectionFlag(Command command, std::string* direction);
Direction ParseDirection(const std::string& direction);

// The step drawn as "-accused->", "<-accused-" or "-met_with-".
std::string RelationArrow(const Step& step);
// An edge's modalities for a table cell: "asserted,reported".
std::string ModalityCell(const std::vector<std::string>& modalities);

// Entity records by id, read from the store once each.
class EntityNames {
 public:
  explicit EntityNames(const Store& store) : store_(store) {}
  const EntityRecord& Get(EntityId id);  // throws CliError when the store fails
  const std::string& Name(EntityId id) { return Get(id).name; }
  // Get() as the lookup the graph records take.
  EntityLookup Lookup() {
    return [this](EntityId id) -> const EntityRecord& { return Get(id); };
  }

 private:
  const Store& store_;
  std::unordered_map<EntityId, EntityRecord> entities_;
};

}  // namespace kg::cli
