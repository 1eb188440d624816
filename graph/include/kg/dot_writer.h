// Graphviz DOT export, written as a stream.
//
// A `digraph` whose node ids are quoted "n<entity id>" and whose nodes carry label (the name),
// type and a fill colour by type; edges carry label and relation (the relation name), count and,
// for weighted imports, edge_weight (not `weight`, which dot requires to be an integer). Strings
// are quoted with " and \ escaped, newlines as \n, other control characters removed, invalid
// UTF-8 dropped, and & written as &amp; because Graphviz decodes entity references in strings.
#pragma once

#include <ostream>

#include "kg/graph_selection.h"
#include "kg/status.h"

namespace kg {

Result<ExportCounts> WriteDot(const GraphSelection& graph, std::ostream& out);

}  // namespace kg
