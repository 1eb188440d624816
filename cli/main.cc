// kg: build, query and export a knowledge graph from news text.
//
// Wires the libraries together: each subcommand lives in its own cmd_*.cc file.
#include <CLI/CLI.hpp>
#include <cstdlib>
#include <iostream>

#include "cli_support.h"

int main(int argc, char** argv) {
  using namespace kg::cli;
  CLI::App app{"kg: build a knowledge graph from news articles, then query and export it"};
  app.name("kg");
  app.set_version_flag("--version", std::string("kg ") + KG_VERSION);
  app.require_subcommand(1);
  app.fallthrough();

  GlobalOptions globals;
  const char* env_db = std::getenv("KG_DB");
  globals.db_path = env_db != nullptr && *env_db != '\0' ? env_db : "./kg.db";
  app.add_option("--db", globals.db_path, "Database directory (default ./kg.db, or $KG_DB)");
  app.add_flag("--json", globals.json, "Machine-readable output: one JSON object per line");

  const Command kg_command(&app);
  AddIngestCommand(kg_command, globals);
  AddStatsCommand(kg_command, globals);
  AddNeighborsCommand(kg_command, globals);
  AddExportCommand(kg_command, globals);
  AddCheckCommand(kg_command, globals);
  AddDocsCommand(kg_command, globals);
  AddBackupCommand(kg_command, globals);
  AddEntityCommand(kg_command, globals);
  AddAliasCommand(kg_command, globals);
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

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    const std::vector<std::string> unparsed = app.remaining();
    if (app.get_subcommands().empty() && !unparsed.empty()) {
      std::cerr << "kg: unknown command '" << unparsed.front() << "' (see 'kg --help')\n";
    } else {
      std::cerr << "kg: " << e.what() << " (see 'kg --help')\n";
    }
    return 2;
  } catch (const CliError& e) {
    std::cerr << "kg: " << e.what() << "\n";
    return e.exit_code();
  }
  return 0;
}
