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

TEST_CASE("a role named after the, a demonym and a comma before a name", "[static]") {
  CHECK(HasFact(Extract("The Italian foreign minister, Ivo Marsh, joined the talks."), "Ivo Marsh",
                "member_of", "Italy"));
}

TEST_CASE("whoever dismisses an adviser is the one advised", "[static]") {
  CHECK(HasFact(Extract("Lena Ortiz ousts national security advisor Ivo Marsh."), "Ivo Marsh",
                "adviser_of", "Lena Ortiz"));
}

TEST_CASE("an organisation's spokesperson is a member, and the organisation stays one",
          "[static]") {
  const kg::Extraction extraction =
      Extract("Tarvel Council spokesperson Ivo Marsh declined to comment.");
  CHECK(HasFact(extraction, "Ivo Marsh", "member_of", "Tarvel Council"));
}

TEST_CASE("a capitalised Representative before a name is a legislator", "[static]") {
  CHECK(HasFact(Extract("Kenyan Representative Ada Kimani voted against it."), "Ada Kimani",
                "member_of", "Kenya"));
}

struct RoleFrameCase {
  const char* construction;
  const char* text;
  const char* person;
  const char* relation;
  const char* entity;
};

TEST_CASE("a role noun relates its holder to the entity it is held in, whatever the word order",
          "[static][role-frame]") {
  const RoleFrameCase cases[] = {
      {"a role in apposition after the name",
       "Marco Vitti, a spokesman for the Halvard Mining Company, declined to comment.",
       "Marco Vitti", "member_of", "Halvard Mining Company"},
      {"a name in apposition after the role",
       "The chairman of the Halvard Mining Company, Ravi Sen, resigned.", "Ravi Sen", "leader_of",
       "Halvard Mining Company"},
      {"a predicate noun after a copula", "Ravi Sen is the chairman of the Halvard Mining Company.",
       "Ravi Sen", "leader_of", "Halvard Mining Company"},
      {"a role introduced by as", "Ravi Sen served as chairman of the Halvard Mining Company.",
       "Ravi Sen", "leader_of", "Halvard Mining Company"},
      {"the first of coordinated subjects",
       "Nils Berg and Eva Strom are members of the Green Alliance Party.", "Nils Berg", "member_of",
       "Green Alliance Party"},
      {"the second of coordinated subjects",
       "Nils Berg and Eva Strom are members of the Green Alliance Party.", "Eva Strom", "member_of",
       "Green Alliance Party"},
      {"a city named through a place noun",
       "Lena Kord, mayor of the Swedish city of Malmo, was injured.", "Lena Kord", "leader_of",
       "Malmo"},
  };
  for (const RoleFrameCase& c : cases) {
    DYNAMIC_SECTION(c.construction) {
      CHECK(HasFact(Extract(c.text), c.person, c.relation, c.entity));
    }
  }
}

TEST_CASE("an ambassador to a state is not that state's envoy", "[static][role-frame]") {
  CHECK_FALSE(HasRelation(Extract("Sven Ek served as ambassador to Chile."), "envoy_of"));
}

TEST_CASE("a name after a role without a comma is not its apposition", "[static][role-frame]") {
  CHECK_FALSE(HasRelation(
      Extract("Tomas Lind served as envoy to Chile under former president Ravi Sen."), "envoy_of"));
}

TEST_CASE("verbs of heading, joining and representing state static relations", "[static]") {
  const RoleFrameCase cases[] = {
      {"heading", "Ravi Sen heads the Halvard Mining Company.", "Ravi Sen", "leader_of",
       "Halvard Mining Company"},
      {"joining", "Ravi Sen joined the Halvard Mining Company in March.", "Ravi Sen", "member_of",
       "Halvard Mining Company"},
      {"working for", "Ravi Sen works for the Halvard Mining Company.", "Ravi Sen", "member_of",
       "Halvard Mining Company"},
      {"representing a person", "Ravi Sen represents Lena Ortiz in the case.", "Ravi Sen",
       "adviser_of", "Lena Ortiz"},
  };
  for (const RoleFrameCase& c : cases) {
    DYNAMIC_SECTION(c.construction) {
      CHECK(HasFact(Extract(c.text), c.person, c.relation, c.entity));
    }
  }
}

TEST_CASE("the head of a compound role decides, and a chief word makes it lead", "[static]") {
  const RoleFrameCase cases[] = {
      {"a chief executive", "Halvard Mining Company chief executive Ravi Sen resigned.",
       "Ravi Sen", "leader_of", "Halvard Mining Company"},
      {"an executive director", "Halvard Mining Company executive director Ravi Sen resigned.",
       "Ravi Sen", "leader_of", "Halvard Mining Company"},
      {"a profession at an organisation", "Halvard Mining Company economist Ravi Sen resigned.",
       "Ravi Sen", "member_of", "Halvard Mining Company"},
      {"a relative", "Ravi Sen is the cousin of Lena Ortiz.", "Ravi Sen", "relative_of",
       "Lena Ortiz"},
  };
  for (const RoleFrameCase& c : cases) {
    DYNAMIC_SECTION(c.construction) {
      CHECK(HasFact(Extract(c.text), c.person, c.relation, c.entity));
    }
  }
}

TEST_CASE("a profession named with a state says where someone is from, not whom they serve",
          "[static]") {
  CHECK_FALSE(HasRelation(Extract("Yemeni journalist Ravi Sen was detained."), "member_of"));
}

TEST_CASE("a plural role covers every coordinated name up to one with a role of its own",
          "[static][role-frame]") {
  const kg::Extraction extraction =
      Extract("Lena Ortiz and Paul Mensah, both members of the Tarvel Union, abstained.");
  CHECK(HasFact(extraction, "Lena Ortiz", "member_of", "Tarvel Union"));
  CHECK(HasFact(extraction, "Paul Mensah", "member_of", "Tarvel Union"));
  CHECK_FALSE(HasFact(Extract("They honoured Tarvel Union members Lena Ortiz and Paul Mensah, and "
                              "abolitionist Ivo Lenz."),
                      "Ivo Lenz", "member_of", "Tarvel Union"));
}

TEST_CASE("a person of an organisation is its member, a person of a place is not",
          "[static][role-frame]") {
  CHECK(HasFact(Extract("Ravi Sen of the Halvard Mining Company asked the first question."),
                "Ravi Sen", "member_of", "Halvard Mining Company"));
  CHECK_FALSE(HasRelation(Extract("Ravi Sen of Ostrava asked the first question."), "member_of"));
}
