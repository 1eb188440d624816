#include <catch2/catch.hpp>
#include <sstream>

#include "kg/syntax/analyzer.h"
#include "syntax_test_support.h"

namespace {

using kg::syntax::Analyzer;

// Trains tiny models on the test treebank into `dir`.
void TrainTinyModels(const std::filesystem::path& dir) {
  const auto treebank = kg::syntax::testing::TinyTreebank();
  kg::syntax::TaggerTrainOptions tagger_options;
  tagger_options.epochs = 8;
  auto tagger = kg::syntax::TrainTagger(treebank, treebank, tagger_options);
  REQUIRE(tagger.ok());
  REQUIRE(tagger->Save(dir / kg::syntax::kTaggerModelFile).ok());
  kg::syntax::ParserTrainOptions parser_options;
  parser_options.epochs = 15;
  parser_options.min_updates = 1;
  parser_options.prune_below = 1;
  auto parser = kg::syntax::TrainParser(treebank, treebank, parser_options);
  REQUIRE(parser.ok());
  REQUIRE(parser->Save(dir / kg::syntax::kParserModelFile).ok());
}

}  // namespace

TEST_CASE("the analyzer turns text into annotated sentences with exact offsets",
          "[syntax][analyzer]") {
  kg::syntax::testing::TempDir dir;
  TrainTinyModels(dir.path());
  auto analyzer = Analyzer::Load(dir.path());
  REQUIRE(analyzer.ok());
  const std::string text =
      "Putin said Moscow is ready.\n\nTroops seized the airport and struck "
      "two bases. She didn\u2019t sign the deal.";
  const std::vector<kg::syntax::Sentence> sentences = analyzer->Analyze(text);
  REQUIRE(sentences.size() == 3);
  for (const kg::syntax::Sentence& sentence : sentences) {
    CHECK(std::count_if(sentence.tokens.begin(), sentence.tokens.end(),
                        [](const kg::syntax::Token& t) { return t.head == 0; }) == 1);
    for (const kg::syntax::Token& token : sentence.tokens) {
      CHECK(text.substr(token.begin, token.end - token.begin) == token.form);
      CHECK(token.head >= 0);
      CHECK(token.head <= static_cast<int>(sentence.tokens.size()));
    }
  }
  const kg::syntax::Token& seized = sentences[1].tokens[1];
  CHECK(seized.form == "seized");
  CHECK(seized.xpos == "VBD");
  CHECK(seized.deprel == "root");
  CHECK(sentences[1].tokens[0].head == 2);
  CHECK(sentences[1].tokens[0].deprel == "nsubj");
  const kg::syntax::Token& nt = sentences[2].tokens[2];
  CHECK(nt.form == "n\u2019t");
  CHECK(nt.lemma == "not");
}

TEST_CASE("analysed sentences print as CoNLL-U with text and spacing", "[syntax][analyzer]") {
  kg::syntax::testing::TempDir dir;
  TrainTinyModels(dir.path());
  // Without WordNet, which this test does not need: suffix rules lemmatise "talks" and "ended".
  auto analyzer = Analyzer::Load(dir.path(), dir.path() / "no-wordnet");
  REQUIRE(analyzer.ok());
  CHECK(analyzer->wordnet_status().code() == kg::Status::Code::kNotFound);
  const std::string text = "The talks ended without progress.";
  const auto sentences = analyzer->Analyze(text);
  REQUIRE(sentences.size() == 1);
  std::ostringstream out;
  kg::syntax::WriteConllu(out, kg::syntax::ToConllu(sentences[0], text, "doc-1"));
  const std::string conllu = out.str();
  CHECK_THAT(conllu, Catch::StartsWith("# sent_id = doc-1\n# text = The talks ended without "
                                       "progress.\n1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"));
  CHECK_THAT(conllu, Catch::Contains("progress\tprogress\tNOUN\tNN\t_\t3\tobl\t_\tSpaceAfter=No"));
}

TEST_CASE("an analyzer without model files fails to load with NotFound", "[syntax][analyzer]") {
  kg::syntax::testing::TempDir dir;
  const auto analyzer = Analyzer::Load(dir.path());
  REQUIRE_FALSE(analyzer.ok());
  CHECK(analyzer.status().code() == kg::Status::Code::kNotFound);
}

TEST_CASE("a sentence over the token limit is analysed in pieces, and the cut reported",
          "[syntax][analyzer]") {
  kg::syntax::testing::TempDir dir;
  TrainTinyModels(dir.path());
  auto analyzer = Analyzer::Load(dir.path());
  REQUIRE(analyzer.ok());
  kg::syntax::AnalysisLimits limits;
  limits.max_sentence_tokens = 4;
  kg::syntax::AnalysisCuts cuts;
  const auto sentences =
      analyzer->Analyze("Troops seized the airport and struck two bases. It ended.", limits, &cuts);
  REQUIRE(sentences.size() == 4);  // 9 tokens as 4 + 4 + 1, then 3
  CHECK(sentences[0].tokens.size() == 4);
  CHECK(sentences[1].tokens.front().form == "and");
  CHECK(sentences[2].tokens.front().form == ".");
  CHECK(sentences[3].tokens.size() == 3);
  CHECK(cuts.long_sentences == 1);
  CHECK(cuts.skipped_tokens == 0);
}

TEST_CASE("tokens past the document limit are not analysed, and the cut reported",
          "[syntax][analyzer]") {
  kg::syntax::testing::TempDir dir;
  TrainTinyModels(dir.path());
  auto analyzer = Analyzer::Load(dir.path());
  REQUIRE(analyzer.ok());
  kg::syntax::AnalysisLimits limits;
  limits.max_document_tokens = 5;
  kg::syntax::AnalysisCuts cuts;
  const auto sentences = analyzer->Analyze("The talks ended. She didn't sign.", limits, &cuts);
  REQUIRE(sentences.size() == 2);
  CHECK(sentences[1].tokens.size() == 1);  // "She"
  CHECK(cuts.skipped_tokens == 4);         // "did" "n't" "sign" "."
  CHECK(cuts.first_skipped_byte == 21);
  CHECK(cuts.long_sentences == 0);
}
