// kg train ner --train FILE[@FIRST-LAST]... [--dev FILE[@FIRST-LAST]] -o FILE: train the
// statistical name recogniser on name-tagged sentences (IOB2/IOB1 columns: UniversalNER,
// CoNLL-2003-style files). PER, ORG and LOC (or GPE) spans are learnt; other labels (MISC, OTH)
// count as no name.
#include <fmt/format.h>

#include <chrono>
#include <iostream>

#include "cli_support.h"
#include "iob2_selection.h"
#include "kg/extractor.h"
#include "kg/ner_evaluation.h"

namespace kg::cli {
namespace {

struct TrainNerOptions {
  std::vector<std::string> train;
  std::string dev;
  std::string output;
  std::uint64_t seed = 1;
  int epochs = 10;
};

// kg eval-ner's gold spans (PER, ORG, LOC; GPE as LOC; other labels left out), as training names.
NameAnnotatedSentence AnnotatedSentenceOf(const Iob2Sentence& sentence) {
  NameAnnotatedSentence annotated{sentence.doc, sentence.tokens, {}};
  for (const LabelledSpan& span : GoldNameSpans(sentence.tags)) {
    const EntityType type = span.label == "PER"   ? EntityType::kPerson
                            : span.label == "ORG" ? EntityType::kOrg
                                                  : EntityType::kLoc;
    annotated.names.push_back({span.first, span.last, type});
  }
  return annotated;
}

std::vector<NameAnnotatedSentence> ReadAnnotated(const std::vector<std::string>& selections) {
  std::vector<NameAnnotatedSentence> sentences;
  for (const std::string& selection : selections) {
    for (const Iob2Sentence& sentence : ReadIob2Selection(selection))
      sentences.push_back(AnnotatedSentenceOf(sentence));
  }
  return sentences;
}

void RunTrainNer(const TrainNerOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  const std::vector<NameAnnotatedSentence> train = ReadAnnotated(options.train);
  const std::vector<NameAnnotatedSentence> dev =
      options.dev.empty() ? std::vector<NameAnnotatedSentence>{} : ReadAnnotated({options.dev});
  NameRecogniserTraining training;
  training.epochs = options.epochs;
  training.seed = options.seed;
  training.log = [](const std::string& line) { std::cerr << line << std::endl; };
  ThrowIfError(
      Extractor::TrainNameRecogniser(ExtractorOptions{}, train, dev, training, options.output));
  const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
  std::cerr << fmt::format("name recogniser trained on {} sentences in {:.0f} s, saved to {}\n",
                           train.size(), took.count(), options.output);
}

}  // namespace

void AddTrainNerCommand(Command train) {
  auto options = std::make_shared<TrainNerOptions>();
  Command command = train.Subcommand(
      "ner", "Train the name recogniser on name-tagged sentences (IOB2 or CoNLL columns)");
  command
      .Add("--train", &options->train,
           "Training file, or FILE@FIRST-LAST for its sentences FIRST to LAST (repeatable)")
      .Required();
  command.Add("--dev", &options->dev,
              "Development sentences (FILE or FILE@FIRST-LAST): the "
              "best epoch on them is kept; without it, the last");
  command.Add("-o,--output", &options->output, "Model file to write (kg reads data/models/ner.kgm)")
      .Required();
  command.Add("--seed", &options->seed, "Random seed (default 1): same seed, same model");
  command.Add("--epochs", &options->epochs, "Passes over the training data (default 10)");
  command.OnRun([options] { RunTrainNer(*options); });
}

}  // namespace kg::cli
