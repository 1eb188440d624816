// Extractor::TrainNameRecogniser: the recogniser's training sentences, prepared as the extractor
// will show it text (POS tags, lexicon hits, document case), then trained.
#include <string>

#include "extractor_rep.h"
#include "names/document_case.h"
#include "names/name_tagger_words.h"

namespace kg {
namespace {

// Adds the sentences of one document to `out`, as views into them.
void AddDocument(std::span<const NameAnnotatedSentence> sentences, const Extractor& extractor,
                 std::vector<NameTrainingSentence>* out) {
  const auto& rep = ExtractorAccess::Of(extractor);
  const syntax::Tagger& tagger = rep.analyzer.tagger();
  std::vector<std::vector<std::string_view>> forms;
  DocumentCase document;
  for (const NameAnnotatedSentence& sentence : sentences) {
    forms.emplace_back(sentence.words.begin(), sentence.words.end());
    document.AddSentence(forms.back());
  }
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    std::vector<syntax::TagId> tags(forms[s].size());
    tagger.Tag(forms[s], tags);
    std::vector<std::string_view> upos(forms[s].size());
    for (std::size_t i = 0; i < upos.size(); ++i)
      upos[i] = tagger.upos(tags[i]);
    NameTrainingSentence& training = out->emplace_back();
    training.words = NameTaggerWords(forms[s], upos, rep.knowledge, document);
    for (const NameAnnotatedSentence::Name& name : sentences[s].names) {
      training.names.push_back(
          {static_cast<int>(name.first), static_cast<int>(name.last) - 1, NameClassOf(name.type)});
    }
  }
}

std::vector<NameTrainingSentence> TrainingSentences(
    const std::vector<NameAnnotatedSentence>& annotated, const Extractor& extractor) {
  std::vector<NameTrainingSentence> sentences;
  sentences.reserve(annotated.size());
  const std::span<const NameAnnotatedSentence> all(annotated);
  for (std::size_t first = 0; first < annotated.size();) {
    std::size_t end = first + 1;
    while (end < annotated.size() && annotated[end].doc == annotated[first].doc)
      ++end;
    AddDocument(all.subspan(first, end - first), extractor, &sentences);
    first = end;
  }
  return sentences;
}

}  // namespace

Status Extractor::TrainNameRecogniser(const ExtractorOptions& options,
                                      const std::vector<NameAnnotatedSentence>& train,
                                      const std::vector<NameAnnotatedSentence>& dev,
                                      const NameRecogniserTraining& training,
                                      const std::string& output) {
  // The tagger and lexicons of an extractor that needs no recogniser.
  ExtractorOptions without_recogniser = options;
  without_recogniser.name_recogniser = false;
  Result<Extractor> extractor = Create(without_recogniser);
  if (!extractor.ok()) return extractor.status();
  const std::vector<NameTrainingSentence> train_set = TrainingSentences(train, *extractor);
  const std::vector<NameTrainingSentence> dev_set = TrainingSentences(dev, *extractor);
  const NameTaggerTrainOptions tagger_options{training.epochs, training.seed, training.log};
  Result<NameTagger> name_tagger = TrainNameTagger(train_set, dev_set, tagger_options);
  if (!name_tagger.ok()) return name_tagger.status();
  return name_tagger->Save(output);
}

}  // namespace kg
