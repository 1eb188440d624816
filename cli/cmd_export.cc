// kg export --format graphml|json|dot|csv|svg: the graph, or a filtered part of it, in a format
// other tools open (docs/export.md).
#include <iostream>
#include <nlohmann/json.hpp>

#include "atomic_output.h"
#include "cli_support.h"
#include "graph_options.h"
#include "kg/csv_writer.h"
#include "kg/dot_writer.h"
#include "kg/graphml_writer.h"
#include "kg/node_link_writer.h"
#include "kg/svg_writer.h"

namespace kg::cli {
namespace {

struct ExportOptions {
  std::string format = "graphml";
  std::string output = "-";
  std::vector<std::string> relations;
  std::vector<std::string> types;
  std::string around;
  std::uint32_t depth = 1;
  std::string since;
  std::string until;
  std::uint64_t min_count = 0;
  std::vector<std::string> modalities;
};

GraphFilter MakeFilter(const ExportOptions& options, const Store& store) {
  GraphFilter filter;
  filter.relations.insert(options.relations.begin(), options.relations.end());
  filter.types = ParseTypeNames(options.types);
  filter.modalities = ParseModalityFlag(options.modalities);
  filter.since = options.since;
  filter.until = options.until;
  filter.min_count = options.min_count;
  ThrowIfError(filter.Check());
  if (!options.around.empty()) {
    filter.around = ResolveEntity(store, options.around).id;
    filter.depth = options.depth;
  }
  return filter;
}

Result<ExportCounts> WriteFormat(const std::string& format, const GraphSelection& graph,
                                 std::ostream& out) {
  if (format == "graphml") return WriteGraphml(graph, out);
  if (format == "json") return WriteNodeLinkJson(graph, out);
  if (format == "dot") return WriteDot(graph, out);
  return WriteSvg(graph, out);
}

ExportCounts WriteFile(const ExportOptions& options, const GraphSelection& graph) {
  if (options.format == "csv") {
    if (options.output == "-") throw CliError("--format csv writes two files: give -o DIRECTORY");
    return ValueOrThrow(WriteCsv(graph, options.output));
  }
  AtomicOutput out(options.output);
  const ExportCounts counts = ValueOrThrow(WriteFormat(options.format, graph, out.stream()));
  out.Commit();
  return counts;
}

void RunExport(const ExportOptions& options, const GlobalOptions& globals) {
  if (options.format == "svg" && options.around.empty())
    throw CliError("--format svg draws a neighbourhood: give --around NAME (and --depth N)");
  const std::unique_ptr<Store> store = OpenStore(globals, /*read_only=*/true);
  const std::size_t max_nodes = options.format == "svg" ? kMaxSvgNodes : GraphSelection::kUnlimited;
  const GraphSelection graph =
      ValueOrThrow(GraphSelection::Select(*store, MakeFilter(options, *store), max_nodes));
  const ExportCounts counts = WriteFile(options, graph);
  if (options.output == "-") return;  // standard output holds the export itself
  if (globals.json) {
    std::cout << nlohmann::json{{"format", options.format},
                                {"output", options.output},
                                {"nodes", counts.nodes},
                                {"edges", counts.edges}}
                     .dump()
              << "\n";
  } else {
    std::cerr << "wrote " << options.output << ": " << counts.nodes << " nodes, " << counts.edges
              << " edges\n";
  }
}

}  // namespace

void AddExportCommand(Command app, const GlobalOptions& globals) {
  auto options = std::make_shared<ExportOptions>();
  Command command =
      app.Subcommand("export", "Write the graph, or part of it, as GraphML, JSON, DOT, CSV or SVG");
  command.Add("--format", &options->format, "Output format")
      .OneOf({"graphml", "json", "dot", "csv", "svg"})
      .ShowDefault();
  command
      .Add("-o,--output", &options->output,
           "Output file ('-' for standard output); a directory for csv")
      .ShowDefault();
  command.Add("--rel", &options->relations, "Keep only these relations (comma-separated)")
      .SplitOn(',');
  command.Add("--type", &options->types, "Keep only edges between these entity types").SplitOn(',');
  const Option around =
      command.Add("--around", &options->around, "Keep only the neighbourhood of this entity");
  command.Add("--depth", &options->depth, "Hops from --around (default 1)")
      .Needs(around)
      .InRange(1, 10);
  command.Add("--since", &options->since, "Keep evidence dated on or after (YYYY-MM-DD)");
  command.Add("--until", &options->until, "Keep evidence dated on or before (YYYY-MM-DD)");
  command.Add("--min-count", &options->min_count, "Keep edges with at least K evidence");
  AddModalityFlag(command, &options->modalities);
  command.OnRun([options, &globals] { RunExport(*options, globals); });
}

}  // namespace kg::cli
