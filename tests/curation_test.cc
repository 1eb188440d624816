// Curation: merge, rename and alias, each atomic, leaving a store that passes its check.
#include <catch2/catch.hpp>

#include "store_test_util.h"

namespace {

using kg::EntityType;
using kg::testing::MakeEntity;
using kg::testing::MakeExtraction;
using kg::testing::MakeFact;
using kg::testing::OnlyEntityNamed;
using kg::testing::TempDir;
using kg::testing::Violations;

std::map<std::string, std::uint64_t> EdgeCounts(const kg::Store& store) {
  std::map<std::string, std::uint64_t> counts;
  REQUIRE(store
              .ForEachEdge([&](const kg::EdgeRecord& edge) {
                counts[store.GetEntity(edge.source)->name + " " + edge.relation + " " +
                       store.GetEntity(edge.target)->name] = edge.count;
                return true;
              })
              .ok());
  return counts;
}

// "L. Ortiz" and "Lena Ortiz" are the same person, stored apart.
std::unique_ptr<kg::Store> TwoOrtizes(const TempDir& dir) {
  auto store = kg::testing::OpenStoreAt(dir.file("db"));
  REQUIRE(store
              ->IngestDocument(
                  MakeExtraction("d1", {MakeEntity("Lena Ortiz"), MakeEntity("Paul Mensah")},
                                 {MakeFact("met_with", 0, 1, true)}),
                  "h1")
              .ok());
  REQUIRE(store
              ->IngestDocument(
                  MakeExtraction("d2", {MakeEntity("Paul Mensah"), MakeEntity("L. Ortiz")},
                                 {MakeFact("met_with", 0, 1, true), MakeFact("accused", 1, 0)}),
                  "h2")
              .ok());
  REQUIRE(store->Stats()->entities == 3);
  return store;
}

}  // namespace

TEST_CASE("merging moves names, edges and evidence to the surviving entity", "[curate]") {
  TempDir dir;
  auto store = TwoOrtizes(dir);
  const kg::EntityRecord lena = OnlyEntityNamed(*store, "Lena Ortiz");
  const kg::EntityRecord short_form = OnlyEntityNamed(*store, "L. Ortiz");
  const auto merged = store->MergeEntities(lena.id, short_form.id);
  REQUIRE(merged.ok());
  CHECK(merged->name == "Lena Ortiz");
  CHECK(merged->mention_count == 2);
  CHECK(OnlyEntityNamed(*store, "L. Ortiz").id == lena.id);
  CHECK(EdgeCounts(*store) ==
        std::map<std::string, std::uint64_t>{{"Lena Ortiz accused Paul Mensah", 1},
                                             {"Lena Ortiz met_with Paul Mensah", 2}});
  CHECK(store->Stats()->entities == 2);
  CHECK(store->Stats()->edges == 2);
  CHECK(store->Stats()->evidence == 3);
  CHECK(Violations(*store).empty());
}

TEST_CASE("a document of a merged entity can still be replaced", "[curate]") {
  TempDir dir;
  auto store = TwoOrtizes(dir);
  REQUIRE(store
              ->MergeEntities(OnlyEntityNamed(*store, "Lena Ortiz").id,
                              OnlyEntityNamed(*store, "L. Ortiz").id)
              .ok());
  REQUIRE(*store->IngestDocument(
              MakeExtraction("d2", {MakeEntity("Paul Mensah"), MakeEntity("Lena Ortiz")}), "h3",
              /*replace=*/true) == kg::IngestOutcome::kReplaced);
  CHECK(EdgeCounts(*store) ==
        std::map<std::string, std::uint64_t>{{"Lena Ortiz met_with Paul Mensah", 1}});
  CHECK(store->Stats()->evidence == 1);
  CHECK(Violations(*store).empty());
}

TEST_CASE("merging two entities drops the edges between them with their evidence", "[curate]") {
  TempDir dir;
  auto store = TwoOrtizes(dir);
  REQUIRE(store
              ->MergeEntities(OnlyEntityNamed(*store, "Paul Mensah").id,
                              OnlyEntityNamed(*store, "L. Ortiz").id)
              .ok());
  CHECK(EdgeCounts(*store) ==
        std::map<std::string, std::uint64_t>{{"Lena Ortiz met_with Paul Mensah", 1}});
  CHECK(store->Stats()->evidence == 1);
  CHECK(Violations(*store).empty());
}

TEST_CASE("an entity cannot be merged into itself", "[curate]") {
  TempDir dir;
  auto store = TwoOrtizes(dir);
  const kg::EntityId id = OnlyEntityNamed(*store, "Lena Ortiz").id;
  CHECK(store->MergeEntities(id, id).status().code() == kg::Status::Code::kInvalidArgument);
}

TEST_CASE("renaming keeps the old name as an alias and updates the surname index", "[curate]") {
  TempDir dir;
  auto store = TwoOrtizes(dir);
  const kg::EntityRecord lena = OnlyEntityNamed(*store, "Lena Ortiz");
  const auto renamed = store->RenameEntity(lena.id, "Lena Ortiz-Baum");
  REQUIRE(renamed.ok());
  CHECK(renamed->aliases == std::vector<std::string>{"Lena Ortiz"});
  CHECK(OnlyEntityNamed(*store, "lena ortiz-baum").id == lena.id);
  CHECK(OnlyEntityNamed(*store, "Lena Ortiz").id == lena.id);
  CHECK(Violations(*store).empty());
  // "Ortiz-Baum" alone now resolves to her through the surname index.
  REQUIRE(store->IngestDocument(MakeExtraction("d3", {MakeEntity("Ortiz-Baum")}), "h3").ok());
  CHECK(store->Stats()->entities == 3);
}

TEST_CASE("renaming to another entity's name is refused in favour of a merge", "[curate]") {
  TempDir dir;
  auto store = TwoOrtizes(dir);
  const auto renamed = store->RenameEntity(OnlyEntityNamed(*store, "L. Ortiz").id, "LENA ORTIZ");
  REQUIRE_FALSE(renamed.ok());
  CHECK(renamed.status().message().find("kg entity merge") != std::string::npos);
}

TEST_CASE("an added alias finds the entity and resolves later mentions", "[curate]") {
  TempDir dir;
  auto store = TwoOrtizes(dir);
  const kg::EntityRecord mensah = OnlyEntityNamed(*store, "Paul Mensah");
  REQUIRE(store->AddAlias(mensah.id, "The Minister").ok());
  CHECK(OnlyEntityNamed(*store, "the minister").id == mensah.id);
  REQUIRE(store->IngestDocument(MakeExtraction("d3", {MakeEntity("The Minister")}), "h3").ok());
  CHECK(store->Stats()->entities == 3);
  CHECK(Violations(*store).empty());
}

TEST_CASE("curation is refused on a read-only store", "[curate]") {
  TempDir dir;
  TwoOrtizes(dir).reset();
  auto store = kg::testing::OpenStoreAt(dir.file("db"), /*read_only=*/true);
  const kg::EntityId id = OnlyEntityNamed(*store, "Lena Ortiz").id;
  CHECK(store->AddAlias(id, "Lena").status().code() == kg::Status::Code::kNotSupported);
}

TEST_CASE("a name chosen by renaming stays when later documents bring fuller forms", "[curate]") {
  TempDir dir;
  auto store = TwoOrtizes(dir);
  const kg::EntityRecord lena = OnlyEntityNamed(*store, "Lena Ortiz");
  REQUIRE(store->RenameEntity(lena.id, "Dr Ortiz").ok());
  REQUIRE(store
              ->IngestDocument(
                  MakeExtraction(
                      "d3", {MakeEntity("Lena Maria Ortiz", EntityType::kPerson, {"Lena Ortiz"})}),
                  "h3")
              .ok());
  const kg::EntityRecord after = OnlyEntityNamed(*store, "Lena Maria Ortiz");
  CHECK(after.id == lena.id);
  CHECK(after.name == "Dr Ortiz");
  CHECK(Violations(*store).empty());
}

TEST_CASE("undoing a rename gives the name back to the fullest form", "[curate]") {
  TempDir dir;
  auto store = TwoOrtizes(dir);
  const kg::EntityRecord lena = OnlyEntityNamed(*store, "Lena Ortiz");
  REQUIRE(store->RenameEntity(lena.id, "Dr Ortiz").ok());
  REQUIRE(store->Undo().ok());
  REQUIRE(store
              ->IngestDocument(
                  MakeExtraction(
                      "d3", {MakeEntity("Lena Maria Ortiz", EntityType::kPerson, {"Lena Ortiz"})}),
                  "h3")
              .ok());
  CHECK(store->GetEntity(lena.id)->name == "Lena Maria Ortiz");
}
