// kg entity NAME: one entity's profile (type, aliases, mentions, dates, degree per relation, top
// neighbours and its strongest evidence). kg entity merge A B | rename NAME NEW: curate entities;
// each change is one atomic write. An entity named like a subcommand is shown by its #ID.
#include <unistd.h>

#include <iostream>

#include "cli_support.h"
#include "graph_options.h"
#include "kg/entity_profile.h"
#include "kg/fact_json.h"
#include "kg/graph_records.h"
#include "record_printer.h"

namespace kg::cli {
namespace {

struct MergeOptions {
  std::string into;
  std::string from;
  bool yes = false;
};

struct EntityOptions {
  std::string name;
  std::size_t neighbors = 10;
  std::size_t evidence = 5;
  std::vector<std::string> modalities;
};

std::string Joined(const std::vector<std::string>& items) {
  std::string text;
  for (const std::string& item : items)
    text += (text.empty() ? "" : ", ") + item;
  return text;
}

void PrintProfileTable(const EntityProfile& profile, EntityNames& names) {
  const EntityRecord& entity = profile.entity;
  std::cout << entity.name << " (" << EntityTypeName(entity.type) << ", #" << entity.id << ")\n";
  PrintAligned({"", ""},
               {{"aliases", Joined(entity.aliases)},
                {"mentions", std::to_string(entity.mention_count)},
                {"first seen", entity.first_seen},
                {"last seen", entity.last_seen}},
               std::cout);
  if (profile.degrees.empty()) {
    std::cout << "\nno relations\n";
    return;
  }
  std::vector<std::vector<std::string>> rows;
  for (const RelationDegree& degree : profile.degrees) {
    rows.push_back({degree.relation, std::to_string(degree.out), std::to_string(degree.in),
                    std::to_string(degree.undirected), std::to_string(degree.evidence)});
  }
  std::cout << "\n";
  PrintAligned({"relation", "out", "in", "undirected", "evidence"}, rows, std::cout);
  rows.clear();
  for (const NeighborSummary& neighbor : profile.neighbors) {
    const EntityRecord& record = names.Get(neighbor.id);
    rows.push_back({record.name, std::string(EntityTypeName(record.type)),
                    std::to_string(neighbor.evidence), Joined(neighbor.relations)});
  }
  // --neighbors 0 and --evidence 0 leave their sections out.
  if (!rows.empty()) {
    std::cout << "\n";
    PrintAligned({"neighbor", "type", "evidence", "relations"}, rows, std::cout);
  }
  rows.clear();
  for (const EvidenceSample& sample : profile.evidence) {
    const Step& step = sample.step;
    const std::string arrow = step.orientation == Orientation::kUndirected
                                  ? " -" + step.edge.relation + "- "
                                  : " -" + step.edge.relation + "-> ";
    rows.push_back({names.Name(step.edge.source) + arrow + names.Name(step.edge.target),
                    sample.evidence.date, sample.evidence.doc_id, sample.evidence.modality,
                    sample.evidence.text});
  }
  if (!rows.empty()) {
    std::cout << "\n";
    PrintAligned({"edge", "date", "document", "modality", "evidence"}, rows, std::cout);
  }
}

// What merging `from` into `into` will do, in one line.
std::string MergePlan(const Store& store, const EntityRecord& into, const EntityRecord& from) {
  std::uint64_t moved = 0;
  std::uint64_t dropped = 0;
  std::uint64_t dropped_evidence = 0;
  ThrowIfError(store.ForEachEdgeOf(from.id, Direction::kBoth, [&](const EdgeRecord& edge) {
    if (edge.source == into.id || edge.target == into.id) {
      ++dropped;
      dropped_evidence += edge.count;
    } else {
      ++moved;
    }
    return true;
  }));
  return "merge " + from.name + " (" + std::string(EntityTypeName(from.type)) + ", #" +
         std::to_string(from.id) + ", " + std::to_string(from.mention_count) + " mentions) into " +
         into.name + " (" + std::string(EntityTypeName(into.type)) + ", #" +
         std::to_string(into.id) + "): " + std::to_string(moved) + " edges move, " +
         std::to_string(dropped) + " edges between them are dropped with " +
         std::to_string(dropped_evidence) + " pieces of evidence";
}

// Asks on the terminal whether to go on; refuses without one (scripts pass --yes).
void Confirm(const std::string& plan) {
  if (isatty(STDIN_FILENO) == 0)
    throw CliError(plan + "; not merged: pass --yes to merge without a terminal to ask on");
  std::cerr << plan << ".\nMerge? (kg undo reverts it) [y/N] ";
  std::string answer;
  std::getline(std::cin, answer);
  if (answer != "y" && answer != "yes") throw CliError("not merged");
}

void RunEntity(const EntityOptions& options, const GlobalOptions& globals) {
  const std::unique_ptr<Store> store = OpenStore(globals, /*read_only=*/true);
  const RelationCatalog catalog = LoadCatalog(*store);
  const EntityRecord entity = ResolveEntity(*store, options.name);
  ProfileOptions profile_options;
  profile_options.neighbors = options.neighbors;
  profile_options.evidence = options.evidence;
  profile_options.modalities = ParseModalityFlag(options.modalities);
  const EntityProfile profile =
      ValueOrThrow(ProfileEntity(*store, catalog, entity, profile_options));
  EntityNames names(*store);
  if (globals.json) {
    std::cout << JsonLine(ProfileJson(profile, names.Lookup())) << "\n";
  } else {
    PrintProfileTable(profile, names);
  }
}

}  // namespace

void AddEntityCommand(Command app, const GlobalOptions& globals) {
  auto options = std::make_shared<EntityOptions>();
  Command command = app.Subcommand(
      "entity",
      "Show an entity (type, aliases, mentions, relations, neighbours, evidence), or "
      "curate entities: merge, rename");
  command.Add("name", &options->name, "Canonical name, alias or #ID of the entity");
  command.Add("--neighbors", &options->neighbors, "Show the top N neighbours (default 10)");
  command.Add("--evidence", &options->evidence,
              "Show the strongest evidence of the top N edges (default 5)");
  AddModalityFlag(command, &options->modalities);
  command.OnRun([command, options, &globals] {
    if (command.SubcommandGiven()) return;  // merge or rename ran instead
    if (options->name.empty()) throw CliError("kg entity needs a NAME, or merge or rename");
    RunEntity(*options, globals);
  });

  auto merge = std::make_shared<MergeOptions>();
  Command merge_command = command.Subcommand(
      "merge",
      "Merge entity B into entity A: B's names, edges and evidence become A's (asks first)");
  merge_command.Add("a", &merge->into, "The entity that remains (name, alias or #id)").Required();
  merge_command.Add("b", &merge->from, "The entity merged into it").Required();
  merge_command.Flag("--yes", &merge->yes, "Merge without asking");
  merge_command.OnRun([merge, &globals] {
    const std::unique_ptr<Store> store = OpenStore(globals, /*read_only=*/false);
    const EntityRecord into = ResolveEntity(*store, merge->into);
    const EntityRecord from = ResolveEntity(*store, merge->from);
    if (into.id == from.id) throw CliError("'" + merge->from + "' is " + into.name + " itself");
    if (!merge->yes) Confirm(MergePlan(*store, into, from));
    PrintEntity(ValueOrThrow(store->MergeEntities(into.id, from.id)), globals);
  });

  auto rename = std::make_shared<std::pair<std::string, std::string>>();
  Command rename_command = command.Subcommand(
      "rename", "Give an entity a new canonical name; the old one stays as an alias");
  rename_command.Add("name", &rename->first, "The entity (name, alias or #id)").Required();
  rename_command.Add("new_name", &rename->second, "Its new canonical name").Required();
  rename_command.OnRun([rename, &globals] {
    const std::unique_ptr<Store> store = OpenStore(globals, /*read_only=*/false);
    const EntityRecord entity = ResolveEntity(*store, rename->first);
    PrintEntity(ValueOrThrow(store->RenameEntity(entity.id, rename->second)), globals);
  });
}

}  // namespace kg::cli
