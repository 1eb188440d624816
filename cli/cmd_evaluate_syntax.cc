// kg evaluate-syntax --test FILE: score the syntax models on a CoNLL-U treebank.
#include <fmt/format.h>

#include <iostream>

#include "analyzer_loading.h"
#include "cli_support.h"
#include "kg/fact_json.h"
#include "kg/syntax/analyzer.h"
#include "kg/syntax/evaluate.h"

namespace kg::cli {
namespace {

struct EvaluateSyntaxOptions {
  std::string test;
  std::string models;
};

void RunEvaluateSyntax(const EvaluateSyntaxOptions& options, const GlobalOptions& globals) {
  const syntax::Analyzer analyzer = LoadAnalyzer(options.models);
  const auto test = ValueOrThrow(syntax::ReadConlluFile(options.test));
  const syntax::SyntaxScores s =
      syntax::EvaluateSyntax(analyzer.tagger(), &analyzer.lemmatizer(), &analyzer.parser(), test);
  const syntax::TokenizationScores t = syntax::EvaluateTokenization(test);
  if (globals.json) {
    std::cout << JsonLine({{"file", options.test},
                           {"words", s.words},
                           {"upos", s.Percent(s.upos)},
                           {"xpos", s.Percent(s.xpos)},
                           {"lemma", s.Percent(s.lemma)},
                           {"uas", s.Percent(s.head)},
                           {"las", s.Percent(s.label)},
                           {"token_precision", 100 * t.precision()},
                           {"token_recall", 100 * t.recall()},
                           {"token_f1", 100 * t.f1()}})
              << "\n";
    return;
  }
  std::cout << fmt::format("{}: {} sentences, {} words\n", options.test, test.size(), s.words);
  std::cout << "gold tokens:\n";
  std::cout << fmt::format("  UPOS   {:6.2f}%\n  XPOS   {:6.2f}%\n  lemma  {:6.2f}%\n",
                           s.Percent(s.upos), s.Percent(s.xpos), s.Percent(s.lemma));
  std::cout << fmt::format("  UAS    {:6.2f}%\n  LAS    {:6.2f}%\n", s.Percent(s.head),
                           s.Percent(s.label));
  std::cout << "raw text:\n";
  std::cout << fmt::format("  tokens P {:.2f}% R {:.2f}% F1 {:.2f}%\n", 100 * t.precision(),
                           100 * t.recall(), 100 * t.f1());
}

}  // namespace

void AddEvaluateSyntaxCommand(Command app, const GlobalOptions& globals) {
  auto options = std::make_shared<EvaluateSyntaxOptions>();
  Command command = app.Subcommand("evaluate-syntax",
                                   "Score tagging, lemmas, parsing (gold tokens) and tokenisation");
  command.Add("--test", &options->test, "Test treebank (CoNLL-U with '# text' lines)").Required();
  command.Add("--models", &options->models,
              "Folder with tagger.kgm and parser.kgm (default: data/models)");
  command.OnRun([options, &globals] { RunEvaluateSyntax(*options, globals); });
}

}  // namespace kg::cli
