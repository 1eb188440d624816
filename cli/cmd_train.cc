// kg train tagger|parser --train FILE --dev FILE -o FILE [--seed N] [--eval FILE]: train the
// syntax models on CoNLL-U treebanks (e.g. UD English EWT). kg train name-types --train FILE
// -o FILE: learn the name-type model from a treebank's proper nouns.
#include <fmt/format.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>

#include "cli_support.h"
#include "kg/extractor.h"
#include "kg/fact_json.h"
#include "kg/syntax/analyzer.h"
#include "kg/syntax/conllu.h"
#include "kg/syntax/evaluate.h"
#include "kg/syntax/parser.h"
#include "kg/syntax/tagger.h"

namespace kg::cli {
namespace {

struct TrainOptions {
  std::string train;
  std::string dev;
  std::string output;
  std::string eval;
  std::string tagger;  // parser only: tags dev and eval sentences
  std::uint64_t seed = 1;
  int epochs = 0;     // 0: the library default
  int jackknife = 5;  // parser only
};

std::vector<syntax::ConlluSentence> ReadTreebank(const std::string& path) {
  if (path.empty()) return {};
  return ValueOrThrow(syntax::ReadConlluFile(path));
}

void Log(const std::string& line) {
  std::cerr << line << std::endl;
}

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

void PrintScores(const GlobalOptions& globals, const std::string& file,
                 const syntax::SyntaxScores& scores, bool parsed) {
  if (globals.json) {
    nlohmann::json out = {{"file", file},
                          {"words", scores.words},
                          {"upos", scores.Percent(scores.upos)},
                          {"xpos", scores.Percent(scores.xpos)}};
    if (parsed) {
      out["uas"] = scores.Percent(scores.head);
      out["las"] = scores.Percent(scores.label);
    }
    std::cout << JsonLine(out) << "\n";
    return;
  }
  std::cout << fmt::format("{}: {} words, UPOS {:.2f}%, XPOS {:.2f}%", file, scores.words,
                           scores.Percent(scores.upos), scores.Percent(scores.xpos));
  if (parsed) {
    std::cout << fmt::format(", UAS {:.2f}%, LAS {:.2f}%", scores.Percent(scores.head),
                             scores.Percent(scores.label));
  }
  std::cout << "\n";
}

void RunTrainTagger(const TrainOptions& options, const GlobalOptions& globals) {
  const auto train = ReadTreebank(options.train);
  const auto dev = ReadTreebank(options.dev);
  syntax::TaggerTrainOptions train_options;
  train_options.seed = options.seed;
  if (options.epochs > 0) train_options.epochs = options.epochs;
  train_options.log = Log;
  const auto start = std::chrono::steady_clock::now();
  const syntax::Tagger tagger = ValueOrThrow(syntax::TrainTagger(train, dev, train_options));
  ThrowIfError(tagger.Save(options.output));
  Log(fmt::format("tagger trained in {:.1f} s, saved to {}", SecondsSince(start), options.output));
  if (!options.eval.empty()) {
    PrintScores(globals, options.eval,
                syntax::EvaluateSyntax(tagger, nullptr, nullptr, ReadTreebank(options.eval)),
                false);
  }
}

void RunTrainParser(const TrainOptions& options, const GlobalOptions& globals) {
  const std::string tagger_path = options.tagger.empty()
                                      ? DefaultDataDir() + "/models/" + syntax::kTaggerModelFile
                                      : options.tagger;
  const syntax::Tagger tagger = ValueOrThrow(syntax::Tagger::Load(tagger_path));
  const auto train = ReadTreebank(options.train);
  const auto dev = ReadTreebank(options.dev);
  syntax::ParserTrainOptions train_options;
  train_options.seed = options.seed;
  if (options.epochs > 0) train_options.epochs = options.epochs;
  train_options.dev_tagger = &tagger;
  train_options.jackknife_folds = options.jackknife;
  train_options.log = Log;
  const auto start = std::chrono::steady_clock::now();
  const syntax::Parser parser = ValueOrThrow(syntax::TrainParser(train, dev, train_options));
  ThrowIfError(parser.Save(options.output));
  Log(fmt::format("parser trained in {:.1f} s, saved to {}", SecondsSince(start), options.output));
  if (!options.eval.empty()) {
    PrintScores(globals, options.eval,
                syntax::EvaluateSyntax(tagger, nullptr, &parser, ReadTreebank(options.eval)), true);
  }
}

// Writes `content` to a temporary file renamed to `path`, so a failure leaves no half model.
void WriteModelText(const std::string& path, const std::string& content) {
  const std::string temporary = path + ".partial";
  std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
  out << content;
  out.close();
  if (!out || std::rename(temporary.c_str(), path.c_str()) != 0) {
    std::remove(temporary.c_str());
    throw CliError("cannot write " + path);
  }
}

void RunTrainNameTypes(const TrainOptions& options, const std::vector<std::string>& aliases) {
  ExtractorOptions extractor_options;
  extractor_options.alias_paths = aliases;
  std::size_t names = 0;
  const std::string model = ValueOrThrow(
      Extractor::LearnNameTypes(extractor_options, ReadTreebank(options.train), &names));
  WriteModelText(options.output, model);
  Log(fmt::format("name types learnt from {} names, saved to {}", names, options.output));
}

Command AddModelCommand(Command train, const std::string& name, const std::string& what,
                        const std::shared_ptr<TrainOptions>& options) {
  Command command = train.Subcommand(name, what);
  command.Add("--train", &options->train, "Training treebank (CoNLL-U)").Required();
  command.Add("--dev", &options->dev,
              "Development treebank (CoNLL-U): the best epoch on it is kept");
  command.Add("-o,--output", &options->output, "Model file to write").Required();
  command.Add("--seed", &options->seed, "Random seed (default 1): same seed, same model");
  command.Add("--epochs", &options->epochs, "Passes over the training data");
  command.Add("--eval", &options->eval, "Treebank to score the trained model on");
  return command;
}

}  // namespace

void AddTrainCommand(Command app, const GlobalOptions& globals) {
  Command train = app.Subcommand(
      "train",
      "Train a model: tagger, parser, name types (CoNLL-U treebanks), ner (name-tagged text)");
  train.RequireSubcommand();
  auto tagger_options = std::make_shared<TrainOptions>();
  AddModelCommand(train, "tagger", "Train the part-of-speech tagger", tagger_options)
      .OnRun([tagger_options, &globals] { RunTrainTagger(*tagger_options, globals); });
  auto parser_options = std::make_shared<TrainOptions>();
  Command parser = AddModelCommand(train, "parser", "Train the dependency parser", parser_options);
  parser.Add("--tagger", &parser_options->tagger,
             "Tagger model for predicted tags (default: data/models/tagger.kgm)");
  parser.Add("--jackknife", &parser_options->jackknife,
             "Train on tags predicted by taggers trained on N-1 of N folds (default 5; "
             "0 or 1: gold tags)");
  parser.OnRun([parser_options, &globals] { RunTrainParser(*parser_options, globals); });
  auto name_options = std::make_shared<TrainOptions>();
  auto name_aliases = std::make_shared<std::vector<std::string>>();
  Command names = train.Subcommand(
      "name-types",
      "Learn how the words around a one-word name tell its type, from a treebank's proper nouns "
      "that the lexicons already type");
  names.Add("--train", &name_options->train, "Treebank (CoNLL-U) with gold trees").Required();
  names
      .Add("-o,--output", &name_options->output,
           "Model file to write (kg reads data/models/name_types.tsv)")
      .Required();
  names.Add("--aliases", name_aliases.get(), "Extra alias tables that type names");
  names.OnRun([name_options, name_aliases] { RunTrainNameTypes(*name_options, *name_aliases); });
  AddTrainNerCommand(train);
}

}  // namespace kg::cli
