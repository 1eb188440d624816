// Vocabulary loads every word list of data/lexicon/words once; a list shared by two rules is one
// file that both read.
#include "vocabulary.h"

#include <catch2/catch.hpp>
#include <filesystem>

#include "kg/extractor.h"
#include "names/titles.h"
#include "relations/date_resolver.h"
#include "relations/dependency_tree.h"
#include "temp_dir.h"

namespace {

// A copy of kg's word lists in `dir`, for a test to change.
std::string CopyOfWordLists(const kg::testing::TempDir& dir) {
  const std::string words = dir.file("words");
  std::filesystem::copy(kg::DefaultDataDir() + "/lexicon/words", words,
                        std::filesystem::copy_options::recursive);
  return words;
}

// "met März 6": the verb, a month as its oblique dependent and the day number.
kg::syntax::Sentence MetOnMonthDay(const std::string& month) {
  kg::syntax::Sentence sentence;
  sentence.tokens.push_back({0, 3, "met", "meet", "VERB", "VBD", 0, "root"});
  sentence.tokens.push_back({4, 4, month, month, "PROPN", "NNP", 1, "obl"});
  sentence.tokens.push_back({5, 6, "6", "6", "NUM", "CD", 2, "nummod"});
  return sentence;
}

}  // namespace

TEST_CASE("kg's word lists load", "[vocabulary]") {
  const auto words = kg::Vocabulary::Load(kg::DefaultDataDir() + "/lexicon/words");
  REQUIRE(words.ok());
  CHECK(words->titles.Contains("President"));
  CHECK(words->months.IndexOf("March") == 2u);
  CHECK(words->group_agents.size() == 8);
}

TEST_CASE("a missing word list fails the load with an error naming it", "[vocabulary]") {
  kg::testing::TempDir dir;
  const std::string words = CopyOfWordLists(dir);
  std::filesystem::remove(words + "/modality/speech_verbs.txt");
  const auto loaded = kg::Vocabulary::Load(words);
  REQUIRE_FALSE(loaded.ok());
  CHECK(loaded.status().message() ==
        "cannot read word list " + words + "/modality/speech_verbs.txt");
}

TEST_CASE("calendar words and event dates read the one list of months", "[vocabulary]") {
  kg::testing::TempDir dir;
  const std::string words_dir = CopyOfWordLists(dir);
  kg::testing::WriteFile(words_dir + "/months.txt",
                         "# German months\nJanuar\nFebruar\nMärz\nApril\nMai\nJuni\nJuli\n"
                         "August\nSeptember\nOktober\nNovember\nDezember\n");
  const auto words = kg::Vocabulary::Load(words_dir);
  REQUIRE(words.ok());
  CHECK(kg::IsCalendarWord(*words, "März"));
  CHECK_FALSE(kg::IsCalendarWord(*words, "March"));
  const kg::syntax::Sentence sentence = MetOnMonthDay("März");
  CHECK(kg::ResolveEventDate(*words, kg::DependencyTree(sentence), 0, "2025-01-10") ==
        "2025-03-06");
}
