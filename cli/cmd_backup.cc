// kg backup DIR: a consistent copy of the database (a RocksDB checkpoint, hard-linked where the
// file system allows), usable as a database directory with --db DIR.
#include <iostream>

#include "cli_support.h"

namespace kg::cli {

void AddBackupCommand(Command app, const GlobalOptions& globals) {
  auto directory = std::make_shared<std::string>();
  Command command = app.Subcommand("backup", "Copy the database to a new directory");
  command.Add("directory", directory.get(), "Where to write the copy (must not exist)").Required();
  command.OnRun([directory, &globals] {
    const std::unique_ptr<Store> store = OpenStore(globals, /*read_only=*/true);
    ThrowIfError(store->Backup(*directory));
    if (!globals.json) std::cerr << "backed up " << globals.db_path << " to " << *directory << "\n";
  });
}

}  // namespace kg::cli
