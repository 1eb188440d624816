#include <catch2/catch.hpp>

#include "kg/store.h"
#include "temp_dir.h"
#include "test_graph.h"

namespace {

using kg::testing::OpenTestStore;
using kg::testing::TempDir;

kg::ImportGraph Triangle() {
  kg::ImportGraph graph;
  graph.nodes.resize(3);
  graph.nodes[0].name = "Ana Bell";
  graph.nodes[1].name = "Kessel";
  graph.nodes[1].type = kg::EntityType::kGpe;
  graph.nodes[2].name = "Acme";
  graph.nodes[2].type = kg::EntityType::kOrg;
  graph.nodes[2].aliases = {"Acme Corp"};
  graph.relations = {"visited", "member_of"};
  graph.edges = {{0, 0, 1, 1, 0.5, "2024-01-01", "2024-01-01"},
                 {0, 1, 2, 2, std::nullopt, "", ""},
                 {0, 0, 1, 3, 0.25, "2023-05-05", "2023-06-01"}};
  return graph;
}

std::vector<kg::EdgeRecord> Edges(const kg::Store& store) {
  std::vector<kg::EdgeRecord> edges;
  REQUIRE(store
              .ForEachEdge([&](const kg::EdgeRecord& edge) {
                edges.push_back(edge);
                return true;
              })
              .ok());
  return edges;
}

}  // namespace

TEST_CASE("an import adds its nodes as entities findable by name and alias", "[import]") {
  TempDir dir;
  auto store = OpenTestStore(dir.file("db"));
  const auto stats = store->Import(Triangle());
  REQUIRE(stats.ok());
  CHECK(stats->entities == 3);
  CHECK(store->Stats()->entities == 3);
  const auto acme = store->FindEntities("acme corp");
  REQUIRE(acme.ok());
  REQUIRE(acme->size() == 1);
  CHECK(acme->front().name == "Acme");
  CHECK(acme->front().type == kg::EntityType::kOrg);
}

TEST_CASE("repeated import rows merge into one edge, summing counts and weights", "[import]") {
  TempDir dir;
  auto store = OpenTestStore(dir.file("db"));
  REQUIRE(store->Import(Triangle())->edges == 2);
  CHECK(store->Stats()->edges == 2);
  for (const kg::EdgeRecord& edge : Edges(*store)) {
    if (edge.relation != "visited") continue;
    CHECK(edge.count == 4);
    CHECK(edge.imported == 4);
    CHECK(edge.weight == 0.75);
    CHECK(edge.first_date == "2023-05-05");
    CHECK(edge.last_date == "2024-01-01");
  }
}

TEST_CASE("repeated import rows merge in input order, wherever they are in the list", "[import]") {
  TempDir dir;
  auto store = OpenTestStore(dir.file("db"));
  kg::ImportGraph graph;
  graph.nodes.resize(3);
  graph.nodes[0].name = "Ana Bell";
  graph.nodes[1].name = "Kessel";
  graph.nodes[2].name = "Acme";
  graph.relations = {"visited", "member_of"};
  // Weights whose sum depends on the order of the additions.
  graph.edges = {
      {2, 0, 0, 1, 0.1, "", ""},          {0, 0, 1, 1, 1e16, "2024-03-01", "2024-03-01"},
      {2, 1, 0, 1, std::nullopt, "", ""}, {0, 0, 1, 2, 1.0, "", "2023-01-01"},
      {1, 0, 2, 1, 0.3, "", ""},          {0, 0, 1, 4, -1e16, "2024-01-01", "2024-02-01"},
      {0, 0, 1, 1, 1.0, "", ""}};
  REQUIRE(store->Import(std::move(graph))->edges == 4);
  std::vector<std::string> listed;
  for (const kg::EdgeRecord& edge : Edges(*store)) {
    listed.push_back(std::to_string(edge.source) + " " + edge.relation + " " +
                     std::to_string(edge.target));
    if (edge.source != 1 || edge.target != 2) continue;
    CHECK(edge.count == 8);
    CHECK(edge.imported == 8);
    CHECK(edge.weight == ((1e16 + 1.0) + -1e16) + 1.0);
    CHECK(edge.first_date == "2023-01-01");
    CHECK(edge.last_date == "2024-03-01");
  }
  CHECK(listed ==
        std::vector<std::string>{"1 visited 2", "2 visited 3", "3 visited 1", "3 member_of 1"});
}

TEST_CASE("imported edges are marked as imported and have no evidence", "[import]") {
  TempDir dir;
  auto store = OpenTestStore(dir.file("db"));
  REQUIRE(store->Import(Triangle()).ok());
  for (const kg::EdgeRecord& edge : Edges(*store)) {
    CHECK(edge.imported == edge.count);
    std::size_t evidence = 0;
    REQUIRE(store
                ->ForEachEvidence(edge,
                                  [&](const kg::EvidenceRecord&) {
                                    ++evidence;
                                    return true;
                                  })
                .ok());
    CHECK(evidence == 0);
  }
  CHECK(store->Stats()->evidence == 0);
}

TEST_CASE("an import into a store with ingested documents keeps both", "[import]") {
  TempDir dir;
  {
    auto store = OpenTestStore(dir.file("db"));
    kg::testing::AddTestGraph(*store);
    REQUIRE(store->Import(Triangle()).ok());
  }
  kg::StoreOptions read_only;
  read_only.read_only = true;
  auto store = kg::Store::Open(dir.file("db"), read_only);
  REQUIRE(store.ok());
  CHECK((*store)->Stats()->entities == 7);
  CHECK((*store)->Stats()->edges == 5);
  CHECK((*store)->Stats()->evidence == 4);
  CHECK(Edges(**store).size() == 5);
}

TEST_CASE("an import whose edges point at missing nodes is refused whole", "[import]") {
  TempDir dir;
  auto store = OpenTestStore(dir.file("db"));
  kg::ImportGraph graph = Triangle();
  graph.edges.push_back({0, 0, 7, 1, std::nullopt, "", ""});
  const auto stats = store->Import(std::move(graph));
  REQUIRE_FALSE(stats.ok());
  CHECK(stats.status().code() == kg::Status::Code::kInvalidArgument);
  CHECK(store->Stats()->entities == 0);
}

TEST_CASE("edges ingested after an import keep the imported count", "[import]") {
  TempDir dir;
  auto store = OpenTestStore(dir.file("db"));
  kg::ImportGraph graph;
  graph.nodes.resize(2);
  graph.nodes[0].name = "Ada";
  graph.nodes[1].name = "Paul Mensah";
  graph.relations = {"accused"};
  graph.edges = {{0, 0, 1, 2, std::nullopt, "", ""}};
  REQUIRE(store->Import(std::move(graph)).ok());
  kg::Extraction extraction;
  extraction.doc_id = "doc";
  extraction.entities = {{"Ada", kg::EntityType::kPerson, {}, {}},
                         {"Paul Mensah", kg::EntityType::kPerson, {}, {}}};
  extraction.facts = {kg::testing::MakeFact("accused", 0, 1, "", "asserted", "Ada accused Paul.")};
  REQUIRE(store->IngestDocument(extraction, "h").ok());
  const auto edges = Edges(*store);
  REQUIRE(edges.size() == 1);
  CHECK(edges[0].count == 3);
  CHECK(edges[0].imported == 2);
}
