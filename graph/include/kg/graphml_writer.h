// GraphML export of a store, written as a stream.
//
// Writes GraphML 1.1 (namespace http://graphml.graphdrawing.org/xmlns): every attribute declared as
// a <key> with an explicit attr.type, keys before nodes before edges, edgedefault="directed".
// Node ids are "n<entity id>" and edge ids "e<source>-<relation>-<target>", stable across exports
// of the same store. Lists (aliases) are JSON-encoded strings. Memory use does not grow with the
// graph: nodes and edges are written as the store's scans produce them.
#pragma once

#include <ostream>

#include "kg/status.h"
#include "kg/store.h"

namespace kg {

struct GraphmlCounts {
  std::uint64_t nodes = 0;
  std::uint64_t edges = 0;
};

Result<GraphmlCounts> WriteGraphml(const Store& store, std::ostream& out);

}  // namespace kg
