// WordList reads a word file with comments: one word or phrase a line.
#include "word_list.h"

#include <catch2/catch.hpp>
#include <fstream>

#include "temp_dir.h"

namespace {

// The word list of a file holding `text`.
kg::WordList ListOf(const std::string& text) {
  kg::testing::TempDir dir;
  const std::string path = dir.file("words.txt");
  std::ofstream(path) << text;
  auto list = kg::WordList::LoadFile(path);
  REQUIRE(list.ok());
  return std::move(list).value();
}

}  // namespace

TEST_CASE("a word list holds every non-comment line", "[word-list]") {
  const kg::WordList list = ListOf("# Anna is a comment word\nTraci\n\n  Lena \nAir Force\n");
  CHECK(list.size() == 3);
  CHECK(list.Contains("Lena"));
  CHECK(list.Contains("Air Force"));
  CHECK_FALSE(list.Contains("Anna"));
  CHECK_FALSE(list.Contains("traci"));
  CHECK_FALSE(list.Contains("Air"));
}

TEST_CASE("a word list keeps the order of its lines", "[word-list]") {
  const kg::WordList list = ListOf("January\nFebruary\n# a comment\nMarch\n");
  CHECK(list.IndexOf("March") == 2u);
  CHECK_FALSE(list.IndexOf("April").has_value());
  CHECK(list.words() == std::vector<std::string>{"January", "February", "March"});
}

TEST_CASE("a missing word list is an error naming the file", "[word-list]") {
  const auto list = kg::WordList::LoadFile("/nonexistent/names.txt");
  REQUIRE_FALSE(list.ok());
  CHECK(list.status().message().find("/nonexistent/names.txt") != std::string::npos);
}
