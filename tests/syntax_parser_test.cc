#include <catch2/catch.hpp>

#include "arc_hybrid_oracle.h"
#include "kg/syntax/parser.h"
#include "syntax_test_support.h"

namespace {

using kg::syntax::ConlluSentence;
using kg::syntax::Parser;

Parser TrainTiny() {
  const std::vector<ConlluSentence> treebank = kg::syntax::testing::TinyTreebank();
  kg::syntax::ParserTrainOptions options;
  options.epochs = 15;
  options.min_updates = 1;
  options.prune_below = 1;
  auto parser = kg::syntax::TrainParser(treebank, treebank, options);
  REQUIRE(parser.ok());
  return std::move(parser).value();
}

// "head:label" of every word, parsed from gold tags.
std::vector<std::string> ParseAll(const Parser& parser,
                                  const std::vector<ConlluSentence>& sentences) {
  std::vector<std::string> out;
  for (const ConlluSentence& sentence : sentences) {
    std::vector<kg::syntax::ParserInputWord> words;
    for (const auto& w : sentence.words)
      words.push_back({w.form, w.upos, w.xpos});
    std::vector<int> heads(words.size()), labels(words.size());
    parser.Parse(words, heads, labels);
    for (std::size_t i = 0; i < words.size(); ++i) {
      out.push_back(std::to_string(heads[i]) + ":" + parser.label(labels[i]));
    }
  }
  return out;
}

std::vector<std::string> GoldArcs(const std::vector<ConlluSentence>& sentences) {
  std::vector<std::string> out;
  for (const ConlluSentence& sentence : sentences) {
    for (const auto& w : sentence.words)
      out.push_back(std::to_string(w.head) + ":" + w.deprel);
  }
  return out;
}

// Follows the cheapest transition from the start; the result is the gold tree when it is
// projective.
std::vector<int> OracleParse(const kg::syntax::GoldTree& gold, int num_labels) {
  kg::syntax::ParserState state;
  state.Reset(static_cast<int>(gold.heads.size()) - 1);
  std::vector<int> costs(static_cast<std::size_t>(kg::syntax::NumTransitions(num_labels)));
  while (!state.IsTerminal()) {
    kg::syntax::TransitionCosts(state, gold, num_labels, costs);
    const int best = static_cast<int>(std::min_element(costs.begin(), costs.end()) - costs.begin());
    REQUIRE(costs[static_cast<std::size_t>(best)] == 0);
    state.Apply(kg::syntax::MoveOf(best, num_labels), kg::syntax::LabelOf(best, num_labels));
  }
  std::vector<int> heads = {0};
  for (int k = 1; k <= state.num_words(); ++k)
    heads.push_back(state.head(k));
  return heads;
}

}  // namespace

TEST_CASE("a parser trained on a few trees reproduces them", "[syntax][parser]") {
  const Parser parser = TrainTiny();
  const auto treebank = kg::syntax::testing::TinyTreebank();
  CHECK(ParseAll(parser, treebank) == GoldArcs(treebank));
}

TEST_CASE("a saved and reloaded parser parses the same", "[syntax][parser]") {
  kg::syntax::testing::TempDir dir;
  const Parser parser = TrainTiny();
  REQUIRE(parser.Save(dir.path() / "parser.kgm").ok());
  auto loaded = Parser::Load(dir.path() / "parser.kgm");
  REQUIRE(loaded.ok());
  const auto treebank = kg::syntax::testing::TinyTreebank();
  CHECK(ParseAll(*loaded, treebank) == ParseAll(parser, treebank));
}

TEST_CASE("parser training is deterministic for a fixed seed", "[syntax][parser]") {
  kg::syntax::testing::TempDir dir;
  REQUIRE(TrainTiny().Save(dir.path() / "a.kgm").ok());
  REQUIRE(TrainTiny().Save(dir.path() / "b.kgm").ok());
  CHECK(kg::syntax::testing::ReadBytes(dir.path() / "a.kgm") ==
        kg::syntax::testing::ReadBytes(dir.path() / "b.kgm"));
}

TEST_CASE("parses of unseen sentences are single rooted trees", "[syntax][parser]") {
  const Parser parser = TrainTiny();
  const std::vector<kg::syntax::ParserInputWord> words = {
      {"Rebels", "NOUN", "NNS"}, {"said", "VERB", "VBD"}, {"the", "DET", "DT"},
      {"deal", "NOUN", "NN"},    {"is", "AUX", "VBZ"},    {"ready", "ADJ", "JJ"},
      {"and", "CCONJ", "CC"},    {"left", "VERB", "VBD"}, {".", "PUNCT", "."}};
  std::vector<int> heads(words.size()), labels(words.size());
  parser.Parse(words, heads, labels);
  CHECK(std::count(heads.begin(), heads.end(), 0) == 1);
  for (std::size_t i = 0; i < heads.size(); ++i) {
    int steps = 0;
    for (int k = static_cast<int>(i) + 1; k != 0 && steps <= 9; ++steps) {
      k = heads[static_cast<std::size_t>(k - 1)];
    }
    CHECK(steps <= 9);  // reaches the root: no cycle
  }
}

TEST_CASE("the dynamic oracle's zero-cost path rebuilds a projective tree", "[syntax][parser]") {
  kg::syntax::GoldTree gold;
  // "Troops seized the airport and struck two bases ."
  gold.heads = {0, 2, 0, 4, 2, 6, 2, 8, 6, 2};
  gold.labels = {0, 1, 2, 3, 4, 5, 6, 7, 4, 8};
  CHECK(OracleParse(gold, 9) == gold.heads);
}

TEST_CASE("projectivizing lifts crossing arcs to the head's head", "[syntax][parser]") {
  // The arc 1 -> 3 spans word 2, which 1 does not dominate: 3 is lifted to 1's head, 2.
  std::vector<int> heads = {0, 2, 0, 1, 2};
  kg::syntax::Projectivize(heads);
  CHECK(heads == std::vector<int>{0, 2, 0, 2, 2});
}
