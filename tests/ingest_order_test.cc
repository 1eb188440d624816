// Ingest order does not change the graph: the same documents in any order give the same
// entities (names, types, aliases, mentions, dates) and edges.
#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <sstream>

#include "kg/dot_writer.h"
#include "kg/graph_selection.h"
#include "kg/graphml_writer.h"
#include "kg/node_link_writer.h"
#include "store_test_util.h"

namespace {

using kg::EntityType;
using kg::Extraction;
using kg::testing::MakeEntity;
using kg::testing::MakeExtraction;
using kg::testing::MakeFact;
using kg::testing::TempDir;

kg::Entity Mentioned(kg::Entity entity, std::size_t times) {
  while (entity.mentions.size() < times)
    entity.mentions.push_back(entity.mentions.front());
  return entity;
}

Extraction Dated(Extraction extraction, std::string date) {
  extraction.date = std::move(date);
  return extraction;
}

// Surnames before and after full names, accents, a transliteration, a name typed two ways.
std::vector<Extraction> Documents() {
  return {
      Dated(MakeExtraction("d1", {MakeEntity("Dovak"), MakeEntity("Velmar", EntityType::kGpe)},
                           {MakeFact("met_with", 0, 1, true)}),
            "2024-01-05"),
      Dated(MakeExtraction(
                "d2",
                {MakeEntity("Irena Dovak"), Mentioned(MakeEntity("Velmar", EntityType::kOrg), 2)},
                {MakeFact("accused", 0, 1)}),
            "2024-02-01"),
      Dated(MakeExtraction("d3",
                           {MakeEntity("Irena K. Dovak", EntityType::kPerson, {"Irena Dovak"}),
                            MakeEntity("Tomas Wiśniewski")},
                           {MakeFact("met_with", 1, 0, true)}),
            "2024-03-09"),
      Dated(MakeExtraction("d4",
                           {MakeEntity("Tomas Wisniewski"),
                            Mentioned(MakeEntity("Velmar", EntityType::kGpe), 2),
                            MakeEntity("Ostap Vlasenskyy")},
                           {MakeFact("accused", 2, 0)}),
            "2024-04-11"),
      Dated(MakeExtraction("d5", {MakeEntity("Ostap Vlasensky"), MakeEntity("Wisniewski")},
                           {MakeFact("met_with", 0, 1, true)}),
            "2024-05-20"),
  };
}

// The stored graph with entities named instead of numbered, sorted.
std::vector<std::string> Describe(const kg::Store& store) {
  std::map<kg::EntityId, std::string> names;
  std::vector<std::string> lines;
  REQUIRE(store
              .ForEachEntity([&](const kg::EntityRecord& e) {
                names[e.id] = e.name;
                std::string line = std::string(kg::EntityTypeName(e.type)) + " " + e.name + " [";
                for (const std::string& alias : e.aliases)
                  line += alias + ";";
                lines.push_back(line + "] " + std::to_string(e.mention_count) + " " + e.first_seen +
                                " " + e.last_seen);
                return true;
              })
              .ok());
  REQUIRE(store
              .ForEachEdge([&](const kg::EdgeRecord& edge) {
                std::string source = names[edge.source];
                std::string target = names[edge.target];
                if (edge.relation == "met_with" && target < source) std::swap(source, target);
                lines.push_back(source + " -" + edge.relation + "-> " + target + " " +
                                std::to_string(edge.count) + " " + edge.first_date + " " +
                                edge.last_date);
                return true;
              })
              .ok());
  std::sort(lines.begin(), lines.end());
  return lines;
}

void Ingest(kg::Store& store, const std::vector<std::size_t>& order) {
  const std::vector<Extraction> documents = Documents();
  for (std::size_t i : order) {
    const auto outcome = store.IngestDocument(documents[i], documents[i].doc_id);
    REQUIRE(outcome.ok());
  }
  CHECK(kg::testing::Violations(store).empty());
}

std::vector<std::string> IngestInOrder(const std::vector<std::size_t>& order) {
  TempDir dir;
  auto store = kg::testing::OpenStoreAt(dir.file("db"));
  Ingest(*store, order);
  return Describe(*store);
}

// The node-link JSON, GraphML and DOT exports of the documents ingested in `order`.
std::vector<std::string> ExportsInOrder(const std::vector<std::size_t>& order) {
  TempDir dir;
  auto store = kg::testing::OpenStoreAt(dir.file("db"));
  Ingest(*store, order);
  kg::GraphFilter filter;
  filter.modalities = kg::AllModalities();
  auto graph = kg::GraphSelection::Select(*store, filter);
  REQUIRE(graph.ok());
  std::ostringstream json, graphml, dot;
  REQUIRE(kg::WriteNodeLinkJson(*graph, json).ok());
  REQUIRE(kg::WriteGraphml(*graph, graphml).ok());
  REQUIRE(kg::WriteDot(*graph, dot).ok());
  return {json.str(), graphml.str(), dot.str()};
}

}  // namespace

TEST_CASE("documents ingested in any order give the same graph", "[order]") {
  const std::vector<std::string> forward = IngestInOrder({0, 1, 2, 3, 4});
  CHECK(forward == IngestInOrder({4, 3, 2, 1, 0}));
  CHECK(forward == IngestInOrder({2, 4, 0, 3, 1}));
  CHECK(forward == IngestInOrder({3, 0, 4, 1, 2}));
}

TEST_CASE("the graph of differently ordered documents has one node per entity", "[order]") {
  std::vector<std::string> entities = IngestInOrder({4, 3, 2, 1, 0});
  std::erase_if(entities, [](const std::string& line) {
    return !line.starts_with("GPE ") && !line.starts_with("PERSON ");
  });
  CHECK(entities == std::vector<std::string>{
                        "GPE Velmar [] 5 2024-01-05 2024-04-11",
                        "PERSON Irena K. Dovak [Dovak;Irena Dovak;] 3 2024-01-05 2024-03-09",
                        "PERSON Ostap Vlasenskyy [Ostap Vlasensky;] 2 2024-04-11 2024-05-20",
                        "PERSON Tomas Wiśniewski [Tomas Wisniewski;Wisniewski;] 3 2024-03-09 "
                        "2024-05-20"});
}

TEST_CASE("exports of differently ordered documents are identical byte for byte", "[order]") {
  const std::vector<std::string> forward = ExportsInOrder({0, 1, 2, 3, 4});
  CHECK(forward == ExportsInOrder({4, 3, 2, 1, 0}));
  CHECK(forward == ExportsInOrder({2, 4, 0, 3, 1}));
}
