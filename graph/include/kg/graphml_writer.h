// GraphML export of a store, written as a stream.
//
// Writes GraphML 1.1 (namespace http://graphml.graphdrawing.org/xmlns) following
// docs/export.md: every attribute declared as a <key> with an explicit attr.type (string, int or
// double), keys before nodes before edges, edgedefault="directed", one edge per (source,
// relation, target). Node ids are "n<entity id>" and edge ids "e<source>-<relation>-<target>",
// stable across exports of the same store. Lists are JSON-encoded strings. All text is
// XML-escaped with the characters XML 1.0 forbids removed. Memory use does not grow with the
// graph: nodes and edges are written as the selection streams them.
#pragma once

#include <ostream>

#include "kg/graph_selection.h"
#include "kg/status.h"
#include "kg/store.h"

namespace kg {

Result<ExportCounts> WriteGraphml(const GraphSelection& graph, std::ostream& out);
// The whole graph.
Result<ExportCounts> WriteGraphml(const Store& store, std::ostream& out);

}  // namespace kg
