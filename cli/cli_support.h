// Shared plumbing for kg's subcommands: global options, errors, store access, output.
//
// Subcommands report failure by throwing CliError; main() prints its one-line message prefixed
// with "kg: " to stderr and exits with its code. This is the only place kg uses exceptions.
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

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

// Each subcommand registers itself on the app; its callback runs the command.
void AddIngestCommand(CLI::App& app, const GlobalOptions& globals);
void AddStatsCommand(CLI::App& app, const GlobalOptions& globals);
void AddNeighborsCommand(CLI::App& app, const GlobalOptions& globals);
void AddExportCommand(CLI::App& app, const GlobalOptions& globals);
void AddCheckCommand(CLI::App& app, const GlobalOptions& globals);
void AddDocsCommand(CLI::App& app, const GlobalOptions& globals);
void AddBackupCommand(CLI::App& app, const GlobalOptions& globals);
void AddEntityCommand(CLI::App& app, const GlobalOptions& globals);
void AddAliasCommand(CLI::App& app, const GlobalOptions& globals);
void AddExtractCommand(CLI::App& app, const GlobalOptions& globals);
void AddEvalCommand(CLI::App& app, const GlobalOptions& globals);
void AddEvalNerCommand(CLI::App& app, const GlobalOptions& globals);
void AddImportCommand(CLI::App& app, const GlobalOptions& globals);
void AddTrainCommand(CLI::App& app, const GlobalOptions& globals);
void AddParseCommand(CLI::App& app, const GlobalOptions& globals);
void AddEvaluateSyntaxCommand(CLI::App& app, const GlobalOptions& globals);
void AddPathCommand(CLI::App& app, const GlobalOptions& globals);
void AddEdgesCommand(CLI::App& app, const GlobalOptions& globals);
void AddExplainCommand(CLI::App& app, const GlobalOptions& globals);
void AddRankCommand(CLI::App& app, const GlobalOptions& globals);
void AddComponentsCommand(CLI::App& app, const GlobalOptions& globals);
void AddQueryCommand(CLI::App& app, const GlobalOptions& globals);

// Adds --aliases FILE...: alias tables read after the built-in ones
// (ExtractorOptions::alias_paths).
void AddAliasesOption(CLI::App* command, std::vector<std::string>* paths);

}  // namespace kg::cli
