#include "kg/extractor.h"

#include <cstdlib>

#include "argument_resolver.h"
#include "date_resolver.h"
#include "dependency_tree.h"
#include "entity_linker.h"
#include "group_agent.h"
#include "head_words.h"
#include "kg/syntax/analyzer.h"
#include "mention_finder.h"
#include "modality.h"
#include "place_relations.h"
#include "pronoun_resolver.h"
#include "relation_lexicon.h"
#include "relation_matcher.h"
#include "static_relations.h"

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

// The alias tables, WordNet's gazetteer and the given names, with `name_types`.
Result<NameKnowledge> LoadNameKnowledge(const ExtractorOptions& options, NameTypeModel name_types) {
  Result<Gazetteer> gazetteer = Gazetteer::LoadWordNet(options.wordnet_dir);
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
  Result<WordList> given_names = WordList::LoadFile(options.data_dir + "/lexicon/given_names.txt");
  if (!given_names.ok()) return given_names.status();
  return NameKnowledge(std::move(gazetteer).value(), std::move(aliases),
                       std::move(given_names).value(), std::move(name_types));
}

}  // namespace

struct Extractor::Rep {
  syntax::AnalysisLimits limits;
  syntax::Analyzer analyzer;
  RelationLexicon lexicon;
  NameKnowledge knowledge;
};

Extractor::Extractor(std::unique_ptr<Rep> rep) : rep_(std::move(rep)) {}
Extractor::~Extractor() = default;
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;

Result<Extractor> Extractor::Create(const ExtractorOptions& options) {
  Result<syntax::Analyzer> analyzer =
      syntax::Analyzer::Load(options.data_dir + "/models", options.wordnet_dir);
  if (!analyzer.ok()) return analyzer.status();
  Result<RelationLexicon> lexicon =
      RelationLexicon::LoadFile(options.data_dir + "/lexicon/relations.json");
  if (!lexicon.ok()) return lexicon.status();
  if (!options.lexicon_path.empty()) {
    Result<RelationLexicon> user = RelationLexicon::LoadFile(options.lexicon_path);
    if (!user.ok()) return user.status();
    lexicon->Extend(*user);
  }
  Result<NameTypeModel> name_types =
      NameTypeModel::LoadFile(options.data_dir + "/models/" + kNameTypeModelFile);
  if (!name_types.ok()) return name_types.status();
  Result<NameKnowledge> knowledge = LoadNameKnowledge(options, std::move(name_types).value());
  if (!knowledge.ok()) return knowledge.status();
  return Extractor(
      std::make_unique<Rep>(Rep{options.limits, std::move(analyzer).value(),
                                std::move(lexicon).value(), std::move(knowledge).value()}));
}

Result<std::string> Extractor::LearnNameTypes(const ExtractorOptions& options,
                                              const std::vector<syntax::ConlluSentence>& treebank,
                                              std::size_t* names) {
  Result<NameKnowledge> knowledge = LoadNameKnowledge(options, NameTypeModel());
  if (!knowledge.ok()) return knowledge.status();
  const NameTypeModel model = LearnNameTypeModel(treebank, *knowledge);
  *names = model.names_total();
  return model.ToText();
}

namespace {

// Relations whose object is a place as such: "arrived in Moscow", "captured Lome" and "struck
// Kyiv" keep the city.
bool PlaceTakingRelation(std::string_view relation) {
  return relation == "visited" || relation == "located_in" || relation == "captured" ||
         relation == "controls" || relation == "attacked";
}

std::uint32_t FindOrAddEntity(const std::string& name, EntityType type,
                              std::vector<Entity>* entities) {
  for (std::uint32_t i = 0; i < entities->size(); ++i) {
    if ((*entities)[i].name == name) return i;
  }
  entities->push_back({name, type, {}, {}});
  return static_cast<std::uint32_t>(entities->size() - 1);
}

// The entity that acts when `entity` is named: a capital or seat of government acting in a
// relation is its state ("Moscow accused Kyiv" is Russia accusing Ukraine).
std::uint32_t ActingEntity(std::uint32_t entity, const NameKnowledge& knowledge,
                           std::vector<Entity>* entities) {
  const std::optional<std::string> state = knowledge.StateActingFor((*entities)[entity].name);
  return state ? FindOrAddEntity(*state, EntityType::kGpe, entities) : entity;
}

// "Kurdistan Workers' Party (PKK)": `acronym` is two to six capitals in brackets right after
// `name`, and starts with the name's first letter ("Portland (ENA)" is no definition).
bool IsBracketedAcronym(std::string_view text, const TokenMention& name,
                        const TokenMention& acronym) {
  const std::string_view between =
      text.substr(name.span.end, acronym.span.begin - std::min(acronym.span.begin, name.span.end));
  return acronym.text.size() <= 6 && IsAcronym(acronym.text) &&
         acronym.text.front() == name.text.front() && (between == " (" || between == "(") &&
         acronym.span.end < text.size() && text[acronym.span.end] == ')';
}

bool IsSubjectToken(const DependencyTree& tree, const TokenMention& mention) {
  for (int i = mention.first; i <= mention.last; ++i) {
    const int head = tree.head(i);
    if (head >= mention.first && head <= mention.last) continue;
    const std::string_view relation = tree.deprel(i);
    return relation == "nsubj" || relation == "nsubj:pass";
  }
  return false;
}

// The place a trigger's clause says the event happened in ("in Florida").
std::string LocationOf(const DependencyTree& tree, int trigger,
                       const std::vector<int>& entity_of_token,
                       const std::vector<Entity>& entities) {
  for (int child : tree.children(trigger)) {
    if (!tree.deprel(child).starts_with("obl") && tree.deprel(child) != "nmod") continue;
    const std::string_view preposition = tree.CaseOf(child);
    if (preposition != "in" && preposition != "at") continue;
    const int entity = entity_of_token[child];
    if (entity >= 0 &&
        (entities[entity].type == EntityType::kGpe || entities[entity].type == EntityType::kLoc)) {
      return entities[entity].name;
    }
  }
  return "";
}

struct AnalysedSentence {
  syntax::Sentence sentence;
  std::vector<TokenMention> mentions;
  std::vector<int> entity_of_token;
};

}  // namespace

std::optional<std::string> Extractor::StateActingFor(std::string_view name) const {
  return rep_->knowledge.StateActingFor(name);
}

Extraction Extractor::Extract(const Document& document) const {
  const std::string_view text = document.text;
  std::vector<AnalysedSentence> sentences;
  syntax::AnalysisCuts cuts;
  for (syntax::Sentence& sentence : rep_->analyzer.Analyze(text, rep_->limits, &cuts)) {
    sentences.push_back({std::move(sentence), {}, {}});
  }
  std::vector<DependencyTree> trees;
  trees.reserve(sentences.size());
  for (const AnalysedSentence& s : sentences)
    trees.emplace_back(s.sentence);

  // Names, linked into the document's entities.
  std::vector<NameMention> names;
  for (std::uint32_t s = 0; s < sentences.size(); ++s) {
    sentences[s].mentions = FindMentions(trees[s], text, rep_->knowledge);
    const std::vector<TokenMention>& mentions = sentences[s].mentions;
    const int sentence_start = static_cast<int>(names.size());
    const int first_word = FirstWord(trees[s]);
    const bool title_case = IsTitleCase(trees[s], rep_->knowledge);
    for (std::size_t m = 0; m < mentions.size(); ++m) {
      const TokenMention& mention = mentions[m];
      const std::string_view tag = trees[s].token(mention.last).xpos;
      names.push_back({mention.text, s, mention.span, mention.context_type,
                       mention.first == first_word, title_case, tag == "NNS" || tag == "NNPS"});
      if (mention.first == mention.last) {
        names.back().type_scores =
            rep_->knowledge.name_types().ContextScores(trees[s], mention.first);
      }
      if (m > 0 && IsBracketedAcronym(text, mentions[m - 1], mention))
        names.back().defined_by = static_cast<int>(names.size()) - 2;
      for (std::size_t other = 0; other < mentions.size(); ++other) {
        if (other != m && mention.conjunct >= mentions[other].first &&
            mention.conjunct <= mentions[other].last) {
          names.back().conjoined_with = sentence_start + static_cast<int>(other);
        }
      }
    }
  }
  Extraction extraction;
  extraction.doc_id = document.id;
  extraction.date = document.date;
  extraction.cuts = {cuts.long_sentences, cuts.skipped_tokens, cuts.first_skipped_byte};
  std::vector<std::uint32_t> entity_of_name;
  extraction.entities = LinkEntities(names, rep_->knowledge, &entity_of_name);
  // Drop the mentions that are not names after all.
  std::size_t name_at = 0;
  for (AnalysedSentence& sentence : sentences) {
    std::vector<TokenMention> kept;
    for (const TokenMention& mention : sentence.mentions) {
      if (entity_of_name[name_at++] != kNotAName) kept.push_back(mention);
    }
    sentence.mentions = std::move(kept);
  }
  std::erase(entity_of_name, kNotAName);

  std::vector<MentionRecord> records;
  std::vector<std::vector<std::uint32_t>> entity_of_mention(sentences.size());
  std::size_t name_index = 0;
  for (std::uint32_t s = 0; s < sentences.size(); ++s) {
    AnalysedSentence& sentence = sentences[s];
    sentence.entity_of_token.assign(sentence.sentence.tokens.size(), -1);
    for (const TokenMention& mention : sentence.mentions) {
      const std::uint32_t entity = entity_of_name[name_index++];
      entity_of_mention[s].push_back(entity);
      for (int t = mention.first; t <= mention.last; ++t)
        sentence.entity_of_token[t] = static_cast<int>(entity);
      records.push_back({s, mention.first, entity, IsSubjectToken(trees[s], mention)});
    }
  }
  // Pronouns, resolved against the names before them.
  for (std::uint32_t s = 0; s < sentences.size(); ++s) {
    const DependencyTree& tree = trees[s];
    for (int t = 0; t < tree.size(); ++t) {
      if (tree.upos(t) != "PRON") continue;
      const int entity = ResolvePronoun(tree.lemma(t), s, t, records, extraction.entities);
      if (entity < 0) continue;
      sentences[s].entity_of_token[t] = entity;
      const syntax::Token& token = tree.token(t);
      extraction.entities[entity].mentions.push_back(
          {token.form, s, {token.begin, token.end}, MentionKind::kPronoun});
    }
  }

  for (std::uint32_t s = 0; s < sentences.size(); ++s) {
    const DependencyTree& tree = trees[s];
    const AnalysedSentence& sentence = sentences[s];
    const Span sentence_span{sentence.sentence.begin, sentence.sentence.end};
    const std::string sentence_text(
        text.substr(sentence_span.begin, sentence_span.end - sentence_span.begin));
    auto make_fact = [&](std::string relation, bool symmetric, std::uint32_t subject,
                         std::uint32_t object, int trigger_first, int trigger_last) {
      Fact fact;
      fact.relation = std::move(relation);
      fact.symmetric = symmetric;
      fact.subject = subject;
      fact.object = object;
      fact.date = document.date;
      const Span trigger{tree.token(trigger_first).begin, tree.token(trigger_last).end};
      fact.trigger = text.substr(trigger.begin, trigger.end - trigger.begin);
      fact.trigger_span = trigger;
      fact.sentence = s;
      fact.sentence_span = sentence_span;
      fact.sentence_text = sentence_text;
      return fact;
    };
    // The words that named an argument: the whole name, "Russian troops" for a group, or the
    // pronoun.
    auto mention_text = [&](const Argument& argument) {
      int first = argument.token;
      int last = argument.token;
      for (const TokenMention& mention : sentence.mentions) {
        if (mention.first <= argument.token && argument.token <= mention.last) {
          first = mention.first;
          last = mention.last;
        }
      }
      const int group = tree.head(argument.token);
      if (!argument.agent.empty() && group > last &&
          GroupAgent(tree.token(group).form) == argument.agent) {
        last = group;
      }
      const Span span{tree.token(first).begin, tree.token(last).end};
      return std::string(text.substr(span.begin, span.end - span.begin));
    };
    // The trigger with its auxiliaries and an adjacent particle or preposition: "had captured",
    // "met with", "pushed back against".
    auto trigger_range = [&](int trigger) {
      int first = trigger;
      int last = trigger;
      while (first > 0 && tree.head(first - 1) == trigger &&
             tree.deprel(first - 1).starts_with("aux")) {
        --first;
      }
      while (last + 1 < tree.size() &&
             (tree.deprel(last + 1) == "compound:prt" ||
              (tree.deprel(last + 1) == "case" && tree.head(tree.head(last + 1)) == trigger))) {
        ++last;
      }
      return std::pair{first, last};
    };

    const ArgumentResolver arguments(tree, sentence.entity_of_token, extraction.entities);
    // A question asserts nothing: "Did Ortiz meet Mensah?"
    const bool question = tree.size() > 0 && tree.token(tree.size() - 1).form == "?";
    for (const RelationMatch& match :
         question ? std::vector<RelationMatch>()
                  : MatchRelations(tree, rep_->lexicon, arguments, extraction.entities)) {
      const RelationInfo& relation = rep_->lexicon.relations()[match.frame->relation];
      const std::uint32_t subject =
          ActingEntity(match.subject.entity, rep_->knowledge, &extraction.entities);
      const std::uint32_t object =
          PlaceTakingRelation(relation.name)
              ? match.object.entity
              : ActingEntity(match.object.entity, rep_->knowledge, &extraction.entities);
      if (subject == object) continue;
      const auto [trigger_first, trigger_last] = trigger_range(match.trigger);
      Fact fact = make_fact(relation.name, relation.symmetric, subject, object, trigger_first,
                            trigger_last);
      fact.subject_mention = mention_text(match.subject);
      fact.object_mention = mention_text(match.object);
      fact.agent = match.subject.agent;
      const ModalityReading modality = ReadModality(tree, match.trigger, -1);
      fact.modality = modality.modality;
      if (const auto source = arguments.Resolve(modality.source_token)) {
        fact.source = extraction.entities[source->entity].name;
      }
      fact.location =
          LocationOf(tree, match.trigger, sentence.entity_of_token, extraction.entities);
      if (fact.location.empty()) {  // "met Mensah in Accra", with "in Accra" on the object
        fact.location =
            LocationOf(tree, match.object.token, sentence.entity_of_token, extraction.entities);
      }
      fact.date = ResolveEventDate(tree, match.trigger, document.date);
      extraction.facts.push_back(std::move(fact));
    }
    for (const StaticMatch& match :
         FindStaticRelations(tree, sentence.mentions, entity_of_mention[s],
                             sentence.entity_of_token, extraction.entities)) {
      const std::uint32_t other = ActingEntity(match.other, rep_->knowledge, &extraction.entities);
      if (other == match.person) continue;
      Fact fact = make_fact(match.relation, match.relation == "relative_of", match.person, other,
                            match.role_first, match.role_last);
      fact.subject_mention = extraction.entities[match.person].name;
      fact.object_mention = extraction.entities[match.other].name;
      extraction.facts.push_back(std::move(fact));
    }
    for (const StaticMatch& match : FindPlaceRelations(
             tree, sentence.mentions, entity_of_mention[s], extraction.entities, rep_->knowledge)) {
      Fact fact = make_fact(match.relation, false, match.person, match.other, match.role_first,
                            match.role_last);
      fact.subject_mention = extraction.entities[match.person].name;
      fact.object_mention = extraction.entities[match.other].name;
      extraction.facts.push_back(std::move(fact));
    }
  }
  return extraction;
}

}  // namespace kg
