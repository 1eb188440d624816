// kg docs: the stored documents, in id order, with their date and evidence count.
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli_support.h"

namespace kg::cli {

void AddDocsCommand(Command app, const GlobalOptions& globals) {
  Command command = app.Subcommand("docs", "List the stored documents");
  command.OnRun([&globals] {
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
