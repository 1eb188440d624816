// kg parse FILE|-: segment, tag, lemmatise and parse a text; print CoNLL-U.
#include <fmt/format.h>

#include <iostream>

#include "cli_support.h"
#include "kg/document_reader.h"
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
  const std::vector<syntax::Sentence> sentences = analyzer.Analyze(document.text);
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    syntax::WriteConllu(std::cout, syntax::ToConllu(sentences[i], document.text,
                                                    fmt::format("{}-{}", document.id, i + 1)));
  }
}

}  // namespace

void AddParseCommand(CLI::App& app, const GlobalOptions&) {
  auto options = std::make_shared<ParseOptions>();
  CLI::App* command = app.add_subcommand("parse", "Tag, lemmatise and parse a text; print CoNLL-U");
  command->add_option("input", options->input, "Text file ('-' reads standard input)")->required();
  command->add_option("--models", options->models,
                      "Folder with tagger.kgm and parser.kgm (default: data/models)");
  command->callback([options] { RunParse(*options); });
}

}  // namespace kg::cli
