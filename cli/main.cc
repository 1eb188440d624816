// kg: build, query and export a knowledge graph from news text.
//
// Wires the libraries together: each subcommand lives in its own cmd_*.cc file.
#include <cstdlib>
#include <string>

#include "cli_support.h"
#include "command.h"

int main(int argc, char** argv) {
  using namespace kg::cli;
  CommandLine command_line(
      "kg", "kg: build a knowledge graph from news articles, then query and export it",
      std::string("kg ") + KG_VERSION);
  Command kg_command = command_line.Root();

  GlobalOptions globals;
  const char* env_db = std::getenv("KG_DB");
  globals.db_path = env_db != nullptr && *env_db != '\0' ? env_db : "./kg.db";
  kg_command.Add("--db", &globals.db_path, "Database directory (default ./kg.db, or $KG_DB)");
  kg_command.Flag("--json", &globals.json, "Machine-readable output: one JSON object per line");

  AddIngestCommand(kg_command, globals);
  AddStatsCommand(kg_command, globals);
  AddNeighborsCommand(kg_command, globals);
  AddExportCommand(kg_command, globals);
  AddCheckCommand(kg_command, globals);
  AddDocsCommand(kg_command, globals);
  AddBackupCommand(kg_command, globals);
  AddEntityCommand(kg_command, globals);
  AddAliasCommand(kg_command, globals);
  AddUndoCommand(kg_command, globals);
  AddExtractCommand(kg_command, globals);
  AddEvalCommand(kg_command, globals);
  AddEvalNerCommand(kg_command, globals);
  AddImportCommand(kg_command, globals);
  AddTrainCommand(kg_command, globals);
  AddParseCommand(kg_command, globals);
  AddEvaluateSyntaxCommand(kg_command, globals);
  AddPathCommand(kg_command, globals);
  AddEdgesCommand(kg_command, globals);
  AddExplainCommand(kg_command, globals);
  AddRankCommand(kg_command, globals);
  AddComponentsCommand(kg_command, globals);
  AddQueryCommand(kg_command, globals);
  AddServeCommand(kg_command, globals);

  return command_line.Run(argc, argv);
}
