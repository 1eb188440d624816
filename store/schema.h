// The store's on-disk schema: column families, key layouts and value encodings.
//
// docs/storage.md describes the same layout for people. Keys:
//   entities   id(8)                                -> EntityValue
//   aliases    normalized name, 0x00, id(8)         -> empty
//   surnames   normalized last word, 0x00, id(8)    -> empty (multi-word PERSON names only)
//   edges_out  source(8) relation(4) target(8)      -> EdgeValue
//   edges_in   target(8) relation(4) source(8)      -> EdgeValue (mirror of edges_out)
//   evidence   source(8) relation(4) target(8) doc(8) seq(4) -> EvidenceValue
//   documents  document id (UTF-8)                  -> DocumentValue
//   mentions   entity id(8), document id (UTF-8)    -> mention count
//   meta       ASCII name                           -> value (see kMeta* below)
// Integers in keys are big-endian; every value starts with a one-byte encoding version.
//
// Schema versions: 2 added edge encoding 2 (imported count, weight); 3 added the surnames and
// mentions families. Open() of an older database for writing migrates it (store_migration.cc).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kg/store.h"

namespace kg::store {

inline constexpr const char* kEntitiesFamily = "entities";
inline constexpr const char* kAliasesFamily = "aliases";
inline constexpr const char* kEdgesOutFamily = "edges_out";
inline constexpr const char* kEdgesInFamily = "edges_in";
inline constexpr const char* kEvidenceFamily = "evidence";
inline constexpr const char* kDocumentsFamily = "documents";
inline constexpr const char* kMetaFamily = "meta";
inline constexpr const char* kSurnamesFamily = "surnames";
inline constexpr const char* kMentionsFamily = "mentions";

inline constexpr std::string_view kMetaSchemaVersion = "schema_version";
inline constexpr std::string_view kMetaNextEntity = "next/entity";
inline constexpr std::string_view kMetaNextDocument = "next/document";
inline constexpr std::string_view kMetaNextRelation = "next/relation";
inline constexpr std::string_view kMetaCountPrefix = "count/";          // + documents|entities|...
inline constexpr std::string_view kMetaRelationPrefix = "relation/";    // + name -> id(8)
inline constexpr std::string_view kMetaSymmetricPrefix = "symmetric/";  // + relation name -> 1

inline constexpr std::size_t kEdgeKeySize = 20;
inline constexpr std::size_t kEvidenceKeySize = kEdgeKeySize + 12;

using RelationId = std::uint32_t;

struct EdgeKey {
  EntityId source = 0;
  RelationId relation = 0;
  EntityId target = 0;
  auto operator<=>(const EdgeKey&) const = default;
};

std::string EntityKey(EntityId id);
std::string AliasKey(std::string_view normalized_name, EntityId id);
std::string AliasPrefix(std::string_view normalized_name);  // also the surnames layout
std::string MentionKey(EntityId id, std::string_view doc_id);
std::string OutEdgeKey(const EdgeKey& edge);
std::string InEdgeKey(const EdgeKey& edge);
void AppendOutEdgeKey(std::string* out, const EdgeKey& edge);
void AppendInEdgeKey(std::string* out, const EdgeKey& edge);
EdgeKey ParseOutEdgeKey(std::string_view key);  // key must be kEdgeKeySize bytes
EdgeKey ParseInEdgeKey(std::string_view key);
std::string EvidenceKey(const EdgeKey& edge, std::uint64_t doc_number, std::uint32_t seq);

// Encoding version 1: count, first date, last date. Version 2 (written only for edges that were
// imported) appends the imported count and an optional weight (flag byte, then 8-byte IEEE 754).
// Invariant (kg check): count == pieces of evidence under the edge + imported. Writers that store
// edges without evidence (bulk import) must count them in `imported`.
struct EdgeValue {
  std::uint64_t count = 0;  // evidence pieces plus `imported`
  std::string first_date;
  std::string last_date;
  std::uint64_t imported = 0;
  std::optional<double> weight;
};

struct DocumentValue {
  std::uint64_t number = 0;  // dense id used in evidence keys
  std::string content_hash;
  std::string date;
  std::vector<std::pair<EntityId, std::uint64_t>> mentions;  // entity, mention count
  std::vector<std::string> evidence_keys;
};

std::string EncodeEntity(const EntityRecord& entity);
bool DecodeEntity(std::string_view value, EntityRecord* entity);  // id is taken from the key
std::string EncodeEdge(const EdgeValue& edge);
bool DecodeEdge(std::string_view value, EdgeValue* edge);
std::string EncodeEvidence(const EvidenceRecord& evidence);
bool DecodeEvidence(std::string_view value, EvidenceRecord* evidence);
std::string EncodeDocument(const DocumentValue& document);
bool DecodeDocument(std::string_view value, DocumentValue* document);
std::string EncodeMentionCount(std::uint64_t count);
bool DecodeMentionCount(std::string_view value, std::uint64_t* count);

}  // namespace kg::store
