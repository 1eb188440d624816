// kg undo: revert the last curation (merge, rename, alias add or remove, docs remove) in one
// write, from the journal the store keeps of each (store/journal.h).
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli_support.h"

namespace kg::cli {

void AddUndoCommand(Command app, const GlobalOptions& globals) {
  Command command = app.Subcommand("undo", "Revert the last curation command");
  command.OnRun([&globals] {
    const std::unique_ptr<Store> store = OpenStore(globals, /*read_only=*/false);
    const std::string undone = ValueOrThrow(store->Undo());
    if (globals.json) {
      std::cout << nlohmann::json{{"undone", undone}}.dump() << "\n";
    } else {
      std::cerr << "undid: " << undone << "\n";
    }
  });
}

}  // namespace kg::cli
