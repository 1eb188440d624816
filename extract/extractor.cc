#include "kg/extractor.h"

#include <cstdlib>

#include "entity_linker.h"
#include "group_agent.h"
#include "name_finder.h"
#include "relation_lexicon.h"
#include "sentence_splitter.h"

namespace kg {

std::string DefaultDataDir() {
  const char* from_env = std::getenv("KG_DATA_DIR");
  return from_env != nullptr && *from_env != '\0' ? from_env : KG_DEFAULT_DATA_DIR;
}

std::string DefaultWordNetDir() {
  const char* from_env = std::getenv("KG_WORDNET_DIR");
  return from_env != nullptr && *from_env != '\0' ? from_env : "/usr/share/wordnet";
}

struct Extractor::Rep {
  RelationLexicon lexicon;
  NameKnowledge knowledge;
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
  Result<Gazetteer> gazetteer = Gazetteer::LoadWordNet(options.wordnet_dir);
  if (!gazetteer.ok()) {
    return Status::NotFound(gazetteer.status().message() +
                            " (install Debian's wordnet-base or set KG_WORDNET_DIR)");
  }
  AliasTable aliases;
  std::vector<std::string> alias_paths = {options.data_dir + "/lexicon/aliases.json"};
  alias_paths.insert(alias_paths.end(), options.alias_paths.begin(), options.alias_paths.end());
  for (const std::string& alias_path : alias_paths) {
    if (Status status = aliases.LoadFile(alias_path); !status.ok()) return status;
  }
  return Extractor(
      std::make_unique<Rep>(Rep{std::move(lexicon).value(),
                                NameKnowledge(std::move(gazetteer).value(), std::move(aliases))}));
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

// Relations whose object is a place as such: "arrived in Moscow" stays the city.
bool PlaceTakingRelation(std::string_view relation) {
  return relation == "visited" || relation == "located_in";
}

// The entity that acts when `entity` is named: a capital or seat of government acting in a
// relation is its state ("Moscow accused Kyiv" is Russia accusing Ukraine). Adds the state to
// `entities` when the document has not named it.
std::uint32_t ActingEntity(std::uint32_t entity, const NameKnowledge& knowledge,
                           std::vector<Entity>* entities) {
  const std::optional<std::string> state = knowledge.StateActingFor((*entities)[entity].name);
  if (!state) return entity;
  for (std::uint32_t i = 0; i < entities->size(); ++i) {
    if ((*entities)[i].name == *state) return i;
  }
  entities->push_back({*state, EntityType::kGpe, {}, {}});
  return static_cast<std::uint32_t>(entities->size() - 1);
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
  extraction.entities = LinkEntities(mentions, rep_->knowledge, &entity_of_mention);

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
      const std::uint32_t subject_entity =
          ActingEntity(entity_of_mention[subject_index], rep_->knowledge, &extraction.entities);
      const std::uint32_t object_entity = PlaceTakingRelation(trigger.relation)
                                              ? entity_of_mention[object_index]
                                              : ActingEntity(entity_of_mention[object_index],
                                                             rep_->knowledge, &extraction.entities);
      if (subject_entity == object_entity) continue;
      Fact fact;
      fact.relation = trigger.relation;
      fact.symmetric = trigger.symmetric;
      fact.subject = subject_entity;
      fact.object = object_entity;
      fact.subject_mention = subject->text;
      fact.object_mention = object->text;
      fact.date = document.date;
      fact.agent = GroupAgent(text.substr(subject->span.end));
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
