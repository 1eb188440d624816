#include "kg/name_resolver.h"

#include <catch2/catch.hpp>

#include "kg/edit_distance.h"
#include "sample_graph.h"
#include "temp_dir.h"

TEST_CASE("edit distance counts insertions, deletions and substitutions", "[names]") {
  CHECK(kg::EditDistance("kitten", "sitting") == 3);
  CHECK(kg::EditDistance("", "abc") == 3);
  CHECK(kg::EditDistance("varga", "varga") == 0);
}

TEST_CASE("a name is close to a longer name when it is close to one of its words", "[names]") {
  CHECK(kg::NameDistance("brandd", "karl brandt") == 2);
  CHECK(kg::NameDistance("karl brandt", "karl brandt") == 0);
}

TEST_CASE("a name resolves by alias, case-insensitively", "[names]") {
  kg::testing::TempDir dir;
  auto store = kg::testing::OpenSampleGraph(dir.file("db"));
  const auto entity = kg::ResolveEntityName(*store, "THE FRONT");
  REQUIRE(entity.ok());
  CHECK(entity->name == "Northern Front");
}

TEST_CASE("a name of the form #ID is the entity with that id", "[names]") {
  kg::testing::TempDir dir;
  auto store = kg::testing::OpenSampleGraph(dir.file("db"));
  const auto entity = kg::ResolveEntityName(*store, "#5");
  REQUIRE(entity.ok());
  CHECK(entity->name == "Ostland");
  CHECK(kg::ResolveEntityName(*store, "#99").status().code() == kg::Status::Code::kNotFound);
}

TEST_CASE("a misspelt name fails with the closest names as suggestions", "[names]") {
  kg::testing::TempDir dir;
  auto store = kg::testing::OpenSampleGraph(dir.file("db"));
  const auto entity = kg::ResolveEntityName(*store, "Elena Vargas");
  REQUIRE_FALSE(entity.ok());
  CHECK(entity.status().code() == kg::Status::Code::kNotFound);
  CHECK(entity.status().message() ==
        "no entity named 'Elena Vargas' (did you mean 'Elena Varga'?)");
}

TEST_CASE("a name far from every entity gets no suggestion", "[names]") {
  kg::testing::TempDir dir;
  auto store = kg::testing::OpenSampleGraph(dir.file("db"));
  CHECK(kg::ResolveEntityName(*store, "Quetzalcoatl").status().message() ==
        "no entity named 'Quetzalcoatl'");
}

TEST_CASE("suggestions come closest first and at most as many as asked", "[names]") {
  kg::testing::TempDir dir;
  auto store = kg::testing::OpenSampleGraph(dir.file("db"));
  const auto names = kg::SuggestEntityNames(*store, "Tom Reid", 1);
  REQUIRE(names.ok());
  CHECK(*names == std::vector<std::string>{"Tom Reed"});
}

TEST_CASE("a canonical name wins over another entity's alias", "[names]") {
  kg::testing::TempDir dir;
  {
    auto store = kg::Store::Open(dir.file("db"), kg::StoreOptions{});
    REQUIRE(store.ok());
    kg::Extraction extraction;
    extraction.doc_id = "d";
    extraction.entities = {{"Turkey", kg::EntityType::kGpe, {}, {}},
                           {"Economy of Turkey", kg::EntityType::kOrg, {"Turkey"}, {}}};
    REQUIRE((*store)->IngestDocument(extraction, "h").ok());
  }
  auto store = kg::Store::Open(dir.file("db"), kg::StoreOptions{});
  const auto entity = kg::ResolveEntityName(**store, "turkey");
  REQUIRE(entity.ok());
  CHECK(entity->type == kg::EntityType::kGpe);
}

TEST_CASE("an ambiguous name lists every candidate with its type and id", "[names]") {
  kg::testing::TempDir dir;
  {
    auto store = kg::Store::Open(dir.file("db"), kg::StoreOptions{});
    REQUIRE(store.ok());
    kg::Extraction extraction;
    extraction.doc_id = "d";
    // Two entities of different types share an alias that is neither's canonical name. (Two
    // entities both named "Georgia" would be one: a lone one-word name joins its namesake.)
    extraction.entities = {{"Paris Hilton", kg::EntityType::kPerson, {"Paris"}, {}},
                           {"Paris Saint-Germain", kg::EntityType::kOrg, {"Paris"}, {}}};
    REQUIRE((*store)->IngestDocument(extraction, "h").ok());
  }
  auto store = kg::Store::Open(dir.file("db"), kg::StoreOptions{});
  const auto entity = kg::ResolveEntityName(**store, "paris");
  REQUIRE_FALSE(entity.ok());
  CHECK(entity.status().message() ==
        "'paris' is ambiguous: Paris Hilton (PERSON, #1) or Paris Saint-Germain (ORG, #2); name "
        "one as #ID");
}
