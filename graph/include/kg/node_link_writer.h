// JSON export in NetworkX's node-link form, written as a stream.
//
// One JSON object: {"directed": true, "multigraph": true, "graph": {"name": "kg"},
// "nodes": [{"id": "n1", "label": ..., ...}, ...],
// "links": [{"source": "n1", "target": "n2", "key": "<relation>", "relation": ..., ...}, ...]}
// which networkx.node_link_graph() reads into a MultiDiGraph (docs/export.md lists every field).
// Node ids match the GraphML export; lists are JSON arrays; empty text fields are left out.
#pragma once

#include <ostream>

#include "kg/graph_selection.h"
#include "kg/status.h"

namespace kg {

Result<ExportCounts> WriteNodeLinkJson(const GraphSelection& graph, std::ostream& out);

}  // namespace kg
