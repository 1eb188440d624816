// The shard record (kg/shard_record.h): what kg extract --shard writes is exactly what
// kg ingest --facts reads back, and a damaged record is refused with its reason.
#include "kg/shard_record.h"

#include <catch2/catch.hpp>

#include "kg/fact_json.h"

namespace {

// Every field of the record set to something other than its default.
kg::ShardRecord FullRecord() {
  kg::ShardRecord record;
  record.seq = 41;
  record.content_hash = "9f2c01ab";
  kg::Extraction& extraction = record.extraction;
  extraction.doc_id = "desk/harbour-7";
  extraction.date = "2031-04-02";
  kg::Entity council{"Tessaly Council", kg::EntityType::kOrg, {"the Council"}, {}};
  council.mentions.push_back({"Tessaly Council", 0, {0, 15}, kg::MentionKind::kName});
  council.mentions.push_back({"it", 1, {40, 42}, kg::MentionKind::kPronoun});
  kg::Entity mayor{"Orla Venn", kg::EntityType::kPerson, {"Venn", "Mayor Venn"}, {}};
  mayor.mentions.push_back({"Venn", 0, {27, 31}, kg::MentionKind::kName});
  kg::Entity port{"Brackmouth", kg::EntityType::kGpe, {}, {}};
  port.mentions.push_back({"Brackmouthian", 1, {50, 63}, kg::MentionKind::kDemonym});
  extraction.entities = {council, mayor, port};
  kg::Fact fact;
  fact.relation = "criticized";
  fact.symmetric = true;
  fact.subject = 0;
  fact.object = 1;
  fact.subject_mention = "Tessaly Council";
  fact.object_mention = "Venn";
  fact.modality = "reported";
  fact.source = "officials";
  fact.agent = "police";
  fact.location = "Brackmouth";
  fact.date = "2031-04-01";
  fact.trigger = "criticized";
  fact.sentence = 2;
  fact.sentence_span = {70, 130};
  fact.trigger_span = {86, 96};
  fact.sentence_text = "Tessaly Council criticized Venn in Brackmouth, officials said — «quoted».";
  extraction.facts = {fact};
  extraction.cuts = {3, 1200, 65000};
  return record;
}

std::string Line(const kg::ShardRecord& record) {
  return kg::JsonLine(kg::ShardRecordJson(record));
}

}  // namespace

TEST_CASE("a shard record read back equals the record written", "[shard]") {
  const kg::ShardRecord record = FullRecord();
  const kg::Result<kg::ShardRecord> read = kg::ParseShardRecord(Line(record));
  REQUIRE(read.ok());
  CHECK(*read == record);
}

TEST_CASE("a shard record is one line", "[shard]") {
  CHECK(Line(FullRecord()).find('\n') == std::string::npos);
}

TEST_CASE("a shard record without a field is refused naming the field", "[shard]") {
  nlohmann::json value = kg::ShardRecordJson(FullRecord());
  value["facts"][0].erase("trigger_span");
  const kg::Result<kg::ShardRecord> read = kg::ParseShardRecord(value.dump());
  REQUIRE_FALSE(read.ok());
  CHECK(read.status().message() == "a fact has no \"trigger_span\"");
}

TEST_CASE("a shard record whose fact names no entity of the record is refused", "[shard]") {
  nlohmann::json value = kg::ShardRecordJson(FullRecord());
  value["facts"][0]["obj"] = 3;
  const kg::Result<kg::ShardRecord> read = kg::ParseShardRecord(value.dump());
  REQUIRE_FALSE(read.ok());
  CHECK(read.status().message().find("\"obj\"") != std::string::npos);
}

TEST_CASE("a shard line that is not JSON is refused", "[shard]") {
  const kg::Result<kg::ShardRecord> read = kg::ParseShardRecord(R"({"seq": 1, "doc": )");
  REQUIRE_FALSE(read.ok());
  CHECK(read.status().message().find("malformed JSON") != std::string::npos);
}

TEST_CASE("a shard record with an unknown entity type is refused", "[shard]") {
  nlohmann::json value = kg::ShardRecordJson(FullRecord());
  value["entities"][2]["type"] = "CITY";
  const kg::Result<kg::ShardRecord> read = kg::ParseShardRecord(value.dump());
  REQUIRE_FALSE(read.ok());
  CHECK(read.status().message() == "an entity has an unknown \"type\" \"CITY\"");
}

TEST_CASE("a shard record with a NUL byte in a name is refused", "[shard]") {
  nlohmann::json value = kg::ShardRecordJson(FullRecord());
  value["entities"][1]["aliases"][0] = std::string("Ve\0nn", 5);
  const kg::Result<kg::ShardRecord> read = kg::ParseShardRecord(value.dump());
  REQUIRE_FALSE(read.ok());
  CHECK(read.status().message() == "an entity has a NUL byte in a string");
}
