// Relation properties have one source, the relation lexicon: the store records its "symmetric"
// mark when it first holds a relation, and queries, exports and scoring read that.
#include <catch2/catch.hpp>
#include <sstream>

#include "kg/dot_writer.h"
#include "kg/extractor.h"
#include "kg/node_link_writer.h"
#include "kg/relation_catalog.h"
#include "query_rows.h"
#include "relations/relation_lexicon.h"
#include "temp_dir.h"
#include "test_graph.h"

namespace {

kg::Entity Person(const std::string& name) {
  return {name, kg::EntityType::kPerson, {}, {{name, 0, {0, 1}}}};
}

// Orla Brennick (1) parleyed with and accused Dario Velt (2); "parleyed_with" comes from a
// user's lexicon that marks it symmetric.
std::unique_ptr<kg::Store> OpenParleyGraph(const std::string& path) {
  auto store = kg::testing::OpenTestStore(path);
  kg::Extraction document;
  document.doc_id = "doc-p1";
  document.entities = {Person("Orla Brennick"), Person("Dario Velt")};
  kg::Fact parley = kg::testing::MakeFact("parleyed_with", 1, 0, "", "asserted", "They parleyed.");
  parley.symmetric = true;
  kg::Fact met = kg::testing::MakeFact("met_with", 1, 0, "", "asserted", "Velt met Brennick.");
  kg::Fact accused = kg::testing::MakeFact("accused", 0, 1, "", "asserted", "Brennick accused.");
  document.facts = {parley, met, accused};
  REQUIRE(store->IngestDocument(document, "p1").ok());
  return store;
}

std::vector<std::string> QueryRows(const kg::Store& store, const std::string& text) {
  const auto catalog = kg::RelationCatalog::Load(store, "/nonexistent/relations.json");
  REQUIRE(catalog.ok());
  return kg::testing::QueryRows(store, *catalog, text);
}

}  // namespace

TEST_CASE("the relation lexicon marks relative_of symmetric", "[relations]") {
  const auto lexicon =
      kg::RelationLexicon::LoadFile(kg::DefaultDataDir() + "/lexicon/relations.json");
  REQUIRE(lexicon.ok());
  CHECK(lexicon->IsSymmetric("relative_of"));
  CHECK(lexicon->IsSymmetric("met_with"));
  CHECK_FALSE(lexicon->IsSymmetric("leader_of"));
}

TEST_CASE("a symmetric relation of a user's lexicon stays symmetric for queries", "[relations]") {
  kg::testing::TempDir dir;
  auto store = OpenParleyGraph(dir.file("db"));
  const auto catalog = kg::RelationCatalog::Load(*store, "/nonexistent/relations.json");
  REQUIRE(catalog.ok());
  CHECK(catalog->IsSymmetric("parleyed_with"));
  CHECK(catalog->IsSymmetric("met_with"));
  CHECK_FALSE(catalog->IsSymmetric("accused"));
}

TEST_CASE("a directed pattern counts a symmetric edge once", "[relations]") {
  kg::testing::TempDir dir;
  auto store = OpenParleyGraph(dir.file("db"));
  CHECK(QueryRows(*store, "MATCH (a)-[r]->(b) RETURN type(r), count(*) ORDER BY type(r)") ==
        std::vector<std::string>{"accused | 1", "met_with | 1", "parleyed_with | 1"});
}

TEST_CASE("a directed pattern from a named end still follows a symmetric edge", "[relations]") {
  kg::testing::TempDir dir;
  auto store = OpenParleyGraph(dir.file("db"));
  CHECK(QueryRows(*store, "MATCH (a {name: 'Dario Velt'})-[r:met_with]->(b) RETURN b.name") ==
        std::vector<std::string>{"Orla Brennick"});
  CHECK(QueryRows(*store, "MATCH (a {name: 'Orla Brennick'})-[r:met_with]->(b) RETURN b.name") ==
        std::vector<std::string>{"Dario Velt"});
}

TEST_CASE("exports write a symmetric relation's edges without direction", "[relations]") {
  kg::testing::TempDir dir;
  auto store = OpenParleyGraph(dir.file("db"));
  auto selection = kg::GraphSelection::Select(*store, {});
  REQUIRE(selection.ok());
  std::ostringstream dot;
  REQUIRE(kg::WriteDot(*selection, dot).ok());
  std::istringstream lines(dot.str());
  for (std::string line; std::getline(lines, line);) {
    if (line.find("relation=") == std::string::npos) continue;
    INFO(line);
    CHECK((line.find("dir=none") != std::string::npos) ==
          (line.find("\"accused\"") == std::string::npos));
  }
  std::ostringstream json;
  REQUIRE(kg::WriteNodeLinkJson(*selection, json).ok());
  CHECK(json.str().find(R"("relation":"met_with","label":"met_with","directed":false)") !=
        std::string::npos);
  CHECK(json.str().find(R"("relation":"accused","label":"accused","directed":true)") !=
        std::string::npos);
}
