// kg import [DIR] [--nodes FILE --edges FILE]: bulk-load a graph from CSV (docs/export.md).
#include <chrono>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli_support.h"
#include "kg/csv_import.h"

namespace kg::cli {
namespace {

struct ImportOptions {
  std::string directory;
  std::string nodes;
  std::string edges;
  std::string unknown_type = "ORG";
};

void RunImport(const ImportOptions& options, const GlobalOptions& globals) {
  if (options.directory.empty() && (options.nodes.empty() || options.edges.empty()))
    throw CliError("give a directory holding nodes.csv and edges.csv, or --nodes and --edges");
  const std::filesystem::path directory(options.directory);
  const std::string nodes =
      options.nodes.empty() ? (directory / "nodes.csv").string() : options.nodes;
  const std::string edges =
      options.edges.empty() ? (directory / "edges.csv").string() : options.edges;
  CsvImportOptions csv;
  if (!ParseEntityType(options.unknown_type, &csv.unknown_type))
    throw CliError("--unknown-type must be PERSON, GPE, ORG or LOC");

  const auto start = std::chrono::steady_clock::now();
  CsvImportReport report;
  ImportGraph graph = ValueOrThrow(ReadCsvGraph(nodes, edges, csv, &report));
  const std::size_t rows = graph.edges.size();
  const double read_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::unique_ptr<Store> store = OpenStore(globals, /*read_only=*/false);
  const ImportStats stats = ValueOrThrow(store->Import(std::move(graph)));
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const auto per_second = static_cast<std::uint64_t>(static_cast<double>(rows) / seconds);

  std::uint64_t retyped = 0;
  std::string labels;
  for (const auto& [label, count] : report.retyped) {
    retyped += count;
    labels += (labels.empty() ? "" : ", ") + (label.empty() ? std::string("(none)") : label);
  }
  if (globals.json) {
    std::cout << nlohmann::json{{"nodes", stats.entities},      {"edge_rows", rows},
                                {"edges", stats.edges},         {"seconds", seconds},
                                {"read_seconds", read_seconds}, {"edges_per_second", per_second},
                                {"retyped", report.retyped}}
                     .dump()
              << "\n";
    return;
  }
  std::cerr << "imported " << stats.entities << " nodes and " << stats.edges << " edges (from "
            << rows << " rows) in " << seconds << " s (" << read_seconds << " s reading CSV), "
            << per_second << " edges/s\n";
  if (retyped > 0) {
    std::cerr << retyped << " nodes had types kg does not have (" << labels
              << ") and are stored as " << EntityTypeName(csv.unknown_type) << "\n";
  }
}

}  // namespace

void AddImportCommand(Command app, const GlobalOptions& globals) {
  auto options = std::make_shared<ImportOptions>();
  Command command =
      app.Subcommand("import", "Bulk-load nodes and edges from CSV files into the database");
  command.Add("directory", &options->directory, "Directory holding nodes.csv and edges.csv");
  command.Add("--nodes", &options->nodes, "Nodes CSV (id,name,type or Neo4j id:ID,...)");
  command.Add("--edges", &options->edges,
              "Edges CSV (src,dst,rel[,weight] or Neo4j :START_ID,:END_ID,:TYPE,...)");
  command
      .Add("--unknown-type", &options->unknown_type, "Type for nodes whose type kg does not have")
      .ShowDefault();
  command.OnRun([options, &globals] { RunImport(*options, globals); });
}

}  // namespace kg::cli
