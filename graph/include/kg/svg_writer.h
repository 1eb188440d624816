// SVG drawing of a small selection, laid out by Graphviz's dot (libgvc/libcgraph).
//
// The selection is written as DOT (see dot_writer.h: nodes filled by type, edges labelled by
// relation), read into cgraph, laid out with "dot" and rendered as SVG. Layout time grows fast
// with size, so selections with more than kMaxSvgNodes nodes are refused.
#pragma once

#include <ostream>

#include "kg/graph_selection.h"
#include "kg/status.h"

namespace kg {

inline constexpr std::size_t kMaxSvgNodes = 300;

Result<ExportCounts> WriteSvg(const GraphSelection& graph, std::ostream& out);

}  // namespace kg
