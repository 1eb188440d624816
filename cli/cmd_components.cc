// kg components: the connected components of the graph the filters keep (edge directions
// ignored), largest first, computed with Boost.Graph.
#include <algorithm>
#include <iostream>
#include <numeric>

#include "cli_support.h"
#include "graph_options.h"
#include "kg/graph_metrics.h"
#include "kg/graph_view.h"
#include "record_printer.h"

namespace kg::cli {
namespace {

struct ComponentsOptions {
  FilterFlags filter;
  std::size_t limit = 20;
  std::size_t members = 5;
};

void RunComponents(const ComponentsOptions& options, const GlobalOptions& globals) {
  const std::unique_ptr<Store> store = OpenStore(globals, /*read_only=*/true);
  const RelationCatalog catalog = LoadCatalog(*store);
  const GraphView view =
      ValueOrThrow(BuildGraphView(*store, catalog, MakeGraphFilter(options.filter, catalog)));
  const Components components = ConnectedComponents(view);
  const std::vector<double> degrees = DegreeScores(view);

  std::vector<std::uint64_t> edges(components.sizes.size(), 0);
  for (const GraphView::Arc& arc : view.arcs)
    ++edges[components.component_of[arc.source]];
  // Members of each component, best connected first.
  std::vector<std::size_t> by_degree(view.entities.size());
  std::iota(by_degree.begin(), by_degree.end(), std::size_t{0});
  std::stable_sort(by_degree.begin(), by_degree.end(),
                   [&](std::size_t a, std::size_t b) { return degrees[a] > degrees[b]; });
  std::vector<std::vector<std::size_t>> members(components.sizes.size());
  for (std::size_t vertex : by_degree) {
    std::vector<std::size_t>& list = members[components.component_of[vertex]];
    if (list.size() < options.members) list.push_back(vertex);
  }

  EntityNames names(*store);
  RecordPrinter printer(globals.json, {"component", "size", "edges", "members"});
  for (std::size_t c = 0; c < components.sizes.size(); ++c) {
    if (options.limit != 0 && c == options.limit) break;
    std::vector<std::string> listed;
    for (std::size_t vertex : members[c])
      listed.push_back(names.Name(view.entities[vertex]));
    std::string text;
    for (const std::string& name : listed)
      text += (text.empty() ? "" : ", ") + name;
    if (components.sizes[c] > listed.size()) text += ", ...";
    printer.Add({std::to_string(c + 1), std::to_string(components.sizes[c]),
                 std::to_string(edges[c]), text},
                {{"component", c + 1},
                 {"size", components.sizes[c]},
                 {"edges", edges[c]},
                 {"members", listed}});
  }
  printer.Finish("no edges the filters keep");
  if (!globals.json && options.limit != 0 && components.sizes.size() > options.limit) {
    std::cerr << components.sizes.size() << " components in all; --limit 0 lists every one\n";
  }
}

}  // namespace

void AddComponentsCommand(Command app, const GlobalOptions& globals) {
  auto options = std::make_shared<ComponentsOptions>();
  Command command =
      app.Subcommand("components", "List the connected components of the graph, largest first");
  AddFilterFlags(command, &options->filter);
  command.Add("--limit", &options->limit, "Print the N largest (default 20, 0: all)");
  command.Add("--members", &options->members,
              "Name the N best-connected members of each (default 5)");
  command.OnRun([options, &globals] { RunComponents(*options, globals); });
}

}  // namespace kg::cli
