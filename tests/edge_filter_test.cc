#include "kg/edge_filter.h"

#include <catch2/catch.hpp>

#include "sample_graph.h"
#include "temp_dir.h"

namespace {

kg::EdgeRecord FindEdge(const kg::Store& store, const std::string& relation) {
  kg::EdgeRecord found;
  REQUIRE(store
              .ForEachEdge([&](const kg::EdgeRecord& edge) {
                if (edge.relation == relation) found = edge;
                return true;
              })
              .ok());
  REQUIRE(found.relation == relation);
  return found;
}

}  // namespace

TEST_CASE("an empty edge filter keeps every edge with its full count", "[edge_filter]") {
  kg::testing::TempDir dir;
  auto store = kg::testing::OpenSampleGraph(dir.file("db"));
  const kg::EdgeRecord accused = FindEdge(*store, "met_with");
  CHECK(*kg::EdgeFilter{}.KeptCount(*store, accused) == 1);
}

TEST_CASE("the edge filter drops relations it does not list", "[edge_filter]") {
  kg::testing::TempDir dir;
  auto store = kg::testing::OpenSampleGraph(dir.file("db"));
  kg::EdgeFilter filter;
  filter.relations = {"accused"};
  CHECK(*filter.KeptCount(*store, FindEdge(*store, "captured")) == 0);
  CHECK(*filter.KeptCount(*store, FindEdge(*store, "accused")) > 0);
}

TEST_CASE("a modality filter counts only the evidence with that modality", "[edge_filter]") {
  kg::testing::TempDir dir;
  auto store = kg::testing::OpenSampleGraph(dir.file("db"));
  kg::EdgeRecord varga_accused;
  REQUIRE(store
              ->ForEachEdgeOf(1, kg::Direction::kOut,
                              [&](const kg::EdgeRecord& edge) {
                                if (edge.relation == "accused") varga_accused = edge;
                                return true;
                              })
              .ok());
  REQUIRE(varga_accused.count == 2);
  kg::EdgeFilter filter;
  filter.modalities = {"reported"};
  CHECK(*filter.KeptCount(*store, varga_accused) == 1);
  filter.modalities = {"negated"};
  CHECK(*filter.KeptCount(*store, varga_accused) == 0);
}

TEST_CASE("a date window keeps evidence inside it, until being inclusive at its precision",
          "[edge_filter]") {
  kg::testing::TempDir dir;
  auto store = kg::testing::OpenSampleGraph(dir.file("db"));
  const kg::EdgeRecord attacked = FindEdge(*store, "attacked");  // 2024-03-20
  kg::EdgeFilter filter;
  filter.until = "2024-03";
  CHECK(*filter.KeptCount(*store, attacked) == 1);
  filter.until = "2024-02";
  CHECK(*filter.KeptCount(*store, attacked) == 0);
  filter.until.clear();
  filter.since = "2024-03-21";
  CHECK(*filter.KeptCount(*store, attacked) == 0);
}

TEST_CASE("a minimum count drops edges with less kept evidence", "[edge_filter]") {
  kg::testing::TempDir dir;
  auto store = kg::testing::OpenSampleGraph(dir.file("db"));
  kg::EdgeFilter filter;
  filter.min_count = 2;
  CHECK(*filter.KeptCount(*store, FindEdge(*store, "captured")) == 0);
  filter.modalities = {"reported"};
  kg::EdgeRecord varga_accused;
  REQUIRE(store
              ->ForEachEdgeOf(1, kg::Direction::kOut,
                              [&](const kg::EdgeRecord& edge) {
                                if (edge.relation == "accused") varga_accused = edge;
                                return true;
                              })
              .ok());
  CHECK(*filter.KeptCount(*store, varga_accused) == 0);  // only one of its two is reported
}

TEST_CASE("dates are accepted as YYYY, YYYY-MM or YYYY-MM-DD only", "[edge_filter]") {
  CHECK(kg::IsIsoDatePrefix("2024"));
  CHECK(kg::IsIsoDatePrefix("2024-03"));
  CHECK(kg::IsIsoDatePrefix("2024-03-02"));
  CHECK_FALSE(kg::IsIsoDatePrefix("2024-3-2"));
  CHECK_FALSE(kg::IsIsoDatePrefix("March 2024"));
  CHECK_FALSE(kg::IsIsoDatePrefix(""));
}
