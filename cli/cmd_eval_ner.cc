// kg eval-ner FILE: score name detection and typing against IOB2 gold (UniversalNER's PER, ORG,
// LOC), span by span. See kg/ner_evaluation.h for how mentions become spans.
#include <fmt/format.h>

#include <iostream>

#include "cli_support.h"
#include "iob2_selection.h"
#include "kg/extractor.h"
#include "kg/fact_json.h"
#include "kg/ner_evaluation.h"

namespace kg::cli {
namespace {

struct EvalNerOptions {
  std::string file;
  std::vector<std::string> aliases;
  std::vector<std::string> actors;
  bool verbose = false;
};

nlohmann::json CountJson(const NerCount& count) {
  return {{"predicted", count.predicted},   {"correct", count.correct}, {"gold", count.gold},
          {"precision", count.precision()}, {"recall", count.recall()}, {"f1", count.f1()}};
}

std::string SpanText(const Iob2Sentence& sentence, const LabelledSpan& span) {
  std::string text;
  for (std::size_t t = span.first; t < span.last; ++t)
    text += (t == span.first ? "" : " ") + sentence.tokens[t];
  return text + "/" + span.label;
}

// Prints the sentence's gold and predicted spans when they differ (for -v).
void PrintDifference(const Iob2Sentence& sentence, const std::vector<LabelledSpan>& gold,
                     const std::vector<LabelledSpan>& predicted) {
  if (gold == predicted) return;
  std::cout << sentence.id << ": " << sentence.text << "\n";
  for (const LabelledSpan& span : gold) {
    if (std::find(predicted.begin(), predicted.end(), span) == predicted.end())
      std::cout << "  missed   " << SpanText(sentence, span) << "\n";
  }
  for (const LabelledSpan& span : predicted) {
    if (std::find(gold.begin(), gold.end(), span) == gold.end())
      std::cout << "  spurious " << SpanText(sentence, span) << "\n";
  }
}

void PrintTable(const NerReport& report) {
  std::cout << fmt::format("{} sentences, {} tokens ({} not found in their text)\n\n",
                           report.sentences, report.tokens, report.unaligned_tokens);
  std::cout << fmt::format("{:<6} {:>5} {:>5} {:>5} {:>6} {:>6} {:>6}\n", "label", "pred", "corr",
                           "gold", "prec", "recall", "f1");
  auto row = [](const std::string& label, const NerCount& c) {
    std::cout << fmt::format("{:<6} {:>5} {:>5} {:>5} {:>6.3f} {:>6.3f} {:>6.3f}\n", label,
                             c.predicted, c.correct, c.gold, c.precision(), c.recall(), c.f1());
  };
  for (const auto& [label, count] : report.labels)
    row(label, count);
  row("ALL", report.total);
}

void RunEvalNer(const EvalNerOptions& options, const GlobalOptions& globals) {
  const std::vector<Iob2Sentence> sentences = ReadIob2Selection(options.file);
  ExtractorOptions extractor_options;
  extractor_options.alias_paths = options.aliases;
  extractor_options.actor_paths = options.actors;
  const Extractor extractor = ValueOrThrow(Extractor::Create(extractor_options));

  NerReport report;
  const std::span<const Iob2Sentence> all(sentences);
  for (std::size_t first = 0; first < sentences.size();) {
    std::size_t last = first + 1;
    while (last < sentences.size() && sentences[last].doc == sentences[first].doc)
      ++last;
    const std::span<const Iob2Sentence> doc = all.subspan(first, last - first);
    const NerDocument document = BuildNerDocument(doc);
    const auto predicted = PredictedSpans(document, extractor.Extract(document.document));
    for (std::size_t s = 0; s < doc.size(); ++s) {
      const std::vector<LabelledSpan> gold = GoldNameSpans(doc[s].tags);
      ScoreSentence(gold, predicted[s], &report);
      if (options.verbose) PrintDifference(doc[s], gold, predicted[s]);
      ++report.sentences;
      report.tokens += doc[s].tokens.size();
    }
    report.unaligned_tokens += document.unaligned_tokens;
    first = last;
  }
  if (globals.json) {
    nlohmann::json labels = nlohmann::json::object();
    for (const auto& [label, count] : report.labels)
      labels[label] = CountJson(count);
    std::cout << JsonLine({{"file", options.file},
                           {"sentences", report.sentences},
                           {"tokens", report.tokens},
                           {"unaligned_tokens", report.unaligned_tokens},
                           {"total", CountJson(report.total)},
                           {"labels", labels}})
              << "\n";
    return;
  }
  if (options.verbose) std::cout << "\n";
  PrintTable(report);
}

}  // namespace

void AddEvalNerCommand(Command app, const GlobalOptions& globals) {
  auto options = std::make_shared<EvalNerOptions>();
  Command command = app.Subcommand(
      "eval-ner",
      "Score name detection and typing against IOB2 gold (PER, ORG, LOC spans; MISC ignored)");
  command
      .Add("file", &options->file,
           "Gold file in IOB2 columns (UniversalNER, CoNLL), or FILE@FIRST-LAST for its "
           "sentences FIRST to LAST")
      .Required();
  AddAliasesOption(command, &options->aliases);
  AddActorsOption(command, &options->actors);
  command.Flag("-v,--verbose", &options->verbose,
               "Also print each sentence whose spans differ: missed and spurious spans");
  command.OnRun([options, &globals] { RunEvalNer(*options, globals); });
}

}  // namespace kg::cli
