// EdgeListing: the edges the filter keeps, with their kept evidence — of one entity by prefix
// scans, or of the whole graph by one scan — and the evidence of one edge.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "kg/adjacency.h"
#include "kg/graph_filter.h"
#include "kg/relation_catalog.h"
#include "kg/status.h"
#include "kg/store.h"

namespace kg {

// An entity's record by id; callers back it with a cache of store reads.
using EntityLookup = std::function<const EntityRecord&(EntityId)>;

struct EdgeRow {
  EdgeRecord edge;          // a symmetric edge is turned to start at the named entity
  std::uint64_t count = 0;  // kept evidence
  std::vector<std::string> modalities;
  bool symmetric = false;
};

// Kept edges leaving `from` (entering `to` when `from` is null), only those reaching `to` when
// both are given; with neither, every kept edge of the graph. Unordered.
Result<std::vector<EdgeRow>> ListEdges(const Store& store, const RelationCatalog& catalog,
                                       const GraphFilter& filter, const EntityRecord* from,
                                       const EntityRecord* to);

// Most kept evidence first, then by source name, relation and target name.
void SortByEvidence(std::vector<EdgeRow>& rows, const EntityLookup& entities);

// The stored edge `subject` REL `object` (either way round for a symmetric relation), whatever
// its evidence says; nullopt when there is none.
Result<std::optional<EdgeRecord>> FindEdge(const Store& store, const RelationCatalog& catalog,
                                           EntityId subject, const std::string& relation,
                                           EntityId object);

// Every piece of evidence of `edge`, by date, document and sentence.
Result<std::vector<EvidenceRecord>> EvidenceOf(const Store& store, const EdgeRecord& edge);

}  // namespace kg
