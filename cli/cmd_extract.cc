// kg extract FILE...: print the facts (or entities) found in documents, storing nothing.
#include <iostream>

#include "cli_support.h"
#include "kg/document_source.h"
#include "kg/extractor.h"
#include "kg/fact_json.h"

namespace kg::cli {
namespace {

struct ExtractOptions {
  std::vector<std::string> files;
  std::string lexicon;
  std::vector<std::string> aliases;
  std::vector<std::string> actors;
  bool entities = false;
};

void RunExtract(const ExtractOptions& options) {
  ExtractorOptions extractor_options;
  extractor_options.lexicon_path = options.lexicon;
  extractor_options.alias_paths = options.aliases;
  extractor_options.actor_paths = options.actors;
  const Extractor extractor = ValueOrThrow(Extractor::Create(extractor_options));
  std::unique_ptr<DocumentSource> source =
      ValueOrThrow(DocumentSource::Open(options.files, DocumentSourceOptions{}));
  std::size_t failed = 0;
  while (std::optional<SourceItem> item = source->Next()) {
    if (!item->document.ok()) {  // report it and go on with the other documents
      std::cerr << "kg: " << item->document.status().message() << "\n";
      ++failed;
      continue;
    }
    const Extraction extraction = extractor.Extract(*item->document);
    if (extraction.cuts.any()) {
      std::cerr << "kg: warning: " << item->origin << ": "
                << DescribeCuts(extraction.cuts, extractor_options.limits) << "\n";
    }
    if (options.entities) {
      for (const Entity& entity : extraction.entities) {
        std::cout << JsonLine(EntityJson(extraction.doc_id, entity)) << "\n";
      }
    } else {
      for (const Fact& fact : extraction.facts) {
        std::cout << JsonLine(FactJson(extraction, fact)) << "\n";
      }
    }
  }
  if (failed > 0) {
    throw CliError(std::to_string(failed) + " document(s) could not be read (see above)");
  }
}

}  // namespace

void AddExtractCommand(Command app, const GlobalOptions&) {
  auto options = std::make_shared<ExtractOptions>();
  Command command = app.Subcommand(
      "extract", "Print the facts found in documents as JSON Lines, without storing them");
  command
      .Add("files", &options->files,
           "Plain-text files, .jsonl files, directories; '-' reads standard input")
      .Required();
  command.Flag("--entities", &options->entities, "Print entities with their mentions instead");
  command.Add("--lexicon", &options->lexicon,
              "Relation lexicon JSON that extends the built-in one (same schema)");
  AddAliasesOption(command, &options->aliases);
  AddActorsOption(command, &options->actors);
  command.OnRun([options] { RunExtract(*options); });
}

}  // namespace kg::cli
