// IngestShards: loads shard files (kg/shard_record.h, written by `kg extract --shard`) into a
// store without extracting again.
//
// Each record goes to Store::IngestDocument exactly as RunIngestPipeline stores what it extracted
// itself, so resolution, idempotence (a document fed again is kUnchanged) and crash safety (one
// atomic write per document) are those of a normal ingest. Records are stored in input order:
// the records of all files are merged by `seq`, ties in the order the files are given. Shards of
// one `kg extract --partition` run may therefore be given in any order, and the store equals a
// single-process ingest of that input. Within a file, seqs must not decrease (kg extract writes
// them ascending).
//
// Every file is read and checked before anything is stored: a malformed line or a decreasing
// seq fails the call with "FILE:LINE: reason" and the store untouched. A store error stops the
// merge and is returned.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "kg/shard_record.h"
#include "kg/status.h"
#include "kg/store.h"

namespace kg {

struct ShardIngestOptions {
  bool replace = false;  // replace stored documents of the same id and other content
};

// What happened to one record; called once per record, in storing order.
struct IngestedShardRecord {
  const ShardRecord& record;
  const std::string& origin;  // "FILE:LINE"
  std::uint64_t bytes = 0;    // the line's size, for progress
  IngestOutcome outcome = IngestOutcome::kUnchanged;
};

Status IngestShards(const std::vector<std::string>& paths, Store& store,
                    const ShardIngestOptions& options,
                    const std::function<void(const IngestedShardRecord&)>& on_record);

}  // namespace kg
