// ImportRows: an import's edges in the key orders of the edges_out and edges_in families.
//
// An imported node's entity id is a fixed first id plus its index, so node indexes order edges
// as entity ids do. Rows are put in order by a counting sort on their major node (indexes are
// dense) followed by a sort of each node's few rows, which is linear in the edges where a sort
// of all of them is not: the previous import spent 7 % of its time in two std::sorts.
#pragma once

#include <cstdint>
#include <vector>

#include "kg/store.h"
#include "schema.h"

namespace kg::store {

// One edge in a family's key order: by major node, relation, minor node. In edges_out the major
// node is the source, in edges_in the target.
struct ImportRow {
  std::uint32_t major = 0;
  RelationId relation = 0;
  std::uint32_t minor = 0;
  std::uint32_t index = 0;  // OutRows: into ImportGraph::edges; InRows: into the OutRows
};

// graph->edges in edges_out order, `relation_ids` giving each relation's store id. Repeated
// edges are merged, in input order, into the first of them (counts and weights add up, dates
// widen), whose row is the one kept. Needs fewer than UINT32_MAX edges.
std::vector<ImportRow> OutRows(ImportGraph* graph, const std::vector<RelationId>& relation_ids);

// The same edges in edges_in order; each row's index is its position in `out`.
std::vector<ImportRow> InRows(const std::vector<ImportRow>& out, std::size_t node_count);

}  // namespace kg::store
