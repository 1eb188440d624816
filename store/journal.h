// Journal: what each curation changed, so that `kg undo` can put it back.
//
// A curation (merge, rename, alias add/remove, document removal) is one WriteBatch; in the same
// batch it writes a journal entry under meta/journal/<sequence, 8 bytes big-endian> holding a
// one-line description and, for every key the batch touches, the value before and after it (or
// that there was none). Undo writes the before values back and deletes the entry, again in one
// batch, and only when every touched key still holds its after value: a later ingest that
// changed one of them makes the curation impossible to undo rather than undo it half.
//
// Value layout: 0x01, description (string), count (varint), then per change: family (varint),
// key (string), then before and after each as a presence byte (0 or 1) and a string.
#pragma once

#include <rocksdb/write_batch.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg::store {

inline constexpr std::string_view kMetaJournalPrefix = "journal/";

struct JournalChange {
  std::uint32_t family = 0;  // a store Family
  std::string key;
  std::optional<std::string> before;  // nullopt: the key did not exist
  std::optional<std::string> after;   // nullopt: the batch deletes it
};

struct JournalEntry {
  std::string description;
  std::vector<JournalChange> changes;
};

std::string EncodeJournalEntry(const JournalEntry& entry);
bool DecodeJournalEntry(std::string_view value, JournalEntry* entry);

// The keys `batch` touches, each once with its final value (after), in first-touch order;
// `family_of` maps a RocksDB column family id to a store Family.
struct TouchedKey {
  std::uint32_t family = 0;
  std::string key;
  std::optional<std::string> after;
};
std::vector<TouchedKey> TouchedKeys(const rocksdb::WriteBatch& batch,
                                    const std::vector<std::uint32_t>& family_of);

}  // namespace kg::store
