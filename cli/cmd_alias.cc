// kg alias add NAME ALIAS: let another name find an entity, in this and future ingests.
// kg alias remove NAME ALIAS: stop it. Both are journalled (kg undo).
#include <iostream>

#include "cli_support.h"

namespace kg::cli {

void AddAliasCommand(Command app, const GlobalOptions& globals) {
  Command command = app.Subcommand("alias", "Curate the names entities are found by");
  command.RequireSubcommand();
  auto names = std::make_shared<std::pair<std::string, std::string>>();
  Command add = command.Subcommand("add", "Add an alias to an entity");
  add.Add("name", &names->first, "The entity (name, alias or #id)").Required();
  add.Add("alias", &names->second, "The new alias").Required();
  add.OnRun([names, &globals] {
    const std::unique_ptr<Store> store = OpenStore(globals, /*read_only=*/false);
    const EntityRecord entity = ResolveEntity(*store, names->first);
    PrintEntity(ValueOrThrow(store->AddAlias(entity.id, names->second)), globals);
  });
  auto removed = std::make_shared<std::pair<std::string, std::string>>();
  Command remove = command.Subcommand("remove", "Remove an alias from an entity");
  remove.Add("name", &removed->first, "The entity (name, alias or #id)").Required();
  remove.Add("alias", &removed->second, "The alias to remove").Required();
  remove.OnRun([removed, &globals] {
    const std::unique_ptr<Store> store = OpenStore(globals, /*read_only=*/false);
    const EntityRecord entity = ResolveEntity(*store, removed->first);
    PrintEntity(ValueOrThrow(store->RemoveAlias(entity.id, removed->second)), globals);
  });
}

}  // namespace kg::cli
