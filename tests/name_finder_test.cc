#include "name_finder.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace {

std::vector<std::string> Names(std::string_view sentence) {
  std::vector<std::string> out;
  for (const kg::NameSpan& name : kg::FindNames(sentence, 0))
    out.emplace_back(name.text);
  return out;
}

}  // namespace

TEST_CASE("runs of capitalised words form one name", "[names]") {
  CHECK(Names("Yesterday Steve Witkoff flew over the Black Sea.") ==
        std::vector<std::string>{"Steve Witkoff", "Black Sea"});
}

TEST_CASE("leading titles are stripped from names", "[names]") {
  CHECK(Names("then President Ana Lopez spoke") == std::vector<std::string>{"Ana Lopez"});
}

TEST_CASE("a possessive is not part of the name", "[names]") {
  CHECK(Names("it was Russia's plan and Kyiv’s answer") ==
        std::vector<std::string>{"Russia", "Kyiv"});
}

TEST_CASE("a lone capitalised function word at the start is not a name", "[names]") {
  CHECK(Names("The talks ended.").empty());
}

TEST_CASE("of joins capitalised words inside a name", "[names]") {
  CHECK(Names("officials at the Bank of England said") ==
        std::vector<std::string>{"Bank of England"});
}

TEST_CASE("name spans are shifted by the sentence offset", "[names]") {
  const std::vector<kg::NameSpan> names = kg::FindNames("so Lisbon it is", 100);
  REQUIRE(names.size() == 1);
  CHECK(names[0].span.begin == 103);
  CHECK(names[0].span.end == 109);
}

TEST_CASE("a title inside a capitalised run separates the place from the person", "[names]") {
  CHECK(Names("said U.S. Secretary of State Marco Rubio on Monday") ==
        std::vector<std::string>{"U.S.", "Marco Rubio"});
  CHECK(Names("met Ukrainian President Volodymyr Zelenskyy") ==
        std::vector<std::string>{"Ukrainian", "Volodymyr Zelenskyy"});
}
