// kg neighbors NAME: the entities within --depth hops, by prefix scans of the adjacency families
// (the graph is never loaded).
#include <iostream>

#include "cli_support.h"
#include "graph_options.h"
#include "kg/graph_records.h"
#include "kg/neighborhood.h"
#include "record_printer.h"

namespace kg::cli {
namespace {

struct NeighborsOptions {
  std::string name;
  FilterFlags filter;
  std::string direction = "both";
  std::uint32_t depth = 1;
  std::size_t limit = 0;
};

void RunNeighbors(const NeighborsOptions& options, const GlobalOptions& globals) {
  const std::unique_ptr<Store> store = OpenStore(globals, /*read_only=*/true);
  const RelationCatalog catalog = LoadCatalog(*store);
  const EntityRecord entity = ResolveEntity(*store, options.name);
  NeighborOptions query;
  query.filter = MakeGraphFilter(options.filter, catalog);
  query.direction = ParseDirection(options.direction);
  query.depth = options.depth;
  query.limit = options.limit;
  const std::vector<NeighborRow> rows =
      ValueOrThrow(FindNeighbors(*store, catalog, entity.id, query));

  const bool deep = options.depth > 1;
  std::vector<std::string> headers = {"relation", "neighbor", "type", "count",
                                      "modality", "first",    "last"};
  if (deep) headers.insert(headers.begin(), {"depth", "from"});
  RecordPrinter printer(globals.json, headers);
  if (!globals.json) std::cout << entity.name << " (" << EntityTypeName(entity.type) << ")\n";
  EntityNames names(*store);
  for (const NeighborRow& row : rows) {
    const Step& step = row.step;
    const EntityRecord& neighbor = names.Get(step.to);
    std::vector<std::string> cells = {RelationArrow(step),
                                      neighbor.name,
                                      std::string(EntityTypeName(neighbor.type)),
                                      std::to_string(step.count),
                                      ModalityCell(step.evidence.modalities),
                                      step.edge.first_date,
                                      step.edge.last_date};
    if (deep) cells.insert(cells.begin(), {std::to_string(row.depth), names.Name(step.from)});
    printer.Add(std::move(cells), NeighborJson(entity.name, row, names.Lookup()));
  }
  printer.Finish("no neighbours");
}

}  // namespace

void AddNeighborsCommand(Command app, const GlobalOptions& globals) {
  auto options = std::make_shared<NeighborsOptions>();
  Command command = app.Subcommand(
      "neighbors", "List the entities related to an entity, up to --depth hops away");
  command.Add("name", &options->name, "Canonical name, alias or #ID of the entity").Required();
  command.Add("--depth", &options->depth, "Hops to go out (default 1)").InRange(1, 6);
  AddDirectionFlag(command, &options->direction);
  AddFilterFlags(command, &options->filter);
  command.Add("--limit", &options->limit, "Print at most N rows (0: all)");
  command.OnRun([options, &globals] { RunNeighbors(*options, globals); });
}

}  // namespace kg::cli
