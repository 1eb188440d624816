// kg rank --by degree|pagerank|betweenness: the most central entities, computed with Boost.Graph
// on the part of the graph the filters keep (loaded into memory for this).
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

struct RankOptions {
  std::string by = "degree";
  std::vector<std::string> types;
  FilterFlags filter;
  std::size_t limit = 20;
};

std::vector<double> Scores(const std::string& by, const GraphView& view) {
  if (by == "pagerank") return PageRankScores(view);
  if (by == "betweenness") return BetweennessScores(view);
  return DegreeScores(view);
}

void RunRank(const RankOptions& options, const GlobalOptions& globals) {
  const std::set<EntityType> types = ParseTypeNames(options.types);
  const std::unique_ptr<Store> store = OpenStore(globals, /*read_only=*/true);
  const RelationCatalog catalog = LoadCatalog(*store);
  const GraphView view =
      ValueOrThrow(BuildGraphView(*store, catalog, MakeGraphFilter(options.filter, catalog)));
  const std::vector<double> scores = Scores(options.by, view);
  const std::vector<double> degrees = DegreeScores(view);

  std::vector<std::size_t> order(view.entities.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });
  EntityNames names(*store);
  // With --by degree the score is the degree, so it is shown once.
  const bool by_degree = options.by == "degree";
  std::vector<std::string> headers = {"rank", "entity", "type", options.by};
  if (!by_degree) headers.push_back("degree");
  RecordPrinter printer(globals.json, headers);
  for (std::size_t vertex : order) {
    if (options.limit != 0 && printer.size() == options.limit) break;
    const EntityRecord& entity = names.Get(view.entities[vertex]);
    if (!types.empty() && !types.contains(entity.type)) {
      continue;
    }
    const std::size_t rank = printer.size() + 1;
    std::vector<std::string> cells = {std::to_string(rank), entity.name,
                                      std::string(EntityTypeName(entity.type)),
                                      FormatScore(scores[vertex])};
    if (!by_degree) cells.push_back(FormatScore(degrees[vertex]));
    printer.Add(std::move(cells), {{"rank", rank},
                                   {"entity", entity.name},
                                   {"type", EntityTypeName(entity.type)},
                                   {"by", options.by},
                                   {"score", scores[vertex]},
                                   {"degree", degrees[vertex]}});
  }
  printer.Finish("no entities with edges the filters keep");
}

}  // namespace

void AddRankCommand(Command app, const GlobalOptions& globals) {
  auto options = std::make_shared<RankOptions>();
  Command command =
      app.Subcommand("rank", "Rank entities by degree, PageRank or betweenness centrality");
  command.Add("--by", &options->by, "Measure: degree, pagerank or betweenness")
      .OneOf({"degree", "pagerank", "betweenness"})
      .ShowDefault();
  command
      .Add("--type", &options->types,
           "List only entities of these types (comma-separated; ranks are computed on "
           "the whole filtered graph)")
      .SplitOn(',');
  AddFilterFlags(command, &options->filter);
  command.Add("--limit", &options->limit, "Print the top N (default 20, 0: all)");
  command.OnRun([options, &globals] { RunRank(*options, globals); });
}

}  // namespace kg::cli
