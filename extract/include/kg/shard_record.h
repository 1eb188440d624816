// ShardRecord: one extracted document as `kg extract --shard` writes it and `kg ingest --facts`
// loads it, so extraction can run anywhere and the store still ingests exactly what `kg ingest`
// would have extracted itself.
//
// A record is one JSON object on one line:
//   {"seq", "doc", "date", "hash", "entities": [{"name", "type", "aliases",
//    "mentions": [{"text", "sentence", "span": [b, e], "kind"}]}],
//    "facts": [{"rel", "symmetric", "subj", "obj", "subj_mention", "obj_mention", "modality",
//               "source", "agent", "location", "date", "trigger", "sentence",
//               "span": [b, e], "trigger_span": [b, e], "text"}],
//    "cuts": {"long_sentences", "skipped_tokens", "first_skipped_byte"}}
// `seq` is the document's position in the input `kg extract` read (counting every item, also
// unreadable ones), `hash` its ContentHash (kg/document_reader.h); "subj"/"obj" index
// "entities". Every field is written; parsing requires every field (and strings without NUL
// bytes, which the store's keys cannot hold), so a record either restores the Extraction exactly
// (ParseShardRecord(ShardRecordJson(r)) == r) or is refused with a one-line reason.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "kg/extraction.h"
#include "kg/status.h"

namespace kg {

struct ShardRecord {
  std::uint64_t seq = 0;
  std::string content_hash;
  Extraction extraction;

  bool operator==(const ShardRecord&) const = default;
};

nlohmann::json ShardRecordJson(const ShardRecord& record);

// Parses one line of a shard; the error names what is wrong, not where (callers add file:line).
Result<ShardRecord> ParseShardRecord(std::string_view line);

}  // namespace kg
