// The benchmark's graph workload (bench/graph_workload.h) against brute force on a small graph.
//
// A seeded random graph with hubs, sinks and isolated nodes is imported through the Store API,
// like `kg import` does with the peers' graph; every node's 2-hop count and every pair's
// shortest-path length must equal a breadth-first search over the edge list in memory.
#include "graph_workload.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <optional>
#include <queue>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "temp_dir.h"
#include "test_graph.h"

namespace {

using kg::testing::IdOf;
using kg::testing::OpenTestStore;
using kg::testing::TempDir;

constexpr std::uint32_t kNodes = 40;

kg::ImportGraph RandomGraph(std::uint32_t seed) {
  std::mt19937 random(seed);
  kg::ImportGraph graph;
  for (std::uint32_t i = 0; i < kNodes; ++i) {
    kg::EntityRecord node;
    node.name = "Node " + std::to_string(i);
    node.type = kg::EntityType::kOrg;
    graph.nodes.push_back(node);
  }
  graph.relations = {"linked_to", "owns", "met_with"};  // met_with: a symmetric name, kept directed
  // Skewed ends: low-numbered nodes are hubs; the last five have no edges at all.
  std::uniform_int_distribution<std::uint32_t> any(0, kNodes - 6);
  std::set<std::pair<std::uint32_t, std::uint32_t>> pairs;
  while (pairs.size() < 90) {
    const std::uint32_t source = std::min(any(random), any(random));
    const std::uint32_t target = any(random);
    if (source == target || !pairs.insert({source, target}).second) continue;
    kg::ImportGraph::Edge edge;
    edge.source = source;
    edge.relation = static_cast<std::uint32_t>(pairs.size() % 3);
    edge.target = target;
    graph.edges.push_back(edge);
  }
  return graph;
}

std::vector<std::uint32_t> Distances(const kg::ImportGraph& graph, std::uint32_t from) {
  std::vector<std::uint32_t> distance(kNodes, UINT32_MAX);
  std::queue<std::uint32_t> queue;
  distance[from] = 0;
  queue.push(from);
  while (!queue.empty()) {
    const std::uint32_t node = queue.front();
    queue.pop();
    for (const kg::ImportGraph::Edge& edge : graph.edges) {
      if (edge.source == node && distance[edge.target] == UINT32_MAX) {
        distance[edge.target] = distance[node] + 1;
        queue.push(edge.target);
      }
    }
  }
  return distance;
}

}  // namespace

TEST_CASE("the benchmark's 2-hop counts and path lengths equal brute force", "[bench]") {
  for (std::uint32_t seed : {1u, 2u, 3u}) {
    TempDir dir;
    auto store = OpenTestStore(dir.file("db"));
    const kg::ImportGraph graph = RandomGraph(seed);
    REQUIRE(store->Import(graph).ok());
    const auto catalog = kg::bench::DirectedCatalog(*store);
    REQUIRE(catalog.ok());
    std::vector<kg::EntityId> ids;
    for (const kg::EntityRecord& node : graph.nodes)
      ids.push_back(IdOf(*store, node.name));

    std::uint64_t expected_sum = 0;
    std::uint64_t actual_sum = 0;
    for (std::uint32_t from = 0; from < kNodes; ++from) {
      const std::vector<std::uint32_t> distance = Distances(graph, from);
      std::uint64_t within_two = 0;
      for (std::uint32_t d : distance)
        within_two += d == 1 || d == 2;
      const auto count = kg::bench::TwoHopCount(*store, *catalog, ids[from]);
      REQUIRE(count.ok());
      CHECK(*count == within_two);
      const auto scanned = kg::bench::TwoHopCountByScan(*store, ids[from]);
      REQUIRE(scanned.ok());
      CHECK(*scanned == within_two);
      expected_sum += within_two;
      actual_sum += *count;
      for (std::uint32_t to = 0; to < kNodes; ++to) {
        if (to == from) continue;
        const auto hops = kg::bench::ShortestPathHops(*store, *catalog, ids[from], ids[to], 30);
        REQUIRE(hops.ok());
        CAPTURE(seed, from, to);
        if (distance[to] == UINT32_MAX)
          CHECK(!hops->has_value());
        else
          CHECK(hops.value() == std::optional<std::uint32_t>(distance[to]));
      }
    }
    CHECK(actual_sum == expected_sum);
    CHECK(expected_sum > kNodes);  // the graph has real 2-hop neighbourhoods
  }
}
