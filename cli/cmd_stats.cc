// kg stats: how much the database holds.
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli_support.h"

namespace kg::cli {

void AddStatsCommand(Command app, const GlobalOptions& globals) {
  Command command = app.Subcommand("stats", "Count documents, entities, edges and evidence");
  command.OnRun([&globals] {
    const StoreStats stats = ValueOrThrow(OpenStore(globals, /*read_only=*/true)->Stats());
    if (globals.json) {
      std::cout << nlohmann::json{{"documents", stats.documents},
                                  {"entities", stats.entities},
                                  {"edges", stats.edges},
                                  {"evidence", stats.evidence}}
                       .dump()
                << "\n";
      return;
    }
    std::cout << "documents  " << stats.documents << "\n"
              << "entities   " << stats.entities << "\n"
              << "edges      " << stats.edges << "\n"
              << "evidence   " << stats.evidence << "\n";
  });
}

}  // namespace kg::cli
