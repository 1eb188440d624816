// kg edges: the edges the filters keep, most evidence first. With --from or --to, by prefix scans
// of that entity's edges; otherwise by one scan of all edges.
#include <algorithm>
#include <iostream>
#include <tuple>

#include "cli_support.h"
#include "graph_options.h"
#include "record_printer.h"

namespace kg::cli {
namespace {

struct EdgesOptions {
  std::string from;
  std::string to;
  FilterFlags filter;
  std::size_t limit = 0;
};

struct Row {
  EdgeRecord edge;
  std::uint64_t count = 0;  // kept evidence
  std::vector<std::string> modalities;
  bool symmetric = false;
  std::string source;
  std::string target;
};

// Kept edges leaving `from` (or entering `to`, when from is not given), by prefix scan. A
// symmetric edge is shown from the named entity's side.
std::vector<Row> EdgesOfEntity(const Store& store, const RelationCatalog& catalog,
                               const GraphFilter& filter, const EntityRecord* from,
                               const EntityRecord* to) {
  std::vector<Row> rows;
  const EntityRecord& named = from != nullptr ? *from : *to;
  ThrowIfError(ForEachStep(store, catalog, filter, named.id,
                           from != nullptr ? Direction::kOut : Direction::kIn,
                           [&](const Step& step) {
                             if (from != nullptr && to != nullptr && step.to != to->id) return true;
                             Row row{step.edge,
                                     step.count,
                                     step.evidence.modalities,
                                     step.orientation == Orientation::kUndirected,
                                     {},
                                     {}};
                             if (row.symmetric) {
                               row.edge.source = from != nullptr ? step.from : step.to;
                               row.edge.target = from != nullptr ? step.to : step.from;
                             }
                             rows.push_back(std::move(row));
                             return true;
                           }));
  return rows;
}

std::vector<Row> AllEdges(const Store& store, const RelationCatalog& catalog,
                          const GraphFilter& filter) {
  std::vector<Row> rows;
  EdgeSelector selector(store, filter);
  Status failure;
  ThrowIfError(store.ForEachEdge([&](const EdgeRecord& edge) {
    EdgeEvidence evidence;
    Result<std::uint64_t> count = KeptCount(selector, filter, edge, &evidence);
    if (!count.ok()) {
      failure = count.status();
      return false;
    }
    if (*count > 0) {
      rows.push_back({edge,
                      *count,
                      std::move(evidence.modalities),
                      catalog.IsSymmetric(edge.relation),
                      {},
                      {}});
    }
    return true;
  }));
  ThrowIfError(failure);
  return rows;
}

void RunEdges(const EdgesOptions& options, const GlobalOptions& globals) {
  const std::unique_ptr<Store> store = OpenStore(globals, /*read_only=*/true);
  const RelationCatalog catalog = LoadCatalog(*store);
  const GraphFilter filter = MakeGraphFilter(options.filter, catalog);
  std::optional<EntityRecord> from;
  std::optional<EntityRecord> to;
  if (!options.from.empty()) from = ResolveEntity(*store, options.from);
  if (!options.to.empty()) to = ResolveEntity(*store, options.to);
  std::vector<Row> rows = from || to ? EdgesOfEntity(*store, catalog, filter,
                                                     from ? &*from : nullptr, to ? &*to : nullptr)
                                     : AllEdges(*store, catalog, filter);
  EntityNames names(*store);
  for (Row& row : rows) {
    row.source = names.Name(row.edge.source);
    row.target = names.Name(row.edge.target);
  }
  std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
    return std::tie(b.count, a.source, a.edge.relation, a.target) <
           std::tie(a.count, b.source, b.edge.relation, b.target);
  });
  if (options.limit != 0 && rows.size() > options.limit) rows.resize(options.limit);

  RecordPrinter printer(globals.json,
                        {"source", "relation", "target", "count", "modality", "first", "last"});
  for (const Row& row : rows) {
    const std::string relation =
        row.symmetric ? "-" + row.edge.relation + "-" : "-" + row.edge.relation + "->";
    printer.Add({row.source, relation, row.target, std::to_string(row.count),
                 ModalityCell(row.modalities), row.edge.first_date, row.edge.last_date},
                {{"source", row.source},
                 {"relation", row.edge.relation},
                 {"target", row.target},
                 {"directed", !row.symmetric},
                 {"count", row.count},
                 {"modalities", row.modalities},
                 {"first_date", row.edge.first_date},
                 {"last_date", row.edge.last_date}});
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
