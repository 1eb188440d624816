// kg alias add NAME ALIAS: let another name find an entity, in this and future ingests.
#include <iostream>

#include "cli_support.h"

namespace kg::cli {

void AddAliasCommand(CLI::App& app, const GlobalOptions& globals) {
  CLI::App* command = app.add_subcommand("alias", "Curate the names entities are found by");
  command->require_subcommand(1);
  auto names = std::make_shared<std::pair<std::string, std::string>>();
  CLI::App* add = command->add_subcommand("add", "Add an alias to an entity");
  add->add_option("name", names->first, "The entity (name, alias or #id)")->required();
  add->add_option("alias", names->second, "The new alias")->required();
  add->callback([names, &globals] {
    const std::unique_ptr<Store> store = OpenStore(globals, /*read_only=*/false);
    const EntityRecord entity = ResolveEntity(*store, names->first);
    PrintEntity(ValueOrThrow(store->AddAlias(entity.id, names->second)), globals);
  });
}

}  // namespace kg::cli
