#include "kg/extractor.h"

#include <cstdlib>

#include "entity_linker.h"
#include "name_finder.h"
#include "relation_lexicon.h"
#include "sentence_splitter.h"

namespace kg {

std::string DefaultDataDir() {
  const char* from_env = std::getenv("KG_DATA_DIR");
  return from_env != nullptr && *from_env != '\0' ? from_env : KG_DEFAULT_DATA_DIR;
}

struct Extractor::Rep {
  RelationLexicon lexicon;
};

Extractor::Extractor(std::unique_ptr<Rep> rep) : rep_(std::move(rep)) {}
Extractor::~Extractor() = default;
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;

Result<Extractor> Extractor::Create(const ExtractorOptions& options) {
  const std::string path = options.lexicon_path.empty()
                               ? options.data_dir + "/lexicon/relations.json"
                               : options.lexicon_path;
  Result<RelationLexicon> lexicon = RelationLexicon::LoadFile(path);
  if (!lexicon.ok()) return lexicon.status();
  return Extractor(std::make_unique<Rep>(Rep{std::move(lexicon).value()}));
}

namespace {

struct SentenceNames {
  std::size_t first_mention;  // index into the document's mention list
  std::size_t count;
};

// The nearest name ending before `pos`, or the nearest starting after it, within one sentence.
const NameMention* NearestBefore(const std::vector<NameMention>& mentions, SentenceNames names,
                                 std::size_t pos, std::size_t* index) {
  for (std::size_t k = names.count; k-- > 0;) {
    const NameMention& m = mentions[names.first_mention + k];
    if (m.span.end <= pos) {
      *index = names.first_mention + k;
      return &m;
    }
  }
  return nullptr;
}

const NameMention* NearestAfter(const std::vector<NameMention>& mentions, SentenceNames names,
                                std::size_t pos, std::size_t* index) {
  for (std::size_t k = 0; k < names.count; ++k) {
    const NameMention& m = mentions[names.first_mention + k];
    if (m.span.begin >= pos) {
      *index = names.first_mention + k;
      return &m;
    }
  }
  return nullptr;
}

}  // namespace

Extraction Extractor::Extract(const Document& document) const {
  const std::string_view text = document.text;
  const std::vector<Span> sentences = SplitSentences(text);

  std::vector<NameMention> mentions;
  std::vector<SentenceNames> names_of_sentence;
  for (std::uint32_t s = 0; s < sentences.size(); ++s) {
    const Span span = sentences[s];
    const std::size_t first = mentions.size();
    for (const NameSpan& name :
         FindNames(text.substr(span.begin, span.end - span.begin), span.begin)) {
      mentions.push_back({name.text, s, name.span});
    }
    names_of_sentence.push_back({first, mentions.size() - first});
  }

  Extraction extraction;
  extraction.doc_id = document.id;
  extraction.date = document.date;
  std::vector<std::uint32_t> entity_of_mention;
  extraction.entities = LinkEntities(mentions, &entity_of_mention);

  for (std::uint32_t s = 0; s < sentences.size(); ++s) {
    const Span span = sentences[s];
    const std::string_view sentence = text.substr(span.begin, span.end - span.begin);
    for (const TriggerMatch& trigger : rep_->lexicon.FindTriggers(sentence)) {
      std::size_t subject_index = 0;
      std::size_t object_index = 0;
      const NameMention* subject =
          NearestBefore(mentions, names_of_sentence[s], span.begin + trigger.begin, &subject_index);
      const NameMention* object =
          NearestAfter(mentions, names_of_sentence[s], span.begin + trigger.end, &object_index);
      if (subject == nullptr || object == nullptr) continue;
      const std::uint32_t subject_entity = entity_of_mention[subject_index];
      const std::uint32_t object_entity = entity_of_mention[object_index];
      if (subject_entity == object_entity) continue;
      Fact fact;
      fact.relation = trigger.relation;
      fact.symmetric = trigger.symmetric;
      fact.subject = subject_entity;
      fact.object = object_entity;
      fact.subject_mention = subject->text;
      fact.object_mention = object->text;
      fact.date = document.date;
      fact.trigger = sentence.substr(trigger.begin, trigger.end - trigger.begin);
      fact.sentence = s;
      fact.sentence_span = span;
      fact.trigger_span = {static_cast<std::uint32_t>(span.begin + trigger.begin),
                           static_cast<std::uint32_t>(span.begin + trigger.end)};
      fact.sentence_text = sentence;
      extraction.facts.push_back(std::move(fact));
    }
  }
  return extraction;
}

}  // namespace kg
