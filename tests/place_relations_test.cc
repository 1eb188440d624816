// located_in read from how a place is named with a larger one (extract/place_relations.h).
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kg::testing::Extract;
using kg::testing::HasFact;
using kg::testing::HasRelation;

TEST_CASE("a city followed by a comma and its country is located in it", "[place]") {
  CHECK(HasFact(Extract("The delegates flew to Hamburg, Germany, on Friday."), "Hamburg",
                "located_in", "Germany"));
}

TEST_CASE("a city named as a country's capital is located in it", "[place]") {
  CHECK(HasFact(Extract("They met in Niamey, Niger's capital, for a summit."), "Niamey",
                "located_in", "Niger"));
}

TEST_CASE("the city of X in a region", "[place]") {
  CHECK(HasFact(Extract("The plane left the city of Kessel in Bavaria at dawn."), "Kessel",
                "located_in", "Bavaria"));
}

TEST_CASE("a place based organisation is located there", "[place]") {
  CHECK(HasFact(Extract("The Yemen-based Tarvel Movement claimed the attack."), "Tarvel Movement",
                "located_in", "Yemen"));
}

TEST_CASE("a list of places is not read as one inside the other", "[place]") {
  CHECK_FALSE(HasRelation(Extract("Talks took place in Hamburg, Paris and Rome."), "located_in"));
}

TEST_CASE("a state in another state is not located there", "[place]") {
  CHECK_FALSE(HasRelation(Extract("The war waged by Russia in Ukraine went on."), "located_in"));
}

TEST_CASE("an unknown name in a city is not read as a place inside it", "[place]") {
  CHECK_FALSE(HasRelation(
      Extract("She built a platform called Participate in Melbourne last year."), "located_in"));
}

TEST_CASE("an unknown town in a known region is located there", "[place]") {
  CHECK(HasFact(Extract("He was treated in Tarvelsk in Siberia for a week."), "Tarvelsk",
                "located_in", "Siberia"));
}

TEST_CASE("an organisation based in a place is located in it", "[place]") {
  CHECK(HasFact(Extract("The Halvard Mining Company, based in Ostrava, reported a loss."),
                "Halvard Mining Company", "located_in", "Ostrava"));
}

TEST_CASE("a place noun in apposition places the name in the larger place", "[place]") {
  CHECK(HasFact(Extract("Marrowby, a town in Ghana, voted for the bridge."), "Marrowby",
                "located_in", "Ghana"));
  CHECK(HasFact(Extract("Velnitsa, in Varn Province, has no hospital."), "Velnitsa", "located_in",
                "Varn Province"));
}
