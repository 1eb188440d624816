#include "kg/graph_metrics.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/page_rank.hpp>
#include <numeric>
#include <utility>

namespace kg {
namespace {

using DirectedGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;
using UndirectedGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

// One undirected link per pair of distinct linked vertices.
UndirectedGraph SimpleUndirected(const GraphView& view) {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> links;
  for (const GraphView::Arc& arc : view.arcs) {
    if (arc.source != arc.target)
      links.emplace_back(std::min(arc.source, arc.target), std::max(arc.source, arc.target));
  }
  std::sort(links.begin(), links.end());
  links.erase(std::unique(links.begin(), links.end()), links.end());
  return UndirectedGraph(links.begin(), links.end(), view.entities.size());
}

}  // namespace

std::vector<double> DegreeScores(const GraphView& view) {
  std::vector<double> degree(view.entities.size(), 0.0);
  for (const GraphView::Arc& arc : view.arcs) {
    degree[arc.source] += 1;
    if (arc.target != arc.source) degree[arc.target] += 1;
  }
  return degree;
}

std::vector<double> PageRankScores(const GraphView& view) {
  DirectedGraph graph(view.entities.size());
  for (const GraphView::Arc& arc : view.arcs) {
    boost::add_edge(arc.source, arc.target, graph);
    if (arc.symmetric && arc.source != arc.target) boost::add_edge(arc.target, arc.source, graph);
  }
  std::vector<double> rank(view.entities.size(), 0.0);
  if (rank.empty()) return rank;
  boost::graph::page_rank(
      graph,
      boost::make_iterator_property_map(rank.begin(), boost::get(boost::vertex_index, graph)),
      boost::graph::n_iterations(50));
  const double total = std::accumulate(rank.begin(), rank.end(), 0.0);
  if (total > 0) {
    for (double& value : rank)
      value /= total;
  }
  return rank;
}

std::vector<double> BetweennessScores(const GraphView& view) {
  const UndirectedGraph graph = SimpleUndirected(view);
  std::vector<double> centrality(view.entities.size(), 0.0);
  boost::brandes_betweenness_centrality(
      graph, boost::centrality_map(boost::make_iterator_property_map(
                 centrality.begin(), boost::get(boost::vertex_index, graph))));
  // Brandes' algorithm on an undirected graph counts every pair of ends twice.
  for (double& value : centrality)
    value /= 2;
  return centrality;
}

Components ConnectedComponents(const GraphView& view) {
  const UndirectedGraph graph = SimpleUndirected(view);
  std::vector<std::uint32_t> raw(view.entities.size(), 0);
  const std::uint32_t count = static_cast<std::uint32_t>(boost::connected_components(
      graph,
      boost::make_iterator_property_map(raw.begin(), boost::get(boost::vertex_index, graph))));
  // Boost numbers components in order of their smallest vertex; renumber largest first.
  std::vector<std::uint32_t> sizes(count, 0);
  for (std::uint32_t component : raw)
    ++sizes[component];
  std::vector<std::uint32_t> order(count);
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::uint32_t a, std::uint32_t b) { return sizes[a] > sizes[b]; });
  std::vector<std::uint32_t> renumbered(count);
  Components components;
  for (std::uint32_t i = 0; i < count; ++i) {
    renumbered[order[i]] = i;
    components.sizes.push_back(sizes[order[i]]);
  }
  for (std::uint32_t component : raw)
    components.component_of.push_back(renumbered[component]);
  return components;
}

}  // namespace kg
