// kg ingest INPUT...: extract facts from files, directories, JSON Lines or stdin and store them.
//
// Extraction runs on all cores and one writer stores documents in input order (see
// kg/ingest_pipeline.h). A document that cannot be read is reported on one line and skipped; the
// run ends with a one-line summary (a JSON object on stdout with --json) and exits non-zero if
// any document failed. Running the same ingest again stores nothing new, so an interrupted
// ingest is resumed by running it again. A different document with the id of a stored one is
// refused as a failure unless --replace is given. A document whose extraction hit a work limit
// (kg/extractor.h) is stored with a one-line warning saying what was left out.
//
// With --facts the inputs are shards `kg extract --shard` wrote: their records are stored as they
// are, in input order, through the same store call (kg/shard_ingest.h), and nothing is extracted.
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli_support.h"
#include "kg/document_source.h"
#include "kg/extractor.h"
#include "kg/fact_json.h"
#include "kg/ingest_pipeline.h"
#include "kg/shard_ingest.h"
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
  bool facts = false;
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

// `extraction` is null for a document that could not be read.
void Count(const Extraction* extraction, IngestOutcome outcome, Tally* tally) {
  if (extraction == nullptr || outcome == IngestOutcome::kConflict) {
    ++tally->failed;
    return;
  }
  tally->facts += extraction->facts.size();
  if (extraction->cuts.any()) ++tally->capped;
  switch (outcome) {
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

void ReportConflict(const std::string& origin, const std::string& id) {
  std::cerr << "kg: " << origin << ": a different document with the id '" << id
            << "' is stored; skipped (--replace replaces it, --id names this one apart)\n";
}

// The summary on stderr (or as JSON on stdout); throws when any document failed.
void Finish(const Tally& tally, const ProgressMeter& meter, const Store& store,
            const IngestOptions& options, const GlobalOptions& globals) {
  const StoreStats stats = ValueOrThrow(store.Stats());
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

std::uint64_t TotalBytes(const std::vector<std::string>& paths) {
  std::uint64_t total = 0;
  for (const std::string& path : paths) {
    std::error_code error;
    const std::uintmax_t size = std::filesystem::file_size(path, error);
    if (error) throw CliError(path + ": cannot read the shard file (" + error.message() + ")");
    total += size;
  }
  return total;
}

// kg ingest --facts SHARD...
void RunIngestFacts(const IngestOptions& options, const GlobalOptions& globals) {
  if (options.jsonl || !options.id.empty() || !options.date.empty() || !options.lexicon.empty() ||
      !options.aliases.empty() || !options.actors.empty() || options.threads > 0) {
    throw CliError(
        "--facts loads records extracted already: --jsonl, --id, --date, --lexicon, --aliases, "
        "--actors and --threads apply to kg extract instead");
  }
  const std::uint64_t total_bytes = TotalBytes(options.inputs);
  std::unique_ptr<Store> store = OpenStore(globals, /*read_only=*/false);
  const bool draw = StderrIsTerminal();
  ProgressMeter meter(draw, draw ? std::optional(total_bytes) : std::nullopt);
  Tally tally;
  ShardIngestOptions shard_options;
  shard_options.replace = options.replace;
  const Status status =
      IngestShards(options.inputs, *store, shard_options, [&](const IngestedShardRecord& result) {
        const Extraction& extraction = result.record.extraction;
        Count(&extraction, result.outcome, &tally);
        if (result.outcome == IngestOutcome::kConflict) {
          meter.Clear();
          ReportConflict(result.origin, extraction.doc_id);
        }
        if (options.show) {
          meter.Clear();
          ShowExtraction(extraction, globals.json);
        }
        meter.Add(result.bytes);
      });
  meter.Clear();
  ThrowIfError(status);
  Finish(tally, meter, *store, options, globals);
}

void RunIngest(const IngestOptions& options, const GlobalOptions& globals) {
  if (options.facts) return RunIngestFacts(options, globals);
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
        Count(result.extraction, result.outcome, &tally);
        if (!result.item.document.ok()) {
          meter.Clear();
          std::cerr << "kg: " << result.item.document.status().message() << "\n";
        } else if (result.outcome == IngestOutcome::kConflict) {
          meter.Clear();
          ReportConflict(result.item.origin, result.item.document->id);
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
  Finish(tally, meter, *store, options, globals);
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
  command.Flag("--facts", &options->facts,
               "The inputs are shards written by kg extract --shard: store their records "
               "without extracting again (in input order, whatever the order of the files)");
  command.Flag("--show", &options->show, "Print the entities and facts found in each document");
  command.OnRun([options, &globals] { RunIngest(*options, globals); });
}

}  // namespace kg::cli
