// Extraction: what kg finds in one document, in the vocabulary of the extraction contract.
//
// Entities are the document's canonical nodes; facts refer to them by index. Each fact is one
// piece of evidence (one sentence) for a typed relation between two entities. Spans are byte
// ranges [begin, end) into Document::text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

enum class EntityType : std::uint8_t { kPerson, kGpe, kOrg, kLoc };

std::string_view EntityTypeName(EntityType type);  // "PERSON", "GPE", "ORG", "LOC"
bool ParseEntityType(std::string_view name, EntityType* type);

struct Span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;

  bool operator==(const Span&) const = default;
};

// How a mention refers to its entity: by a name ("Putin", "U.S."), by a word for its people
// ("Russian" for Russia), by the name of its armed service ("US Marines" for the United
// States, an organisation's name standing for the state), by a pronoun ("he"), or by a
// definite description ("the party" after "the Civic Dawn Party").
enum class MentionKind : std::uint8_t { kName, kDemonym, kService, kPronoun, kDescription };

// "name", "demonym", "service", "pronoun", "description"
std::string_view MentionKindName(MentionKind kind);
bool ParseMentionKind(std::string_view name, MentionKind* kind);

struct Mention {
  std::string text;
  std::uint32_t sentence = 0;
  Span span;
  MentionKind kind = MentionKind::kName;

  bool operator==(const Mention&) const = default;
};

struct Entity {
  std::string name;  // canonical name
  EntityType type = EntityType::kPerson;
  std::vector<std::string> aliases;  // other surface forms seen in the document
  std::vector<Mention> mentions;

  bool operator==(const Entity&) const = default;
};

struct Fact {
  std::string relation;       // e.g. "met_with"
  bool symmetric = false;     // the relation has no direction (met_with, agreed_with)
  std::uint32_t subject = 0;  // index into Extraction::entities
  std::uint32_t object = 0;
  std::string subject_mention;
  std::string object_mention;
  std::string modality = "asserted";
  std::string source;    // who the statement is attributed to (reported/claimed); may be empty
  std::string agent;     // the group that acted for the subject ("military", "officials", ...)
  std::string location;  // where it happened, when the sentence says
  std::string date;
  std::string trigger;
  std::uint32_t sentence = 0;
  Span sentence_span;
  Span trigger_span;
  std::string sentence_text;

  bool operator==(const Fact&) const = default;
};

// Work the extractor skipped to keep its time linear in the text (ExtractorOptions::limits); all
// zero for ordinary news. Callers report cuts: they are never silent.
struct ExtractionCuts {
  std::uint32_t long_sentences = 0;      // sentences over the token limit, analysed in pieces
  std::uint64_t skipped_tokens = 0;      // tokens past the document limit, not analysed
  std::uint32_t first_skipped_byte = 0;  // where the first skipped token starts

  bool any() const { return long_sentences > 0 || skipped_tokens > 0; }
  bool operator==(const ExtractionCuts&) const = default;
};

struct Extraction {
  std::string doc_id;
  std::string date;
  std::vector<Entity> entities;
  std::vector<Fact> facts;
  ExtractionCuts cuts;

  bool operator==(const Extraction&) const = default;
};

}  // namespace kg
