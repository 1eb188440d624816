// EntityProfile: what the store knows about one entity, for `kg entity`.
//
// Built from one prefix scan of the entity's edges in each direction plus the evidence of its
// strongest edges; the graph is never loaded.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "kg/adjacency.h"
#include "kg/relation_catalog.h"
#include "kg/status.h"
#include "kg/store.h"

namespace kg {

struct RelationDegree {
  std::string relation;
  std::uint64_t out = 0;         // edges from the entity
  std::uint64_t in = 0;          // edges into the entity
  std::uint64_t undirected = 0;  // edges of a symmetric relation
  std::uint64_t evidence = 0;    // pieces of evidence on all of them
};

struct NeighborSummary {
  EntityId id = 0;
  std::uint64_t evidence = 0;          // on all edges between the two
  std::vector<std::string> relations;  // distinct, sorted
};

struct EvidenceSample {
  Step step;
  EvidenceRecord evidence;
};

struct EntityProfile {
  EntityRecord entity;
  std::vector<RelationDegree> degrees;     // by relation name
  std::vector<NeighborSummary> neighbors;  // most evidence first, then id
  std::vector<EvidenceSample> evidence;    // strongest evidence of the best-supported edges
};

struct ProfileOptions {
  std::size_t neighbors = 10;
  std::size_t evidence = 5;
  ModalitySet modalities = AssertingModalities();  // the evidence that counts
};

Result<EntityProfile> ProfileEntity(const Store& store, const RelationCatalog& catalog,
                                    const EntityRecord& entity, const ProfileOptions& options);

}  // namespace kg
