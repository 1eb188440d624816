// Shared plumbing for kg's subcommands: global options, errors, store access, output.
//
// Subcommands report failure by throwing CliError; main() prints its one-line message prefixed
// with "kg: " to stderr and exits with its code. This is the only place kg uses exceptions.
#pragma once

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "command.h"
#include "kg/status.h"
#include "kg/store.h"

namespace kg::cli {

struct GlobalOptions {
  std::string db_path;  // --db, else $KG_DB, else ./kg.db
  bool json = false;    // --json: one JSON object per line on stdout
};

class CliError : public std::runtime_error {
 public:
  CliError(const std::string& message, int exit_code = 1)
      : std::runtime_error(message), exit_code_(exit_code) {}
  int exit_code() const { return exit_code_; }

 private:
  int exit_code_;
};

// Throws CliError with the status's message when it is not ok.
void ThrowIfError(const Status& status);

template <typename T>
T ValueOrThrow(Result<T> result) {
  ThrowIfError(result.status());
  return std::move(result).value();
}

std::unique_ptr<Store> OpenStore(const GlobalOptions& globals, bool read_only);

// The entity named `name` (canonical name or alias, any case, or #ID); throws CliError if none
// matches (suggesting close names) or several do (listing them).
EntityRecord ResolveEntity(const Store& store, const std::string& name);

// One line (or JSON object) describing the entity on stdout.
void PrintEntity(const EntityRecord& entity, const GlobalOptions& globals);

// Each subcommand registers itself on `app`, the kg command; its action runs it.
void AddIngestCommand(Command app, const GlobalOptions& globals);
void AddStatsCommand(Command app, const GlobalOptions& globals);
void AddNeighborsCommand(Command app, const GlobalOptions& globals);
void AddExportCommand(Command app, const GlobalOptions& globals);
void AddCheckCommand(Command app, const GlobalOptions& globals);
void AddDocsCommand(Command app, const GlobalOptions& globals);
void AddBackupCommand(Command app, const GlobalOptions& globals);
void AddEntityCommand(Command app, const GlobalOptions& globals);
void AddAliasCommand(Command app, const GlobalOptions& globals);
void AddUndoCommand(Command app, const GlobalOptions& globals);
void AddExtractCommand(Command app, const GlobalOptions& globals);
void AddEvalCommand(Command app, const GlobalOptions& globals);
void AddEvalNerCommand(Command app, const GlobalOptions& globals);
void AddImportCommand(Command app, const GlobalOptions& globals);
void AddTrainCommand(Command app, const GlobalOptions& globals);
void AddTrainNerCommand(Command train);
void AddServeCommand(Command app, const GlobalOptions& globals);  // kg train ner, in cmd_train_ner.cc
void AddParseCommand(Command app, const GlobalOptions& globals);
void AddEvaluateSyntaxCommand(Command app, const GlobalOptions& globals);
void AddPathCommand(Command app, const GlobalOptions& globals);
void AddEdgesCommand(Command app, const GlobalOptions& globals);
void AddExplainCommand(Command app, const GlobalOptions& globals);
void AddRankCommand(Command app, const GlobalOptions& globals);
void AddComponentsCommand(Command app, const GlobalOptions& globals);
void AddQueryCommand(Command app, const GlobalOptions& globals);

// Adds --aliases FILE...: alias tables read after the built-in ones
// (ExtractorOptions::alias_paths).
void AddAliasesOption(Command command, std::vector<std::string>* paths);
// Adds --actors FILE...: actor dictionaries read after data/lexicon/actors.tsv
// (ExtractorOptions::actor_paths).
void AddActorsOption(Command command, std::vector<std::string>* paths);

}  // namespace kg::cli
