// Whole-graph measures over a GraphView, computed with Boost.Graph.
//
// Each function returns one value per vertex of the view, indexed like view.entities.
//   Degree       the number of kept edges at the vertex (a self-loop counts once).
//   PageRank     boost::graph::page_rank on the directed graph (a symmetric edge points both
//                ways), damping 0.85, 50 iterations, scaled to sum to 1. Boost's formulation
//                does not hand the rank of vertices without out-edges back to the others.
//   Betweenness  boost::brandes_betweenness_centrality on the simple undirected graph (one
//                link per pair of linked vertices), counting each unordered pair once.
//   Components   boost::connected_components on the same undirected graph; component numbers
//                are ordered by decreasing size, then by smallest vertex.
#pragma once

#include <cstdint>
#include <vector>

#include "kg/graph_view.h"

namespace kg {

std::vector<double> DegreeScores(const GraphView& view);
std::vector<double> PageRankScores(const GraphView& view);
std::vector<double> BetweennessScores(const GraphView& view);

struct Components {
  std::vector<std::uint32_t> component_of;  // vertex index -> component number
  std::vector<std::uint32_t> sizes;         // component number -> vertex count
};
Components ConnectedComponents(const GraphView& view);

}  // namespace kg
