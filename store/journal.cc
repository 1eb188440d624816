#include "journal.h"

#include <map>

#include "coding.h"

namespace kg::store {
namespace {

constexpr std::uint8_t kJournalVersion = 1;

void PutOptional(std::string* out, const std::optional<std::string>& value) {
  out->push_back(value ? 1 : 0);
  PutString(out, value.value_or(""));
}

bool ReadOptional(Decoder* in, std::optional<std::string>* value) {
  std::uint8_t present = 0;
  std::string text;
  if (!in->ReadByte(&present) || present > 1 || !in->ReadString(&text)) return false;
  if (present == 1) {
    *value = std::move(text);
  } else {
    value->reset();
  }
  return true;
}

class Collector : public rocksdb::WriteBatch::Handler {
 public:
  explicit Collector(const std::vector<std::uint32_t>& family_of) : family_of_(family_of) {}

  rocksdb::Status PutCF(std::uint32_t id, const rocksdb::Slice& key,
                        const rocksdb::Slice& value) override {
    Touch(id, key, value.ToString());
    return rocksdb::Status::OK();
  }
  rocksdb::Status DeleteCF(std::uint32_t id, const rocksdb::Slice& key) override {
    Touch(id, key, std::nullopt);
    return rocksdb::Status::OK();
  }

  std::vector<TouchedKey> Take() { return std::move(keys_); }

 private:
  void Touch(std::uint32_t id, const rocksdb::Slice& key, std::optional<std::string> after) {
    const std::uint32_t family = id < family_of_.size() ? family_of_[id] : 0;
    auto [it, added] = index_.try_emplace({family, key.ToString()}, keys_.size());
    if (added) keys_.push_back({family, key.ToString(), {}});
    keys_[it->second].after = std::move(after);
  }

  const std::vector<std::uint32_t>& family_of_;
  std::map<std::pair<std::uint32_t, std::string>, std::size_t> index_;
  std::vector<TouchedKey> keys_;
};

}  // namespace

std::string EncodeJournalEntry(const JournalEntry& entry) {
  std::string out(1, static_cast<char>(kJournalVersion));
  PutString(&out, entry.description);
  PutVarint(&out, entry.changes.size());
  for (const JournalChange& change : entry.changes) {
    PutVarint(&out, change.family);
    PutString(&out, change.key);
    PutOptional(&out, change.before);
    PutOptional(&out, change.after);
  }
  return out;
}

bool DecodeJournalEntry(std::string_view value, JournalEntry* entry) {
  Decoder in(value);
  std::uint8_t version = 0;
  std::uint64_t count = 0;
  if (!in.ReadByte(&version) || version != kJournalVersion || !in.ReadString(&entry->description) ||
      !in.ReadVarint(&count) || count > value.size()) {
    return false;
  }
  entry->changes.assign(count, {});
  for (JournalChange& change : entry->changes) {
    std::uint64_t family = 0;
    if (!in.ReadVarint(&family) || family > UINT32_MAX || !in.ReadString(&change.key) ||
        !ReadOptional(&in, &change.before) || !ReadOptional(&in, &change.after)) {
      return false;
    }
    change.family = static_cast<std::uint32_t>(family);
  }
  return in.ok() && in.done();
}

std::vector<TouchedKey> TouchedKeys(const rocksdb::WriteBatch& batch,
                                    const std::vector<std::uint32_t>& family_of) {
  Collector collector(family_of);
  // The collector never fails, so neither does the iteration.
  static_cast<void>(batch.Iterate(&collector));
  return collector.Take();
}

}  // namespace kg::store
