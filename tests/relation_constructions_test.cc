// Relation triggers and how their arguments are found (relation_matcher.h, argument_resolver.h).
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kg::testing::Extract;
using kg::testing::FindEntity;
using kg::testing::HasFact;
using kg::testing::HasRelation;

TEST_CASE("a predicate noun takes the copula's subject", "[relations]") {
  CHECK(HasFact(Extract("Lena Ortiz is an outspoken critic of Paul Mensah."), "Lena Ortiz",
                "criticized", "Paul Mensah"));
}

TEST_CASE("a light verb with a conversation noun speaks with its object", "[relations]") {
  CHECK(HasFact(Extract("Lena Ortiz had a phone conversation with Paul Mensah."), "Lena Ortiz",
                "spoke_to", "Paul Mensah"));
}

TEST_CASE("coordinated subjects of a reciprocal verb without object are each other's arguments",
          "[relations]") {
  CHECK(HasFact(Extract("Lena Ortiz and Paul Mensah spoke on the phone."), "Lena Ortiz", "spoke_to",
                "Paul Mensah"));
}

TEST_CASE("a participle on a message noun speaks for the message's author", "[relations]") {
  CHECK(HasFact(Extract("Lena Ortiz posted a message blaming Paul Mensah for the attacks."),
                "Lena Ortiz", "accused", "Paul Mensah"));
}

TEST_CASE("the passive subject of a transport verb is the one who travels", "[relations]") {
  CHECK(HasFact(Extract("Lena Ortiz was airlifted to Germany on Saturday."), "Lena Ortiz",
                "visited", "Germany"));
}

TEST_CASE("an adverbial participle shares a passive main clause's subject", "[relations]") {
  CHECK(HasFact(Extract("Lena Ortiz was arrested after attacking Paul Mensah."), "Lena Ortiz",
                "attacked", "Paul Mensah"));
}

TEST_CASE("the government of someone stands for them", "[relations]") {
  CHECK(HasFact(Extract("Ghana started supporting the government of Paul Mensah."), "Ghana",
                "supported", "Paul Mensah"));
}

TEST_CASE("members of an organisation stand for it as a passive agent", "[relations]") {
  CHECK(HasFact(Extract("Ghana was condemned by members of the European Union."), "European Union",
                "criticized", "Ghana"));
}

TEST_CASE("a conduct noun stands for the actor it belongs to", "[relations]") {
  CHECK(HasFact(Extract("Ghana condemned Russian aggression."), "Ghana", "criticized", "Russia"));
}

TEST_CASE("a demonym, a title and a person are the person as an argument", "[relations]") {
  CHECK(HasFact(Extract("Lena Ortiz had a phone conversation with Turkish President Paul Mensah."),
                "Lena Ortiz", "spoke_to", "Paul Mensah"));
}

TEST_CASE("a state named by a demonym adjective is the country, not an old empire", "[relations]") {
  CHECK(HasFact(Extract("Egyptian foreign minister Ada Kimani arrived."), "Ada Kimani", "member_of",
                "Egypt"));
}

TEST_CASE("a country WordNet also knows as a river is a political entity", "[relations]") {
  CHECK(HasFact(Extract("Niger's president Ada Kimani said the deal was good."), "Ada Kimani",
                "leader_of", "Niger"));
}

TEST_CASE("an opposition leader leads no state", "[relations]") {
  CHECK_FALSE(
      HasRelation(Extract("Russian opposition leader Lena Ortiz was flown abroad."), "leader_of"));
}

TEST_CASE("two known names joined by a hyphen stay two names", "[names]") {
  const kg::Extraction extraction = Extract("They discussed Libya-Turkey relations in Cairo.");
  CHECK(FindEntity(extraction, "Libya") != nullptr);
  CHECK(FindEntity(extraction, "Turkey") != nullptr);
}

TEST_CASE("a plural possessive apostrophe stays inside a name", "[names]") {
  CHECK(FindEntity(Extract("The Tarvel Workers' Party won the vote."), "Tarvel Workers' Party") !=
        nullptr);
}
