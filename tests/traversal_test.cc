// Neighbourhoods and shortest paths on the sample graph (see sample_graph.h).
#include <catch2/catch.hpp>

#include "kg/neighborhood.h"
#include "kg/shortest_path.h"
#include "sample_graph.h"
#include "temp_dir.h"

namespace {

constexpr kg::EntityId kVarga = 1, kBrandt = 2, kFront = 3, kKessel = 4, kOstland = 5, kLind = 6,
                       kReed = 7;

std::vector<std::string> Describe(const std::vector<kg::NeighborRow>& rows) {
  std::vector<std::string> text;
  for (const kg::NeighborRow& row : rows) {
    text.push_back(std::to_string(row.depth) + " " + std::to_string(row.step.from) + " " +
                   row.step.edge.relation + " " + std::to_string(row.step.to));
  }
  return text;
}

std::vector<kg::EntityId> Entities(const kg::Path& path) {
  std::vector<kg::EntityId> ids = {path.front().from};
  for (const kg::Step& step : path)
    ids.push_back(step.to);
  return ids;
}

}  // namespace

TEST_CASE("neighbors at depth 1 are every kept edge of the entity, most evidence first",
          "[traversal]") {
  kg::testing::TempDir dir;
  auto store = kg::testing::OpenSampleGraph(dir.file("db"));
  const auto rows = kg::FindNeighbors(*store, kg::testing::SampleCatalog(), kVarga, {});
  REQUIRE(rows.ok());
  CHECK(Describe(*rows) ==
        std::vector<std::string>{"1 1 accused 3", "1 1 met_with 2", "1 1 supported 6"});
}

TEST_CASE("neighbors at depth 2 add only entities not reached before", "[traversal]") {
  kg::testing::TempDir dir;
  auto store = kg::testing::OpenSampleGraph(dir.file("db"));
  kg::NeighborOptions options;
  options.depth = 2;
  const auto rows = kg::FindNeighbors(*store, kg::testing::SampleCatalog(), kVarga, options);
  REQUIRE(rows.ok());
  CHECK(Describe(*rows) == std::vector<std::string>{"1 1 accused 3", "1 1 met_with 2",
                                                    "1 1 supported 6", "2 3 captured 4",
                                                    "2 2 criticized 5", "2 3 attacked 5"});
}

TEST_CASE("neighbors --dir out follows a symmetric edge stored the other way", "[traversal]") {
  kg::testing::TempDir dir;
  auto store = kg::testing::OpenSampleGraph(dir.file("db"));
  kg::NeighborOptions options;
  options.direction = kg::Direction::kOut;
  const auto rows = kg::FindNeighbors(*store, kg::testing::SampleCatalog(), kBrandt, options);
  REQUIRE(rows.ok());
  CHECK(Describe(*rows) == std::vector<std::string>{"1 2 met_with 1", "1 2 accused 3"});
  CHECK(rows->front().step.orientation == kg::Orientation::kUndirected);
}

TEST_CASE("neighbors --dir in lists only edges into the entity", "[traversal]") {
  kg::testing::TempDir dir;
  auto store = kg::testing::OpenSampleGraph(dir.file("db"));
  kg::NeighborOptions options;
  options.direction = kg::Direction::kIn;
  options.filter.relations = {"supported", "accused"};
  const auto rows = kg::FindNeighbors(*store, kg::testing::SampleCatalog(), kVarga, options);
  REQUIRE(rows.ok());
  CHECK(Describe(*rows) == std::vector<std::string>{"1 1 supported 6"});
  CHECK(rows->front().step.orientation == kg::Orientation::kIn);
}

TEST_CASE("under an evidence filter a step counts only the evidence kept", "[traversal]") {
  kg::testing::TempDir dir;
  auto store = kg::testing::OpenSampleGraph(dir.file("db"));
  kg::NeighborOptions options;
  options.filter.modalities = {"reported"};
  const auto rows = kg::FindNeighbors(*store, kg::testing::SampleCatalog(), kVarga, options);
  REQUIRE(rows.ok());
  REQUIRE(Describe(*rows) == std::vector<std::string>{"1 1 accused 3"});
  CHECK(rows->front().step.count == 1);  // of the accusation's two pieces, one is reported
}

TEST_CASE("the minimum count applies to all of an edge's evidence, as in export", "[traversal]") {
  kg::testing::TempDir dir;
  auto store = kg::testing::OpenSampleGraph(dir.file("db"));
  kg::NeighborOptions options;
  options.filter.min_count = 2;
  options.filter.until = "2024-01";
  const auto rows = kg::FindNeighbors(*store, kg::testing::SampleCatalog(), kVarga, options);
  REQUIRE(rows.ok());
  CHECK(Describe(*rows) == std::vector<std::string>{"1 1 accused 3"});
}

TEST_CASE("neighbors stop at the row limit", "[traversal]") {
  kg::testing::TempDir dir;
  auto store = kg::testing::OpenSampleGraph(dir.file("db"));
  kg::NeighborOptions options;
  options.depth = 3;
  options.limit = 2;
  const auto rows = kg::FindNeighbors(*store, kg::testing::SampleCatalog(), kVarga, options);
  REQUIRE(rows.ok());
  CHECK(rows->size() == 2);
}

TEST_CASE("the shortest path goes through the fewest entities", "[traversal]") {
  kg::testing::TempDir dir;
  auto store = kg::testing::OpenSampleGraph(dir.file("db"));
  const auto paths =
      kg::ShortestPaths(*store, kg::testing::SampleCatalog(), kLind, kKessel, kg::PathOptions{});
  REQUIRE(paths.ok());
  REQUIRE(paths->size() == 1);
  CHECK(Entities(paths->front()) == std::vector<kg::EntityId>{kLind, kVarga, kFront, kKessel});
  CHECK(paths->front()[1].edge.relation == "accused");
  CHECK(paths->front()[1].orientation == kg::Orientation::kOut);
}

TEST_CASE("asking for all shortest paths finds every one", "[traversal]") {
  kg::testing::TempDir dir;
  auto store = kg::testing::OpenSampleGraph(dir.file("db"));
  kg::PathOptions options;
  options.all = true;
  const auto paths =
      kg::ShortestPaths(*store, kg::testing::SampleCatalog(), kVarga, kOstland, options);
  REQUIRE(paths.ok());
  REQUIRE(paths->size() == 2);
  CHECK(Entities((*paths)[0]) == std::vector<kg::EntityId>{kVarga, kBrandt, kOstland});
  CHECK(Entities((*paths)[1]) == std::vector<kg::EntityId>{kVarga, kFront, kOstland});
}

TEST_CASE("a path only uses the relations it is given", "[traversal]") {
  kg::testing::TempDir dir;
  auto store = kg::testing::OpenSampleGraph(dir.file("db"));
  kg::PathOptions options;
  options.filter.relations = {"met_with", "criticized"};
  const auto paths =
      kg::ShortestPaths(*store, kg::testing::SampleCatalog(), kVarga, kOstland, options);
  REQUIRE(paths.ok());
  REQUIRE(paths->size() == 1);
  CHECK(Entities(paths->front()) == std::vector<kg::EntityId>{kVarga, kBrandt, kOstland});
}

TEST_CASE("a path longer than the maximum depth is not found", "[traversal]") {
  kg::testing::TempDir dir;
  auto store = kg::testing::OpenSampleGraph(dir.file("db"));
  kg::PathOptions options;
  options.max_depth = 2;
  const auto paths =
      kg::ShortestPaths(*store, kg::testing::SampleCatalog(), kLind, kKessel, options);
  REQUIRE(paths.ok());
  CHECK(paths->empty());
}

TEST_CASE("a directed path follows edges only forwards", "[traversal]") {
  kg::testing::TempDir dir;
  auto store = kg::testing::OpenSampleGraph(dir.file("db"));
  kg::PathOptions options;
  options.direction = kg::Direction::kOut;
  const auto forward =
      kg::ShortestPaths(*store, kg::testing::SampleCatalog(), kLind, kKessel, options);
  const auto backward =
      kg::ShortestPaths(*store, kg::testing::SampleCatalog(), kKessel, kLind, options);
  REQUIRE(forward.ok());
  REQUIRE(backward.ok());
  CHECK(forward->size() == 1);
  CHECK(backward->empty());
}

TEST_CASE("entities in different components have no path", "[traversal]") {
  kg::testing::TempDir dir;
  auto store = kg::testing::OpenSampleGraph(dir.file("db"));
  const auto paths =
      kg::ShortestPaths(*store, kg::testing::SampleCatalog(), kVarga, kReed, kg::PathOptions{});
  REQUIRE(paths.ok());
  CHECK(paths->empty());
}
