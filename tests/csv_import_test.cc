#include "kg/csv_import.h"

#include <catch2/catch.hpp>
#include <fstream>

#include "temp_dir.h"

namespace {

using kg::testing::TempDir;

struct Files {
  std::string nodes;
  std::string edges;
};

Files Write(const TempDir& dir, const std::string& nodes, const std::string& edges) {
  Files files{dir.file("nodes.csv"), dir.file("edges.csv")};
  std::ofstream(files.nodes, std::ios::binary) << nodes;
  std::ofstream(files.edges, std::ios::binary) << edges;
  return files;
}

kg::Result<kg::ImportGraph> Read(const Files& files, kg::CsvImportReport* report = nullptr) {
  kg::CsvImportReport ignored;
  return kg::ReadCsvGraph(files.nodes, files.edges, kg::CsvImportOptions{},
                          report != nullptr ? report : &ignored);
}

}  // namespace

TEST_CASE("a plain edge list with weights is read with its nodes", "[csv]") {
  TempDir dir;
  const Files files = Write(dir, "id,name,type\n0,Kalo Rami,PERSON\n1,Vorsa,GPE\n",
                            "src,dst,rel,weight\n0,1,visited,0.25\n1,0,located_in,1\n");
  const auto graph = Read(files);
  REQUIRE(graph.ok());
  REQUIRE(graph->nodes.size() == 2);
  CHECK(graph->nodes[1].name == "Vorsa");
  CHECK(graph->nodes[1].type == kg::EntityType::kGpe);
  REQUIRE(graph->edges.size() == 2);
  CHECK(graph->relations[graph->edges[0].relation] == "visited");
  CHECK(graph->edges[0].source == 0);
  CHECK(graph->edges[0].target == 1);
  CHECK(graph->edges[0].weight == 0.25);
  CHECK(graph->edges[0].count == 1);
}

TEST_CASE("Neo4j headers with quoted fields, JSON aliases and counts are read", "[csv]") {
  TempDir dir;
  const Files files = Write(dir,
                            "id:ID,name,type:LABEL,aliases,mention_count:int\n"
                            "n7,\"Ada, \"\"the\"\" Countess\",PERSON,\"[\"\"Ada\"\"]\",3\n"
                            "n9,\"Line\nbreak\",ORG,[],0\n",
                            ":START_ID,:END_ID,:TYPE,count:int,weight:double,first_date,last_date\n"
                            "n7,n9,accused,2,,2024-01-01,2024-02-01\n");
  const auto graph = Read(files);
  REQUIRE(graph.ok());
  REQUIRE(graph->nodes.size() == 2);
  CHECK(graph->nodes[0].name == "Ada, \"the\" Countess");
  CHECK(graph->nodes[0].aliases == std::vector<std::string>{"Ada"});
  CHECK(graph->nodes[0].mention_count == 3);
  CHECK(graph->nodes[1].name == "Line\nbreak");
  REQUIRE(graph->edges.size() == 1);
  CHECK(graph->edges[0].count == 2);
  CHECK_FALSE(graph->edges[0].weight.has_value());
  CHECK(graph->edges[0].last_date == "2024-02-01");
}

TEST_CASE("types kg lacks are mapped to its own or to the fallback and reported", "[csv]") {
  TempDir dir;
  const Files files =
      Write(dir, "id,name,type\n0,A,norp\n1,B,FAC\n2,C,EVENT\n3,D,EVENT\n", "src,dst,rel\n");
  kg::CsvImportReport report;
  const auto graph = Read(files, &report);
  REQUIRE(graph.ok());
  CHECK(graph->nodes[0].type == kg::EntityType::kOrg);
  CHECK(graph->nodes[1].type == kg::EntityType::kLoc);
  CHECK(graph->nodes[2].type == kg::EntityType::kOrg);
  CHECK(report.retyped == std::map<std::string, std::uint64_t>{{"EVENT", 2}});
}

TEST_CASE("an edge to an unknown node id is an error naming file and line", "[csv]") {
  TempDir dir;
  const Files files =
      Write(dir, "id,name\n0,A\n1,B\n", "src,dst,rel\n0,1,met_with\n0,7,met_with\n");
  const auto graph = Read(files);
  REQUIRE_FALSE(graph.ok());
  CHECK(graph.status().message() == files.edges + ":3: no node with id '7'");
}

TEST_CASE("numeric ids with leading zeros are distinct from the plain numbers", "[csv]") {
  TempDir dir;
  const Files files = Write(dir, "id,name\n7,Seven\n007,Bond\n", "src,dst,rel\n007,7,met_with\n");
  const auto graph = Read(files);
  REQUIRE(graph.ok());
  CHECK(graph->edges[0].source == 1);
  CHECK(graph->edges[0].target == 0);
}

TEST_CASE("a malformed count or an unterminated quote is an error", "[csv]") {
  TempDir dir;
  CHECK_FALSE(Read(Write(dir, "id\n0\n1\n", "src,dst,rel,count\n0,1,x,two\n")).ok());
  CHECK_FALSE(Read(Write(dir, "id,name\n0,\"open\n", "src,dst,rel\n")).ok());
}

TEST_CASE("several quoted fields with doubled quotes in one record keep their own text", "[csv]") {
  TempDir dir;
  const Files files = Write(dir,
                            "id,name,first_seen,last_seen\n"
                            "\"a\"\"1\",\"B \"\"b\"\"\",\"plain\",\"\"\"x\"\"\"\n"
                            "2,\"C,\r\nc\",,\n",
                            "src,dst,rel\n\"a\"\"1\",2,\"met \"\"with\"\"\"\r\n");
  const auto graph = Read(files);
  REQUIRE(graph.ok());
  REQUIRE(graph->nodes.size() == 2);
  CHECK(graph->nodes[0].name == "B \"b\"");
  CHECK(graph->nodes[0].first_seen == "plain");
  CHECK(graph->nodes[0].last_seen == "\"x\"");
  CHECK(graph->nodes[1].name == "C,\r\nc");
  REQUIRE(graph->edges.size() == 1);
  CHECK(graph->edges[0].source == 0);
  CHECK(graph->relations[graph->edges[0].relation] == "met \"with\"");
}

TEST_CASE("an error after a multi-line quoted field names the line the record began on", "[csv]") {
  TempDir dir;
  const Files files =
      Write(dir, "id,name\n0,\"two\nlines\"\n1,B\n", "src,dst,rel\n0,1,x\n1,\"9\n\",x\n");
  const auto graph = Read(files);
  REQUIRE_FALSE(graph.ok());
  CHECK(graph.status().message() == files.edges + ":3: no node with id '9\n'");
}

TEST_CASE("an edge file read in parts gives the graph one reader gives", "[csv]") {
  TempDir dir;
  std::string nodes = "id,name\n";
  for (int i = 0; i < 40; ++i)
    nodes += std::to_string(i) + ",N" + std::to_string(i) + "\n";
  // Relations first named late in the file, blank lines and CRLF line ends.
  std::string edges = "src,dst,rel,weight\r\n";
  for (int i = 0; i < 300; ++i) {
    edges += std::to_string(i % 40) + "," + std::to_string(i * 7 % 40) + ",rel" +
             std::to_string(i * i % (1 + i / 30)) + "," + std::to_string(i) + ".5" +
             (i % 3 == 0 ? "\r\n" : "\n");
    if (i % 50 == 0) edges += "\n";
  }
  const Files files = Write(dir, nodes, edges);
  kg::CsvImportReport report;
  kg::CsvImportOptions one;
  one.threads = 1;
  const auto expected = kg::ReadCsvGraph(files.nodes, files.edges, one, &report);
  REQUIRE(expected.ok());
  REQUIRE(expected->edges.size() == 300);
  for (std::size_t threads : {2, 3, 7, 500}) {
    kg::CsvImportOptions options;
    options.threads = threads;
    const auto graph = kg::ReadCsvGraph(files.nodes, files.edges, options, &report);
    REQUIRE(graph.ok());
    CHECK(graph->relations == expected->relations);
    REQUIRE(graph->edges.size() == expected->edges.size());
    for (std::size_t i = 0; i < graph->edges.size(); ++i) {
      const kg::ImportGraph::Edge& edge = graph->edges[i];
      const kg::ImportGraph::Edge& want = expected->edges[i];
      CHECK((edge.source == want.source && edge.relation == want.relation &&
             edge.target == want.target && edge.weight == want.weight));
    }
  }
}

TEST_CASE("an error in a later part of an edge file names its line in the file", "[csv]") {
  TempDir dir;
  std::string edges = "src,dst,rel\n";
  for (int i = 0; i < 100; ++i)
    edges += i == 80 ? "0,1\n" : (i % 10 == 0 ? "\n0,1,x\n" : "0,1,x\n");
  const Files files = Write(dir, "id\n0\n1\n", edges);
  kg::CsvImportReport report;
  kg::CsvImportOptions options;
  options.threads = 4;
  const auto graph = kg::ReadCsvGraph(files.nodes, files.edges, options, &report);
  REQUIRE_FALSE(graph.ok());
  // Line 1 is the header; rows 0..79 took 80 lines and the blank lines before rows 0..70 eight.
  CHECK(graph.status().message() == files.edges + ":90: expected 3 fields, found 2");
}
