#include "schema.h"

#include <bit>

#include "coding.h"

namespace kg::store {
namespace {

constexpr std::uint8_t kValueVersion = 1;
constexpr std::uint8_t kImportedEdgeVersion = 2;
// Evidence with the contract's qualifiers (source, agent, location) and the publication date.
constexpr std::uint8_t kQualifiedEvidenceVersion = 2;
// Entities with their type votes and whether a user pinned the name.
constexpr std::uint8_t kVotedEntityVersion = 2;

bool ReadVersion(Decoder* in) {
  std::uint8_t version = 0;
  return in->ReadByte(&version) && version == kValueVersion;
}

bool ReadU32(Decoder* in, std::uint32_t* value) {
  std::uint64_t wide = 0;
  if (!in->ReadVarint(&wide) || wide > UINT32_MAX) return false;
  *value = static_cast<std::uint32_t>(wide);
  return true;
}

void PutSpan(std::string* out, Span span) {
  PutVarint(out, span.begin);
  PutVarint(out, span.end);
}

bool ReadSpan(Decoder* in, Span* span) {
  return ReadU32(in, &span->begin) && ReadU32(in, &span->end);
}

}  // namespace

std::string EntityKey(EntityId id) {
  return BigEndian64(id);
}

std::string AliasPrefix(std::string_view normalized_name) {
  std::string key(normalized_name);
  key.push_back('\0');
  return key;
}

std::string AliasKey(std::string_view normalized_name, EntityId id) {
  std::string key = AliasPrefix(normalized_name);
  PutBigEndian64(&key, id);
  return key;
}

std::string MentionKey(EntityId id, std::string_view doc_id) {
  std::string key = EntityKey(id);
  key.append(doc_id);
  return key;
}

void AppendOutEdgeKey(std::string* out, const EdgeKey& edge) {
  PutBigEndian64(out, edge.source);
  PutBigEndian32(out, edge.relation);
  PutBigEndian64(out, edge.target);
}

void AppendInEdgeKey(std::string* out, const EdgeKey& edge) {
  PutBigEndian64(out, edge.target);
  PutBigEndian32(out, edge.relation);
  PutBigEndian64(out, edge.source);
}

std::string OutEdgeKey(const EdgeKey& edge) {
  std::string key;
  AppendOutEdgeKey(&key, edge);
  return key;
}

std::string InEdgeKey(const EdgeKey& edge) {
  std::string key;
  AppendInEdgeKey(&key, edge);
  return key;
}

EdgeKey ParseOutEdgeKey(std::string_view key) {
  return {ReadBigEndian64(key), ReadBigEndian32(key.substr(8)), ReadBigEndian64(key.substr(12))};
}

EdgeKey ParseInEdgeKey(std::string_view key) {
  return {ReadBigEndian64(key.substr(12)), ReadBigEndian32(key.substr(8)), ReadBigEndian64(key)};
}

std::string EvidenceKey(const EdgeKey& edge, std::uint64_t doc_number, std::uint32_t seq) {
  std::string key = OutEdgeKey(edge);
  PutBigEndian64(&key, doc_number);
  PutBigEndian32(&key, seq);
  return key;
}

std::string EncodeEntity(const EntityRecord& entity) {
  std::string out(1, static_cast<char>(kVotedEntityVersion));
  out.push_back(static_cast<char>(entity.type));
  PutString(&out, entity.name);
  PutVarint(&out, entity.aliases.size());
  for (const std::string& alias : entity.aliases)
    PutString(&out, alias);
  PutVarint(&out, entity.mention_count);
  PutString(&out, entity.first_seen);
  PutString(&out, entity.last_seen);
  for (std::uint64_t votes : entity.type_votes)
    PutVarint(&out, votes);
  PutVarint(&out, entity.document_names.size());
  for (const std::string& name : entity.document_names)
    PutString(&out, name);
  out.push_back(entity.pinned ? 1 : 0);
  return out;
}

// Version 1 records have no votes (their mentions count for their type) and take their canonical
// name for the one documents gave.
bool DecodeEntity(std::string_view value, EntityRecord* entity) {
  Decoder in(value);
  std::uint8_t version = 0;
  std::uint8_t type = 0;
  std::uint64_t alias_count = 0;
  if (!in.ReadByte(&version) || (version != kValueVersion && version != kVotedEntityVersion) ||
      !in.ReadByte(&type) || type > static_cast<int>(EntityType::kLoc) ||
      !in.ReadString(&entity->name) || !in.ReadVarint(&alias_count) || alias_count > value.size()) {
    return false;
  }
  entity->type = static_cast<EntityType>(type);
  entity->aliases.resize(alias_count);
  for (std::string& alias : entity->aliases)
    in.ReadString(&alias);
  in.ReadVarint(&entity->mention_count);
  in.ReadString(&entity->first_seen);
  in.ReadString(&entity->last_seen);
  entity->type_votes = {};
  entity->pinned = false;
  if (version == kValueVersion) {
    entity->type_votes[type] = entity->mention_count;
    entity->document_names = {entity->name};
    return in.ok() && in.done();
  }
  for (std::uint64_t& votes : entity->type_votes)
    in.ReadVarint(&votes);
  std::uint64_t name_count = 0;
  if (!in.ReadVarint(&name_count) || name_count > value.size()) return false;
  entity->document_names.resize(name_count);
  for (std::string& name : entity->document_names)
    in.ReadString(&name);
  std::uint8_t pinned = 0;
  if (!in.ReadByte(&pinned) || pinned > 1) return false;
  entity->pinned = pinned == 1;
  return in.ok() && in.done();
}

std::string EncodeEdge(const EdgeValue& edge) {
  const bool imported = edge.imported > 0 || edge.weight.has_value();
  std::string out(1, static_cast<char>(imported ? kImportedEdgeVersion : kValueVersion));
  PutVarint(&out, edge.count);
  PutString(&out, edge.first_date);
  PutString(&out, edge.last_date);
  if (!imported) return out;
  PutVarint(&out, edge.imported);
  out.push_back(edge.weight.has_value() ? 1 : 0);
  if (edge.weight.has_value()) PutBigEndian64(&out, std::bit_cast<std::uint64_t>(*edge.weight));
  return out;
}

bool DecodeEdge(std::string_view value, EdgeValue* edge) {
  Decoder in(value);
  std::uint8_t version = 0;
  if (!in.ReadByte(&version) || (version != kValueVersion && version != kImportedEdgeVersion)) {
    return false;
  }
  in.ReadVarint(&edge->count);
  in.ReadString(&edge->first_date);
  in.ReadString(&edge->last_date);
  edge->imported = 0;
  edge->weight.reset();
  if (version == kImportedEdgeVersion) {
    std::uint8_t has_weight = 0;
    std::string bits;
    if (!in.ReadVarint(&edge->imported) || !in.ReadByte(&has_weight) || has_weight > 1)
      return false;
    if (has_weight == 1) {
      if (!in.ReadBytes(8, &bits)) return false;
      edge->weight = std::bit_cast<double>(ReadBigEndian64(bits));
    }
  }
  return in.ok() && in.done() && edge->imported <= edge->count;
}

std::string EncodeEvidence(const EvidenceRecord& evidence) {
  std::string out(1, static_cast<char>(kQualifiedEvidenceVersion));
  PutString(&out, evidence.doc_id);
  PutVarint(&out, evidence.sentence);
  PutSpan(&out, evidence.sentence_span);
  PutSpan(&out, evidence.trigger_span);
  PutString(&out, evidence.trigger);
  PutString(&out, evidence.modality);
  PutString(&out, evidence.date);
  PutString(&out, evidence.subject_mention);
  PutString(&out, evidence.object_mention);
  PutString(&out, evidence.text);
  for (const std::string* qualifier :
       {&evidence.source, &evidence.agent, &evidence.location, &evidence.published})
    PutString(&out, *qualifier);
  return out;
}

bool DecodeEvidence(std::string_view value, EvidenceRecord* evidence) {
  Decoder in(value);
  std::uint8_t version = 0;
  if (!in.ReadByte(&version) || (version != kValueVersion && version != kQualifiedEvidenceVersion))
    return false;
  in.ReadString(&evidence->doc_id);
  ReadU32(&in, &evidence->sentence);
  ReadSpan(&in, &evidence->sentence_span);
  ReadSpan(&in, &evidence->trigger_span);
  in.ReadString(&evidence->trigger);
  in.ReadString(&evidence->modality);
  in.ReadString(&evidence->date);
  in.ReadString(&evidence->subject_mention);
  in.ReadString(&evidence->object_mention);
  in.ReadString(&evidence->text);
  for (std::string* qualifier :
       {&evidence->source, &evidence->agent, &evidence->location, &evidence->published}) {
    qualifier->clear();
    if (version == kQualifiedEvidenceVersion) in.ReadString(qualifier);
  }
  return in.ok() && in.done();
}

std::string EncodeDocument(const DocumentValue& document) {
  std::string out(1, static_cast<char>(kValueVersion));
  PutVarint(&out, document.number);
  PutString(&out, document.content_hash);
  PutString(&out, document.date);
  PutVarint(&out, document.mentions.size());
  for (const auto& [entity, count] : document.mentions) {
    PutVarint(&out, entity);
    PutVarint(&out, count);
  }
  PutVarint(&out, document.evidence_keys.size());
  for (const std::string& key : document.evidence_keys)
    PutString(&out, key);
  return out;
}

bool DecodeDocument(std::string_view value, DocumentValue* document) {
  Decoder in(value);
  std::uint64_t mention_count = 0;
  std::uint64_t evidence_count = 0;
  if (!ReadVersion(&in) || !in.ReadVarint(&document->number) ||
      !in.ReadString(&document->content_hash) || !in.ReadString(&document->date) ||
      !in.ReadVarint(&mention_count) || mention_count > value.size()) {
    return false;
  }
  document->mentions.resize(mention_count);
  for (auto& [entity, count] : document->mentions) {
    in.ReadVarint(&entity);
    in.ReadVarint(&count);
  }
  if (!in.ReadVarint(&evidence_count) || evidence_count > value.size()) return false;
  document->evidence_keys.resize(evidence_count);
  for (std::string& key : document->evidence_keys)
    in.ReadString(&key);
  return in.ok() && in.done();
}

std::string EncodeMentionCount(std::uint64_t count) {
  std::string out(1, static_cast<char>(kValueVersion));
  PutVarint(&out, count);
  return out;
}

bool DecodeMentionCount(std::string_view value, std::uint64_t* count) {
  Decoder in(value);
  return ReadVersion(&in) && in.ReadVarint(count) && in.done();
}

}  // namespace kg::store
