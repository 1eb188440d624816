// Modality-aware answers: by default queries, algorithms and exports count only evidence that
// asserts a relation; negated, planned, attempted and conditional evidence counts when asked.
//
//   doc-m1 2025-02-01  Ilse Moravec met with Teodor Kask       (negated: "no meeting between ...")
//                      Ilse Moravec met with Rufus Ohlin       (asserted)
//                      Ilse Moravec met with Rufus Ohlin       (negated, a second sentence)
//                      Teodor Kask visited Valdora             (planned)
#include <catch2/catch.hpp>

#include "kg/graph_selection.h"
#include "kg/graph_view.h"
#include "kg/neighborhood.h"
#include "query_rows.h"
#include "temp_dir.h"
#include "test_graph.h"

namespace {

constexpr kg::EntityId kMoravec = 1;

kg::Entity Person(const std::string& name) {
  return {name, kg::EntityType::kPerson, {}, {{name, 0, {0, 1}}}};
}

std::unique_ptr<kg::Store> OpenModalityGraph(const std::string& path) {
  auto store = kg::testing::OpenTestStore(path);
  kg::Extraction document;
  document.doc_id = "doc-m1";
  document.date = "2025-02-01";
  document.entities = {Person("Ilse Moravec"),
                       Person("Teodor Kask"),
                       Person("Rufus Ohlin"),
                       {"Valdora", kg::EntityType::kGpe, {}, {{"Valdora", 0, {0, 1}}}}};
  using kg::testing::MakeFact;
  document.facts = {
      MakeFact("met_with", 0, 1, "2025-02-01", "negated",
               "A meeting between Moravec and Kask was not expected."),
      MakeFact("met_with", 0, 2, "2025-02-01", "asserted", "Moravec met Ohlin."),
      MakeFact("met_with", 0, 2, "2025-02-01", "negated", "Moravec did not meet Ohlin again."),
      MakeFact("visited", 1, 3, "2025-02-01", "planned", "Kask will visit Valdora.")};
  for (std::uint32_t i = 0; i < document.facts.size(); ++i)
    document.facts[i].sentence = i;
  REQUIRE(store->IngestDocument(document, "m1").ok());
  return store;
}

kg::RelationCatalog Catalog() {
  return kg::RelationCatalog({"met_with", "visited"}, {"met_with"});
}

std::vector<std::string> NeighborNames(const kg::Store& store, const kg::NeighborOptions& options) {
  const auto rows = kg::FindNeighbors(store, Catalog(), kMoravec, options);
  REQUIRE(rows.ok());
  std::vector<std::string> names;
  for (const kg::NeighborRow& row : *rows)
    names.push_back(store.GetEntity(row.step.to)->name);
  return names;
}

std::vector<std::string> QueryRows(const kg::Store& store, const std::string& text,
                                   const kg::ModalitySet& modalities = kg::AssertingModalities()) {
  return kg::testing::QueryRows(store, Catalog(), text, modalities);
}

}  // namespace

TEST_CASE("an edge whose only evidence is negated is no neighbour by default", "[modality]") {
  kg::testing::TempDir dir;
  auto store = OpenModalityGraph(dir.file("db"));
  CHECK(NeighborNames(*store, {}) == std::vector<std::string>{"Rufus Ohlin"});
}

TEST_CASE("every modality shows the negated edge with its modality", "[modality]") {
  kg::testing::TempDir dir;
  auto store = OpenModalityGraph(dir.file("db"));
  kg::NeighborOptions options;
  options.filter.modalities = kg::AllModalities();
  const auto rows = kg::FindNeighbors(*store, Catalog(), kMoravec, options);
  REQUIRE(rows.ok());
  REQUIRE(rows->size() == 2);
  CHECK(rows->at(0).step.evidence.modalities == std::vector<std::string>{"asserted", "negated"});
  CHECK(rows->at(1).step.evidence.modalities == std::vector<std::string>{"negated"});
}

TEST_CASE("a step counts only the asserting evidence by default", "[modality]") {
  kg::testing::TempDir dir;
  auto store = OpenModalityGraph(dir.file("db"));
  const auto rows = kg::FindNeighbors(*store, Catalog(), kMoravec, {});
  REQUIRE(rows.ok());
  REQUIRE(rows->size() == 1);
  CHECK(rows->front().step.count == 1);
  CHECK(rows->front().step.evidence.modalities == std::vector<std::string>{"asserted"});
}

TEST_CASE("rankings and components load only asserted edges by default", "[modality]") {
  kg::testing::TempDir dir;
  auto store = OpenModalityGraph(dir.file("db"));
  const auto view = kg::BuildGraphView(*store, Catalog(), kg::GraphFilter{});
  REQUIRE(view.ok());
  CHECK(view->arcs.size() == 1);
  CHECK(view->entities.size() == 2);
}

TEST_CASE("a planned edge is exported only when planned evidence is asked for", "[modality]") {
  kg::testing::TempDir dir;
  auto store = OpenModalityGraph(dir.file("db"));
  auto relations = [&](kg::GraphFilter filter) {
    auto selection = kg::GraphSelection::Select(*store, std::move(filter));
    REQUIRE(selection.ok());
    std::vector<std::string> kept;
    REQUIRE(selection
                ->ForEachEdge([&](const kg::EdgeRecord& edge, const kg::EdgeEvidence&) {
                  kept.push_back(edge.relation);
                  return true;
                })
                .ok());
    return kept;
  };
  CHECK(relations({}) == std::vector<std::string>{"met_with"});
  kg::GraphFilter planned;
  planned.modalities = {"asserted", "planned"};
  CHECK(relations(planned) == std::vector<std::string>{"met_with", "visited"});
}

TEST_CASE("a query matches and counts only asserting evidence by default", "[modality]") {
  kg::testing::TempDir dir;
  auto store = OpenModalityGraph(dir.file("db"));
  const std::string text =
      "MATCH (a {name: 'Ilse Moravec'})-[r:met_with]-(b) RETURN b.name, r.count, r.modality "
      "ORDER BY b.name";
  CHECK(QueryRows(*store, text) == std::vector<std::string>{"Rufus Ohlin | 1 | asserted"});
  CHECK(
      QueryRows(*store, text, kg::AllModalities()) ==
      std::vector<std::string>{"Rufus Ohlin | 2 | asserted, negated", "Teodor Kask | 1 | negated"});
}
