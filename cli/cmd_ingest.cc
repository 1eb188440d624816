// kg ingest FILE...: extract facts from text files and store them.
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli_support.h"
#include "kg/document_reader.h"
#include "kg/extractor.h"
#include "kg/fact_json.h"

namespace kg::cli {
namespace {

struct IngestOptions {
  std::vector<std::string> files;
  std::string lexicon;
  bool show = false;
};

const char* OutcomeName(IngestOutcome outcome) {
  switch (outcome) {
    case IngestOutcome::kAdded:
      return "added";
    case IngestOutcome::kUnchanged:
      return "unchanged";
    case IngestOutcome::kReplaced:
      return "replaced";
  }
  return "?";
}

void ShowExtraction(const Extraction& extraction, bool json) {
  if (json) {
    for (const Fact& fact : extraction.facts)
      std::cout << JsonLine(FactJson(extraction, fact)) << "\n";
    return;
  }
  std::cout << "entities in " << extraction.doc_id << ":\n";
  for (const Entity& entity : extraction.entities) {
    std::cout << "  " << entity.name << " (" << EntityTypeName(entity.type) << ", "
              << entity.mentions.size() << " mentions)\n";
  }
  std::cout << "facts in " << extraction.doc_id << ":\n";
  for (const Fact& fact : extraction.facts) {
    std::cout << "  " << extraction.entities[fact.subject].name << " -" << fact.relation << "-> "
              << extraction.entities[fact.object].name << "   [" << fact.trigger << "]\n";
  }
}

void RunIngest(const IngestOptions& options, const GlobalOptions& globals) {
  ExtractorOptions extractor_options;
  extractor_options.lexicon_path = options.lexicon;
  const Extractor extractor = ValueOrThrow(Extractor::Create(extractor_options));
  std::unique_ptr<Store> store = OpenStore(globals, /*read_only=*/false);

  std::size_t failures = 0;
  std::size_t facts = 0;
  std::size_t stored = 0;
  for (const std::string& path : options.files) {
    Result<Document> document = ReadTextDocument(path);
    if (!document.ok()) {
      if (options.files.size() == 1) throw CliError(document.status().message());
      std::cerr << "kg: " << document.status().message() << "\n";
      ++failures;
      continue;
    }
    const Extraction extraction = extractor.Extract(*document);
    if (options.show) ShowExtraction(extraction, globals.json);
    const IngestOutcome outcome =
        ValueOrThrow(store->IngestDocument(extraction, ContentHash(*document)));
    if (outcome != IngestOutcome::kUnchanged) ++stored;
    facts += extraction.facts.size();
    if (!globals.json) {
      std::cerr << document->id << ": " << OutcomeName(outcome) << ", "
                << extraction.entities.size() << " entities, " << extraction.facts.size()
                << " facts\n";
    }
  }
  const StoreStats stats = ValueOrThrow(store->Stats());
  if (globals.json && !options.show) {
    std::cout << nlohmann::json{{"documents_read", options.files.size() - failures},
                                {"documents_stored", stored},
                                {"failed", failures},
                                {"facts", facts}}
                     .dump()
              << "\n";
  } else if (!globals.json) {
    std::cerr << "ingested " << options.files.size() - failures << " of " << options.files.size()
              << " documents (" << facts << " facts); the database now holds " << stats.entities
              << " entities and " << stats.edges << " edges\n";
  }
  if (failures > 0) {
    throw CliError(std::to_string(failures) + " of " + std::to_string(options.files.size()) +
                   " documents could not be read");
  }
}

}  // namespace

void AddIngestCommand(CLI::App& app, const GlobalOptions& globals) {
  auto options = std::make_shared<IngestOptions>();
  CLI::App* command =
      app.add_subcommand("ingest", "Extract facts from text files into the database");
  command
      ->add_option("files", options->files, "Plain-text files to ingest ('-' reads standard input)")
      ->required();
  command->add_option("--lexicon", options->lexicon,
                      "Relation lexicon JSON to use instead of the built-in one");
  command->add_flag("--show", options->show, "Print the entities and facts found in each document");
  command->callback([options, &globals] { RunIngest(*options, globals); });
}

}  // namespace kg::cli
