// NameTypeModel (extract/name_type_model.h): learning, scoring and the text form.
#include "names/name_type_model.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "kg/syntax/analyzer.h"

namespace {

// A parsed sentence written for the test: forms, tags, 1-based heads and relations.
kg::syntax::Sentence MakeSentence(const std::vector<std::string>& forms,
                                  const std::vector<std::string>& upos,
                                  const std::vector<int>& heads,
                                  const std::vector<std::string>& deprels) {
  kg::syntax::Sentence sentence;
  for (std::size_t i = 0; i < forms.size(); ++i) {
    kg::syntax::Token token;
    token.form = forms[i];
    token.lemma = forms[i];
    token.upos = upos[i];
    token.head = heads[i];
    token.deprel = deprels[i];
    sentence.tokens.push_back(token);
  }
  return sentence;
}

// "NAME said": a subject of say.
kg::syntax::Sentence SubjectOfSay(const std::string& name) {
  return MakeSentence({name, "said"}, {"PROPN", "VERB"}, {2, 0}, {"nsubj", "root"});
}

// "went to NAME": an oblique with "to".
kg::syntax::Sentence AfterWentTo(const std::string& name) {
  return MakeSentence({"went", "to", name}, {"VERB", "ADP", "PROPN"}, {0, 3, 1},
                      {"root", "case", "obl"});
}

kg::NameTypeModel TrainedModel() {
  kg::NameTypeModel model;
  for (const char* person : {"Orla", "Tomas", "Ines"}) {
    const kg::syntax::Sentence sentence = SubjectOfSay(person);
    model.Learn(kg::DependencyTree(sentence), 0, kg::EntityType::kPerson);
  }
  for (const char* place : {"Lome", "Accra", "Kumasi"}) {
    const kg::syntax::Sentence sentence = AfterWentTo(place);
    model.Learn(kg::DependencyTree(sentence), 2, kg::EntityType::kGpe);
  }
  return model;
}

}  // namespace

TEST_CASE("an empty name-type model guesses nothing", "[name_types]") {
  const kg::NameTypeModel model;
  const kg::syntax::Sentence sentence = SubjectOfSay("Brannoc");
  const kg::NameTypeModel::Scores scores = model.ContextScores(kg::DependencyTree(sentence), 0);
  CHECK_FALSE(model.MostLikely(scores).has_value());
}

TEST_CASE("a name-type model types a new name by the contexts it learnt", "[name_types]") {
  const kg::NameTypeModel model = TrainedModel();
  const kg::syntax::Sentence speaker = SubjectOfSay("Brannoc");
  const kg::syntax::Sentence destination = AfterWentTo("Brannoc");
  CHECK(model.MostLikely(model.ContextScores(kg::DependencyTree(speaker), 0)) ==
        kg::EntityType::kPerson);
  CHECK(model.MostLikely(model.ContextScores(kg::DependencyTree(destination), 2)) ==
        kg::EntityType::kGpe);
}

TEST_CASE("a name-type model learns no organisations", "[name_types]") {
  kg::NameTypeModel model;
  const kg::syntax::Sentence sentence = SubjectOfSay("Tarvex");
  model.Learn(kg::DependencyTree(sentence), 0, kg::EntityType::kOrg);
  CHECK(model.empty());
}

TEST_CASE("a name-type model reads back what it writes", "[name_types]") {
  const kg::NameTypeModel model = TrainedModel();
  const kg::Result<kg::NameTypeModel> read = kg::NameTypeModel::Parse(model.ToText());
  REQUIRE(read.ok());
  CHECK(read->ToText() == model.ToText());
  CHECK(read->names_total() == 6);
  const kg::syntax::Sentence sentence = AfterWentTo("Brannoc");
  const kg::DependencyTree tree(sentence);
  CHECK(read->ContextScores(tree, 2) == model.ContextScores(tree, 2));
}

TEST_CASE("a name-type model file without its header is refused", "[name_types]") {
  const kg::Result<kg::NameTypeModel> read = kg::NameTypeModel::Parse("names\t1\t2\n");
  REQUIRE_FALSE(read.ok());
  CHECK(read.status().code() == kg::Status::Code::kCorruption);
}

TEST_CASE("a name-type model line with a bad count is refused with its number", "[name_types]") {
  const kg::Result<kg::NameTypeModel> read =
      kg::NameTypeModel::Parse("kg-name-types 1\nnames\t1\t2\nd:nsubj\t1\tx\n");
  REQUIRE_FALSE(read.ok());
  CHECK(read.status().message().find("line 3") != std::string::npos);
}

TEST_CASE("a missing name-type model file is reported as not found", "[name_types]") {
  const kg::Result<kg::NameTypeModel> read =
      kg::NameTypeModel::LoadFile("/nonexistent/name_types.tsv");
  REQUIRE_FALSE(read.ok());
  CHECK(read.status().code() == kg::Status::Code::kNotFound);
}
