#include "cli_support.h"

#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "kg/extraction.h"
#include "kg/name_resolver.h"

namespace kg::cli {

void ThrowIfError(const Status& status) {
  if (!status.ok()) throw CliError(status.message());
}

std::unique_ptr<Store> OpenStore(const GlobalOptions& globals, bool read_only) {
  StoreOptions options;
  options.read_only = read_only;
  return ValueOrThrow(Store::Open(globals.db_path, options));
}

EntityRecord ResolveEntity(const Store& store, const std::string& name) {
  return ValueOrThrow(ResolveEntityName(store, name));
}

void PrintEntity(const EntityRecord& entity, const GlobalOptions& globals) {
  if (globals.json) {
    std::cout << nlohmann::json{{"id", entity.id},
                                {"name", entity.name},
                                {"type", EntityTypeName(entity.type)},
                                {"aliases", entity.aliases},
                                {"mentions", entity.mention_count}}
                     .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
              << "\n";
    return;
  }
  std::cout << entity.name << " (" << EntityTypeName(entity.type) << ", #" << entity.id << ", "
            << entity.mention_count << " mentions)";
  for (std::size_t i = 0; i < entity.aliases.size(); ++i)
    std::cout << (i == 0 ? " also: " : ", ") << entity.aliases[i];
  std::cout << "\n";
}

void AddAliasesOption(Command command, std::vector<std::string>* paths) {
  command.Add("--aliases", paths,
              "Alias tables (JSON, as data/lexicon/aliases.json) read after the built-in "
              "ones; later entries win");
}

void AddActorsOption(Command command, std::vector<std::string>* paths) {
  command.Add("--actors", paths,
              "Actor dictionaries (name, type, aliases, codes separated by tabs, as "
              "data/lexicon/actors.tsv) read after the built-in one; later entries win");
}

}  // namespace kg::cli
