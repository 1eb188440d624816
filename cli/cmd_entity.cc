// kg entity merge A B | rename NAME NEW: curate entities. Each change is one atomic write.
#include <iostream>

#include "cli_support.h"

namespace kg::cli {

void AddEntityCommand(CLI::App& app, const GlobalOptions& globals) {
  CLI::App* command = app.add_subcommand("entity", "Curate entities: merge, rename");
  command->require_subcommand(1);

  auto merge = std::make_shared<std::pair<std::string, std::string>>();
  CLI::App* merge_command = command->add_subcommand(
      "merge", "Merge entity B into entity A: B's names, edges and evidence become A's");
  merge_command->add_option("a", merge->first, "The entity that remains (name, alias or #id)")
      ->required();
  merge_command->add_option("b", merge->second, "The entity merged into it")->required();
  merge_command->callback([merge, &globals] {
    const std::unique_ptr<Store> store = OpenStore(globals, /*read_only=*/false);
    const EntityRecord into = ResolveEntity(*store, merge->first);
    const EntityRecord from = ResolveEntity(*store, merge->second);
    PrintEntity(ValueOrThrow(store->MergeEntities(into.id, from.id)), globals);
  });

  auto rename = std::make_shared<std::pair<std::string, std::string>>();
  CLI::App* rename_command = command->add_subcommand(
      "rename", "Give an entity a new canonical name; the old one stays as an alias");
  rename_command->add_option("name", rename->first, "The entity (name, alias or #id)")->required();
  rename_command->add_option("new_name", rename->second, "Its new canonical name")->required();
  rename_command->callback([rename, &globals] {
    const std::unique_ptr<Store> store = OpenStore(globals, /*read_only=*/false);
    const EntityRecord entity = ResolveEntity(*store, rename->first);
    PrintEntity(ValueOrThrow(store->RenameEntity(entity.id, rename->second)), globals);
  });
}

}  // namespace kg::cli
