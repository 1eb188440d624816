#include "kg/shard_ingest.h"

#include <fstream>
#include <memory>
#include <optional>
#include <queue>

namespace kg {
namespace {

// The records of one shard file, read one at a time.
class ShardFile {
 public:
  explicit ShardFile(std::string path) : path_(std::move(path)), in_(path_, std::ios::binary) {}

  // Reads the next record into current(); false at the end of the file or on an error (status()).
  bool Advance() {
    if (!in_.is_open()) return Fail(Status::IOError(path_ + ": cannot open the shard file"));
    std::string line;
    while (std::getline(in_, line)) {
      ++line_number_;
      bytes_ = line.size() + 1;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      origin_ = path_ + ":" + std::to_string(line_number_);
      Result<ShardRecord> record = ParseShardRecord(line);
      if (!record.ok()) {
        return Fail(Status::InvalidArgument(origin_ +
                                            ": not a shard record: " + record.status().message()));
      }
      if (current_ && record->seq < current_->seq) {
        return Fail(Status::InvalidArgument(origin_ + ": seq " + std::to_string(record->seq) +
                                            " follows seq " + std::to_string(current_->seq) +
                                            "; a shard's records must ascend by seq"));
      }
      current_ = std::move(*record);
      return true;
    }
    if (in_.bad()) return Fail(Status::IOError(path_ + ": read error"));
    current_.reset();
    return false;
  }

  const Status& status() const { return status_; }
  const ShardRecord& current() const { return *current_; }
  const std::string& origin() const { return origin_; }
  std::uint64_t bytes() const { return bytes_; }

 private:
  bool Fail(Status status) {
    status_ = std::move(status);
    current_.reset();
    return false;
  }

  std::string path_;
  std::ifstream in_;
  std::uint64_t line_number_ = 0;
  std::optional<ShardRecord> current_;
  std::string origin_;
  std::uint64_t bytes_ = 0;
  Status status_;
};

Status CheckShard(const std::string& path) {
  ShardFile file(path);
  while (file.Advance()) {
  }
  return file.status();
}

}  // namespace

Status IngestShards(const std::vector<std::string>& paths, Store& store,
                    const ShardIngestOptions& options,
                    const std::function<void(const IngestedShardRecord&)>& on_record) {
  for (const std::string& path : paths) {
    Status status = CheckShard(path);
    if (!status.ok()) return status;
  }
  std::vector<std::unique_ptr<ShardFile>> files;
  // The files holding a record not yet stored, lowest (seq, file index) on top.
  using Key = std::pair<std::uint64_t, std::size_t>;
  std::priority_queue<Key, std::vector<Key>, std::greater<Key>> next;
  for (const std::string& path : paths) {
    files.push_back(std::make_unique<ShardFile>(path));
    if (files.back()->Advance()) next.emplace(files.back()->current().seq, files.size() - 1);
    if (!files.back()->status().ok()) return files.back()->status();
  }
  while (!next.empty()) {
    const std::size_t index = next.top().second;
    next.pop();
    ShardFile& file = *files[index];
    const ShardRecord& record = file.current();
    Result<IngestOutcome> outcome =
        store.IngestDocument(record.extraction, record.content_hash, options.replace);
    if (!outcome.ok()) return outcome.status();
    on_record(IngestedShardRecord{record, file.origin(), file.bytes(), *outcome});
    if (file.Advance()) next.emplace(file.current().seq, index);
    if (!file.status().ok()) return file.status();
  }
  return Status::Ok();
}

}  // namespace kg
