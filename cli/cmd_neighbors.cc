// kg neighbors NAME: the entity's edges, by prefix scans of the adjacency families.
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli_support.h"

namespace kg::cli {

void AddNeighborsCommand(CLI::App& app, const GlobalOptions& globals) {
  auto name = std::make_shared<std::string>();
  CLI::App* command =
      app.add_subcommand("neighbors", "List an entity's relations to other entities");
  command->add_option("name", *name, "Canonical name or alias of the entity")->required();
  command->callback([name, &globals] {
    const std::unique_ptr<Store> store = OpenStore(globals, /*read_only=*/true);
    const EntityRecord entity = ResolveEntity(*store, *name);
    if (!globals.json) std::cout << entity.name << " (" << EntityTypeName(entity.type) << ")\n";
    Status lookup;
    ThrowIfError(store->ForEachEdgeOf(entity.id, Direction::kBoth, [&](const EdgeRecord& edge) {
      const bool outgoing = edge.source == entity.id;
      Result<EntityRecord> other = store->GetEntity(outgoing ? edge.target : edge.source);
      if (!other.ok()) {
        lookup = other.status();
        return false;
      }
      if (globals.json) {
        std::cout << nlohmann::json{{"entity", entity.name},
                                    {"relation", edge.relation},
                                    {"direction", outgoing ? "out" : "in"},
                                    {"neighbor", other->name},
                                    {"neighbor_type", EntityTypeName(other->type)},
                                    {"count", edge.count}}
                         .dump()
                  << "\n";
      } else {
        std::cout << "  " << (outgoing ? "-" : "<-") << edge.relation << (outgoing ? "-> " : "- ")
                  << other->name << "  (" << edge.count << ")\n";
      }
      return true;
    }));
    ThrowIfError(lookup);
  });
}

}  // namespace kg::cli
