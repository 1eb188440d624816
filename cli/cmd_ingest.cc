// kg ingest INPUT...: extract facts from files, directories, JSON Lines or stdin and store them.
//
// Extraction runs on all cores and one writer stores documents in input order (see
// kg/ingest_pipeline.h). A document that cannot be read is reported on one line and skipped; the
// run ends with a one-line summary (a JSON object on stdout with --json) and exits non-zero if
// any document failed. Running the same ingest again stores nothing new, so an interrupted
// ingest is resumed by running it again. A different document with the id of a stored one is
// refused as a failure unless --replace is given. A document whose extraction hit a work limit
// (kg/extractor.h) is stored with a one-line warning saying what was left out.
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli_support.h"
#include "kg/document_source.h"
#include "kg/extractor.h"
#include "kg/fact_json.h"
#include "kg/ingest_pipeline.h"
#include "progress_meter.h"

namespace kg::cli {
namespace {

struct IngestOptions {
  std::vector<std::string> inputs;
  std::string lexicon;
  std::vector<std::string> aliases;
  std::vector<std::string> actors;
  unsigned threads = 0;
  bool jsonl = false;
  bool show = false;
  bool replace = false;
  std::string id;
  std::string date;
};

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

struct Tally {
  std::uint64_t added = 0;
  std::uint64_t unchanged = 0;
  std::uint64_t replaced = 0;
  std::uint64_t failed = 0;
  std::uint64_t capped = 0;  // stored, but with work cut by the extraction limits
  std::uint64_t facts = 0;
};

void Count(const IngestedDocument& result, Tally* tally) {
  if (result.extraction == nullptr || result.outcome == IngestOutcome::kConflict) {
    ++tally->failed;
    return;
  }
  tally->facts += result.extraction->facts.size();
  if (result.extraction->cuts.any()) ++tally->capped;
  switch (result.outcome) {
    case IngestOutcome::kAdded:
      ++tally->added;
      break;
    case IngestOutcome::kUnchanged:
      ++tally->unchanged;
      break;
    case IngestOutcome::kReplaced:
      ++tally->replaced;
      break;
    case IngestOutcome::kConflict:
      break;
  }
}

std::string Summary(const Tally& tally, const ProgressMeter& meter, const StoreStats& stats) {
  char rates[96];
  std::snprintf(rates, sizeof rates, "in %.1f s (%.1f docs/s, %.2f MB/s)", meter.seconds(),
                meter.documents_per_second(), meter.megabytes_per_second());
  return "ingested " + std::to_string(meter.documents()) + " documents " + rates + ": " +
         std::to_string(tally.added) + " added, " + std::to_string(tally.replaced) + " replaced, " +
         std::to_string(tally.unchanged) + " unchanged, " + std::to_string(tally.failed) +
         " failed, " + std::to_string(tally.facts) + " facts; the database holds " +
         std::to_string(stats.entities) + " entities and " + std::to_string(stats.edges) + " edges";
}

void RunIngest(const IngestOptions& options, const GlobalOptions& globals) {
  DocumentSourceOptions source_options;
  source_options.stdin_jsonl = options.jsonl;
  source_options.id = options.id;
  source_options.date = options.date;
  std::unique_ptr<DocumentSource> source =
      ValueOrThrow(DocumentSource::Open(options.inputs, source_options));
  ExtractorOptions extractor_options;
  extractor_options.lexicon_path = options.lexicon;
  extractor_options.alias_paths = options.aliases;
  extractor_options.actor_paths = options.actors;
  const Extractor extractor = ValueOrThrow(Extractor::Create(extractor_options));
  std::unique_ptr<Store> store = OpenStore(globals, /*read_only=*/false);

  const bool draw = StderrIsTerminal();
  ProgressMeter meter(draw, draw ? source->TotalBytes() : std::nullopt);
  Tally tally;
  IngestPipelineOptions pipeline_options;
  pipeline_options.threads = options.threads;
  pipeline_options.replace = options.replace;
  const Status status = RunIngestPipeline(
      *source, extractor, *store, pipeline_options, [&](const IngestedDocument& result) {
        Count(result, &tally);
        if (!result.item.document.ok()) {
          meter.Clear();
          std::cerr << "kg: " << result.item.document.status().message() << "\n";
        } else if (result.outcome == IngestOutcome::kConflict) {
          meter.Clear();
          std::cerr << "kg: " << result.item.origin << ": a different document with the id '"
                    << result.item.document->id
                    << "' is stored; skipped (--replace replaces it, --id names this one apart)\n";
        } else if (result.extraction != nullptr && result.extraction->cuts.any()) {
          meter.Clear();
          std::cerr << "kg: warning: " << result.item.origin << ": "
                    << DescribeCuts(result.extraction->cuts, extractor_options.limits) << "\n";
        }
        if (options.show && result.extraction != nullptr) {
          meter.Clear();
          ShowExtraction(*result.extraction, globals.json);
        }
        meter.Add(result.item.bytes);
      });
  meter.Clear();
  ThrowIfError(status);
  const StoreStats stats = ValueOrThrow(store->Stats());
  if (globals.json && !options.show) {
    std::cout << nlohmann::json{{"documents", meter.documents()},
                                {"added", tally.added},
                                {"replaced", tally.replaced},
                                {"unchanged", tally.unchanged},
                                {"failed", tally.failed},
                                {"capped", tally.capped},
                                {"facts", tally.facts},
                                {"bytes", meter.bytes()},
                                {"seconds", meter.seconds()},
                                {"docs_per_second", meter.documents_per_second()},
                                {"mb_per_second", meter.megabytes_per_second()},
                                {"entities", stats.entities},
                                {"edges", stats.edges}}
                     .dump()
              << "\n";
  }
  const std::string summary = Summary(tally, meter, stats);
  // With failures the summary is the error message, so it stays the one last line.
  if (tally.failed > 0) throw CliError(summary);
  if (!globals.json) std::cerr << summary << "\n";
}

}  // namespace

void AddIngestCommand(Command app, const GlobalOptions& globals) {
  auto options = std::make_shared<IngestOptions>();
  Command command = app.Subcommand(
      "ingest", "Extract facts from text files, directories or JSON Lines into the database");
  command
      .Add("inputs", &options->inputs,
           "Text files, directories (read recursively), .jsonl files, or '-' for "
           "standard input")
      .Required();
  command.Add("--threads", &options->threads,
              "Extraction threads (default: one per hardware thread)");
  command.Flag("--jsonl", &options->jsonl, "Read standard input as JSON Lines");
  command.Add("--id", &options->id,
              "The document id of a single text file or of standard input (default: the file "
              "name without extension; for standard input, a hash of the text)");
  command.Add("--date", &options->date,
              "The publication date of a single text file or of standard input (YYYY-MM-DD or "
              "written: March 3, 2024)");
  command.Flag("--replace", &options->replace,
               "Replace a stored document that has the same id but other content (default: "
               "refuse it)");
  command.Add("--lexicon", &options->lexicon,
              "Relation lexicon JSON that extends the built-in one (same schema)");
  AddAliasesOption(command, &options->aliases);
  AddActorsOption(command, &options->actors);
  command.Flag("--show", &options->show, "Print the entities and facts found in each document");
  command.OnRun([options, &globals] { RunIngest(*options, globals); });
}

}  // namespace kg::cli
