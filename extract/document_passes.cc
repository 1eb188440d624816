#include "document_passes.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "entity_cleanup.h"
#include "kg/ascii.h"
#include "names/head_words.h"
#include "names/name_tagger_words.h"
#include "names/title_case.h"
#include "names/word_shape.h"
#include "relations/date_resolver.h"
#include "relations/group_agent.h"
#include "relations/hyphen_compounds.h"
#include "relations/modality.h"
#include "relations/place_relations.h"
#include "relations/relation_matcher.h"
#include "relations/static_relations.h"

namespace kg {
namespace {

// How many arcs a pronoun rule climbs from the pronoun towards its clause.
constexpr int kMaxClimb = 4;

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

// The token of `mention` whose head lies outside it.
int HeadToken(const DependencyTree& tree, const TokenMention& mention) {
  for (int i = mention.first; i <= mention.last; ++i) {
    const int head = tree.head(i);
    if (head < mention.first || head > mention.last) return i;
  }
  return mention.last;
}

// Whether `mention` is the subject of a verb whose object or oblique is another of `mentions`
// that names a person: people meet, call and praise people ("Trump met with Putin"); weather
// and things hit places ("Rain hit Paris").
bool IsSubjectBesideName(const DependencyTree& tree, const TokenMention& mention,
                         const std::vector<TokenMention>& mentions,
                         const NameKnowledge& knowledge) {
  const int head = HeadToken(tree, mention);
  if (tree.deprel(head) != "nsubj" || tree.head(head) < 0) return false;
  for (const int child : tree.children(tree.head(head))) {
    const std::string_view relation = tree.deprel(child);
    if (relation != "obj" && !relation.starts_with("obl")) continue;
    for (const TokenMention& other : mentions) {
      const bool person = other.context_type == EntityType::kPerson ||
                          knowledge.Resolve(other.text).type == EntityType::kPerson;
      if (child >= other.first && child <= other.last && person) return true;
    }
  }
  return false;
}

// The entities a definite description may refer to, as the document names them.
class DescriptionCandidates {
 public:
  explicit DescriptionCandidates(const NameKnowledge& knowledge) : knowledge_(knowledge) {}

  // Notes a named entity, in text order.
  void Add(const Entity& named, int entity) {
    if (named.type != EntityType::kOrg || !seen_.insert(entity).second) return;
    const std::size_t space = named.name.rfind(' ');
    if (space == std::string::npos) return;
    const Vocabulary& words = knowledge_.words();
    const std::string head = named.name.substr(space + 1);
    if (words.organisation_head_words.Contains(head)) by_head_[AsciiLower(head)].push_back(entity);
    if (words.company_heads.Contains(head) || words.business_head_words.Contains(head) ||
        IsCompanyForm(words, head)) {
      companies_.push_back(entity);
    }
    if (words.group_heads.Contains(head)) groups_.push_back(entity);
  }

  // The one entity `noun` refers to, or -1.
  int For(std::string_view noun) const {
    const Vocabulary& words = knowledge_.words();
    const auto named = by_head_.find(std::string(noun));
    const std::vector<int>* candidates = named != by_head_.end() ? &named->second
                                         : words.company_descriptions.Contains(noun) ? &companies_
                                         : words.group_descriptions.Contains(noun)   ? &groups_
                                                                                     : nullptr;
    return candidates != nullptr && candidates->size() == 1 ? candidates->front() : -1;
  }

 private:
  const NameKnowledge& knowledge_;
  std::set<int> seen_;
  std::map<std::string, std::vector<int>> by_head_;
  std::vector<int> companies_, groups_;
};

// Whether token `t` is the lower-case head noun of a definite noun phrase ("the party"), and
// not a modifier inside another noun phrase ("the party leader").
bool IsDefiniteDescription(const DependencyTree& tree, int t) {
  const std::string_view form = tree.token(t).form;
  if (tree.upos(t) != "NOUN" || form.empty() || form[0] < 'a' || form[0] > 'z') return false;
  if (tree.token(t).xpos != "NN") return false;
  const std::string_view relation = tree.deprel(t);
  if (relation == "compound" || relation == "flat") return false;
  const int determiner = tree.Child(t, "det");
  return determiner >= 0 && tree.lemma(determiner) == "the";
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

// The trigger with its auxiliaries and an adjacent particle or preposition: "had captured",
// "met with", "pushed back against". Returns its first and last token.
std::pair<int, int> TriggerRange(const DependencyTree& tree, int trigger) {
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
  return {first, last};
}

// A question asserts nothing: "Did Ortiz meet Mensah?"
bool IsQuestion(const DependencyTree& tree) {
  return tree.size() > 0 && tree.token(tree.size() - 1).form == "?";
}

bool HasProperNoun(const TaggedName& name, const std::vector<syntax::Token>& tokens) {
  for (int k = name.first; k <= name.last; ++k) {
    if (tokens[static_cast<std::size_t>(k)].upos == "PROPN") return true;
  }
  return false;
}

// Whether "of", "and" or "&" and a capitalised word follow the name: the recogniser cut a longer
// name there ("U.S. Securities | and Exchange Commission"), which the rules join.
bool StopsBeforeConnective(const TaggedName& name, const std::vector<syntax::Token>& tokens) {
  const auto next = static_cast<std::size_t>(name.last) + 1;
  if (next + 1 >= tokens.size()) return false;
  const std::string_view form = tokens[next].form;
  return (form == "of" || form == "and" || form == "&") && IsCapitalised(tokens[next + 1].form);
}

// Inside a name of several words that the tagger saw a proper noun in, the capitalised words
// after the sentence's first are proper nouns too, whatever the tagger said ("Elon Musk", "the
// Dravik Mining Company"). The recogniser widens the names the rules see; it does not make names
// of words the tagger saw no name in, nor of a sentence's capitalised first word.
void MakeProperNouns(const std::vector<TaggedName>& names, std::vector<syntax::Token>& tokens) {
  for (const TaggedName& name : names) {
    if (name.first == name.last || !HasProperNoun(name, tokens) ||
        StopsBeforeConnective(name, tokens))
      continue;
    for (int k = std::max(name.first, 1); k <= name.last; ++k) {
      syntax::Token& token = tokens[static_cast<std::size_t>(k)];
      if (!IsCapitalised(token.form) || token.upos == "PROPN") continue;
      token.upos = "PROPN";
      token.xpos = token.xpos == "NNS" ? "NNPS" : "NNP";
    }
  }
}

// Whether the phrase headed by `token` coordinates ("A and B", also where the parser hung B on
// A as a modifier and kept the "and").
bool HoldsCoordination(const DependencyTree& tree, int token, int depth) {
  for (int child : tree.children(token)) {
    const std::string_view relation = tree.deprel(child);
    if (relation == "conj" || relation == "cc") return true;
    if (depth > 0 && child != token && HoldsCoordination(tree, child, depth - 1)) return true;
  }
  return false;
}

}  // namespace

DocumentPasses::DocumentPasses(const Document& document, std::vector<syntax::Sentence> sentences,
                               const syntax::AnalysisCuts& cuts, const NameKnowledge& knowledge,
                               const NameTagger& name_tagger, const RelationLexicon& lexicon)
    : document_(document),
      text_(document.text),
      knowledge_(knowledge),
      lexicon_(lexicon),
      sentences_(std::move(sentences)) {
  RecogniseNames(name_tagger);
  trees_.reserve(sentences_.size());
  for (const syntax::Sentence& sentence : sentences_)
    trees_.emplace_back(sentence);
  mentions_.resize(sentences_.size());
  entity_of_token_.resize(sentences_.size());
  entity_of_mention_.resize(sentences_.size());
  extraction_.doc_id = document.id;
  extraction_.date = document.date;
  extraction_.cuts = {cuts.long_sentences, cuts.skipped_tokens, cuts.first_skipped_byte};
}

Extraction DocumentPasses::Run() {
  LinkNames(FindNames());
  ResolveDescriptions();
  ResolvePronouns();
  for (std::uint32_t s = 0; s < sentences_.size(); ++s)
    FindFacts(s);
  return std::move(extraction_);
}

void DocumentPasses::RecogniseNames(const NameTagger& name_tagger) {
  std::vector<std::vector<std::string_view>> forms(sentences_.size());
  DocumentCase document;
  for (std::size_t s = 0; s < sentences_.size(); ++s) {
    for (const syntax::Token& token : sentences_[s].tokens)
      forms[s].push_back(token.form);
    document.AddSentence(forms[s]);
  }
  std::vector<std::string_view> upos;
  for (std::size_t s = 0; s < sentences_.size(); ++s) {
    std::vector<syntax::Token>& tokens = sentences_[s].tokens;
    upos.clear();
    for (const syntax::Token& token : tokens)
      upos.push_back(token.upos);
    MakeProperNouns(name_tagger.Tag(NameTaggerWords(forms[s], upos, knowledge_, document)), tokens);
  }
}

std::vector<NameMention> DocumentPasses::FindNames() {
  std::vector<NameMention> names;
  for (std::uint32_t s = 0; s < sentences_.size(); ++s) {
    const DependencyTree& tree = trees_[s];
    mentions_[s] = FindMentions(tree, text_, knowledge_);
    const std::vector<TokenMention>& mentions = mentions_[s];
    const int sentence_start = static_cast<int>(names.size());
    const int first_word = FirstWord(tree);
    const bool title_case = IsTitleCase(tree, knowledge_);
    for (std::size_t m = 0; m < mentions.size(); ++m) {
      const TokenMention& mention = mentions[m];
      const std::string_view tag = tree.token(mention.last).xpos;
      names.push_back({mention.text, s, mention.span, mention.context_type,
                       mention.first == first_word, title_case, tag == "NNS" || tag == "NNPS"});
      names.back().subject_beside_name = IsSubjectBesideName(tree, mention, mentions, knowledge_);
      names.back().before_verb =
          mention.last + 1 < tree.size() &&
          (tree.upos(mention.last + 1) == "VERB" || tree.upos(mention.last + 1) == "AUX");
      if (mention.first == mention.last) {
        names.back().type_scores = knowledge_.name_types().ContextScores(tree, mention.first);
      }
      if (m > 0 && IsBracketedAcronym(text_, mentions[m - 1], mention))
        names.back().defined_by = static_cast<int>(names.size()) - 2;
      for (std::size_t other = 0; other < mentions.size(); ++other) {
        if (other != m && mention.conjunct >= mentions[other].first &&
            mention.conjunct <= mentions[other].last) {
          names.back().conjoined_with = sentence_start + static_cast<int>(other);
        }
      }
    }
  }
  return names;
}

void DocumentPasses::LinkNames(const std::vector<NameMention>& names) {
  std::vector<std::uint32_t> entity_of_name;
  extraction_.entities = LinkEntities(names, knowledge_, &entity_of_name);
  CleanEntities(knowledge_.words(), &extraction_.entities, &entity_of_name);
  KeepNamesThatLinked(entity_of_name);
  std::erase(entity_of_name, kNotAName);
  RecordEntitiesOfTokens(entity_of_name);
}

// Drops the mentions that are not names after all.
void DocumentPasses::KeepNamesThatLinked(const std::vector<std::uint32_t>& entity_of_name) {
  std::size_t name_at = 0;
  for (std::vector<TokenMention>& mentions : mentions_) {
    std::vector<TokenMention> kept;
    for (const TokenMention& mention : mentions) {
      if (entity_of_name[name_at++] != kNotAName) kept.push_back(mention);
    }
    mentions = std::move(kept);
  }
}

// `entity_of_name` holds the entities of the kept mentions, in text order.
void DocumentPasses::RecordEntitiesOfTokens(const std::vector<std::uint32_t>& entity_of_name) {
  std::size_t name_index = 0;
  for (std::uint32_t s = 0; s < sentences_.size(); ++s) {
    entity_of_token_[s].assign(sentences_[s].tokens.size(), -1);
    for (const TokenMention& mention : mentions_[s]) {
      const std::uint32_t entity = entity_of_name[name_index++];
      entity_of_mention_[s].push_back(entity);
      for (int t = mention.first; t <= mention.last; ++t)
        entity_of_token_[s][t] = static_cast<int>(entity);
      records_.push_back({s, mention.first, entity, IsSubjectToken(trees_[s], mention)});
    }
  }
}

int DocumentPasses::ClauseSubjectEntity(std::uint32_t s, int pronoun) const {
  const DependencyTree& tree = trees_[s];
  const std::string_view relation = tree.deprel(pronoun);
  const bool object = relation == "obj" || relation == "iobj" || relation.starts_with("obl");
  const int clause = tree.head(pronoun);
  if (!object || clause < 0) return -1;
  for (std::string_view subject : {"nsubj", "nsubj:pass"}) {
    const int token = tree.Child(clause, subject);
    if (token >= 0 && entity_of_token_[s][token] >= 0) return entity_of_token_[s][token];
  }
  return -1;
}

// "sanctions on Halvard Shipping and its owner", "Lenz and his wife": a possessive pronoun in a
// conjunct stands for the first conjunct when that fits it.
int DocumentPasses::FirstConjunctOwner(std::uint32_t s, int pronoun) const {
  const DependencyTree& tree = trees_[s];
  const int noun = tree.head(pronoun);
  if (tree.deprel(pronoun) != "nmod:poss" || noun < 0 || tree.deprel(noun) != "conj") return -1;
  int first = tree.head(noun);
  // A noun conjunct the parser hung on the verb ("charged X and its chairman"): the verb's
  // object before it is the first conjunct.
  if (first >= 0 && tree.upos(first) == "VERB") first = tree.Child(first, "obj");
  if (first < 0 || first > pronoun) return -1;
  const int entity = entity_of_token_[s][first];
  if (entity < 0 || !PronounFits(tree.lemma(pronoun),
                                 extraction_.entities[static_cast<std::size_t>(entity)].type))
    return -1;
  return entity;
}

// "During her visit to Lisbon, Ines Calloway met ...", "After he landed, Omar Saleski ...": a
// pronoun inside an adverbial that opens its clause, before the clause's subject, refers to
// that subject when it fits (English lets a pronoun come first only so).
int DocumentPasses::FrontedAdverbialSubject(std::uint32_t s, int pronoun) const {
  const DependencyTree& tree = trees_[s];
  int adverbial = pronoun;
  for (int step = 0; adverbial >= 0 && step < kMaxClimb; ++step) {
    const std::string_view relation = tree.deprel(adverbial);
    if (relation.starts_with("obl") || relation == "advcl") break;
    adverbial = tree.head(adverbial);
  }
  if (adverbial < 0) return -1;
  const std::string_view relation = tree.deprel(adverbial);
  const int clause = tree.head(adverbial);
  if (clause < 0 || (!relation.starts_with("obl") && relation != "advcl")) return -1;
  const int subject = tree.Child(clause, "nsubj");
  if (subject < 0 || subject < adverbial || subject < pronoun) return -1;
  const int entity = entity_of_token_[s][subject];
  if (entity < 0 || !PronounFits(tree.lemma(pronoun), extraction_.entities[entity].type)) return -1;
  return entity;
}

// "'We will not meet Vale,' Salo said", "Salo said our troops would stay": a first-person pronoun
// in a clause that a speech verb reports stands for the speech verb's subject.
int DocumentPasses::SpeakerOf(std::uint32_t s, int pronoun) const {
  const DependencyTree& tree = trees_[s];
  const WordList& speech_verbs = knowledge_.words().speech_verbs;
  int token = pronoun;
  for (int step = 0; token >= 0 && step < kMaxClimb; ++step) {
    int speech = -1;
    const int head = tree.head(token);
    const std::string_view relation = tree.deprel(token);
    if (head >= 0 && (relation == "ccomp" || relation == "parataxis") &&
        speech_verbs.Contains(tree.lemma(head))) {
      speech = head;
    }
    for (int child : tree.children(token)) {  // "'...,' Salo said": the verb hangs on the quote
      if (tree.deprel(child) == "parataxis" && speech_verbs.Contains(tree.lemma(child)))
        speech = child;
    }
    if (speech >= 0) {
      const int subject = tree.Child(speech, "nsubj");
      return subject >= 0 ? entity_of_token_[s][subject] : -1;
    }
    token = head;
  }
  return -1;
}

// "Sanders and Obama announced their support": a plural pronoun in a clause whose subject is a
// coordination of names stands for those names together, which no one entity is.
bool DocumentPasses::RefersToCoordinatedSubject(std::uint32_t s, int pronoun) const {
  const DependencyTree& tree = trees_[s];
  const std::string_view lemma = tree.lemma(pronoun);
  if (lemma != "they" && lemma != "their") return false;
  int token = pronoun;
  for (int step = 0; token >= 0 && step < kMaxClimb; ++step) {
    const int subject = tree.Child(token, "nsubj");
    if (subject >= 0 && subject != pronoun && HoldsCoordination(tree, subject, kMaxClimb))
      return true;
    token = tree.head(token);
  }
  return false;
}

// "the party", "the front" after "the Civic Dawn Party", "the Kivu Patriotic Front": a definite
// noun phrase whose noun is the organisation head word of exactly one organisation the document
// has named before it refers to that organisation; so does a class noun of exactly one company
// or group named before it ("the carmaker" after "Kestrel Motors", "the group" after "the X
// Front").
void DocumentPasses::ResolveDescriptions() {
  DescriptionCandidates candidates(knowledge_);
  for (std::uint32_t s = 0; s < sentences_.size(); ++s) {
    const DependencyTree& tree = trees_[s];
    for (int t = 0; t < tree.size(); ++t) {
      const int entity = entity_of_token_[s][t];
      if (entity >= 0) candidates.Add(extraction_.entities[entity], entity);
      if (entity >= 0 || !IsDefiniteDescription(tree, t)) continue;
      const int described = candidates.For(tree.lemma(t));
      if (described < 0) continue;
      entity_of_token_[s][t] = described;
      const syntax::Token& token = tree.token(t);
      extraction_.entities[described].mentions.push_back(
          {token.form, s, {token.begin, token.end}, MentionKind::kDescription});
      RecordResolvedSubject(s, t, described);
    }
  }
}

// "the X movement, whose leader, Y,": "whose" stands for the nearest noun before it that its
// phrase hangs on.
void DocumentPasses::ResolveRelativePossessive(std::uint32_t s, int pronoun) {
  const DependencyTree& tree = trees_[s];
  int antecedent = tree.head(pronoun);
  for (int step = 0; antecedent >= 0 && step < kMaxClimb; ++step) {
    const std::string_view upos = tree.upos(antecedent);
    if (antecedent < pronoun && (upos == "NOUN" || upos == "PROPN")) break;
    antecedent = tree.head(antecedent);
  }
  if (antecedent < 0 || antecedent > pronoun) return;
  const ArgumentResolver arguments(knowledge_.words(), tree, entity_of_token_[s],
                                   extraction_.entities);
  const std::optional<Argument> owner = arguments.Resolve(antecedent);
  if (!owner) return;
  entity_of_token_[s][pronoun] = static_cast<int>(owner->entity);
}

// A pronoun that is a clause's subject stands for its entity as a subject for the pronouns after
// it: "She met X and travelled to Amman, where she ..." (the second "she" is the first's, not X).
void DocumentPasses::RecordResolvedSubject(std::uint32_t s, int pronoun, int entity) {
  const DependencyTree& tree = trees_[s];
  const std::string_view relation = tree.deprel(pronoun);
  if (relation != "nsubj" && relation != "nsubj:pass") return;
  const MentionRecord record{s, pronoun, static_cast<std::uint32_t>(entity), true};
  const auto at = std::upper_bound(
      records_.begin(), records_.end(), record, [](const MentionRecord& a, const MentionRecord& b) {
        return a.sentence != b.sentence ? a.sentence < b.sentence : a.first < b.first;
      });
  records_.insert(at, record);
}

void DocumentPasses::ResolvePronouns() {
  for (std::uint32_t s = 0; s < sentences_.size(); ++s) {
    const DependencyTree& tree = trees_[s];
    for (int t = 0; t < tree.size(); ++t) {
      if (tree.upos(t) != "PRON") continue;
      if (tree.token(t).xpos == "WP$") {
        ResolveRelativePossessive(s, t);
        continue;
      }
      // A possessive form stands for its owner only as a possessor ("its troops"), not where
      // a typo made it a subject ("Its plausible that ..."); "her" is an object form too.
      if (tree.token(t).xpos == "PRP$" && tree.deprel(t) != "nmod:poss" &&
          !(tree.lemma(t) == "her" && tree.deprel(t) == "obj")) {
        continue;
      }
      if (RefersToCoordinatedSubject(s, t)) continue;
      const bool first_person =
          knowledge_.words().first_person_pronouns.Contains(AsciiLower(tree.token(t).form));
      int entity = first_person ? SpeakerOf(s, t) : FrontedAdverbialSubject(s, t);
      if (entity < 0 && !first_person) entity = FirstConjunctOwner(s, t);
      if (entity < 0 && !first_person) {
        entity = ResolvePronoun(tree.lemma(t), s, t, records_, extraction_.entities,
                                ClauseSubjectEntity(s, t));
      }
      if (entity < 0) continue;
      entity_of_token_[s][t] = entity;
      RecordResolvedSubject(s, t, entity);
      const syntax::Token& token = tree.token(t);
      extraction_.entities[entity].mentions.push_back(
          {token.form, s, {token.begin, token.end}, MentionKind::kPronoun});
    }
  }
}

void DocumentPasses::FindFacts(std::uint32_t s) {
  const ArgumentResolver arguments(knowledge_.words(), trees_[s], entity_of_token_[s],
                                   extraction_.entities);
  if (!IsQuestion(trees_[s])) AddRelationFacts(s, arguments);
  AddRoleFacts(s);
  AddPlaceFacts(s);
}

void DocumentPasses::AddRelationFacts(std::uint32_t s, const ArgumentResolver& arguments) {
  const DependencyTree& tree = trees_[s];
  for (const RelationMatch& match :
       MatchRelations(knowledge_.words(), tree, lexicon_, arguments, extraction_.entities)) {
    const RelationInfo& relation = lexicon_.relations()[match.frame->relation];
    const std::uint32_t subject = ActingEntity(match.subject.entity);
    const std::uint32_t object = PlaceTakingRelation(relation.name)
                                     ? match.object.entity
                                     : ActingEntity(match.object.entity);
    if (subject == object) continue;
    const auto [trigger_first, trigger_last] = TriggerRange(tree, match.trigger);
    Fact fact = MakeFact(s, relation.name, relation.symmetric, subject, object, trigger_first,
                         trigger_last);
    fact.subject_mention = ArgumentText(s, match.subject);
    fact.object_mention = ArgumentText(s, match.object);
    fact.agent = match.subject.agent;
    const ModalityReading modality =
        ReadModality(knowledge_.words(), tree, match.trigger, match.via);
    fact.modality = modality.modality;
    if (const auto source = arguments.Resolve(modality.source_token)) {
      fact.source = extraction_.entities[source->entity].name;
    }
    fact.location = LocationOf(tree, match.trigger, entity_of_token_[s], extraction_.entities);
    if (fact.location.empty()) {  // "met Mensah in Accra", with "in Accra" on the object
      fact.location =
          LocationOf(tree, match.object.token, entity_of_token_[s], extraction_.entities);
    }
    fact.date = ResolveEventDate(knowledge_.words(), tree, match.trigger, document_.date);
    extraction_.facts.push_back(std::move(fact));
  }
}

void DocumentPasses::AddRoleFacts(std::uint32_t s) {
  for (const StaticMatch& match :
       FindStaticRelations(knowledge_.words(), trees_[s], mentions_[s], entity_of_mention_[s],
                           entity_of_token_[s], extraction_.entities)) {
    const std::uint32_t other = RoleEntity(match.other);
    if (other == match.person) continue;
    Fact fact = MakeFact(s, match.relation, lexicon_.IsSymmetric(match.relation), match.person,
                         other, match.role_first, match.role_last);
    fact.subject_mention = extraction_.entities[match.person].name;
    fact.object_mention = extraction_.entities[match.other].name;
    extraction_.facts.push_back(std::move(fact));
  }
}

void DocumentPasses::AddPlaceFacts(std::uint32_t s) {
  std::vector<StaticMatch> matches = FindPlaceRelations(
      trees_[s], mentions_[s], entity_of_mention_[s], extraction_.entities, knowledge_);
  for (StaticMatch& match : FindHyphenCompounds(knowledge_, trees_[s], mentions_[s],
                                                entity_of_mention_[s], extraction_.entities))
    matches.push_back(std::move(match));
  for (const StaticMatch& match : matches) {
    Fact fact = MakeFact(s, match.relation, lexicon_.IsSymmetric(match.relation), match.person,
                         match.other, match.role_first, match.role_last);
    fact.subject_mention = extraction_.entities[match.person].name;
    fact.object_mention = extraction_.entities[match.other].name;
    extraction_.facts.push_back(std::move(fact));
  }
}

Fact DocumentPasses::MakeFact(std::uint32_t s, std::string relation, bool symmetric,
                              std::uint32_t subject, std::uint32_t object, int trigger_first,
                              int trigger_last) const {
  const DependencyTree& tree = trees_[s];
  const Span sentence_span{sentences_[s].begin, sentences_[s].end};
  const Span trigger{tree.token(trigger_first).begin, tree.token(trigger_last).end};
  Fact fact;
  fact.relation = std::move(relation);
  fact.symmetric = symmetric;
  fact.subject = subject;
  fact.object = object;
  fact.date = document_.date;
  fact.trigger = text_.substr(trigger.begin, trigger.end - trigger.begin);
  fact.trigger_span = trigger;
  fact.sentence = s;
  fact.sentence_span = sentence_span;
  fact.sentence_text = text_.substr(sentence_span.begin, sentence_span.end - sentence_span.begin);
  return fact;
}

std::string DocumentPasses::ArgumentText(std::uint32_t s, const Argument& argument) const {
  const DependencyTree& tree = trees_[s];
  int first = argument.token;
  int last = argument.token;
  for (const TokenMention& mention : mentions_[s]) {
    if (mention.first <= argument.token && argument.token <= mention.last) {
      first = mention.first;
      last = mention.last;
    }
  }
  const int group = tree.head(argument.token);
  if (!argument.agent.empty() && group > last &&
      GroupAgent(knowledge_.words(), tree.token(group).form) == argument.agent) {
    last = group;
  }
  const Span span{tree.token(first).begin, tree.token(last).end};
  return std::string(text_.substr(span.begin, span.end - span.begin));
}

std::uint32_t DocumentPasses::RoleEntity(std::uint32_t entity) {
  return StateOr(knowledge_.StateOfSeat(extraction_.entities[entity].name), entity);
}

std::uint32_t DocumentPasses::ActingEntity(std::uint32_t entity) {
  return StateOr(knowledge_.StateActingFor(extraction_.entities[entity].name), entity);
}

std::uint32_t DocumentPasses::StateOr(const std::optional<std::string>& state,
                                      std::uint32_t entity) {
  return state ? FindOrAddEntity(*state, EntityType::kGpe, &extraction_.entities) : entity;
}

}  // namespace kg
