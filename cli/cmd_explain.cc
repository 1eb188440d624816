// kg explain A REL B: every piece of evidence for one edge, with document, dates, modality and
// the contract's qualifiers (source, agent, location). JSON lines use the contract's field names:
// subj, rel, obj, and source for who the statement is attributed to.
#include <iostream>

#include "cli_support.h"
#include "graph_options.h"
#include "kg/edge_listing.h"
#include "kg/graph_records.h"
#include "record_printer.h"

namespace kg::cli {
namespace {

struct ExplainOptions {
  std::string subject;
  std::string relation;
  std::string object;
};

void RunExplain(const ExplainOptions& options, const GlobalOptions& globals) {
  const std::unique_ptr<Store> store = OpenStore(globals, /*read_only=*/true);
  const RelationCatalog catalog = LoadCatalog(*store);
  const EntityRecord subject = ResolveEntity(*store, options.subject);
  ThrowIfError(catalog.CheckKnown(options.relation));
  const EntityRecord object = ResolveEntity(*store, options.object);
  const std::optional<EdgeRecord> edge =
      ValueOrThrow(FindEdge(*store, catalog, subject.id, options.relation, object.id));
  const std::vector<EvidenceRecord> evidence =
      edge ? ValueOrThrow(EvidenceOf(*store, *edge)) : std::vector<EvidenceRecord>{};
  RecordPrinter printer(globals.json, {"date", "document", "sentence", "modality", "source",
                                       "agent", "location", "trigger", "evidence"});
  for (const EvidenceRecord& record : evidence) {
    printer.Add({record.date, record.doc_id, std::to_string(record.sentence), record.modality,
                 record.source, record.agent, record.location, record.trigger, record.text},
                ExplainJson(subject.name, options.relation, object.name, record));
  }
  std::string note =
      "no evidence that " + subject.name + " " + options.relation + " " + object.name;
  if (!edge && ValueOrThrow(FindEdge(*store, catalog, object.id, options.relation, subject.id))) {
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
