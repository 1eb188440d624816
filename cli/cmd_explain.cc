// kg explain A REL B: every piece of evidence for one edge, with document, dates, modality and
// the contract's qualifiers (source, agent, location). JSON lines use the contract's field names:
// subj, rel, obj, and source for who the statement is attributed to.
#include <algorithm>
#include <iostream>
#include <tuple>

#include "cli_support.h"
#include "graph_options.h"
#include "record_printer.h"

namespace kg::cli {
namespace {

struct ExplainOptions {
  std::string subject;
  std::string relation;
  std::string object;
};

// The stored edge for `subject` REL `object` (either way round for a symmetric relation), whatever
// its evidence says: explain shows every piece with its modality.
std::optional<EdgeRecord> FindEdge(const Store& store, const RelationCatalog& catalog,
                                   EntityId subject, const std::string& relation, EntityId object) {
  GraphFilter filter;
  filter.relations.insert(relation);
  filter.modalities = AllModalities();
  std::optional<EdgeRecord> found;
  ThrowIfError(ForEachStep(store, catalog, filter, subject, Direction::kOut, [&](const Step& step) {
    if (step.to == object) found = step.edge;
    return !found;
  }));
  return found;
}

nlohmann::json NullIfEmpty(const std::string& text) {
  return text.empty() ? nlohmann::json(nullptr) : nlohmann::json(text);
}

void RunExplain(const ExplainOptions& options, const GlobalOptions& globals) {
  const std::unique_ptr<Store> store = OpenStore(globals, /*read_only=*/true);
  const RelationCatalog catalog = LoadCatalog(*store);
  const EntityRecord subject = ResolveEntity(*store, options.subject);
  ThrowIfError(catalog.CheckKnown(options.relation));
  const EntityRecord object = ResolveEntity(*store, options.object);
  const std::optional<EdgeRecord> edge =
      FindEdge(*store, catalog, subject.id, options.relation, object.id);

  std::vector<EvidenceRecord> evidence;
  if (edge) {
    ThrowIfError(store->ForEachEvidence(*edge, [&](const EvidenceRecord& record) {
      evidence.push_back(record);
      return true;
    }));
  }
  std::sort(evidence.begin(), evidence.end(), [](const EvidenceRecord& a, const EvidenceRecord& b) {
    return std::tie(a.date, a.doc_id, a.sentence) < std::tie(b.date, b.doc_id, b.sentence);
  });
  RecordPrinter printer(globals.json, {"date", "document", "sentence", "modality", "source",
                                       "agent", "location", "trigger", "evidence"});
  for (const EvidenceRecord& record : evidence) {
    printer.Add({record.date, record.doc_id, std::to_string(record.sentence), record.modality,
                 record.source, record.agent, record.location, record.trigger, record.text},
                {{"subj", subject.name},
                 {"rel", options.relation},
                 {"obj", object.name},
                 {"doc", record.doc_id},
                 {"date", record.date},
                 {"published", record.published},
                 {"sentence", record.sentence},
                 {"modality", record.modality},
                 {"source", NullIfEmpty(record.source)},
                 {"agent", NullIfEmpty(record.agent)},
                 {"location", NullIfEmpty(record.location)},
                 {"trigger", record.trigger},
                 {"subject_mention", record.subject_mention},
                 {"object_mention", record.object_mention},
                 {"text", record.text}});
  }
  std::string note =
      "no evidence that " + subject.name + " " + options.relation + " " + object.name;
  if (!edge && FindEdge(*store, catalog, object.id, options.relation, subject.id)) {
    note += " (but there is for " + object.name + " " + options.relation + " " + subject.name + ")";
  }
  printer.Finish(note);
}

}  // namespace

void AddExplainCommand(Command app, const GlobalOptions& globals) {
  auto options = std::make_shared<ExplainOptions>();
  Command command = app.Subcommand("explain", "Show every piece of evidence for one edge: A REL B");
  command.Add("subject", &options->subject, "The edge's source (name, alias or #ID)").Required();
  command.Add("relation", &options->relation, "The relation, e.g. accused").Required();
  command.Add("object", &options->object, "The edge's target (name, alias or #ID)").Required();
  command.OnRun([options, &globals] { RunExplain(*options, globals); });
}

}  // namespace kg::cli
