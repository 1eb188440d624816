#include <catch2/catch.hpp>

#include "kg/syntax/lemmatizer.h"
#include "kg/syntax/wordnet_files.h"

namespace {

using kg::syntax::Lemmatizer;
using kg::syntax::WordNetFiles;

const Lemmatizer& WithWordNet() {
  static const Lemmatizer lemmatizer = [] {
    Lemmatizer l;
    WordNetFiles wordnet(kg::syntax::kDefaultWordNetDir);
    const kg::Status status = l.LoadWordNet(wordnet);
    INFO(status.message());
    REQUIRE(status.ok());  // wordnet-base is a build dependency (scripts/setup.sh)
    return l;
  }();
  return lemmatizer;
}

}  // namespace

TEST_CASE("irregular and regular verbs go to their base form", "[syntax][lemmatizer]") {
  const Lemmatizer& l = WithWordNet();
  CHECK(l.Lemmatize("met", "VERB", "VBD") == "meet");
  CHECK(l.Lemmatize("struck", "VERB", "VBD") == "strike");
  CHECK(l.Lemmatize("seized", "VERB", "VBN") == "seize");
  CHECK(l.Lemmatize("stopped", "VERB", "VBD") == "stop");
  CHECK(l.Lemmatize("Accused", "VERB", "VBD", true) == "accuse");
}

TEST_CASE("plural nouns go to the singular", "[syntax][lemmatizer]") {
  const Lemmatizer& l = WithWordNet();
  CHECK(l.Lemmatize("talks", "NOUN", "NNS") == "talk");
  CHECK(l.Lemmatize("countries", "NOUN", "NNS") == "country");
  CHECK(l.Lemmatize("children", "NOUN", "NNS") == "child");
  CHECK(l.Lemmatize("glasses", "NOUN", "NNS") == "glass");
}

TEST_CASE("uninflected tags keep the lower-cased form", "[syntax][lemmatizer]") {
  const Lemmatizer& l = WithWordNet();
  CHECK(l.Lemmatize("Talks", "NOUN", "NN", true) == "talks");
  CHECK(l.Lemmatize("The", "DET", "DT", true) == "the");
}

TEST_CASE("pronouns, determiners and auxiliaries follow EWT", "[syntax][lemmatizer]") {
  const Lemmatizer& l = WithWordNet();
  CHECK(l.Lemmatize("Them", "PRON", "PRP") == "they");
  CHECK(l.Lemmatize("me", "PRON", "PRP") == "I");
  CHECK(l.Lemmatize("i", "PRON", "PRP") == "I");
  CHECK(l.Lemmatize("her", "PRON", "PRP$") == "her");
  CHECK(l.Lemmatize("an", "DET", "DT") == "a");
  CHECK(l.Lemmatize("'s", "AUX", "VBZ") == "be");
  CHECK(l.Lemmatize("\u2019s", "PART", "POS") == "'s");
  CHECK(l.Lemmatize("n't", "PART", "RB") == "not");
  CHECK(l.Lemmatize("wo", "AUX", "MD") == "will");
}

TEST_CASE("comparatives, proper nouns and punctuation", "[syntax][lemmatizer]") {
  const Lemmatizer& l = WithWordNet();
  CHECK(l.Lemmatize("better", "ADJ", "JJR") == "good");
  CHECK(l.Lemmatize("later", "ADV", "RBR") == "late");
  CHECK(l.Lemmatize("Americans", "PROPN", "NNPS") == "American");
  CHECK(l.Lemmatize("Moscow", "PROPN", "NNP") == "Moscow");
  CHECK(l.Lemmatize("Palestinian", "ADJ", "JJ") == "Palestinian");
  CHECK(l.Lemmatize("\u201C", "PUNCT", "``") == "\"");
  CHECK(l.Lemmatize("1,000", "NUM", "CD") == "1000");
}

TEST_CASE("without WordNet the lemmatizer says so and falls back to rules",
          "[syntax][lemmatizer]") {
  Lemmatizer l;
  WordNetFiles wordnet("/nonexistent/wordnet");
  const kg::Status status = l.LoadWordNet(wordnet);
  CHECK(status.code() == kg::Status::Code::kNotFound);
  CHECK_THAT(status.message(), Catch::Contains("rules only"));
  CHECK_FALSE(l.has_wordnet());
  CHECK(l.Lemmatize("countries", "NOUN", "NNS") == "country");
  CHECK(l.Lemmatize("seized", "VERB", "VBD") == "seize");
  CHECK(l.Lemmatize("talks", "VERB", "VBZ") == "talk");
  CHECK(l.Lemmatize("met", "VERB", "VBD") == "met");  // irregular: needs WordNet
}
