// Exports opened by the tools users open them in: NetworkX, igraph, Graphviz, and kg import.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <tuple>

#include "kg/csv_import.h"
#include "kg/csv_writer.h"
#include "kg/dot_writer.h"
#include "kg/graphml_writer.h"
#include "kg/node_link_writer.h"
#include "kg/svg_writer.h"
#include "temp_dir.h"
#include "test_graph.h"

namespace {

using kg::testing::AddTestGraph;
using kg::testing::OpenTestStore;
using kg::testing::TempDir;

struct CommandResult {
  int exit_code = -1;
  std::string output;
};

CommandResult Run(const std::string& command) {
  CommandResult result;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  REQUIRE(pipe != nullptr);
  char buffer[4096];
  std::size_t n = 0;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0)
    result.output.append(buffer, n);
  const int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

kg::GraphSelection Everything(const kg::Store& store) {
  kg::GraphFilter filter;
  filter.modalities = kg::AllModalities();
  auto selection = kg::GraphSelection::Select(store, filter);
  REQUIRE(selection.ok());
  return std::move(selection).value();
}

template <typename Writer>
std::string WriteTo(const std::string& path, const kg::GraphSelection& graph, Writer write) {
  std::ofstream out(path, std::ios::binary);
  REQUIRE(write(graph, out).ok());
  return path;
}

// The export number of each store id: nodes numbered 1, 2, ... by canonical name, then type.
std::map<kg::EntityId, std::string> ExportIds(const kg::Store& store) {
  std::vector<std::tuple<std::string, kg::EntityType, kg::EntityId>> nodes;
  REQUIRE(store
              .ForEachEntity([&](const kg::EntityRecord& entity) {
                nodes.emplace_back(entity.name, entity.type, entity.id);
                return true;
              })
              .ok());
  std::sort(nodes.begin(), nodes.end());
  std::map<kg::EntityId, std::string> ids;
  for (std::size_t i = 0; i < nodes.size(); ++i)
    ids[std::get<2>(nodes[i])] = "n" + std::to_string(i + 1);
  return ids;
}

// What the store holds, in the shape tests/interop/check_export.py compares exports with.
std::string WriteExpected(const kg::Store& store, const std::string& path) {
  nlohmann::json expected = {{"nodes", nlohmann::json::object()},
                             {"edges", nlohmann::json::array()}};
  const std::map<kg::EntityId, std::string> ids = ExportIds(store);
  REQUIRE(store
              .ForEachEntity([&](const kg::EntityRecord& entity) {
                expected["nodes"][ids.at(entity.id)] = {{"label", entity.name},
                                                        {"type", kg::EntityTypeName(entity.type)},
                                                        {"mention_count", entity.mention_count}};
                return true;
              })
              .ok());
  REQUIRE(store
              .ForEachEdge([&](const kg::EdgeRecord& edge) {
                std::set<std::string> modalities;
                REQUIRE(store
                            .ForEachEvidence(edge,
                                             [&](const kg::EvidenceRecord& evidence) {
                                               modalities.insert(evidence.modality);
                                               return true;
                                             })
                            .ok());
                expected["edges"].push_back({{"source", ids.at(edge.source)},
                                             {"target", ids.at(edge.target)},
                                             {"relation", edge.relation},
                                             {"label", edge.relation},
                                             {"count", edge.count},
                                             {"weight", static_cast<double>(edge.count)},
                                             {"first_date", edge.first_date},
                                             {"last_date", edge.last_date},
                                             {"modalities", modalities}});
                return true;
              })
              .ok());
  std::ofstream(path) << expected.dump();
  return path;
}

std::string CheckWithPython(const std::string& mode, const std::string& file,
                            const std::string& expected) {
  const CommandResult result = Run("/usr/bin/python3 " KG_TEST_DIR "/interop/check_export.py " +
                                   mode + " '" + file + "' '" + expected + "'");
  return result.output;
}

}  // namespace

TEST_CASE("GraphML loads in NetworkX with the store's nodes, edges and attributes", "[export]") {
  TempDir dir;
  auto store = OpenTestStore(dir.file("db"));
  AddTestGraph(*store);
  const auto file = WriteTo(dir.file("g.graphml"), Everything(*store),
                            [](auto& g, auto& out) { return kg::WriteGraphml(g, out); });
  CHECK(CheckWithPython("graphml-networkx", file, WriteExpected(*store, dir.file("e.json"))) ==
        "ok\n");
}

TEST_CASE("GraphML loads in igraph with the store's nodes, edges and attributes", "[export]") {
  TempDir dir;
  auto store = OpenTestStore(dir.file("db"));
  AddTestGraph(*store);
  const auto file = WriteTo(dir.file("g.graphml"), Everything(*store),
                            [](auto& g, auto& out) { return kg::WriteGraphml(g, out); });
  CHECK(CheckWithPython("graphml-igraph", file, WriteExpected(*store, dir.file("e.json"))) ==
        "ok\n");
}

TEST_CASE("node-link JSON loads with networkx.node_link_graph, names intact", "[export]") {
  TempDir dir;
  auto store = OpenTestStore(dir.file("db"));
  AddTestGraph(*store);
  const auto file = WriteTo(dir.file("g.json"), Everything(*store),
                            [](auto& g, auto& out) { return kg::WriteNodeLinkJson(g, out); });
  CHECK(CheckWithPython("json-networkx", file, WriteExpected(*store, dir.file("e.json"))) ==
        "ok\n");
}

TEST_CASE("DOT renders with Graphviz's dot and shows every name", "[export]") {
  TempDir dir;
  auto store = OpenTestStore(dir.file("db"));
  AddTestGraph(*store);
  const auto file = WriteTo(dir.file("g.dot"), Everything(*store),
                            [](auto& g, auto& out) { return kg::WriteDot(g, out); });
  const CommandResult rendered = Run("dot -Tsvg '" + file + "' -o '" + dir.file("g.svg") + "'");
  REQUIRE(rendered.exit_code == 0);
  CHECK(rendered.output.empty());
  CHECK(CheckWithPython("svg-text", dir.file("g.svg"), WriteExpected(*store, dir.file("e.json"))) ==
        "ok\n");
}

TEST_CASE("the SVG of a neighbourhood is well-formed and labels every node", "[export]") {
  TempDir dir;
  auto store = OpenTestStore(dir.file("db"));
  AddTestGraph(*store);
  kg::GraphFilter filter;
  filter.modalities = kg::AllModalities();
  filter.around = kg::testing::IdOf(*store, "Paul Mensah");
  filter.depth = 3;
  auto selection = kg::GraphSelection::Select(*store, filter, kg::kMaxSvgNodes);
  REQUIRE(selection.ok());
  const auto file = WriteTo(dir.file("g.svg"), *selection,
                            [](auto& g, auto& out) { return kg::WriteSvg(g, out); });
  CHECK(Run("xmllint --noout '" + file + "'").exit_code == 0);
  CHECK(CheckWithPython("svg-text", file, WriteExpected(*store, dir.file("e.json"))) == "ok\n");
}

TEST_CASE("an SVG of more nodes than a drawing can show is refused", "[export]") {
  TempDir dir;
  auto store = OpenTestStore(dir.file("db"));
  kg::ImportGraph crowd;
  crowd.relations = {"met_with"};
  for (std::uint32_t i = 0; i <= kg::kMaxSvgNodes; ++i) {
    kg::EntityRecord person;
    person.name = "Person " + std::to_string(i);
    crowd.nodes.push_back(person);
    kg::ImportGraph::Edge edge;
    edge.target = i;
    if (i > 0) crowd.edges.push_back(edge);
  }
  REQUIRE(store->Import(std::move(crowd)).ok());
  std::ostringstream out;
  const auto written = kg::WriteSvg(Everything(*store), out);
  REQUIRE_FALSE(written.ok());
  CHECK(written.status().message().find("--around") != std::string::npos);
}

TEST_CASE("CSV export then import gives the same entities, edges and counts", "[export]") {
  TempDir dir;
  auto original = OpenTestStore(dir.file("db"));
  AddTestGraph(*original);
  REQUIRE(kg::WriteCsv(Everything(*original), dir.file("csv")).ok());
  kg::CsvImportReport report;
  auto graph = kg::ReadCsvGraph(dir.file("csv/nodes.csv"), dir.file("csv/edges.csv"),
                                kg::CsvImportOptions{}, &report);
  REQUIRE(graph.ok());
  CHECK(report.retyped.empty());
  auto copy = OpenTestStore(dir.file("copy"));
  REQUIRE(copy->Import(std::move(graph).value()).ok());
  CHECK(copy->Stats()->entities == original->Stats()->entities);
  CHECK(copy->Stats()->edges == original->Stats()->edges);

  // Names, types, aliases and per-edge counts and dates survive; ids are renumbered in order.
  auto describe = [](const kg::Store& store) {
    std::vector<std::string> lines;
    REQUIRE(store
                .ForEachEntity([&](const kg::EntityRecord& e) {
                  lines.push_back(e.name + "|" + std::string(kg::EntityTypeName(e.type)) + "|" +
                                  std::to_string(e.aliases.size()) + "|" +
                                  std::to_string(e.mention_count) + "|" + e.first_seen);
                  return true;
                })
                .ok());
    REQUIRE(store
                .ForEachEdge([&](const kg::EdgeRecord& e) {
                  lines.push_back(store.GetEntity(e.source)->name + "-" + e.relation + "->" +
                                  store.GetEntity(e.target)->name + "|" + std::to_string(e.count) +
                                  "|" + e.first_date + "|" + e.last_date);
                  return true;
                })
                .ok());
    std::sort(lines.begin(), lines.end());
    return lines;
  };
  CHECK(describe(*copy) == describe(*original));
}
