// kg extract INPUT...: print the facts (or entities) found in documents, storing nothing.
//
// A pure map from documents to JSON Lines, the same for the same input and lexicon, so any engine
// can run it on parts of a corpus (docs/scale.md). `--shard` prints one ingest record per document
// (kg/shard_record.h) for `kg ingest --facts`; `--partition P/N` extracts only the documents
// whose position in the input is P modulo N, so N runs over the same input cover it once.
#include <charconv>
#include <iostream>

#include "atomic_output.h"
#include "cli_support.h"
#include "kg/document_reader.h"
#include "kg/document_source.h"
#include "kg/extractor.h"
#include "kg/fact_json.h"
#include "kg/shard_record.h"

namespace kg::cli {
namespace {

struct ExtractOptions {
  std::vector<std::string> files;
  std::string lexicon;
  std::vector<std::string> aliases;
  std::vector<std::string> actors;
  bool entities = false;
  bool shard = false;
  std::string partition;
  std::string output = "-";
  bool jsonl = false;
  std::string id;
  std::string date;
};

struct Partition {
  std::uint64_t index = 0;
  std::uint64_t count = 1;
};

Partition ParsePartition(const std::string& text) {
  Partition partition;
  const std::size_t slash = text.find('/');
  const char* begin = text.data();
  const char* end = text.data() + text.size();
  if (slash == std::string::npos ||
      std::from_chars(begin, begin + slash, partition.index).ptr != begin + slash ||
      std::from_chars(begin + slash + 1, end, partition.count).ptr != end || partition.count == 0 ||
      partition.index >= partition.count) {
    throw CliError("--partition must be P/N with 0 <= P < N, e.g. 0/4; got '" + text + "'");
  }
  return partition;
}

void PrintExtraction(const ExtractOptions& options, const Document& document, std::uint64_t seq,
                     const Extraction& extraction, std::ostream& out) {
  if (options.shard) {
    out << JsonLine(ShardRecordJson({seq, ContentHash(document), extraction})) << "\n";
  } else if (options.entities) {
    for (const Entity& entity : extraction.entities)
      out << JsonLine(EntityJson(extraction.doc_id, entity)) << "\n";
  } else {
    for (const Fact& fact : extraction.facts)
      out << JsonLine(FactJson(extraction, fact)) << "\n";
  }
}

void RunExtract(const ExtractOptions& options) {
  if (options.shard && options.entities)
    throw CliError("--shard and --entities exclude each other");
  const Partition partition =
      options.partition.empty() ? Partition{} : ParsePartition(options.partition);
  ExtractorOptions extractor_options;
  extractor_options.lexicon_path = options.lexicon;
  extractor_options.alias_paths = options.aliases;
  extractor_options.actor_paths = options.actors;
  const Extractor extractor = ValueOrThrow(Extractor::Create(extractor_options));
  DocumentSourceOptions source_options;
  source_options.stdin_jsonl = options.jsonl;
  source_options.id = options.id;
  source_options.date = options.date;
  std::unique_ptr<DocumentSource> source =
      ValueOrThrow(DocumentSource::Open(options.files, source_options));
  AtomicOutput output(options.output);
  std::size_t failed = 0;
  for (std::uint64_t seq = 0; std::optional<SourceItem> item = source->Next(); ++seq) {
    if (seq % partition.count != partition.index) continue;  // another partition's
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
    PrintExtraction(options, *item->document, seq, extraction, output.stream());
  }
  output.Commit();
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
  command.Flag("--shard", &options->shard,
               "Print one ingest record per document (entities, facts, content hash, position "
               "in the input) for kg ingest --facts");
  command.Add("--partition", &options->partition,
              "P/N: extract only the documents whose position in the input is P modulo N");
  command
      .Add("-o,--output", &options->output,
           "Output file, written whole or not at all ('-' for standard output)")
      .ShowDefault();
  command.Flag("--jsonl", &options->jsonl, "Read standard input as JSON Lines");
  command.Add("--id", &options->id,
              "The document id of a single text file or of standard input (as kg ingest --id)");
  command.Add("--date", &options->date,
              "The publication date of a single text file or of standard input (as kg ingest "
              "--date)");
  command.Add("--lexicon", &options->lexicon,
              "Relation lexicon JSON that extends the built-in one (same schema)");
  AddAliasesOption(command, &options->aliases);
  AddActorsOption(command, &options->actors);
  command.OnRun([options] { RunExtract(*options); });
}

}  // namespace kg::cli
