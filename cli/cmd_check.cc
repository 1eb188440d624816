// kg check [--repair]: verify the database's invariants, one line per violation.
//
// Without --repair the database is opened read-only, so a check may run during an ingest and
// sees it as of one moment. --repair first salvages files RocksDB cannot open, upgrades an older
// schema and recomputes the totals, then checks what is left. --duplicates lists the entities
// that are likely one (kg/likely_duplicates.h) for curation instead.
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli_support.h"
#include "kg/likely_duplicates.h"
#include "record_printer.h"

namespace kg::cli {
namespace {

std::unique_ptr<Store> OpenForRepair(const GlobalOptions& globals) {
  StoreOptions options;
  options.create_if_missing = false;
  Result<std::unique_ptr<Store>> store = Store::Open(globals.db_path, options);
  if (!store.ok() && store.status().code() == Status::Code::kCorruption) {
    std::cerr << "repairing damaged files of " << globals.db_path << "\n";
    ThrowIfError(Store::Repair(globals.db_path));
    store = Store::Open(globals.db_path, options);
  }
  return ValueOrThrow(std::move(store));
}

void ListDuplicates(const GlobalOptions& globals) {
  const std::unique_ptr<Store> store = OpenStore(globals, /*read_only=*/true);
  RecordPrinter printer(globals.json, {"first", "second", "why"});
  for (const LikelyDuplicate& pair : ValueOrThrow(FindLikelyDuplicates(*store))) {
    auto label = [](const EntityRecord& entity) {
      return entity.name + " (" + std::string(EntityTypeName(entity.type)) + ", #" +
             std::to_string(entity.id) + ")";
    };
    printer.Add({label(pair.first), label(pair.second), pair.reason},
                {{"first", pair.first.id},
                 {"first_name", pair.first.name},
                 {"second", pair.second.id},
                 {"second_name", pair.second.name},
                 {"why", pair.reason}});
  }
  printer.Finish("no likely duplicates");
}

void RunCheck(bool repair, const GlobalOptions& globals) {
  std::unique_ptr<Store> store =
      repair ? OpenForRepair(globals) : OpenStore(globals, /*read_only=*/true);
  if (repair) ThrowIfError(store->RecountTotals());
  const CheckSummary summary = ValueOrThrow(store->Check([&](const std::string& violation) {
    if (globals.json) {
      std::cout << nlohmann::json{{"violation", violation}}.dump(
                       -1, ' ', false, nlohmann::json::error_handler_t::replace)
                << "\n";
    } else {
      std::cout << violation << "\n";
    }
  }));
  const std::string result = "checked " + std::to_string(summary.records) + " records of " +
                             globals.db_path + ": " + std::to_string(summary.violations) +
                             " violations";
  if (globals.json) {
    std::cout
        << nlohmann::json{{"records", summary.records}, {"violations", summary.violations}}.dump()
        << "\n";
  }
  if (summary.violations > 0) throw CliError(result);
  if (!globals.json) std::cout << result << "\n";
}

}  // namespace

void AddCheckCommand(Command app, const GlobalOptions& globals) {
  auto repair = std::make_shared<bool>(false);
  auto duplicates = std::make_shared<bool>(false);
  Command command = app.Subcommand(
      "check", "Verify the database's invariants; exits non-zero if any is violated");
  command.Flag("--repair", repair.get(),
               "Salvage damaged files, upgrade an older schema and recount totals first");
  command.Flag("--duplicates", duplicates.get(),
               "List the entities that are likely one (a shared name, a surname and its full "
               "name) for curation, instead of checking");
  command.OnRun([repair, duplicates, &globals] {
    if (*duplicates) {
      ListDuplicates(globals);
    } else {
      RunCheck(*repair, globals);
    }
  });
}

}  // namespace kg::cli
