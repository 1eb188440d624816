// Curation that can be undone: every curation is journalled and kg undo reverts the last one in
// one write; an alias names one entity; a document can be removed.
#include <catch2/catch.hpp>

#include "store_test_util.h"

namespace {

using kg::testing::MakeEntity;
using kg::testing::MakeExtraction;
using kg::testing::MakeFact;
using kg::testing::OnlyEntityNamed;
using kg::testing::TempDir;
using kg::testing::Violations;

// Everything a reader sees: entities with their names and mentions, edges with counts and the
// evidence under them, and the totals.
std::vector<std::string> Snapshot(const kg::Store& store) {
  std::vector<std::string> lines;
  REQUIRE(store
              .ForEachEntity([&](const kg::EntityRecord& entity) {
                std::string line = "entity " + std::to_string(entity.id) + " " + entity.name;
                for (const std::string& alias : entity.aliases)
                  line += " / " + alias;
                lines.push_back(line + " " + std::to_string(entity.mention_count));
                return true;
              })
              .ok());
  REQUIRE(store
              .ForEachEdge([&](const kg::EdgeRecord& edge) {
                std::string line = "edge " + std::to_string(edge.source) + " " + edge.relation +
                                   " " + std::to_string(edge.target) + " " +
                                   std::to_string(edge.count);
                REQUIRE(store
                            .ForEachEvidence(edge,
                                             [&](const kg::EvidenceRecord& evidence) {
                                               line +=
                                                   " | " + evidence.doc_id + ":" + evidence.text;
                                               return true;
                                             })
                            .ok());
                lines.push_back(line);
                return true;
              })
              .ok());
  const kg::StoreStats stats = *store.Stats();
  lines.push_back("totals " + std::to_string(stats.documents) + " " +
                  std::to_string(stats.entities) + " " + std::to_string(stats.edges) + " " +
                  std::to_string(stats.evidence));
  return lines;
}

// Vesna Halloran met with and accused Ivo Brandis; "V. Halloran" met him in another document.
std::unique_ptr<kg::Store> TwoHallorans(const TempDir& dir) {
  auto store = kg::testing::OpenStoreAt(dir.file("db"));
  REQUIRE(store
              ->IngestDocument(
                  MakeExtraction("d1", {MakeEntity("Vesna Halloran"), MakeEntity("Ivo Brandis")},
                                 {MakeFact("met_with", 0, 1, true), MakeFact("accused", 0, 1)}),
                  "h1")
              .ok());
  REQUIRE(store
              ->IngestDocument(
                  MakeExtraction("d2", {MakeEntity("Ivo Brandis"), MakeEntity("V. Halloran")},
                                 {MakeFact("met_with", 0, 1, true)}),
                  "h2")
              .ok());
  return store;
}

}  // namespace

TEST_CASE("undoing a merge restores both entities, their edges and their evidence", "[undo]") {
  TempDir dir;
  auto store = TwoHallorans(dir);
  const std::vector<std::string> before = Snapshot(*store);
  const kg::EntityRecord vesna = OnlyEntityNamed(*store, "Vesna Halloran");
  const kg::EntityRecord brandis = OnlyEntityNamed(*store, "Ivo Brandis");
  // The merge a user regrets: two different people, and the edges between them go.
  REQUIRE(store->MergeEntities(brandis.id, vesna.id).ok());
  REQUIRE(Snapshot(*store) != before);
  const auto undone = store->Undo();
  REQUIRE(undone.ok());
  CHECK(*undone == "merge Vesna Halloran (#1) into Ivo Brandis (#2)");
  CHECK(Snapshot(*store) == before);
  CHECK(Violations(*store).empty());
}

TEST_CASE("undo reverts the last curation first, then the one before", "[undo]") {
  TempDir dir;
  auto store = TwoHallorans(dir);
  const std::vector<std::string> before = Snapshot(*store);
  const kg::EntityRecord vesna = OnlyEntityNamed(*store, "Vesna Halloran");
  REQUIRE(store->RenameEntity(vesna.id, "Vesna K. Halloran").ok());
  REQUIRE(store->AddAlias(vesna.id, "Ms Halloran").ok());
  CHECK(store->Undo()->starts_with("alias add Ms Halloran"));
  CHECK(store->Undo()->starts_with("rename Vesna Halloran"));
  CHECK(Snapshot(*store) == before);
  CHECK(store->Undo().status().code() == kg::Status::Code::kNotFound);
}

TEST_CASE("a curation whose keys a later ingest changed is not undone", "[undo]") {
  TempDir dir;
  auto store = TwoHallorans(dir);
  REQUIRE(store
              ->MergeEntities(OnlyEntityNamed(*store, "Vesna Halloran").id,
                              OnlyEntityNamed(*store, "V. Halloran").id)
              .ok());
  REQUIRE(store
              ->IngestDocument(
                  MakeExtraction("d3", {MakeEntity("Vesna Halloran"), MakeEntity("Ivo Brandis")},
                                 {MakeFact("met_with", 0, 1, true)}),
                  "h3")
              .ok());
  const auto undone = store->Undo();
  REQUIRE_FALSE(undone.ok());
  CHECK(undone.status().message().find("the database changed since") != std::string::npos);
  CHECK(Violations(*store).empty());
}

TEST_CASE("an alias that already names another entity is refused", "[undo]") {
  TempDir dir;
  auto store = TwoHallorans(dir);
  REQUIRE(store->AddAlias(OnlyEntityNamed(*store, "Vesna Halloran").id, "the envoy").ok());
  const auto added = store->AddAlias(OnlyEntityNamed(*store, "Ivo Brandis").id, "the envoy");
  REQUIRE_FALSE(added.ok());
  CHECK(added.status().message() ==
        "'the envoy' already names Vesna Halloran (#1); an alias may name one entity");
}

TEST_CASE("an alias can be removed, and the removal undone", "[undo]") {
  TempDir dir;
  auto store = TwoHallorans(dir);
  const kg::EntityRecord brandis = OnlyEntityNamed(*store, "Ivo Brandis");
  REQUIRE(store->AddAlias(brandis.id, "the envoy").ok());
  const auto removed = store->RemoveAlias(brandis.id, "the envoy");
  REQUIRE(removed.ok());
  CHECK(removed->aliases.empty());
  CHECK(store->FindEntities("the envoy")->empty());
  REQUIRE(store->Undo().ok());
  CHECK(store->FindEntities("the envoy")->size() == 1);
  CHECK(store->RemoveAlias(brandis.id, "Ivo Brandis").status().message() ==
        "'Ivo Brandis' is the canonical name of Ivo Brandis; rename it instead");
}

TEST_CASE("removing a document deletes its evidence and the edges left without any", "[undo]") {
  TempDir dir;
  auto store = TwoHallorans(dir);
  const std::vector<std::string> before = Snapshot(*store);
  const auto removed = store->RemoveDocument("d1");
  REQUIRE(removed.ok());
  CHECK(*removed == 2);
  CHECK(store->Stats()->documents == 1);
  CHECK(store->Stats()->edges == 1);  // d2's met_with between Brandis and V. Halloran
  CHECK(Violations(*store).empty());
  CHECK(store->RemoveDocument("d9").status().code() == kg::Status::Code::kNotFound);
  REQUIRE(store->Undo().ok());
  CHECK(Snapshot(*store) == before);
}
