// kg path A B: the shortest path (or, with --all, every shortest path) between two entities, by
// bidirectional breadth-first search on the store, each hop with its strongest evidence.
#include <iostream>

#include "cli_support.h"
#include "graph_options.h"
#include "kg/graph_records.h"
#include "kg/shortest_path.h"
#include "kg/strongest_evidence.h"
#include "record_printer.h"

namespace kg::cli {
namespace {

struct PathCommandOptions {
  std::string from;
  std::string to;
  FilterFlags filter;
  std::string direction = "both";
  std::uint32_t max_depth = 6;
  bool all = false;
  std::size_t limit = 100;
};

void RunPath(const PathCommandOptions& options, const GlobalOptions& globals) {
  const std::unique_ptr<Store> store = OpenStore(globals, /*read_only=*/true);
  const RelationCatalog catalog = LoadCatalog(*store);
  const EntityRecord from = ResolveEntity(*store, options.from);
  const EntityRecord to = ResolveEntity(*store, options.to);
  if (from.id == to.id)
    throw CliError("'" + options.from + "' and '" + options.to + "' are the same entity, " +
                   from.name);
  PathOptions query;
  query.filter = MakeGraphFilter(options.filter, catalog);
  query.direction = ParseDirection(options.direction);
  query.max_depth = options.max_depth;
  query.all = options.all;
  query.max_paths = options.limit;
  const std::vector<Path> paths =
      ValueOrThrow(ShortestPaths(*store, catalog, from.id, to.id, query));

  EntityNames names(*store);
  RecordPrinter printer(globals.json, {"path", "hop", "from", "relation", "to", "count", "date",
                                       "document", "modality", "evidence"});
  for (std::size_t p = 0; p < paths.size(); ++p) {
    std::vector<EvidenceRecord> shown_evidence;
    std::vector<std::vector<std::string>> rows;
    for (std::size_t h = 0; h < paths[p].size(); ++h) {
      const Step& step = paths[p][h];
      const std::optional<EvidenceRecord> evidence =
          ValueOrThrow(StrongestEvidence(*store, step.edge, query.filter));
      const EvidenceRecord shown = evidence.value_or(EvidenceRecord{});
      rows.push_back({std::to_string(p + 1), std::to_string(h + 1), names.Name(step.from),
                      RelationArrow(step), names.Name(step.to), std::to_string(step.count),
                      shown.date, shown.doc_id, shown.modality, shown.text});
      shown_evidence.push_back(shown);
    }
    // One JSON object per path; one table row per hop.
    if (globals.json) {
      printer.Add({},
                  PathJson(p + 1, from.name, to.name, paths[p], shown_evidence, names.Lookup()));
    } else {
      for (std::vector<std::string>& row : rows)
        printer.Add(std::move(row), nullptr);
    }
  }
  printer.Finish("no path between " + from.name + " and " + to.name + " within " +
                 std::to_string(options.max_depth) + " hops");
}

}  // namespace

void AddPathCommand(Command app, const GlobalOptions& globals) {
  auto options = std::make_shared<PathCommandOptions>();
  Command command =
      app.Subcommand("path", "Find the shortest path between two entities, with evidence");
  command.Add("from", &options->from, "Where the path starts (name, alias or #ID)").Required();
  command.Add("to", &options->to, "Where the path ends (name, alias or #ID)").Required();
  command.Flag("--all", &options->all, "Every shortest path, not just one");
  command.Add("--max-depth", &options->max_depth, "Longest path searched, in hops (default 6)")
      .InRange(1, 12);
  command.Add("--limit", &options->limit, "With --all, at most N paths (default 100)").Positive();
  AddDirectionFlag(command, &options->direction);
  AddFilterFlags(command, &options->filter);
  command.OnRun([options, &globals] { RunPath(*options, globals); });
}

}  // namespace kg::cli
