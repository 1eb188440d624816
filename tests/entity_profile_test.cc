// Entity profiles on the sample graph (see sample_graph.h).
#include "kg/entity_profile.h"

#include <catch2/catch.hpp>

#include "sample_graph.h"
#include "temp_dir.h"

TEST_CASE("an entity profile counts edges per relation and direction", "[profile]") {
  kg::testing::TempDir dir;
  auto store = kg::testing::OpenSampleGraph(dir.file("db"));
  const auto brandt = store->GetEntity(2);
  REQUIRE(brandt.ok());
  const auto profile = kg::ProfileEntity(*store, kg::testing::SampleCatalog(), *brandt, {});
  REQUIRE(profile.ok());
  REQUIRE(profile->degrees.size() == 3);
  CHECK(profile->degrees[0].relation == "accused");
  CHECK(profile->degrees[0].out == 1);
  CHECK(profile->degrees[1].relation == "criticized");
  CHECK(profile->degrees[1].in == 1);
  CHECK(profile->degrees[2].relation == "met_with");
  CHECK(profile->degrees[2].undirected == 1);
}

TEST_CASE("an entity profile ranks neighbours by evidence and samples the strongest", "[profile]") {
  kg::testing::TempDir dir;
  auto store = kg::testing::OpenSampleGraph(dir.file("db"));
  const auto varga = store->GetEntity(1);
  REQUIRE(varga.ok());
  kg::ProfileOptions options;
  options.neighbors = 2;
  options.evidence = 1;
  const auto profile = kg::ProfileEntity(*store, kg::testing::SampleCatalog(), *varga, options);
  REQUIRE(profile.ok());
  REQUIRE(profile->neighbors.size() == 2);
  CHECK(profile->neighbors[0].id == 3);
  CHECK(profile->neighbors[0].evidence == 2);
  REQUIRE(profile->evidence.size() == 1);
  // Of the accusation's two pieces, the asserted one beats the reported one.
  CHECK(profile->evidence[0].evidence.modality == "asserted");
  CHECK(profile->evidence[0].evidence.doc_id == "doc-1");
}
