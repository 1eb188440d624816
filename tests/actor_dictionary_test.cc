// ActorDictionary: kg's actor files (data/lexicon/actors.tsv and the user's --actors FILE).
#include "kg/actor_dictionary.h"

#include <array>
#include <catch2/catch.hpp>
#include <string_view>

#include "kg/extractor.h"

namespace {

constexpr std::string_view kActors =
    "# invented actors\n"
    "Teodor Zorvan\tPERSON\tZorvan|T. Zorvan\tTRVGOV:2001-02-03..2009-10-11 TRVELI\n"
    "Kestrel Liberation Front\tORG\tKLF\tTRVREB\n"
    "Tarvelia\tGPE\t\tTRV\n"
    "\n"
    "Mirela Dask\tPERSON\t\n";

kg::ActorDictionary Dictionary() {
  kg::ActorDictionary actors;
  REQUIRE(actors.Parse(kActors, "test.tsv").ok());
  return actors;
}

}  // namespace

TEST_CASE("an actor is found by its name or an alias, in any case", "[actors]") {
  const kg::ActorDictionary actors = Dictionary();
  CHECK(actors.size() == 4);
  for (std::string_view name : {"Teodor Zorvan", "zorvan", "T. Zorvan", "TEODOR ZORVAN"}) {
    const kg::Actor* actor = actors.Find(name);
    REQUIRE(actor != nullptr);
    CHECK(actor->name == "Teodor Zorvan");
    CHECK(actor->type == kg::EntityType::kPerson);
  }
  CHECK(actors.Find("Teodor") == nullptr);
  REQUIRE(actors.Find("Mirela Dask") != nullptr);
  CHECK(actors.Find("Mirela Dask")->codes.empty());
}

TEST_CASE("an actor keeps its codes with their dates", "[actors]") {
  const kg::ActorDictionary actors = Dictionary();
  const kg::Actor* actor = actors.Find("Zorvan");
  REQUIRE(actor != nullptr);
  CHECK(actor->codes == std::vector<std::string>{"TRVGOV:2001-02-03..2009-10-11", "TRVELI"});
}

TEST_CASE("a short all-capital alias matches only in capitals", "[actors]") {
  const kg::ActorDictionary actors = Dictionary();
  REQUIRE(actors.Find("KLF") != nullptr);
  CHECK(actors.Find("KLF")->type == kg::EntityType::kOrg);
  CHECK(actors.Find("klf") == nullptr);
}

TEST_CASE("a tagger asks whether a run of words is a known actor", "[actors]") {
  const kg::ActorDictionary actors = Dictionary();
  CHECK(actors.max_words() == 3);
  const std::array<std::string_view, 3> words = {"Kestrel", "Liberation", "Front"};
  const kg::Actor* whole = actors.Match(words);
  REQUIRE(whole != nullptr);
  CHECK(whole->type == kg::EntityType::kOrg);
  CHECK(actors.Match(std::span(words).first(2)) == nullptr);
  const std::array<std::string_view, 4> longer = {"Kestrel", "Liberation", "Front", "Today"};
  CHECK(actors.Match(longer) == nullptr);
}

TEST_CASE("a later dictionary's entry wins over an earlier one", "[actors]") {
  kg::ActorDictionary actors = Dictionary();
  REQUIRE(actors.Parse("Zorvan Holdings\tORG\tZorvan\t\n", "mine.tsv").ok());
  CHECK(actors.Find("Zorvan")->name == "Zorvan Holdings");
  CHECK(actors.Find("Teodor Zorvan")->name == "Teodor Zorvan");
}

TEST_CASE("a malformed actor line fails with its file and line", "[actors]") {
  kg::ActorDictionary actors;
  const kg::Status fields = actors.Parse("# header\nTeodor Zorvan PERSON Zorvan\n", "mine.tsv");
  REQUIRE_FALSE(fields.ok());
  CHECK(fields.message() ==
        "mine.tsv:2: expected name, type, aliases and codes separated by tabs, found 1 field");
  const kg::Status type = actors.Parse("Teodor Zorvan\tPERSONA\tZorvan\n", "mine.tsv");
  REQUIRE_FALSE(type.ok());
  CHECK(type.message() == "mine.tsv:1: type \"PERSONA\" is not PERSON, GPE, ORG or LOC");
  CHECK_FALSE(actors.Parse("Teodor Zorvan\tPERSON\tZorvan||Dask\n", "mine.tsv").ok());
  CHECK_FALSE(actors.Parse("\tPERSON\tZorvan\n", "mine.tsv").ok());
}

TEST_CASE("a missing actor file fails the load naming it", "[actors]") {
  kg::ActorDictionary actors;
  const kg::Status status = actors.LoadFile("/nonexistent/actors.tsv");
  REQUIRE_FALSE(status.ok());
  CHECK(status.message() ==
        "cannot open actor dictionary /nonexistent/actors.tsv: No such file or directory");
}

TEST_CASE("the shipped actor dictionary loads", "[actors]") {
  kg::ActorDictionary actors;
  const kg::Status status = actors.LoadFile(kg::DefaultDataDir() + "/lexicon/" + kg::kActorsFile);
  REQUIRE(status.ok());
  CHECK(actors.size() > 20000);
  CHECK(actors.max_words() >= 3);
}
