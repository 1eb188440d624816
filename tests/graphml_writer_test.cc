#include "kg/graphml_writer.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <catch2/catch.hpp>
#include <sstream>

#include "temp_dir.h"

namespace {

struct VertexData {
  std::string label;
  std::string type;
};
struct EdgeData {
  std::string relation;
  int count = 0;
};
using Graph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, VertexData, EdgeData>;

kg::Extraction TwoPeople(const std::string& first, const std::string& second) {
  kg::Extraction extraction;
  extraction.doc_id = "doc";
  extraction.entities = {{first, kg::EntityType::kPerson, {}, {}},
                         {second, kg::EntityType::kOrg, {}, {}}};
  kg::Fact fact;
  fact.relation = "accused";
  fact.subject = 0;
  fact.object = 1;
  fact.sentence_text = first + " accused " + second;
  extraction.facts = {fact};
  return extraction;
}

Graph ReadBack(const std::string& graphml) {
  Graph graph;
  boost::dynamic_properties properties(boost::ignore_other_properties);
  properties.property("label", boost::get(&VertexData::label, graph));
  properties.property("type", boost::get(&VertexData::type, graph));
  properties.property("relation", boost::get(&EdgeData::relation, graph));
  properties.property("count", boost::get(&EdgeData::count, graph));
  std::istringstream in(graphml);
  boost::read_graphml(in, graph, properties);
  return graph;
}

}  // namespace

TEST_CASE("GraphML export round-trips through Boost's read_graphml", "[graphml]") {
  kg::testing::TempDir dir;
  auto store = kg::Store::Open(dir.file("db"), kg::StoreOptions{});
  REQUIRE(store.ok());
  REQUIRE((*store)->IngestDocument(TwoPeople("Lena Ortiz", "Acme Corp"), "h").ok());
  std::ostringstream out;
  const auto counts = kg::WriteGraphml(**store, out);
  REQUIRE(counts.ok());
  CHECK(counts->nodes == 2);
  CHECK(counts->edges == 1);
  const Graph graph = ReadBack(out.str());
  REQUIRE(boost::num_vertices(graph) == 2);
  REQUIRE(boost::num_edges(graph) == 1);
  const auto edge = *boost::edges(graph).first;
  CHECK(graph[edge].relation == "accused");
  CHECK(graph[edge].count == 1);
  CHECK(graph[boost::source(edge, graph)].label == "Lena Ortiz");
  CHECK(graph[boost::target(edge, graph)].type == "ORG");
}

TEST_CASE("names with markup, quotes, controls and accents survive GraphML export", "[graphml]") {
  kg::testing::TempDir dir;
  auto store = kg::Store::Open(dir.file("db"), kg::StoreOptions{});
  REQUIRE(store.ok());
  REQUIRE((*store)->IngestDocument(TwoPeople("A <b> & \"c\" 'd'\x03", "Łódź Zoë"), "h").ok());
  std::ostringstream out;
  REQUIRE(kg::WriteGraphml(**store, out).ok());
  const Graph graph = ReadBack(out.str());
  std::vector<std::string> labels;
  for (auto vertex : boost::make_iterator_range(boost::vertices(graph))) {
    labels.push_back(graph[vertex].label);
  }
  CHECK(labels == std::vector<std::string>{"A <b> & \"c\" 'd'", "Łódź Zoë"});
}
