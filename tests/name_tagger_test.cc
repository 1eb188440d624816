// The name tagger's model: BILOU labels, training, tagging, and its file (name_tagger.h).
#include "names/name_tagger.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <string>
#include <vector>

#include "names/name_tagger_model.h"
#include "temp_dir.h"

namespace {

using kg::NameClass;
using kg::TaggedName;

// Sentences of one pattern each, over invented names: people visit places, organisations hire
// people. Words are PROPN when capitalised inside the sentence, as a tagger would say.
struct Corpus {
  std::vector<std::vector<std::string>> words;
  std::vector<kg::NameTrainingSentence> sentences;
};

void AddSentence(Corpus& corpus, std::vector<std::string> words, std::vector<TaggedName> names) {
  corpus.words.push_back(std::move(words));
  corpus.sentences.push_back({{}, std::move(names)});
}

// Views into corpus.words, made once they no longer move.
void FillWords(Corpus& corpus) {
  for (std::size_t s = 0; s < corpus.words.size(); ++s) {
    for (const std::string& word : corpus.words[s]) {
      const bool capitalised = word[0] >= 'A' && word[0] <= 'Z';
      corpus.sentences[s].words.push_back({word, capitalised ? "PROPN" : "VERB", 0});
    }
  }
}

Corpus TrainingCorpus() {
  const char* first[] = {"Ilsa", "Marten", "Odile", "Pavel", "Runa", "Teodor"};
  const char* last[] = {"Varnholt", "Kessing", "Dorrance", "Halvik", "Mirosz", "Quillan"};
  const char* places[] = {"Korvask", "Tannaby", "Lundvik", "Harrowby", "Ostrel", "Brevik"};
  const char* bodies[] = {"Tarvel", "Solvane", "Marrick", "Quorin", "Delmar", "Astrey"};
  Corpus corpus;
  for (int i = 0; i < 6; ++i) {
    for (int j = 0; j < 6; ++j) {
      AddSentence(corpus, {first[i], last[j], "visited", places[(i + j) % 6], "."},
                  {{0, 1, NameClass::kPerson}, {3, 3, NameClass::kPlace}});
      AddSentence(corpus, {"the", bodies[i], "Company", "hired", first[j], last[i], "."},
                  {{1, 2, NameClass::kOrg}, {4, 5, NameClass::kPerson}});
    }
  }
  FillWords(corpus);
  return corpus;
}

kg::NameTagger Trained() {
  const Corpus corpus = TrainingCorpus();
  kg::Result<kg::NameTagger> tagger = kg::TrainNameTagger(corpus.sentences, {}, {});
  REQUIRE(tagger.ok());
  return std::move(tagger).value();
}

}  // namespace

TEST_CASE("names and BILOU labels convert both ways", "[name-tagger]") {
  const std::vector<TaggedName> names = {{0, 1, NameClass::kPerson}, {3, 3, NameClass::kPlace}};
  const std::vector<int> labels = kg::LabelsOfNames(names, 5);
  CHECK(labels[2] == kg::kOutside);
  CHECK(kg::NamesOfLabels(labels) == names);
}

TEST_CASE("a label sequence never leaves a name open", "[name-tagger]") {
  const int begin = kg::NameLabel(NameClass::kOrg, kg::kBegin);
  CHECK(kg::LabelAllowed(-1, begin, false));
  CHECK_FALSE(kg::LabelAllowed(-1, begin, true));  // the last word cannot open a name
  CHECK(kg::LabelAllowed(begin, kg::NameLabel(NameClass::kOrg, kg::kLast), true));
  CHECK_FALSE(kg::LabelAllowed(begin, kg::NameLabel(NameClass::kPerson, kg::kLast), true));
  CHECK_FALSE(kg::LabelAllowed(begin, kg::kOutside, false));
}

TEST_CASE("a trained tagger finds unseen names in the contexts it learnt", "[name-tagger]") {
  const kg::NameTagger tagger = Trained();
  const std::vector<kg::NameTaggerWord> words = {{"Ilsa", "PROPN", 0},
                                                 {"Quillan", "PROPN", 0},
                                                 {"visited", "VERB", 0},
                                                 {"Ostrel", "PROPN", 0},
                                                 {".", "PUNCT", 0}};
  CHECK(tagger.Tag(words) ==
        std::vector<TaggedName>{{0, 1, NameClass::kPerson}, {3, 3, NameClass::kPlace}});
}

TEST_CASE("an untrained tagger finds no names", "[name-tagger]") {
  const std::vector<kg::NameTaggerWord> words = {{"Ilsa", "PROPN", 0}, {"left", "VERB", 0}};
  CHECK(kg::NameTagger().Tag(words).empty());
}

TEST_CASE("a saved name tagger loads and tags alike", "[name-tagger]") {
  kg::testing::TempDir dir;
  const kg::NameTagger tagger = Trained();
  REQUIRE(tagger.Save(dir.file("ner.kgm")).ok());
  const kg::Result<kg::NameTagger> loaded = kg::NameTagger::Load(dir.file("ner.kgm"));
  REQUIRE(loaded.ok());
  const Corpus corpus = TrainingCorpus();
  for (const kg::NameTrainingSentence& sentence : corpus.sentences)
    CHECK(loaded->Tag(sentence.words) == tagger.Tag(sentence.words));
}

TEST_CASE("a truncated name tagger file is refused with a status", "[name-tagger]") {
  kg::testing::TempDir dir;
  REQUIRE(Trained().Save(dir.file("ner.kgm")).ok());
  std::string bytes;
  {
    std::ifstream in(dir.file("ner.kgm"), std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  std::ofstream(dir.file("cut.kgm"), std::ios::binary) << bytes.substr(0, bytes.size() / 2);
  const kg::Result<kg::NameTagger> loaded = kg::NameTagger::Load(dir.file("cut.kgm"));
  REQUIRE_FALSE(loaded.ok());
  CHECK(loaded.status().message().find("cut.kgm") != std::string::npos);
}

TEST_CASE("training without words is an error", "[name-tagger]") {
  CHECK_FALSE(kg::TrainNameTagger({}, {}, {}).ok());
}
