#include "kg/extractor.h"

#include <cstdlib>

#include "document_passes.h"
#include "extractor_rep.h"
#include "kg/syntax/analyzer.h"
#include "kg/syntax/wordnet_files.h"
#include "names/name_type_model.h"
#include "relations/nominal_frames.h"
#include "relations/relation_lexicon.h"

namespace kg {

std::string DefaultDataDir() {
  const char* from_env = std::getenv("KG_DATA_DIR");
  return from_env != nullptr && *from_env != '\0' ? from_env : KG_DEFAULT_DATA_DIR;
}

std::string DefaultWordNetDir() {
  const char* from_env = std::getenv("KG_WORDNET_DIR");
  return from_env != nullptr && *from_env != '\0' ? from_env : "/usr/share/wordnet";
}

std::string DescribeCuts(const ExtractionCuts& cuts, const syntax::AnalysisLimits& limits) {
  std::string text;
  if (cuts.long_sentences > 0) {
    text = std::to_string(cuts.long_sentences) +
           (cuts.long_sentences == 1 ? " sentence" : " sentences") + " over " +
           std::to_string(limits.max_sentence_tokens) + " tokens analysed in pieces";
  }
  if (cuts.skipped_tokens > 0) {
    if (!text.empty()) text += "; ";
    text += std::to_string(cuts.skipped_tokens) + " tokens from byte " +
            std::to_string(cuts.first_skipped_byte) + " on not analysed (limit " +
            std::to_string(limits.max_document_tokens) + " tokens per document)";
  }
  return text;
}

namespace {

// The word lists, the alias tables, the actor dictionaries, WordNet's gazetteer and the given
// names, with `name_types`.
Result<NameKnowledge> LoadNameKnowledge(const ExtractorOptions& options, NameTypeModel name_types,
                                        syntax::WordNetFiles& wordnet) {
  Result<Vocabulary> words = Vocabulary::Load(options.data_dir + "/lexicon/words");
  if (!words.ok()) return words.status();
  const PlaceClasses classes{words->governed_place_classes.words(), words->country_classes.words(),
                             words->celestial_classes.words()};
  Result<Gazetteer> gazetteer = Gazetteer::LoadWordNet(wordnet, classes);
  if (!gazetteer.ok()) {
    return Status::NotFound(gazetteer.status().message() +
                            " (install Debian's wordnet-base or set KG_WORDNET_DIR)");
  }
  AliasTable aliases;
  std::vector<std::string> alias_paths = {options.data_dir + "/lexicon/aliases.json",
                                          options.data_dir + "/lexicon/organisations.json"};
  alias_paths.insert(alias_paths.end(), options.alias_paths.begin(), options.alias_paths.end());
  for (const std::string& alias_path : alias_paths) {
    if (Status status = aliases.LoadFile(alias_path); !status.ok()) return status;
  }
  ActorDictionary actors;
  std::vector<std::string> actor_paths = {options.data_dir + "/lexicon/" + kActorsFile};
  actor_paths.insert(actor_paths.end(), options.actor_paths.begin(), options.actor_paths.end());
  for (const std::string& actor_path : actor_paths) {
    if (Status status = actors.LoadFile(actor_path); !status.ok()) return status;
  }
  Result<WordList> given_names = WordList::LoadFile(options.data_dir + "/lexicon/given_names.txt");
  if (!given_names.ok()) return given_names.status();
  return NameKnowledge(std::move(gazetteer).value(), std::move(aliases), std::move(actors),
                       std::move(given_names).value(), std::move(name_types),
                       std::move(words).value());
}

}  // namespace

Extractor::Extractor(std::unique_ptr<Rep> rep) : rep_(std::move(rep)) {}
Extractor::~Extractor() = default;
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;

Result<Extractor> Extractor::Create(const ExtractorOptions& options) {
  // The lemmatizer and the gazetteer read WordNet from one WordNetFiles: each file once.
  syntax::WordNetFiles wordnet(options.wordnet_dir);
  Result<syntax::Analyzer> analyzer = syntax::Analyzer::Load(options.data_dir + "/models", wordnet);
  if (!analyzer.ok()) return analyzer.status();
  Result<RelationLexicon> lexicon =
      RelationLexicon::LoadFile(options.data_dir + "/lexicon/relations.json");
  if (!lexicon.ok()) return lexicon.status();
  if (!options.lexicon_path.empty()) {
    Result<RelationLexicon> user = RelationLexicon::LoadFile(options.lexicon_path);
    if (!user.ok()) return user.status();
    lexicon->Extend(*user);
  }
  Result<Nominalizations> nominalizations =
      Nominalizations::LoadFile(options.data_dir + "/lexicon/nominalizations.tsv");
  if (!nominalizations.ok()) return nominalizations.status();
  AddNominalFrames(*nominalizations, &lexicon.value());
  Result<NameTypeModel> name_types =
      NameTypeModel::LoadFile(options.data_dir + "/models/" + kNameTypeModelFile);
  if (!name_types.ok()) return name_types.status();
  Result<NameKnowledge> knowledge =
      LoadNameKnowledge(options, std::move(name_types).value(), wordnet);
  if (!knowledge.ok()) return knowledge.status();
  Result<NameTagger> name_tagger = NameTagger();
  if (options.name_recogniser)
    name_tagger = NameTagger::Load(options.data_dir + "/models/" + kNameRecogniserFile);
  if (!name_tagger.ok()) return name_tagger.status();
  return Extractor(std::make_unique<Rep>(
      Rep{options.limits, std::move(analyzer).value(), std::move(lexicon).value(),
          std::move(knowledge).value(), std::move(name_tagger).value()}));
}

Result<std::string> Extractor::LearnNameTypes(const ExtractorOptions& options,
                                              const std::vector<syntax::ConlluSentence>& treebank,
                                              std::size_t* names) {
  syntax::WordNetFiles wordnet(options.wordnet_dir);
  Result<NameKnowledge> knowledge = LoadNameKnowledge(options, NameTypeModel(), wordnet);
  if (!knowledge.ok()) return knowledge.status();
  const NameTypeModel model = LearnNameTypeModel(treebank, *knowledge);
  *names = model.names_total();
  return model.ToText();
}

std::optional<std::string> Extractor::StateActingFor(std::string_view name) const {
  return rep_->knowledge.StateActingFor(name);
}

Extraction Extractor::Extract(const Document& document) const {
  syntax::AnalysisCuts cuts;
  std::vector<syntax::Sentence> sentences =
      rep_->analyzer.Analyze(document.text, rep_->limits, &cuts);
  return DocumentPasses(document, std::move(sentences), cuts, rep_->knowledge, rep_->name_tagger,
                        rep_->lexicon)
      .Run();
}

}  // namespace kg
