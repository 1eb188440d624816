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
  CHECK(HasFact(Extract("Peru was condemned by members of the African Union."), "African Union",
                "criticized", "Peru"));
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

TEST_CASE("a word for a people that WordNet also knows as a river or a person is its place",
          "[relations]") {
  CHECK(HasFact(Extract("Canadian troops captured Ostrava."), "Canada", "captured", "Ostrava"));
  CHECK(HasFact(Extract("French President Ada Kimani arrived."), "Ada Kimani", "leader_of",
                "France"));
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

TEST_CASE("a title after a state and before a person is the person as an argument", "[relations]") {
  CHECK(HasFact(Extract("Lena Ortiz criticized US Secretary of State Paul Mensah."), "Lena Ortiz",
                "criticized", "Paul Mensah"));
}

TEST_CASE("a conduct noun owned by a group noun stands for the group's entity", "[relations]") {
  CHECK(HasFact(Extract("Tarvel Air was supporting the Iranian regime's ambitions."), "Tarvel Air",
                "supported", "Iran"));
}

TEST_CASE("a noun with such as stands for its example", "[relations]") {
  CHECK(HasFact(Extract("Ghana has been encouraging allies such as Togo to act."), "Ghana",
                "pressured", "Togo"));
}

TEST_CASE("a passive ban in a state is that state's ban", "[relations]") {
  CHECK(HasFact(Extract("The Tarvel Front is banned in Turkey."), "Turkey", "sanctioned",
                "Tarvel Front"));
}

TEST_CASE("suspending someone's permit sanctions them", "[relations]") {
  CHECK(HasFact(Extract("Ghana has suspended Tarvel Air's permit."), "Ghana", "sanctioned",
                "Tarvel Air"));
}

TEST_CASE("speaking on a broadcaster speaks to it", "[relations]") {
  CHECK(HasFact(Extract("Senator Lena Ortiz spoke on Tarvel News about the vote."), "Lena Ortiz",
                "spoke_to", "Tarvel News"));
}

TEST_CASE("a classifier noun after an organisation's name stands for it", "[relations]") {
  CHECK(HasFact(Extract("Lena Ortiz spoke to the Tarvel Council newspaper on Monday."),
                "Lena Ortiz", "spoke_to", "Tarvel Council"));
}

TEST_CASE("a destination hung on an earlier prepositional phrase still counts", "[relations]") {
  CHECK(HasFact(Extract("Lena Ortiz was airlifted from the city of Omsk to Berlin."), "Lena Ortiz",
                "visited", "Berlin"));
}

TEST_CASE("a headline drops the passive of a transport verb", "[relations]") {
  CHECK(HasFact(Extract("Ortiz airlifted to Germany"), "Ortiz", "visited", "Germany"));
}

TEST_CASE("what troops enter is a place they visit", "[relations]") {
  CHECK(HasFact(Extract("The Ghanaian army entered Tarvel Mesa yesterday."), "Ghana", "visited",
                "Tarvel Mesa"));
}

TEST_CASE("an object-control verb gives its object as the complement's subject", "[relations]") {
  const kg::Extraction extraction =
      Extract("Lena Ortiz called on Tarvel News to fire Paul Mensah.");
  CHECK_FALSE(HasFact(extraction, "Lena Ortiz", "dismissed", "Paul Mensah"));
  CHECK(HasFact(extraction, "Tarvel News", "dismissed", "Paul Mensah"));
}

TEST_CASE("a passive trigger borrows no agent from another clause", "[relations]") {
  CHECK_FALSE(HasRelation(
      Extract("If Paul Mensah were removed, the Tarvel Senate could bar him from office."),
      "dismissed"));
}

TEST_CASE("receiving something that is not a person is no meeting", "[relations]") {
  CHECK_FALSE(
      HasRelation(Extract("Lena Ortiz received the Tarvel Party's nomination."), "met_with"));
}

TEST_CASE("a noun with names in apposition stands for each of them", "[relations]") {
  const kg::Extraction extraction =
      Extract("Lena Ortiz met officers Paul Mensah and Ivo Lenz at a cafe in the harbour.");
  CHECK(HasFact(extraction, "Lena Ortiz", "met_with", "Paul Mensah"));
  CHECK(HasFact(extraction, "Lena Ortiz", "met_with", "Ivo Lenz"));
}

TEST_CASE("coordinated subjects of a reciprocal light verb are each other's arguments",
          "[relations]") {
  CHECK(HasFact(Extract("Lena Ortiz and Paul Mensah signed an agreement on Friday."), "Lena Ortiz",
                "agreed_with", "Paul Mensah"));
}

TEST_CASE("an event noun with a possessor and an of-phrase gives its verb's relation",
          "[relations]") {
  CHECK(HasFact(Extract("Peru's capture of Arica ended the long war in the south."), "Peru",
                "captured", "Arica"));
}

TEST_CASE("a threat to act against someone threatens them", "[relations]") {
  CHECK(HasFact(Extract("Lena Ortiz threatened to expel diplomats from Austria."), "Lena Ortiz",
                "threatened", "Austria"));
}

TEST_CASE("a reduced passive relative's noun is its object and its by-phrase its subject",
          "[relations]") {
  CHECK(HasFact(Extract("Pavel Ostrin, accused by Clara Wendt of fraud, resigned."), "Clara Wendt",
                "accused", "Pavel Ostrin"));
}

TEST_CASE("an object pronoun refers to someone other than its clause's subject", "[relations]") {
  CHECK(HasFact(Extract("Lena Ortiz said Paul Mensah had accused her of fraud."), "Paul Mensah",
                "accused", "Lena Ortiz"));
}

TEST_CASE("armed men from a group act for that group", "[relations]") {
  CHECK(HasFact(Extract("Lena Ortiz was attacked by gunmen from the Tarvel Liberation Front."),
                "Tarvel Liberation Front", "attacked", "Lena Ortiz"));
}

TEST_CASE("a sentence's only verb read as a plural noun is restored as its verb", "[relations]") {
  CHECK(HasFact(Extract("The Tarvel Liberation Front controls Ostrava."), "Tarvel Liberation Front",
                "controls", "Ostrava"));
}

TEST_CASE("a participle with an object and no auxiliary is restored as a past tense",
          "[relations]") {
  CHECK(HasFact(Extract("Latvian police arrested Ivo Korso."), "Latvia", "arrested", "Ivo Korso"));
}

TEST_CASE("a demand that someone act presses them", "[relations]") {
  CHECK(HasFact(Extract("Estonia demanded that Latvia withdraw its troops."), "Estonia",
                "pressured", "Latvia"));
}

TEST_CASE("a support verb lends its subject to its event noun", "[relations]") {
  CHECK(HasFact(Extract("The Sarn Front carried out an attack on Bergen."), "Sarn Front",
                "attacked", "Bergen"));
}

TEST_CASE("the subject of a clause about an event did not take part in it", "[relations]") {
  CHECK_FALSE(HasRelation(Extract("Pavel Ostrin spoke about the attack on Bergen."), "attacked"));
}

TEST_CASE("a noun in apposition says what its head does", "[relations]") {
  CHECK(HasFact(Extract("Lena Ortiz, a fierce critic of Paul Mensah, wrote the report."),
                "Lena Ortiz", "criticized", "Paul Mensah"));
}
