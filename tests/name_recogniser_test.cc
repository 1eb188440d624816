// Names a reader knows, found whether or not the dictionaries know them: the trained recogniser
// (name_tagger.h) and the grammar of names together (mention_finder.h, entity_linker.h).
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"

using kg::testing::Extract;
using kg::testing::FindEntity;

namespace {

struct ExpectedName {
  const char* text;
  const char* entity;
  kg::EntityType type;
};

}  // namespace

TEST_CASE("names are found and typed from their shape, words and context", "[recogniser]") {
  const ExpectedName cases[] = {
      // A famous name that is also a common word, at the start of the sentence.
      {"Trump met with Putin.", "Trump", kg::EntityType::kPerson},
      {"Trump met with Putin.", "Vladimir Putin", kg::EntityType::kPerson},
      // A surname that is a common noun.
      {"Elon Musk met the mayor on Tuesday.", "Elon Musk", kg::EntityType::kPerson},
      // An unknown company, agency and armed group, whole.
      {"The Dravik Mining Company fired 300 workers.", "Dravik Mining Company",
       kg::EntityType::kOrg},
      {"Officials at the Baltic Shipping Authority said the port was closed.",
       "Baltic Shipping Authority", kg::EntityType::kOrg},
      {"Gunmen from the Free Sarn Movement attacked a convoy.", "Free Sarn Movement",
       kg::EntityType::kOrg},
      // A first name that is also a place's.
      {"Georgia Lindqvist visited Warsaw.", "Georgia Lindqvist", kg::EntityType::kPerson},
      {"Georgia Lindqvist visited Warsaw.", "Warsaw", kg::EntityType::kGpe},
      // An unknown name opening its sentence.
      {"Orvan Teller said the talks had failed.", "Orvan Teller", kg::EntityType::kPerson},
      // An all-caps headline.
      {"PUTIN MEETS ENVOYS IN MOSUL", "Vladimir Putin", kg::EntityType::kPerson},
      {"PUTIN MEETS ENVOYS IN MOSUL", "Mosul", kg::EntityType::kGpe},
  };
  for (const ExpectedName& expected : cases) {
    INFO(expected.text << " -> " << expected.entity);
    const kg::Extraction extraction = Extract(expected.text);
    const kg::Entity* entity = FindEntity(extraction, expected.entity);
    REQUIRE(entity != nullptr);
    CHECK(entity->type == expected.type);
  }
}

TEST_CASE("a name-shaped word for a thing is no entity", "[recogniser]") {
  for (const char* text : {"Rain hit Paris on Monday.", "Laughter filled the hall."}) {
    INFO(text);
    const kg::Extraction extraction = Extract(text);
    CHECK(FindEntity(extraction, "Rain") == nullptr);
    CHECK(FindEntity(extraction, "Laughter") == nullptr);
  }
}

TEST_CASE("a place before a capitalised noun does not make a name of the two", "[recogniser]") {
  const kg::Extraction extraction =
      Extract("Varnholt wrote to the U.S. Fisheries and Wildlife Service on Friday.");
  CHECK(FindEntity(extraction, "U.S. Fisheries") == nullptr);
  CHECK(FindEntity(extraction, "Wildlife Service") == nullptr);
}

TEST_CASE("a famous name found from its verb and object yields the fact", "[recogniser]") {
  const kg::Extraction extraction = Extract("Trump met with Putin.");
  REQUIRE(kg::testing::HasFact(extraction, "Trump", "met_with", "Vladimir Putin"));
}
