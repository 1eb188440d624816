// kg docs: the stored documents, in id order, with their date and evidence count.
// kg docs remove ID: delete a document's evidence and the edges left without any (journalled).
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli_support.h"

namespace kg::cli {

void AddDocsCommand(Command app, const GlobalOptions& globals) {
  Command command = app.Subcommand("docs", "List the stored documents, or remove one");
  auto removed = std::make_shared<std::string>();
  Command remove = command.Subcommand(
      "remove", "Delete a document: its evidence, and the edges left without evidence");
  remove.Add("id", removed.get(), "The document id (as kg docs lists it)").Required();
  remove.OnRun([removed, &globals] {
    const std::unique_ptr<Store> store = OpenStore(globals, /*read_only=*/false);
    const std::uint64_t evidence = ValueOrThrow(store->RemoveDocument(*removed));
    if (globals.json) {
      std::cout << nlohmann::json{{"removed", *removed}, {"evidence", evidence}}.dump() << "\n";
    } else {
      std::cerr << "removed document " << *removed << " and its " << evidence
                << " pieces of evidence\n";
    }
  });
  command.OnRun([command, &globals] {
    if (command.SubcommandGiven()) return;  // remove ran instead
    const std::unique_ptr<Store> store = OpenStore(globals, /*read_only=*/true);
    ThrowIfError(store->ForEachDocument([&](const DocumentRecord& document) {
      if (globals.json) {
        std::cout << nlohmann::json{{"id", document.id},
                                    {"date", document.date},
                                    {"evidence", document.evidence},
                                    {"entities", document.entities}}
                         .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
                  << "\n";
      } else {
        std::cout << document.id << "  " << (document.date.empty() ? "-" : document.date) << "  "
                  << document.evidence << " evidence\n";
      }
      return true;
    }));
  });
}

}  // namespace kg::cli
