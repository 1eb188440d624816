// Vocabulary loads every word list of data/lexicon/words once; a list shared by two rules is one
// file that both read.
#include "vocabulary.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "kg/extractor.h"
#include "names/mention_context.h"
#include "names/titles.h"
#include "relations/argument_resolver.h"
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

// "the hamlet of Kessel": a place noun with a name after "of".
kg::syntax::Sentence PlaceNounOfName() {
  kg::syntax::Sentence sentence;
  sentence.tokens.push_back({0, 3, "the", "the", "DET", "DT", 2, "det"});
  sentence.tokens.push_back({4, 10, "hamlet", "hamlet", "NOUN", "NN", 0, "root"});
  sentence.tokens.push_back({11, 13, "of", "of", "ADP", "IN", 4, "case"});
  sentence.tokens.push_back({14, 20, "Kessel", "Kessel", "PROPN", "NNP", 2, "nmod"});
  return sentence;
}

}  // namespace

TEST_CASE("kg's word lists load", "[vocabulary]") {
  const auto words = kg::Vocabulary::Load(kg::DefaultDataDir() + "/lexicon/words");
  REQUIRE(words.ok());
  CHECK(words->titles.Contains("President"));
  CHECK(words->months.IndexOf("March") == 2u);
  CHECK(words->group_agents.size() == 10);
}

TEST_CASE("the agent table adds its words to their agent's list", "[vocabulary]") {
  kg::testing::TempDir dir;
  const std::string words = CopyOfWordLists(dir);
  kg::testing::WriteFile(words + "/group_agents/phoenix.tsv", "# test\nhalberdiers\tmilitary\n");
  const auto loaded = kg::Vocabulary::Load(words);
  REQUIRE(loaded.ok());
  for (const auto& [agent, list] : loaded->group_agents) {
    CHECK(list.Contains("halberdiers") == (agent == "military"));
    if (agent == "military") CHECK(list.Contains("troops"));
  }
}

TEST_CASE("an agent table line without a known agent fails with file and line", "[vocabulary]") {
  kg::testing::TempDir dir;
  const std::string words = CopyOfWordLists(dir);
  kg::testing::WriteFile(words + "/group_agents/phoenix.tsv", "# test\nhalberdiers\tpikemen\n");
  const auto loaded = kg::Vocabulary::Load(words);
  REQUIRE_FALSE(loaded.ok());
  CHECK(loaded.status().message() ==
        words + "/group_agents/phoenix.tsv:2: expected a word, a tab and an agent (a file name " +
            "under group_agents/)");
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

TEST_CASE("name contexts and relation arguments read the one list of place nouns", "[vocabulary]") {
  kg::testing::TempDir dir;
  const std::string words_dir = CopyOfWordLists(dir);
  const kg::syntax::Sentence sentence = PlaceNounOfName();
  const kg::DependencyTree tree(sentence);
  const std::vector<int> entity_of_token = {-1, -1, -1, 0};
  const std::vector<kg::Entity> entities = {{"Kessel", kg::EntityType::kGpe, {}, {}}};
  for (const bool listed : {false, true}) {
    if (listed) {
      std::ofstream(words_dir + "/place_nouns.txt", std::ios::app) << "hamlet\n";
    }
    const auto words = kg::Vocabulary::Load(words_dir);
    REQUIRE(words.ok());
    CHECK(kg::ContextType(*words, tree, 3, 3).has_value() == listed);
    const kg::ArgumentResolver arguments(*words, tree, entity_of_token, entities);
    CHECK(arguments.Resolve(1).has_value() == listed);
  }
}

TEST_CASE("a months list that is not the 12 months fails the load", "[vocabulary]") {
  kg::testing::TempDir dir;
  const std::string words_dir = CopyOfWordLists(dir);
  kg::testing::WriteFile(words_dir + "/months.txt", "January\nFebruary\n");
  const auto loaded = kg::Vocabulary::Load(words_dir);
  REQUIRE_FALSE(loaded.ok());
  CHECK(loaded.status().message() == words_dir + "/months.txt must list the 12 months in order");
}
