#include "kg/graph_filter.h"

#include <catch2/catch.hpp>

#include "kg/adjacency.h"
#include "kg/graph_selection.h"
#include "sample_graph.h"
#include "temp_dir.h"
#include "test_graph.h"

namespace {

using kg::testing::AddTestGraph;
using kg::testing::OpenTestStore;
using kg::testing::TempDir;

struct Selected {
  std::vector<std::string> nodes;
  std::vector<std::string> edges;  // relation names
};

Selected Select(const kg::Store& store, kg::GraphFilter filter) {
  auto selection = kg::GraphSelection::Select(store, std::move(filter));
  REQUIRE(selection.ok());
  Selected selected;
  REQUIRE(selection
              ->ForEachNode([&](const kg::EntityRecord& entity) {
                selected.nodes.push_back(entity.name);
                return true;
              })
              .ok());
  REQUIRE(selection
              ->ForEachEdge([&](const kg::EdgeRecord& edge, const kg::EdgeEvidence&) {
                selected.edges.push_back(edge.relation);
                return true;
              })
              .ok());
  std::sort(selected.nodes.begin(), selected.nodes.end());
  std::sort(selected.edges.begin(), selected.edges.end());
  return selected;
}

}  // namespace

TEST_CASE("a default filter selects every entity and the asserted edges", "[filter]") {
  TempDir dir;
  auto store = OpenTestStore(dir.file("db"));
  AddTestGraph(*store);
  const Selected all = Select(*store, {});
  CHECK(all.nodes.size() == 4);
  CHECK(all.edges == std::vector<std::string>{"accused", "met_with"});
}

TEST_CASE("every modality selects the planned edge too", "[filter]") {
  TempDir dir;
  auto store = OpenTestStore(dir.file("db"));
  AddTestGraph(*store);
  kg::GraphFilter filter;
  filter.modalities = kg::AllModalities();
  CHECK(Select(*store, filter).edges == std::vector<std::string>{"accused", "met_with", "visited"});
}

TEST_CASE("a modality list is the asserting ones by default, all of them, or those named",
          "[filter]") {
  CHECK(*kg::ParseModalities({}) == kg::ModalitySet{"asserted", "claimed", "reported"});
  CHECK(kg::ParseModalities({"all"})->size() == 7);
  CHECK(*kg::ParseModalities({"planned", "negated"}) == kg::ModalitySet{"negated", "planned"});
  CHECK(kg::ParseModalities({"rumoured"}).status().message().find("unknown modality 'rumoured'") ==
        0);
}

TEST_CASE("imported support stands as asserted", "[filter]") {
  kg::GraphFilter filter;
  CHECK(filter.KeepsImported());
  filter.modalities = {"planned"};
  CHECK_FALSE(filter.KeepsImported());
}

TEST_CASE("a relation filter keeps those edges and only their endpoints", "[filter]") {
  TempDir dir;
  auto store = OpenTestStore(dir.file("db"));
  AddTestGraph(*store);
  kg::GraphFilter filter;
  filter.modalities = kg::AllModalities();
  filter.relations = {"visited"};
  const Selected kept = Select(*store, filter);
  CHECK(kept.edges == std::vector<std::string>{"visited"});
  CHECK(kept.nodes == std::vector<std::string>{"Accra", "Paul Mensah"});
}

TEST_CASE("a type filter keeps edges whose endpoints both have the types", "[filter]") {
  TempDir dir;
  auto store = OpenTestStore(dir.file("db"));
  AddTestGraph(*store);
  kg::GraphFilter filter;
  filter.types = {kg::EntityType::kPerson};
  CHECK(Select(*store, filter).edges == std::vector<std::string>{"met_with"});
}

TEST_CASE("a neighbourhood follows edges in both directions up to the depth", "[filter]") {
  TempDir dir;
  auto store = OpenTestStore(dir.file("db"));
  AddTestGraph(*store);
  kg::GraphFilter filter;
  filter.modalities = kg::AllModalities();
  filter.around = kg::testing::IdOf(*store, "Accra");
  filter.depth = 1;
  CHECK(Select(*store, filter).nodes == std::vector<std::string>{"Accra", "Paul Mensah"});
  filter.depth = 2;
  const Selected two_hops = Select(*store, filter);
  CHECK(two_hops.nodes.size() == 3);
  CHECK(two_hops.edges == std::vector<std::string>{"met_with", "visited"});
}

TEST_CASE("a neighbourhood larger than the cap is refused", "[filter]") {
  TempDir dir;
  auto store = OpenTestStore(dir.file("db"));
  AddTestGraph(*store);
  kg::GraphFilter filter;
  filter.modalities = kg::AllModalities();
  filter.around = kg::testing::IdOf(*store, "Paul Mensah");
  filter.depth = 2;
  const auto selection = kg::GraphSelection::Select(*store, filter, 2);
  REQUIRE_FALSE(selection.ok());
  CHECK(selection.status().message().find("more than 2 nodes") != std::string::npos);
}

TEST_CASE("a date range keeps edges with evidence dated inside it", "[filter]") {
  TempDir dir;
  auto store = OpenTestStore(dir.file("db"));
  AddTestGraph(*store);
  kg::GraphFilter filter;
  filter.since = "2024-04-01";
  filter.until = "2024-04";
  CHECK(Select(*store, filter).edges == std::vector<std::string>{"accused"});
}

TEST_CASE("a modality filter keeps edges with evidence of that modality", "[filter]") {
  TempDir dir;
  auto store = OpenTestStore(dir.file("db"));
  AddTestGraph(*store);
  kg::GraphFilter filter;
  filter.modalities = {"planned", "reported"};
  CHECK(Select(*store, filter).edges == std::vector<std::string>{"accused", "visited"});
}

TEST_CASE("a minimum count keeps edges with that much evidence", "[filter]") {
  TempDir dir;
  auto store = OpenTestStore(dir.file("db"));
  AddTestGraph(*store);
  kg::GraphFilter filter;
  filter.min_count = 2;
  CHECK(Select(*store, filter).edges == std::vector<std::string>{"accused"});
}

TEST_CASE("an edge's evidence summary lists modalities, a sentence and documents", "[filter]") {
  TempDir dir;
  auto store = OpenTestStore(dir.file("db"));
  AddTestGraph(*store);
  auto selection = kg::GraphSelection::Select(*store, {});
  REQUIRE(selection.ok());
  kg::EdgeEvidence accused;
  REQUIRE(selection
              ->ForEachEdge([&](const kg::EdgeRecord& edge, const kg::EdgeEvidence& evidence) {
                if (edge.relation == "accused") accused = evidence;
                return true;
              })
              .ok());
  CHECK(accused.modalities == std::vector<std::string>{"asserted", "reported"});
  CHECK(accused.documents == std::vector<std::string>{"doc-1", "doc-2"});
  CHECK(accused.sample == "Ada accused Łódź Zoë.");
}

TEST_CASE("filter dates are YYYY, YYYY-MM or YYYY-MM-DD with months and days in range",
          "[filter]") {
  CHECK(kg::IsFilterDate("2024"));
  CHECK(kg::IsFilterDate("2024-03"));
  CHECK(kg::IsFilterDate("2024-03-02"));
  CHECK_FALSE(kg::IsFilterDate("2024-3-2"));
  CHECK_FALSE(kg::IsFilterDate("2024-13"));
  CHECK_FALSE(kg::IsFilterDate("2024-02-32"));
  CHECK_FALSE(kg::IsFilterDate("March 2024"));
  CHECK_FALSE(kg::IsFilterDate(""));
}

TEST_CASE("a filter with an unknown modality or a malformed date fails its check", "[filter]") {
  kg::GraphFilter filter;
  CHECK(filter.Check().ok());
  filter.modalities = {"rumoured"};
  CHECK(filter.Check().message() ==
        "unknown modality 'rumoured' (asserted, reported, claimed, planned, attempted, "
        "conditional, negated, or all)");
  filter.modalities = {"reported"};
  filter.until = "yesterday";
  CHECK(filter.Check().message() == "'yesterday' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
}

TEST_CASE("the kept count is an edge's evidence that meets the filter's evidence criteria",
          "[filter]") {
  kg::testing::TempDir dir;
  auto store = kg::testing::OpenSampleGraph(dir.file("db"));
  kg::EdgeRecord accused;  // Varga accused the Northern Front, once asserted and once reported
  REQUIRE(store
              ->ForEachEdgeOf(1, kg::Direction::kOut,
                              [&](const kg::EdgeRecord& edge) {
                                if (edge.relation == "accused") accused = edge;
                                return true;
                              })
              .ok());
  REQUIRE(accused.count == 2);
  kg::GraphFilter filter;
  kg::EdgeSelector asserting(*store, filter);
  CHECK(*kg::KeptCount(asserting, filter, accused) == 2);
  filter.modalities = {"reported"};
  kg::EdgeSelector reported(*store, filter);
  CHECK(*kg::KeptCount(reported, filter, accused) == 1);
  filter.modalities = {"negated"};
  kg::EdgeSelector negated(*store, filter);
  CHECK(*kg::KeptCount(negated, filter, accused) == 0);
}

TEST_CASE("until is inclusive at its own precision", "[filter]") {
  kg::GraphFilter filter;
  filter.until = "2024-03";
  CHECK(filter.KeepsDate("2024-03-31"));
  CHECK_FALSE(filter.KeepsDate("2024-04-01"));
  filter.until.clear();
  filter.since = "2024-03-21";
  CHECK_FALSE(filter.KeepsDate("2024-03-20"));
  CHECK(filter.KeepsDate("2024-03-21"));
}
