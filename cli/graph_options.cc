#include "graph_options.h"

#include <algorithm>
#include <cctype>

#include "cli_support.h"
#include "kg/extractor.h"

namespace kg::cli {

RelationCatalog LoadCatalog(const Store& store) {
  return ValueOrThrow(RelationCatalog::Load(store, DefaultDataDir() + "/lexicon/relations.json"));
}

void AddModalityFlag(Command command, std::vector<std::string>* modalities) {
  command
      .Add("--modality", modalities,
           "Only evidence with these modalities (comma-separated: asserted, reported, claimed, "
           "planned, attempted, conditional, negated; or all). Default: asserted, reported, "
           "claimed")
      .SplitOn(',');
}

ModalitySet ParseModalityFlag(const std::vector<std::string>& modalities) {
  return ValueOrThrow(ParseModalities(modalities));
}

void AddFilterFlags(Command command, FilterFlags* flags) {
  command.Add("--rel", &flags->relations, "Only these relations (comma-separated)").SplitOn(',');
  command.Add("--since", &flags->since,
              "Only evidence dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)");
  command.Add("--until", &flags->until, "Only evidence dated on or before DATE (inclusive)");
  AddModalityFlag(command, &flags->modalities);
  command.Add("--min-count", &flags->min_count,
              "Only edges with at least K pieces of evidence in all");
}

GraphFilter MakeGraphFilter(const FilterFlags& flags, const RelationCatalog& catalog) {
  GraphFilter filter;
  for (const std::string& relation : flags.relations) {
    ThrowIfError(catalog.CheckKnown(relation));
    filter.relations.insert(relation);
  }
  filter.modalities = ParseModalityFlag(flags.modalities);
  filter.since = flags.since;
  filter.until = flags.until;
  filter.min_count = flags.min_count;
  ThrowIfError(filter.Check());
  return filter;
}

std::set<EntityType> ParseTypeNames(const std::vector<std::string>& names) {
  std::set<EntityType> types;
  for (const std::string& name : names) {
    std::string upper = name;
    std::transform(upper.begin(), upper.end(), upper.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    EntityType type;
    if (!ParseEntityType(upper, &type))
      throw CliError("unknown entity type '" + name + "' (PERSON, GPE, ORG or LOC)");
    types.insert(type);
  }
  return types;
}

void AddDirectionFlag(Command command, std::string* direction) {
  command.Add("--dir", direction, "Follow edges out of, into, or both ways (default)")
      .OneOf({"out", "in", "both"})
      .ShowDefault();
}

Direction ParseDirection(const std::string& direction) {
  if (direction == "out") return Direction::kOut;
  if (direction == "in") return Direction::kIn;
  return Direction::kBoth;
}

std::string RelationArrow(const Step& step) {
  switch (step.orientation) {
    case Orientation::kOut:
      return "-" + step.edge.relation + "->";
    case Orientation::kIn:
      return "<-" + step.edge.relation + "-";
    case Orientation::kUndirected:
      break;
  }
  return "-" + step.edge.relation + "-";
}

std::string ModalityCell(const std::vector<std::string>& modalities) {
  std::string cell;
  for (const std::string& modality : modalities)
    cell += (cell.empty() ? "" : ",") + modality;
  return cell;
}

const EntityRecord& EntityNames::Get(EntityId id) {
  auto it = entities_.find(id);
  if (it == entities_.end()) it = entities_.emplace(id, ValueOrThrow(store_.GetEntity(id))).first;
  return it->second;
}

}  // namespace kg::cli
