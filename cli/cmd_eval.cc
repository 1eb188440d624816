// kg eval --gold PATH --docs FILE...: score extraction against gold annotations.
#include <fmt/format.h>

#include <iostream>
#include <set>

#include "cli_support.h"
#include "kg/document_source.h"
#include "kg/evaluation.h"
#include "kg/extractor.h"
#include "kg/fact_json.h"

namespace kg::cli {
namespace {

struct EvalOptions {
  std::string gold;
  std::vector<std::string> docs;
  std::string lexicon;
  std::vector<std::string> aliases;
  std::vector<std::string> actors;
  bool quiet = false;
};

nlohmann::json ScoreJson(const RelationScore& score) {
  return {{"predicted", score.predicted},
          {"correct", score.correct},
          {"required", score.required},
          {"found", score.found},
          {"precision", Precision(score)},
          {"recall", Recall(score)},
          {"f1", F1(score)}};
}

nlohmann::json FactListJson(const std::vector<ScoredFact>& facts) {
  nlohmann::json list = nlohmann::json::array();
  for (const ScoredFact& f : facts) {
    list.push_back({{"doc", f.doc},
                    {"subj", f.subject},
                    {"rel", f.relation},
                    {"obj", f.object},
                    {"modality", f.modality},
                    {"expected_modality", f.expected_modality},
                    {"text", f.evidence}});
  }
  return list;
}

double Ratio(std::size_t part, std::size_t whole) {
  return whole == 0 ? 0.0 : static_cast<double>(part) / static_cast<double>(whole);
}

void PrintJson(const EvaluationReport& report) {
  nlohmann::json relations = nlohmann::json::object();
  for (const auto& [name, score] : report.relations)
    relations[name] = ScoreJson(score);
  const nlohmann::json out = {
      {"total", ScoreJson(report.total)},
      {"relations", relations},
      {"modality_accuracy", Ratio(report.modality_correct, report.modality_checked)},
      {"modality_checked", report.modality_checked},
      {"entity_recall", Ratio(report.entities_found, report.gold_entities)},
      {"gold_entities", report.gold_entities},
      {"entities_split", report.entities_split},
      {"misses", FactListJson(report.misses)},
      {"false_positives", FactListJson(report.false_positives)},
      {"modality_errors", FactListJson(report.modality_errors)},
      {"missed_entities", report.missed_entities},
      {"split_entities", report.split_entities},
      {"capitals_apart", report.capitals_apart},
      {"documents_without_prediction", report.documents_without_prediction}};
  std::cout << JsonLine(out) << "\n";
}

void PrintScoreRow(const std::string& name, const RelationScore& s) {
  std::cout << fmt::format("{:<14} {:>5} {:>5} {:>6.3f} {:>5} {:>5} {:>6.3f} {:>6.3f}\n", name,
                           s.predicted, s.correct, Precision(s), s.required, s.found, Recall(s),
                           F1(s));
}

void PrintFacts(const char* title, const std::vector<ScoredFact>& facts) {
  if (facts.empty()) return;
  std::cout << "\n" << title << " (" << facts.size() << "):\n";
  for (const ScoredFact& f : facts) {
    std::cout << "  " << f.doc << ": " << f.subject << " -" << f.relation << "-> " << f.object;
    if (!f.expected_modality.empty())
      std::cout << "  [" << f.modality << ", gold " << f.expected_modality << "]";
    std::cout << "\n      " << f.evidence << "\n";
  }
}

void PrintTable(const EvaluationReport& report, bool quiet) {
  std::cout << fmt::format("{:<14} {:>5} {:>5} {:>6} {:>5} {:>5} {:>6} {:>6}\n", "relation", "pred",
                           "corr", "prec", "req", "found", "recall", "f1");
  for (const auto& [name, score] : report.relations)
    PrintScoreRow(name, score);
  PrintScoreRow("ALL", report.total);
  std::cout << fmt::format("\nmodality accuracy  {}/{} = {:.3f}\n", report.modality_correct,
                           report.modality_checked,
                           Ratio(report.modality_correct, report.modality_checked));
  std::cout << fmt::format("entity recall      {}/{} = {:.3f} ({} split, {} capitals apart)\n",
                           report.entities_found, report.gold_entities,
                           Ratio(report.entities_found, report.gold_entities),
                           report.entities_split, report.capitals_apart.size());
  for (const std::string& doc : report.documents_without_prediction) {
    std::cout << "no document given for gold document " << doc << "\n";
  }
  if (quiet) return;
  PrintFacts("missed required facts", report.misses);
  PrintFacts("false positives", report.false_positives);
  PrintFacts("modality errors", report.modality_errors);
  if (!report.missed_entities.empty()) {
    std::cout << "\nmissed entities (" << report.missed_entities.size() << "):\n";
    for (const std::string& entity : report.missed_entities)
      std::cout << "  " << entity << "\n";
  }
  if (!report.split_entities.empty()) {
    std::cout << "\nsplit entities (" << report.split_entities.size() << "):\n";
    for (const std::string& entity : report.split_entities)
      std::cout << "  " << entity << "\n";
  }
  if (!report.capitals_apart.empty()) {
    std::cout << "\ncapitals kept apart as places, not counted as split ("
              << report.capitals_apart.size() << "):\n";
    for (const std::string& entity : report.capitals_apart)
      std::cout << "  " << entity << "\n";
  }
}

// Gold annotations name a document by its file name, wherever under --docs it is.
DocumentSourceOptions GoldDocumentOptions() {
  DocumentSourceOptions options;
  options.ids_from_file_names = true;
  return options;
}

void RunEval(const EvalOptions& options, const GlobalOptions& globals) {
  const GoldSet gold = ValueOrThrow(LoadGold(options.gold));
  std::set<std::string> gold_docs;
  for (const GoldFact& fact : gold.facts)
    gold_docs.insert(fact.doc);
  for (const GoldEntity& entity : gold.entities)
    gold_docs.insert(entity.doc);

  ExtractorOptions extractor_options;
  extractor_options.lexicon_path = options.lexicon;
  extractor_options.alias_paths = options.aliases;
  extractor_options.actor_paths = options.actors;
  const Extractor extractor = ValueOrThrow(Extractor::Create(extractor_options));
  std::vector<Extraction> extractions;
  std::unique_ptr<DocumentSource> source =
      ValueOrThrow(DocumentSource::Open(options.docs, GoldDocumentOptions()));
  while (std::optional<SourceItem> item = source->Next()) {
    const Document document = ValueOrThrow(std::move(item->document));
    if (gold_docs.count(document.id) > 0) extractions.push_back(extractor.Extract(document));
  }
  const EvaluationReport report = Evaluate(gold, extractions, [&extractor](std::string_view name) {
    return extractor.StateActingFor(name);
  });
  if (globals.json) {
    PrintJson(report);
  } else {
    PrintTable(report, options.quiet);
  }
}

}  // namespace

void AddEvalCommand(Command app, const GlobalOptions& globals) {
  auto options = std::make_shared<EvalOptions>();
  Command command = app.Subcommand("eval", "Score extraction against gold annotations");
  command.Add("--gold", &options->gold, "Gold file, or a directory of *.gold.jsonl files")
      .Required();
  command
      .Add("--docs", &options->docs,
           "Documents to extract from: plain-text files, .jsonl files, directories")
      .Required();
  command.Add("--lexicon", &options->lexicon,
              "Relation lexicon JSON that extends the built-in one (same schema)");
  AddAliasesOption(command, &options->aliases);
  AddActorsOption(command, &options->actors);
  command.Flag("-q,--quiet", &options->quiet,
               "Print the scores only, not every miss and false positive");
  command.OnRun([options, &globals] { RunEval(*options, globals); });
}

}  // namespace kg::cli
