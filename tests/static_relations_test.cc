// Static relations read from titles, roles and appositions (extract/static_relations.h).
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kg::testing::Extract;
using kg::testing::HasFact;
using kg::testing::HasRelation;

TEST_CASE("a state's title before a name makes its holder the leader", "[static]") {
  CHECK(HasFact(Extract("Norwegian President Lars Okonkwo opened the session."), "Lars Okonkwo",
                "leader_of", "Norway"));
}

TEST_CASE("a deputy title makes a member, not a leader", "[static]") {
  const kg::Extraction extraction = Extract("Kenyan Vice President Ada Wekesa opened the session.");
  CHECK(HasFact(extraction, "Ada Wekesa", "member_of", "Kenya"));
  CHECK_FALSE(HasRelation(extraction, "leader_of"));
}

TEST_CASE("lower-case words may qualify a role before the name", "[static]") {
  CHECK(HasFact(Extract("Kenyan foreign minister Amina Wekesa arrived late."), "Amina Wekesa",
                "member_of", "Kenya"));
}

TEST_CASE("an ambassador represents the sending state, not the host", "[static]") {
  const kg::Extraction extraction =
      Extract("Chilean Ambassador to Peru Tomas Varela gave a speech.");
  CHECK(HasFact(extraction, "Tomas Varela", "envoy_of", "Chile"));
  CHECK_FALSE(HasFact(extraction, "Tomas Varela", "envoy_of", "Peru"));
}

TEST_CASE("a senator from a state is a member of the country named before the title", "[static]") {
  const kg::Extraction extraction =
      Extract("On Monday, United States Senator from Vermont Ada Brandt endorsed the plan.");
  CHECK(HasFact(extraction, "Ada Brandt", "member_of", "United States"));
  CHECK(kg::testing::FindEntity(extraction, "Vermont Ada Brandt") == nullptr);
}

TEST_CASE("a possessive role followed by a comma and a name", "[static]") {
  CHECK(HasFact(Extract("Senator Hal Brandt's spokesperson, Mira Joss, declined to comment."),
                "Mira Joss", "adviser_of", "Hal Brandt"));
}

TEST_CASE("a spokesperson of a state or organisation is its member", "[static]") {
  CHECK(HasFact(Extract("Kremlin spokesperson Ivan Petrenko said nothing."), "Ivan Petrenko",
                "member_of", "Russia"));
}

TEST_CASE("an organisation's possessive before a person makes a member", "[static]") {
  CHECK(HasFact(Extract("The Tarvel Times's Ana Pardo reported from the border."), "Ana Pardo",
                "member_of", "Tarvel Times"));
}

TEST_CASE("a state's possessive before a person without a role makes no fact", "[static]") {
  CHECK_FALSE(HasRelation(Extract("Ghana's Ana Pardo reported from the border."), "member_of"));
}

TEST_CASE("coordinated name-of-place pairs share the title before them", "[static]") {
  const kg::Extraction extraction =
      Extract("Presidents Ada Kimani of Kenya and Joao Silva of Angola signed the accord.");
  CHECK(HasFact(extraction, "Ada Kimani", "leader_of", "Kenya"));
  CHECK(HasFact(extraction, "Joao Silva", "leader_of", "Angola"));
  CHECK_FALSE(HasFact(extraction, "Ada Kimani", "leader_of", "Angola"));
}

TEST_CASE("a secretary-general leads the organisation", "[static]") {
  CHECK(HasFact(Extract("NATO Secretary-General Ivo Marsh warned the allies."), "Ivo Marsh",
                "leader_of", "NATO"));
}

TEST_CASE("an envoy of a person", "[static]") {
  CHECK(HasFact(Extract("Then Mandela envoy Tomas Varela met the rebels."), "Tomas Varela",
                "envoy_of", "Mandela"));
}

TEST_CASE("relatives are related in both directions", "[static]") {
  const kg::Extraction extraction =
      Extract("Lena Ortiz's son-in-law Paul Mensah joined the talks.");
  const kg::Fact* fact =
      kg::testing::FindFact(extraction, "Paul Mensah", "relative_of", "Lena Ortiz");
  REQUIRE(fact != nullptr);
  CHECK(fact->symmetric);
}

TEST_CASE("names coordinated after a role share it", "[static]") {
  const kg::Extraction extraction =
      Extract("Mandela envoys Tomas Varela and Ines Moraes arrived in Lisbon.");
  CHECK(HasFact(extraction, "Tomas Varela", "envoy_of", "Mandela"));
  CHECK(HasFact(extraction, "Ines Moraes", "envoy_of", "Mandela"));
}

TEST_CASE("advisers accompanying someone are that person's advisers", "[static]") {
  const kg::Extraction extraction = Extract(
      "The video showed the table, with Lena Ortiz accompanied by advisers Ivo Marsh and Ada "
      "Kimani.");
  CHECK(HasFact(extraction, "Ivo Marsh", "adviser_of", "Lena Ortiz"));
  CHECK(HasFact(extraction, "Ada Kimani", "adviser_of", "Lena Ortiz"));
}
