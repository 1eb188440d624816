// The contract's qualifiers (source, agent, location) and the publication date are stored with each
// piece of evidence and shown by queries and exports under the contract's field names.
#include <catch2/catch.hpp>
#include <sstream>

#include "kg/graph_selection.h"
#include "kg/node_link_writer.h"
#include "query_rows.h"
#include "temp_dir.h"
#include "test_graph.h"

namespace {

// Officials said the Vesk Guard attacked Marrow Bay in Tollin (on 2025-01-30, reported on
// 2025-02-01).
std::unique_ptr<kg::Store> OpenQualifiedGraph(const std::string& path) {
  auto store = kg::testing::OpenTestStore(path);
  kg::Extraction document;
  document.doc_id = "doc-q1";
  document.date = "2025-02-01";
  document.entities = {{"Vesk Guard", kg::EntityType::kOrg, {}, {{"Vesk Guard", 0, {0, 1}}}},
                       {"Marrow Bay", kg::EntityType::kGpe, {}, {{"Marrow Bay", 0, {0, 1}}}}};
  kg::Fact fact = kg::testing::MakeFact("attacked", 0, 1, "2025-01-30", "reported",
                                        "Officials said the Vesk Guard attacked Marrow Bay.");
  fact.source = "officials";
  fact.agent = "military";
  fact.location = "Tollin";
  document.facts = {fact};
  REQUIRE(store->IngestDocument(document, "q1").ok());
  return store;
}

kg::EdgeRecord OnlyEdge(const kg::Store& store) {
  kg::EdgeRecord only;
  REQUIRE(store
              .ForEachEdge([&](const kg::EdgeRecord& edge) {
                only = edge;
                return true;
              })
              .ok());
  return only;
}

}  // namespace

TEST_CASE("evidence keeps its qualifiers and the publication date beside the event date",
          "[qualifiers]") {
  kg::testing::TempDir dir;
  auto store = OpenQualifiedGraph(dir.file("db"));
  std::vector<kg::EvidenceRecord> found;
  REQUIRE(store
              ->ForEachEvidence(OnlyEdge(*store),
                                [&](const kg::EvidenceRecord& evidence) {
                                  found.push_back(evidence);
                                  return true;
                                })
              .ok());
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "officials");
  CHECK(found[0].agent == "military");
  CHECK(found[0].location == "Tollin");
  CHECK(found[0].date == "2025-01-30");
  CHECK(found[0].published == "2025-02-01");
}

TEST_CASE("a query reads r.source, r.agent and r.location", "[qualifiers]") {
  kg::testing::TempDir dir;
  auto store = OpenQualifiedGraph(dir.file("db"));
  CHECK(kg::testing::QueryRows(
            *store, kg::RelationCatalog({"attacked"}, {}),
            "MATCH (a)-[r:attacked]->(b) RETURN r.source, r.agent, r.location, r.first_date") ==
        std::vector<std::string>{"officials | military | Tollin | 2025-01-30"});
}

TEST_CASE("node-link JSON names the qualifiers as the contract does", "[qualifiers]") {
  kg::testing::TempDir dir;
  auto store = OpenQualifiedGraph(dir.file("db"));
  auto selection = kg::GraphSelection::Select(*store, {});
  REQUIRE(selection.ok());
  std::ostringstream json;
  REQUIRE(kg::WriteNodeLinkJson(*selection, json).ok());
  CHECK(
      json.str().find(
          R"("qualifiers":{"source":["officials"],"agent":["military"],"location":["Tollin"]})") !=
      std::string::npos);
}
