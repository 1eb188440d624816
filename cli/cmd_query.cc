// kg query 'MATCH ... RETURN ...': a read-only subset of Cypher (see docs/queries.md).
#include <iostream>

#include "cli_support.h"
#include "graph_options.h"
#include "kg/graph_records.h"
#include "kg/query_executor.h"
#include "kg/query_parser.h"
#include "kg/query_plan.h"
#include "record_printer.h"

namespace kg::cli {
namespace {

struct QueryOptions {
  std::string text;
  bool explain = false;
  std::vector<std::string> modalities;
};

[[noreturn]] void ThrowQueryError(const std::string& text, const Status& error,
                                  std::size_t offset) {
  const bool bad_query = error.code() == Status::Code::kInvalidArgument;
  throw CliError((bad_query ? "bad query: " : "") + query::FormatQueryError(text, error, offset));
}

void RunQuery(const QueryOptions& options, const GlobalOptions& globals) {
  std::size_t error_offset = 0;
  Result<query::Query> parsed = query::ParseQuery(options.text, &error_offset);
  if (!parsed.ok()) ThrowQueryError(options.text, parsed.status(), error_offset);
  const std::unique_ptr<Store> store = OpenStore(globals, /*read_only=*/true);
  const RelationCatalog catalog = LoadCatalog(*store);
  const Result<query::Plan> planned =
      query::PlanQuery(std::move(parsed).value(), *store, catalog, &error_offset,
                       ParseModalityFlag(options.modalities));
  if (!planned.ok()) ThrowQueryError(options.text, planned.status(), error_offset);
  const query::Plan& plan = *planned;
  if (options.explain) {
    if (globals.json) {
      std::cout << nlohmann::json{{"plan", query::DescribePlan(plan)}}.dump() << "\n";
    } else {
      std::cout << query::DescribePlan(plan);
    }
    return;
  }
  const query::Table table = ValueOrThrow(query::ExecuteQuery(plan, *store, catalog));
  RecordPrinter printer(globals.json, table.columns);
  for (const std::vector<query::Value>& row : table.rows) {
    std::vector<std::string> cells;
    for (const query::Value& value : row)
      cells.push_back(query::ValueText(value));
    printer.Add(std::move(cells), QueryRowJson(table.columns, row));
  }
  printer.Finish("no matches");
}

}  // namespace

void AddQueryCommand(Command app, const GlobalOptions& globals) {
  auto options = std::make_shared<QueryOptions>();
  Command command = app.Subcommand(
      "query", "Run a read-only Cypher-style query: MATCH ... WHERE ... RETURN ... LIMIT n");
  command.Add("query", &options->text, "The query (see docs/queries.md)").Required();
  command.Flag("--explain", &options->explain, "Print the plan instead of running it");
  AddModalityFlag(command, &options->modalities);
  command.OnRun([options, &globals] { RunQuery(*options, globals); });
}

}  // namespace kg::cli
