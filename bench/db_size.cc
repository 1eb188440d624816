// db_size DB: the size a kg database settles to once its write-ahead log is flushed and compacted.
//
// Right after an ingest most of a small database sits in RocksDB's write-ahead log, uncompressed
// and holding every batch (entity and edge values rewritten document after document), so the
// directory's size says little about what the data costs. This tool opens DB with kg's options
// (LZ4, ZSTD at the bottom level), flushes every column family, compacts it fully and prints
// key=value lines: the live table bytes of each family (db_<family>_bytes) and in all
// (db_compacted_bytes). Run it on a copy (`kg backup`): it rewrites the database's files.
#include <rocksdb/db.h>
#include <rocksdb/options.h>

#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

namespace {

rocksdb::Options KgOptions() {
  rocksdb::Options options;
  options.compression = rocksdb::kLZ4Compression;
  options.bottommost_compression = rocksdb::kZSTD;
  options.info_log_level = rocksdb::WARN_LEVEL;
  return options;
}

int Fail(const rocksdb::Status& status) {
  std::cerr << "db_size: " << status.ToString() << "\n";
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: db_size DB\n";
    return 2;
  }
  const rocksdb::Options options = KgOptions();
  std::vector<std::string> names;
  rocksdb::Status status = rocksdb::DB::ListColumnFamilies(options, argv[1], &names);
  if (!status.ok()) return Fail(status);
  std::vector<rocksdb::ColumnFamilyDescriptor> families;
  for (const std::string& name : names)
    families.emplace_back(name, rocksdb::ColumnFamilyOptions(options));
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  status = rocksdb::DB::Open(options, argv[1], families, &handles, &raw);
  if (!status.ok()) return Fail(status);
  std::unique_ptr<rocksdb::DB> db(raw);

  rocksdb::CompactRangeOptions compact;
  compact.bottommost_level_compaction = rocksdb::BottommostLevelCompaction::kForce;
  std::uint64_t total = 0;
  for (std::size_t i = 0; status.ok() && i < handles.size(); ++i) {
    status = db->Flush(rocksdb::FlushOptions(), handles[i]);
    if (status.ok()) status = db->CompactRange(compact, handles[i], nullptr, nullptr);
    std::uint64_t bytes = 0;
    if (status.ok() &&
        db->GetIntProperty(handles[i], rocksdb::DB::Properties::kLiveSstFilesSize, &bytes)) {
      std::printf("db_%s_bytes=%llu\n", names[i].c_str(), static_cast<unsigned long long>(bytes));
      total += bytes;
    }
  }
  for (rocksdb::ColumnFamilyHandle* handle : handles)
    db->DestroyColumnFamilyHandle(handle);
  if (!status.ok()) return Fail(status);
  std::printf("db_compacted_bytes=%llu\n", static_cast<unsigned long long>(total));
  return 0;
}
