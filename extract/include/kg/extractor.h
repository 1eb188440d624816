// Extractor: text in, entities and typed relation facts out.
//
// An Extractor is built once (it loads the relation lexicon) and is then immutable, so one
// instance may serve many threads. Extract() never fails: text it cannot use yields fewer facts.
// Callers validate input (UTF-8, size) before extraction; see kg/utf8.h.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kg/document.h"
#include "kg/extraction.h"
#include "kg/status.h"
#include "kg/syntax/analyzer.h"
#include "kg/syntax/conllu.h"

namespace kg {

// The folder holding kg's data files: $KG_DATA_DIR if set, else the folder chosen at build time.
std::string DefaultDataDir();
// WordNet's database folder: $KG_WORDNET_DIR if set, else /usr/share/wordnet (Debian wordnet-base).
std::string DefaultWordNetDir();

struct ExtractorOptions {
  std::string data_dir = DefaultDataDir();
  std::string wordnet_dir = DefaultWordNetDir();
  // A user's relation lexicon extending <data_dir>/lexicon/relations.json (see
  // RelationLexicon::Extend), or empty.
  std::string lexicon_path;
  // Extra alias tables, read after <data_dir>/lexicon/aliases.json; later entries win.
  std::vector<std::string> alias_paths;
  // Extra actor dictionaries (kg's actor format, as <data_dir>/lexicon/actors.tsv), read after
  // it; later entries win.
  std::vector<std::string> actor_paths;
  // Whether names are found by the trained recogniser (<data_dir>/models/ner.kgm) on top of the
  // rules; false: by the rules alone.
  bool name_recogniser = true;
  // Caps on the work per sentence and per document; what they cut is in Extraction::cuts.
  syntax::AnalysisLimits limits;
};

// One line saying what `cuts` left out under `limits`, e.g. "1 sentence over 256 tokens analysed
// in pieces", or "" when nothing was cut.
std::string DescribeCuts(const ExtractionCuts& cuts, const syntax::AnalysisLimits& limits);

// The model that types one-word names nothing knows from the words around them, in
// <data_dir>/models (see extract/name_type_model.h).
inline constexpr const char* kNameTypeModelFile = "name_types.tsv";
// The known actors shipped with kg, in <data_dir>/lexicon (see kg/actor_dictionary.h).
inline constexpr const char* kActorsFile = "actors.tsv";

// The statistical name recogniser, in <data_dir>/models (see extract/names/name_tagger.h).
inline constexpr const char* kNameRecogniserFile = "ner.kgm";

// A sentence of name-annotated text for Extractor::TrainNameRecogniser: its words and its names
// as word ranges [first, last) with their type (GPE and LOC alike are places to the model).
struct NameAnnotatedSentence {
  struct Name {
    std::size_t first = 0;
    std::size_t last = 0;
    EntityType type = EntityType::kPerson;
  };
  std::string doc;  // sentences of one document are consecutive and share this id
  std::vector<std::string> words;
  std::vector<Name> names;
};

struct NameRecogniserTraining {
  int epochs = 10;
  std::uint64_t seed = 1;
  // Receives one line per epoch and one with the final scores (may be empty).
  std::function<void(const std::string&)> log;
};

class Extractor {
 public:
  static Result<Extractor> Create(const ExtractorOptions& options);

  Extraction Extract(const Document& document) const;

  // The state a capital or seat of government acts for ("Moscow", "Kremlin" -> "Russia").
  std::optional<std::string> StateActingFor(std::string_view name) const;

  // Learns a name-type model from a treebank's gold trees: the contexts of its one-word proper
  // nouns whose type the alias tables, gazetteer or given names of `options` know. Returns the
  // model's text form (for <data_dir>/models/name_types.tsv) and sets `names` to how many
  // names it learnt from. Needs no name-type model itself.
  static Result<std::string> LearnNameTypes(const ExtractorOptions& options,
                                            const std::vector<syntax::ConlluSentence>& treebank,
                                            std::size_t* names);

  // Trains the name recogniser on `train` with the POS tagger and name lexicons of `options`,
  // keeping the epoch best on `dev` (the last when `dev` is empty), and writes it to `output`.
  // Needs no name recogniser itself.
  static Status TrainNameRecogniser(const ExtractorOptions& options,
                                    const std::vector<NameAnnotatedSentence>& train,
                                    const std::vector<NameAnnotatedSentence>& dev,
                                    const NameRecogniserTraining& training,
                                    const std::string& output);

  ~Extractor();
  Extractor(Extractor&&) noexcept;
  Extractor& operator=(Extractor&&) noexcept;

 private:
  friend struct ExtractorAccess;
  struct Rep;
  explicit Extractor(std::unique_ptr<Rep> rep);
  std::unique_ptr<Rep> rep_;
};

}  // namespace kg
