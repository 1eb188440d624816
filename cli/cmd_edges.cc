// kg edges: the edges the filters keep, most evidence first. With --from or --to, by prefix scans
// of that entity's edges; otherwise by one scan of all edges.
#include <iostream>

#include "cli_support.h"
#include "graph_options.h"
#include "kg/graph_records.h"
#include "record_printer.h"

namespace kg::cli {
namespace {

struct EdgesOptions {
  std::string from;
  std::string to;
  FilterFlags filter;
  std::size_t limit = 0;
};

void RunEdges(const EdgesOptions& options, const GlobalOptions& globals) {
  const std::unique_ptr<Store> store = OpenStore(globals, /*read_only=*/true);
  const RelationCatalog catalog = LoadCatalog(*store);
  const GraphFilter filter = MakeGraphFilter(options.filter, catalog);
  std::optional<EntityRecord> from;
  std::optional<EntityRecord> to;
  if (!options.from.empty()) from = ResolveEntity(*store, options.from);
  if (!options.to.empty()) to = ResolveEntity(*store, options.to);
  std::vector<EdgeRow> rows = ValueOrThrow(
      ListEdges(*store, catalog, filter, from ? &*from : nullptr, to ? &*to : nullptr));
  EntityNames names(*store);
  SortByEvidence(rows, names.Lookup());
  if (options.limit != 0 && rows.size() > options.limit) rows.resize(options.limit);
  RecordPrinter printer(globals.json,
                        {"source", "relation", "target", "count", "modality", "first", "last"});
  for (const EdgeRow& row : rows) {
    const std::string relation =
        row.symmetric ? "-" + row.edge.relation + "-" : "-" + row.edge.relation + "->";
    printer.Add({names.Name(row.edge.source), relation, names.Name(row.edge.target),
                 std::to_string(row.count), ModalityCell(row.modalities), row.edge.first_date,
                 row.edge.last_date},
                EdgeJson(row, names.Lookup()));
  }
  printer.Finish("no edges");
}

}  // namespace

void AddEdgesCommand(Command app, const GlobalOptions& globals) {
  auto options = std::make_shared<EdgesOptions>();
  Command command = app.Subcommand("edges", "List edges, most evidence first");
  command.Add("--from", &options->from, "Only edges from this entity (name, alias or #ID)");
  command.Add("--to", &options->to, "Only edges to this entity (name, alias or #ID)");
  AddFilterFlags(command, &options->filter);
  command.Add("--limit", &options->limit, "Print at most N edges (0: all)");
  command.OnRun([options, &globals] { RunEdges(*options, globals); });
}

}  // namespace kg::cli
