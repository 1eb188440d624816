// kg export --format graphml -o FILE: the whole graph in a format other tools open.
#include <fstream>
#include <iostream>

#include "cli_support.h"
#include "kg/graphml_writer.h"

namespace kg::cli {
namespace {

struct ExportOptions {
  std::string format = "graphml";
  std::string output = "-";
};

void RunExport(const ExportOptions& options, const GlobalOptions& globals) {
  const std::unique_ptr<Store> store = OpenStore(globals, /*read_only=*/true);
  if (options.output == "-") {
    ValueOrThrow(WriteGraphml(*store, std::cout));
    return;
  }
  // Write to a temporary file and rename, so a failed export never leaves a half-written file.
  const std::string temporary = options.output + ".partial";
  std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
  if (!out) throw CliError("cannot write " + options.output);
  const GraphmlCounts counts = ValueOrThrow(WriteGraphml(*store, out));
  out.close();
  if (!out || std::rename(temporary.c_str(), options.output.c_str()) != 0) {
    std::remove(temporary.c_str());
    throw CliError("cannot write " + options.output);
  }
  if (!globals.json) {
    std::cerr << "wrote " << options.output << ": " << counts.nodes << " nodes, " << counts.edges
              << " edges\n";
  }
}

}  // namespace

void AddExportCommand(CLI::App& app, const GlobalOptions& globals) {
  auto options = std::make_shared<ExportOptions>();
  CLI::App* command = app.add_subcommand("export", "Write the graph to a file (GraphML)");
  command->add_option("--format", options->format, "Output format")
      ->check(CLI::IsMember({"graphml"}))
      ->capture_default_str();
  command->add_option("-o,--output", options->output, "Output file ('-' for standard output)")
      ->capture_default_str();
  command->callback([options, &globals] { RunExport(*options, globals); });
}

}  // namespace kg::cli
