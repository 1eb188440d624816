// DocumentPasses: one analysed document on its way to an Extraction, pass by pass.
//
// Extractor::Extract analyses the text (sentences, tags, trees) and hands the sentences here.
// The passes run in this order, each reading what the ones before it left:
//   1. FindNames      name mentions in every sentence (mention_finder)
//   2. LinkNames      mentions into the document's entities (entity_linker); what is not a name
//                     after all is dropped, and every token of a name knows its entity
//   3. ResolvePronouns  pronouns to the names before them (pronoun_resolver), or in a clause-
//                     opening adverbial to the clause's subject after them
//   4. FindFacts      per sentence: relation frames (relation_matcher), roles and kinship
//                     (static_relations), places (place_relations), with evidence and qualifiers
// Run() performs them all; the passes are public so that each can be followed on its own.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kg/document.h"
#include "kg/extraction.h"
#include "kg/syntax/analyzer.h"
#include "names/entity_linker.h"
#include "names/mention_finder.h"
#include "names/name_knowledge.h"
#include "names/name_tagger.h"
#include "names/pronoun_resolver.h"
#include "relations/argument_resolver.h"
#include "relations/dependency_tree.h"
#include "relations/relation_lexicon.h"

namespace kg {

class DocumentPasses {
 public:
  // `document`, `knowledge` and `lexicon` must outlive the passes; `name_tagger` runs here,
  // before any pass (RecogniseNames).
  DocumentPasses(const Document& document, std::vector<syntax::Sentence> sentences,
                 const syntax::AnalysisCuts& cuts, const NameKnowledge& knowledge,
                 const NameTagger& name_tagger, const RelationLexicon& lexicon);
  DocumentPasses(const DocumentPasses&) = delete;
  DocumentPasses& operator=(const DocumentPasses&) = delete;

  // All passes, in order; the passes object is spent afterwards.
  Extraction Run();

  // The name mentions of every sentence, in text order, as the linker takes them.
  std::vector<NameMention> FindNames();
  // Links `names` (from FindNames) into the extraction's entities.
  void LinkNames(const std::vector<NameMention>& names);
  void ResolveDescriptions();
  void ResolvePronouns();
  void RecordResolvedSubject(std::uint32_t s, int pronoun, int entity);
  void ResolveRelativePossessive(std::uint32_t s, int pronoun);
  // The facts of sentence `s`.
  void FindFacts(std::uint32_t s);

 private:
  // Whether a plural pronoun refers to the coordinated names that are its clause's subject.
  bool RefersToCoordinatedSubject(std::uint32_t s, int pronoun) const;
  // The entity of the first conjunct a possessive pronoun's noun is coordinated with ("X and its
  // owner"), when the pronoun fits it; -1 else.
  int FirstConjunctOwner(std::uint32_t s, int pronoun) const;
  // The entity of the subject a pronoun in a clause-opening adverbial refers to, or -1.
  int FrontedAdverbialSubject(std::uint32_t s, int pronoun) const;
  // The entity of the subject of the clause an object pronoun at `pronoun` belongs to, or -1.
  int ClauseSubjectEntity(std::uint32_t s, int pronoun) const;
  // The entity that says the words a first-person pronoun at `pronoun` is in, or -1.
  int SpeakerOf(std::uint32_t s, int pronoun) const;
  // Runs the name recogniser on every sentence and makes the capitalised words it puts inside a
  // name proper nouns, so that the rules take them for the names they are ("Elon Musk", "the
  // Dravik Mining Company", where the tagger saw common nouns).
  void RecogniseNames(const NameTagger& name_tagger);
  void KeepNamesThatLinked(const std::vector<std::uint32_t>& entity_of_name);
  void RecordEntitiesOfTokens(const std::vector<std::uint32_t>& entity_of_name);
  void AddRelationFacts(std::uint32_t s, const ArgumentResolver& arguments);
  void AddRoleFacts(std::uint32_t s);
  void AddPlaceFacts(std::uint32_t s);
  // A fact of sentence `s` with its evidence; the trigger spans tokens [trigger_first,
  // trigger_last].
  Fact MakeFact(std::uint32_t s, std::string relation, bool symmetric, std::uint32_t subject,
                std::uint32_t object, int trigger_first, int trigger_last) const;
  // The words that named an argument: the whole name, "Russian troops" for a group, or the
  // pronoun.
  std::string ArgumentText(std::uint32_t s, const Argument& argument) const;
  // The entity that acts when `entity` is named: a capital or seat of government acting in a
  // relation is its state ("Moscow accused Kyiv" is Russia accusing Ukraine).
  std::uint32_t ActingEntity(std::uint32_t entity);
  // The entity a role is held in when `entity` is named with the role: a seat of government is
  // its state ("Kremlin spokesman"), a capital stays the city ("the mayor of Paris").
  std::uint32_t RoleEntity(std::uint32_t entity);
  // The entity of the state named `state`, added if new; `entity` when there is none.
  std::uint32_t StateOr(const std::optional<std::string>& state, std::uint32_t entity);

  const Document& document_;
  std::string_view text_;
  const NameKnowledge& knowledge_;
  const RelationLexicon& lexicon_;
  std::vector<syntax::Sentence> sentences_;
  std::vector<DependencyTree> trees_;                // one a sentence, viewing sentences_
  std::vector<std::vector<TokenMention>> mentions_;  // a sentence's names, in text order
  std::vector<std::vector<int>> entity_of_token_;    // a sentence's tokens' entities, or -1
  std::vector<std::vector<std::uint32_t>> entity_of_mention_;  // parallel to mentions_
  std::vector<MentionRecord> records_;  // name mentions and subject pronouns, for pronouns
  Extraction extraction_;
};

}  // namespace kg
