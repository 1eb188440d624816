// Which words make one name, and how names become typed entities (mention_finder.h,
// entity_linker.h).
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kg::testing::Extract;
using kg::testing::FindEntity;

TEST_CASE("lower-case particles and hyphens stay inside personal names", "[names]") {
  const kg::Extraction extraction =
      Extract("Syrian President Omar al-Haddad met Jean-Luc Moreau and Abdel Aziz el-Masri.");
  CHECK(FindEntity(extraction, "Omar al-Haddad") != nullptr);
  CHECK(FindEntity(extraction, "Jean-Luc Moreau") != nullptr);
  CHECK(FindEntity(extraction, "Abdel Aziz el-Masri") != nullptr);
  CHECK(FindEntity(extraction, "Omar") == nullptr);
}

TEST_CASE("an en dash between touching capitalised words joins them", "[names]") {
  CHECK(FindEntity(Extract("The Tarvel Export\u2013Import Bank lent money to Ghana."),
                   "Tarvel Export\u2013Import Bank") != nullptr);
}

TEST_CASE("of joins a name after a head word that takes it", "[names]") {
  const kg::Extraction extraction = Extract("The Bank of Tarvel raised its rates.");
  CHECK(FindEntity(extraction, "Bank of Tarvel") != nullptr);
}

TEST_CASE("a person of a place is two names", "[names]") {
  const kg::Extraction extraction = Extract("Lena Ortiz of Ghana spoke first.");
  CHECK(FindEntity(extraction, "Lena Ortiz") != nullptr);
  CHECK(FindEntity(extraction, "Ghana") != nullptr);
}

TEST_CASE("a plural title is not part of the names after it", "[names]") {
  CHECK(FindEntity(Extract("On Sunday Presidents Ada Kimani and Joao Silva met."), "Ada Kimani") !=
        nullptr);
}

TEST_CASE("a title word naming a body stays in the name", "[names]") {
  CHECK(FindEntity(Extract("It was unveiled at the Tarvel General Assembly last week."),
                   "Tarvel General Assembly") != nullptr);
}

TEST_CASE("a one-word name that opens one organisation's name is that organisation", "[names]") {
  const kg::Extraction extraction =
      Extract("Germany banned Mahan Air on Monday. Mahan has flown to Syria since 2011.");
  const kg::Entity* airline = FindEntity(extraction, "Mahan Air");
  REQUIRE(airline != nullptr);
  CHECK(airline->type == kg::EntityType::kOrg);
  CHECK(airline->mentions.size() == 2);
  CHECK(FindEntity(extraction, "Mahan") == nullptr);
}

TEST_CASE("an unknown acronym is typed as an organisation", "[names]") {
  const kg::Extraction extraction = Extract("According to TVX, the talks failed.");
  const kg::Entity* entity = FindEntity(extraction, "TVX");
  REQUIRE(entity != nullptr);
  CHECK(entity->type == kg::EntityType::kOrg);
}
