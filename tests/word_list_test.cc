// WordList reads a word file with comments.
#include "word_list.h"

#include <catch2/catch.hpp>
#include <fstream>

#include "temp_dir.h"

TEST_CASE("a word list holds every word of its non-comment lines", "[word-list]") {
  kg::testing::TempDir dir;
  const std::string path = dir.file("names.txt");
  std::ofstream(path) << "# Anna is a comment word\nTraci Vince\n  Lena\n";
  const auto list = kg::WordList::LoadFile(path);
  REQUIRE(list.ok());
  CHECK(list->size() == 3);
  CHECK(list->Contains("Vince"));
  CHECK_FALSE(list->Contains("Anna"));
  CHECK_FALSE(list->Contains("vince"));
}

TEST_CASE("a missing word list is an error naming the file", "[word-list]") {
  const auto list = kg::WordList::LoadFile("/nonexistent/names.txt");
  REQUIRE_FALSE(list.ok());
  CHECK(list.status().message().find("/nonexistent/names.txt") != std::string::npos);
}
