// Graph views, ranking and components on the sample graph (see sample_graph.h).
#include "kg/graph_metrics.h"

#include <catch2/catch.hpp>

#include "kg/graph_view.h"
#include "sample_graph.h"
#include "temp_dir.h"

namespace {

// The score of entity `id` in `scores`, indexed like view.entities.
double ScoreOf(const kg::GraphView& view, const std::vector<double>& scores, kg::EntityId id) {
  for (std::size_t i = 0; i < view.entities.size(); ++i) {
    if (view.entities[i] == id) return scores[i];
  }
  FAIL("entity " << id << " is not in the view");
  return 0;
}

}  // namespace

TEST_CASE("a graph view holds the kept edges and their endpoints only", "[metrics]") {
  kg::testing::TempDir dir;
  auto store = kg::testing::OpenSampleGraph(dir.file("db"));
  kg::GraphFilter filter;
  filter.relations = {"accused"};
  const auto view = kg::BuildGraphView(*store, kg::testing::SampleCatalog(), filter);
  REQUIRE(view.ok());
  CHECK(view->entities == std::vector<kg::EntityId>{1, 2, 3});
  CHECK(view->arcs.size() == 2);
}

TEST_CASE("degree counts the kept edges at each entity", "[metrics]") {
  kg::testing::TempDir dir;
  auto store = kg::testing::OpenSampleGraph(dir.file("db"));
  const auto view = kg::BuildGraphView(*store, kg::testing::SampleCatalog(), {});
  REQUIRE(view.ok());
  const std::vector<double> degree = kg::DegreeScores(*view);
  CHECK(ScoreOf(*view, degree, 3) == 4);  // Northern Front
  CHECK(ScoreOf(*view, degree, 1) == 3);  // Elena Varga
  CHECK(ScoreOf(*view, degree, 8) == 1);  // Harbor Union
}

TEST_CASE("pagerank favours the entity most edges point to and sums to one", "[metrics]") {
  kg::testing::TempDir dir;
  auto store = kg::testing::OpenSampleGraph(dir.file("db"));
  const auto view = kg::BuildGraphView(*store, kg::testing::SampleCatalog(), {});
  REQUIRE(view.ok());
  const std::vector<double> rank = kg::PageRankScores(*view);
  double total = 0;
  for (double value : rank)
    total += value;
  CHECK(total == Approx(1.0));
  CHECK(ScoreOf(*view, rank, 3) > ScoreOf(*view, rank, 6));  // Front, accused twice, over Lind
  CHECK(ScoreOf(*view, rank, 4) > ScoreOf(*view, rank, 7));  // Kessel over Reed, who only sues
}

TEST_CASE("betweenness is highest for the entity that bridges the graph", "[metrics]") {
  kg::testing::TempDir dir;
  auto store = kg::testing::OpenSampleGraph(dir.file("db"));
  const auto view = kg::BuildGraphView(*store, kg::testing::SampleCatalog(), {});
  REQUIRE(view.ok());
  const std::vector<double> centrality = kg::BetweennessScores(*view);
  // Lind reaches everyone through Varga; Kessel through the Front.
  CHECK(ScoreOf(*view, centrality, 6) == 0);
  CHECK(ScoreOf(*view, centrality, 1) > ScoreOf(*view, centrality, 2));
  CHECK(ScoreOf(*view, centrality, 3) > ScoreOf(*view, centrality, 2));
  CHECK(ScoreOf(*view, centrality, 7) == 0);
}

TEST_CASE("components are numbered largest first", "[metrics]") {
  kg::testing::TempDir dir;
  auto store = kg::testing::OpenSampleGraph(dir.file("db"));
  const auto view = kg::BuildGraphView(*store, kg::testing::SampleCatalog(), {});
  REQUIRE(view.ok());
  const kg::Components components = kg::ConnectedComponents(*view);
  CHECK(components.sizes == std::vector<std::uint32_t>{6, 2});
  CHECK(components.component_of[0] == 0);  // Varga in the big one
  CHECK(components.component_of[6] == 1);  // Reed with Harbor Union
}

TEST_CASE("a relation filter splits the graph into more components", "[metrics]") {
  kg::testing::TempDir dir;
  auto store = kg::testing::OpenSampleGraph(dir.file("db"));
  kg::GraphFilter filter;
  filter.relations = {"met_with", "captured", "sued"};
  const auto view = kg::BuildGraphView(*store, kg::testing::SampleCatalog(), filter);
  REQUIRE(view.ok());
  CHECK(kg::ConnectedComponents(*view).sizes == std::vector<std::uint32_t>{2, 2, 2});
}
