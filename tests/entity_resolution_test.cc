// Entity resolution across documents: full name, alias, surname, spelling variants, and one
// type and one canonical name per entity.
#include <catch2/catch.hpp>

#include "store_test_util.h"

namespace {

using kg::EntityType;
using kg::testing::MakeEntity;
using kg::testing::MakeExtraction;
using kg::testing::OnlyEntityNamed;
using kg::testing::TempDir;

}  // namespace

TEST_CASE("a full name seen in an earlier document resolves to the same entity", "[resolve]") {
  TempDir dir;
  auto store = kg::testing::OpenStoreAt(dir.file("db"));
  REQUIRE(store->IngestDocument(MakeExtraction("d1", {MakeEntity("Lena Ortiz")}), "h1").ok());
  REQUIRE(store->IngestDocument(MakeExtraction("d2", {MakeEntity("lena  ORTIZ")}), "h2").ok());
  CHECK(store->Stats()->entities == 1);
  CHECK(OnlyEntityNamed(*store, "Lena Ortiz").mention_count == 2);
}

TEST_CASE("an entity resolves through one of its aliases", "[resolve]") {
  TempDir dir;
  auto store = kg::testing::OpenStoreAt(dir.file("db"));
  REQUIRE(
      store
          ->IngestDocument(MakeExtraction("d1", {MakeEntity("Vladimir Putin", EntityType::kPerson,
                                                            {"President Putin"})}),
                           "h1")
          .ok());
  REQUIRE(store
              ->IngestDocument(
                  MakeExtraction("d2", {MakeEntity("Vladimir V. Putin", EntityType::kPerson,
                                                   {"President Putin"})}),
                  "h2")
              .ok());
  CHECK(store->Stats()->entities == 1);
  CHECK(OnlyEntityNamed(*store, "Vladimir Putin").name == "Vladimir V. Putin");
}

TEST_CASE("a one-word person name resolves to the only person with that surname", "[resolve]") {
  TempDir dir;
  auto store = kg::testing::OpenStoreAt(dir.file("db"));
  REQUIRE(store->IngestDocument(MakeExtraction("d1", {MakeEntity("Lena Ortiz")}), "h1").ok());
  REQUIRE(store->IngestDocument(MakeExtraction("d2", {MakeEntity("Ortiz")}), "h2").ok());
  CHECK(store->Stats()->entities == 1);
  const kg::EntityRecord ortiz = OnlyEntityNamed(*store, "Ortiz");
  CHECK(ortiz.name == "Lena Ortiz");
  CHECK(ortiz.aliases == std::vector<std::string>{"Ortiz"});
  CHECK(kg::testing::Violations(*store).empty());
}

TEST_CASE("a surname shared by two people resolves to neither", "[resolve]") {
  TempDir dir;
  auto store = kg::testing::OpenStoreAt(dir.file("db"));
  REQUIRE(store
              ->IngestDocument(
                  MakeExtraction("d1", {MakeEntity("Lena Ortiz"), MakeEntity("Maria Ortiz")}), "h1")
              .ok());
  REQUIRE(store->IngestDocument(MakeExtraction("d2", {MakeEntity("Ortiz")}), "h2").ok());
  CHECK(store->Stats()->entities == 3);
}

TEST_CASE("a lone one-word name joins the one stored entity of that name, whatever its type",
          "[resolve]") {
  TempDir dir;
  auto store = kg::testing::OpenStoreAt(dir.file("db"));
  REQUIRE(store
              ->IngestDocument(
                  MakeExtraction("d1", {MakeEntity("Lena Ortiz", EntityType::kPerson, {"Ortiz"})}),
                  "h1")
              .ok());
  // Alone in its document, "Ortiz" gets a guessed type.
  REQUIRE(store->IngestDocument(MakeExtraction("d2", {MakeEntity("Ortiz", EntityType::kGpe)}), "h2")
              .ok());
  CHECK(store->Stats()->entities == 1);
  CHECK(OnlyEntityNamed(*store, "Ortiz").type == EntityType::kPerson);
}

TEST_CASE("an alias does not join entities of different types", "[resolve]") {
  TempDir dir;
  auto store = kg::testing::OpenStoreAt(dir.file("db"));
  REQUIRE(
      store
          ->IngestDocument(MakeExtraction("d1", {MakeEntity("Washington", EntityType::kGpe)}), "h1")
          .ok());
  REQUIRE(store
              ->IngestDocument(
                  MakeExtraction(
                      "d2", {MakeEntity("George Washington", EntityType::kPerson, {"Washington"})}),
                  "h2")
              .ok());
  CHECK(store->Stats()->entities == 2);
  CHECK(store->FindEntities("Washington")->size() == 2);
  CHECK(kg::testing::Violations(*store).empty());
}

TEST_CASE("a full name joins the person known by its surname alone in an earlier document",
          "[resolve]") {
  TempDir dir;
  auto store = kg::testing::OpenStoreAt(dir.file("db"));
  REQUIRE(store->IngestDocument(MakeExtraction("d1", {MakeEntity("Ortiz")}), "h1").ok());
  REQUIRE(store->IngestDocument(MakeExtraction("d2", {MakeEntity("Lena Ortiz")}), "h2").ok());
  CHECK(store->Stats()->entities == 1);
  CHECK(OnlyEntityNamed(*store, "Ortiz").name == "Lena Ortiz");
  CHECK(kg::testing::Violations(*store).empty());
}

TEST_CASE("a second full name with a known surname gets its own node", "[resolve]") {
  TempDir dir;
  auto store = kg::testing::OpenStoreAt(dir.file("db"));
  REQUIRE(store->IngestDocument(MakeExtraction("d1", {MakeEntity("Lena Ortiz")}), "h1").ok());
  REQUIRE(store->IngestDocument(MakeExtraction("d2", {MakeEntity("Maria Ortiz")}), "h2").ok());
  CHECK(store->Stats()->entities == 2);
}

TEST_CASE("names that differ by diacritics or a doubled final letter are one entity", "[resolve]") {
  TempDir dir;
  auto store = kg::testing::OpenStoreAt(dir.file("db"));
  REQUIRE(store
              ->IngestDocument(MakeExtraction("d1", {MakeEntity("Tomas Wisniewski"),
                                                     MakeEntity("Ostap Vlasenskyy")}),
                               "h1")
              .ok());
  REQUIRE(store
              ->IngestDocument(MakeExtraction("d2", {MakeEntity("Tomas Wiśniewski"),
                                                     MakeEntity("Ostap Vlasensky")}),
                               "h2")
              .ok());
  CHECK(store->Stats()->entities == 2);
  CHECK(OnlyEntityNamed(*store, "Tomas Wisniewski").name == "Tomas Wiśniewski");
  CHECK(OnlyEntityNamed(*store, "Ostap Vlasensky").name == "Ostap Vlasenskyy");
}

TEST_CASE("a name extracted with two types is one entity of the type most mentions had",
          "[resolve]") {
  TempDir dir;
  auto store = kg::testing::OpenStoreAt(dir.file("db"));
  kg::Entity as_state = MakeEntity("Velmar Union", EntityType::kGpe);
  as_state.mentions.push_back(as_state.mentions.front());
  REQUIRE(store
              ->IngestDocument(MakeExtraction("d1", {MakeEntity("Velmar Union", EntityType::kOrg)}),
                               "h1")
              .ok());
  REQUIRE(store->IngestDocument(MakeExtraction("d2", {as_state}), "h2").ok());
  CHECK(store->Stats()->entities == 1);
  CHECK(OnlyEntityNamed(*store, "Velmar Union").type == EntityType::kGpe);
  CHECK(kg::testing::Violations(*store).empty());
}

TEST_CASE("a tie between types goes to the first in the order PERSON, GPE, ORG, LOC", "[resolve]") {
  TempDir dir;
  auto store = kg::testing::OpenStoreAt(dir.file("db"));
  REQUIRE(store
              ->IngestDocument(MakeExtraction("d1", {MakeEntity("Velmar Union", EntityType::kOrg)}),
                               "h1")
              .ok());
  REQUIRE(store
              ->IngestDocument(MakeExtraction("d2", {MakeEntity("Velmar Union", EntityType::kGpe)}),
                               "h2")
              .ok());
  CHECK(OnlyEntityNamed(*store, "Velmar Union").type == EntityType::kGpe);
}

TEST_CASE("the canonical name is the fullest a document gave, not the first", "[resolve]") {
  TempDir dir;
  auto store = kg::testing::OpenStoreAt(dir.file("db"));
  REQUIRE(store->IngestDocument(MakeExtraction("d1", {MakeEntity("Lena Ortiz")}), "h1").ok());
  REQUIRE(store
              ->IngestDocument(
                  MakeExtraction(
                      "d2", {MakeEntity("Lena Maria Ortiz", EntityType::kPerson, {"Lena Ortiz"})}),
                  "h2")
              .ok());
  const kg::EntityRecord ortiz = OnlyEntityNamed(*store, "Lena Ortiz");
  CHECK(ortiz.name == "Lena Maria Ortiz");
  CHECK(ortiz.aliases == std::vector<std::string>{"Lena Ortiz"});
}
