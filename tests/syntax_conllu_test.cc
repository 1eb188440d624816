#include <catch2/catch.hpp>
#include <sstream>

#include "kg/syntax/conllu.h"
#include "syntax_test_support.h"

using kg::syntax::ParseConllu;

TEST_CASE("CoNLL-U words, multiword tokens and text are read", "[syntax][conllu]") {
  const auto sentences = kg::syntax::testing::TinyTreebank();
  REQUIRE(sentences.size() == 6);
  const kg::syntax::ConlluSentence& third = sentences[2];
  CHECK(third.text == "She didn't sign the deal.");
  REQUIRE(third.words.size() == 7);
  CHECK(third.words[2].form == "n't");
  CHECK(third.words[2].lemma == "not");
  CHECK(third.words[3].head == 0);
  REQUIRE(third.multiwords.size() == 1);
  CHECK(third.multiwords[0].form == "didn't");
}

TEST_CASE("writing then reading CoNLL-U gives the same sentences", "[syntax][conllu]") {
  const auto sentences = kg::syntax::testing::TinyTreebank();
  std::ostringstream out;
  for (const auto& sentence : sentences)
    kg::syntax::WriteConllu(out, sentence);
  CHECK(out.str() == kg::syntax::testing::kTinyTreebank);
}

TEST_CASE("empty nodes are skipped", "[syntax][conllu]") {
  const auto parsed = ParseConllu(
      "1\tGo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n"
      "1.1\tyou\tyou\tPRON\tPRP\t_\t_\t_\t1:nsubj\t_\n\n");
  REQUIRE(parsed.ok());
  CHECK(parsed->at(0).words.size() == 1);
}

TEST_CASE("malformed CoNLL-U is reported with its line number", "[syntax][conllu]") {
  const auto wrong_columns = ParseConllu("1\tGo\tgo\n");
  REQUIRE_FALSE(wrong_columns.ok());
  CHECK_THAT(wrong_columns.status().message(), Catch::Contains("line 1"));
  const auto bad_head = ParseConllu(
      "1\tGo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n"
      "2\tnow\tnow\tADV\tRB\t_\t7\tadvmod\t_\t_\n");
  REQUIRE_FALSE(bad_head.ok());
  CHECK_THAT(bad_head.status().message(), Catch::Contains("head 7"));
  const auto out_of_order = ParseConllu("2\tGo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n");
  CHECK_FALSE(out_of_order.ok());
}
