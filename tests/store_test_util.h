// Helpers for store tests: extractions written by hand, stores in temporary directories, the
// violations `Check` reports, and raw RocksDB access for damaging a database on purpose.
#pragma once

#include <rocksdb/db.h>

#include <catch2/catch.hpp>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "kg/store.h"
#include "temp_dir.h"

namespace kg::testing {

inline Entity MakeEntity(std::string name, EntityType type = EntityType::kPerson,
                         std::vector<std::string> aliases = {}) {
  Entity entity{std::move(name), type, std::move(aliases), {}};
  entity.mentions.push_back({entity.name, 0, {0, 1}});
  return entity;
}

inline Fact MakeFact(std::string relation, std::uint32_t subject, std::uint32_t object,
                     bool symmetric = false) {
  Fact fact;
  fact.relation = std::move(relation);
  fact.symmetric = symmetric;
  fact.subject = subject;
  fact.object = object;
  fact.date = "2024-03-02";
  fact.trigger = "met";
  fact.sentence_text = "A sentence.";
  return fact;
}

inline Extraction MakeExtraction(std::string doc_id, std::vector<Entity> entities,
                                 std::vector<Fact> facts = {}) {
  return Extraction{std::move(doc_id), "2024-03-02", std::move(entities), std::move(facts), {}};
}

inline std::unique_ptr<Store> OpenStoreAt(const std::string& path, bool read_only = false) {
  StoreOptions options;
  options.read_only = read_only;
  auto store = Store::Open(path, options);
  INFO(store.status().message());
  REQUIRE(store.ok());
  return std::move(store).value();
}

inline std::vector<std::string> Violations(const Store& store) {
  std::vector<std::string> violations;
  const auto summary = store.Check([&](const std::string& v) { violations.push_back(v); });
  REQUIRE(summary.ok());
  CHECK(summary->violations == violations.size());
  return violations;
}

inline EntityRecord OnlyEntityNamed(const Store& store, const std::string& name) {
  const auto found = store.FindEntities(name);
  REQUIRE(found.ok());
  INFO("entities named " << name);
  REQUIRE(found->size() == 1);
  return found->front();
}

// A database opened with plain RocksDB, every column family by name.
class RawDb {
 public:
  explicit RawDb(const std::string& path) {
    std::vector<std::string> names;
    REQUIRE(rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), path, &names).ok());
    std::vector<rocksdb::ColumnFamilyDescriptor> families;
    for (const std::string& name : names)
      families.emplace_back(name, rocksdb::ColumnFamilyOptions());
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    rocksdb::DB* raw = nullptr;
    REQUIRE(rocksdb::DB::Open(rocksdb::DBOptions(), path, families, &handles, &raw).ok());
    db_.reset(raw);
    for (std::size_t i = 0; i < names.size(); ++i)
      handles_[names[i]] = handles[i];
  }
  ~RawDb() {
    for (auto& [name, handle] : handles_)
      db_->DestroyColumnFamilyHandle(handle);
  }

  rocksdb::DB* db() { return db_.get(); }
  rocksdb::ColumnFamilyHandle* family(const std::string& name) { return handles_.at(name); }
  bool has(const std::string& name) const { return handles_.count(name) > 0; }
  void Drop(const std::string& name) {
    REQUIRE(db_->DropColumnFamily(handles_.at(name)).ok());
    db_->DestroyColumnFamilyHandle(handles_.at(name));
    handles_.erase(name);
  }
  // Every key and value of a family, in order.
  std::vector<std::pair<std::string, std::string>> All(const std::string& name) {
    std::vector<std::pair<std::string, std::string>> entries;
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(rocksdb::ReadOptions(), family(name)));
    for (it->SeekToFirst(); it->Valid(); it->Next())
      entries.emplace_back(it->key().ToString(), it->value().ToString());
    return entries;
  }

 private:
  std::unique_ptr<rocksdb::DB> db_;
  std::map<std::string, rocksdb::ColumnFamilyHandle*> handles_;
};

}  // namespace kg::testing
