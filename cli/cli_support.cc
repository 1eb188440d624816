#include "cli_support.h"

#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "kg/extractor.h"

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
  if (name.size() > 1 && name[0] == '#' &&
      name.find_first_not_of("0123456789", 1) == std::string::npos) {
    return ValueOrThrow(store.GetEntity(std::stoull(name.substr(1))));
  }
  std::vector<EntityRecord> matches = ValueOrThrow(store.FindEntities(name));
  if (matches.empty()) throw CliError("no entity named '" + name + "'");
  if (matches.size() > 1) {
    std::string candidates;
    for (const EntityRecord& entity : matches) {
      candidates += (candidates.empty() ? "" : ", ") + entity.name + " (" +
                    std::string(EntityTypeName(entity.type)) + ", #" + std::to_string(entity.id) +
                    ")";
    }
    throw CliError("'" + name + "' is ambiguous: " + candidates + "; name one by its #id");
  }
  return matches.front();
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

syntax::Analyzer LoadAnalyzer(const std::string& models) {
  const std::string dir = models.empty() ? DefaultDataDir() + "/models" : models;
  syntax::Analyzer analyzer = ValueOrThrow(syntax::Analyzer::Load(dir));
  if (!analyzer.wordnet_status().ok()) {
    std::cerr << "kg: warning: " << analyzer.wordnet_status().message() << "\n";
  }
  return analyzer;
}

}  // namespace kg::cli
