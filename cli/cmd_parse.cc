// kg parse FILE|-: segment, tag, lemmatise and parse a text; print CoNLL-U. What the work limits
// cut (kg/syntax/analyzer.h) is reported on stderr.
#include <fmt/format.h>

#include <iostream>

#include "analyzer_loading.h"
#include "cli_support.h"
#include "kg/document_reader.h"
#include "kg/extractor.h"
#include "kg/syntax/analyzer.h"

namespace kg::cli {
namespace {

struct ParseOptions {
  std::string input;
  std::string models;
};

void RunParse(const ParseOptions& options) {
  const syntax::Analyzer analyzer = LoadAnalyzer(options.models);
  const Document document = ValueOrThrow(ReadTextDocument(options.input));
  const syntax::AnalysisLimits limits;
  syntax::AnalysisCuts analysis_cuts;
  const std::vector<syntax::Sentence> sentences =
      analyzer.Analyze(document.text, limits, &analysis_cuts);
  const ExtractionCuts cuts{analysis_cuts.long_sentences, analysis_cuts.skipped_tokens,
                            analysis_cuts.first_skipped_byte};
  if (cuts.any())
    std::cerr << "kg: warning: " << options.input << ": " << DescribeCuts(cuts, limits) << "\n";
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    syntax::WriteConllu(std::cout, syntax::ToConllu(sentences[i], document.text,
                                                    fmt::format("{}-{}", document.id, i + 1)));
  }
}

}  // namespace

void AddParseCommand(Command app, const GlobalOptions&) {
  auto options = std::make_shared<ParseOptions>();
  Command command = app.Subcommand("parse", "Tag, lemmatise and parse a text; print CoNLL-U");
  command.Add("input", &options->input, "Text file ('-' reads standard input)").Required();
  command.Add("--models", &options->models,
              "Folder with tagger.kgm and parser.kgm (default: data/models)");
  command.OnRun([options] { RunParse(*options); });
}

}  // namespace kg::cli
