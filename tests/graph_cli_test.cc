// End-to-end tests of the query commands (entity, neighbors, path, edges, explain, rank,
// components, query): each builds the sample graph through the store API, then runs the real
// binary on it.
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "run_kg.h"
#include "sample_graph.h"
#include "temp_dir.h"

namespace {

struct RunResult {
  int exit_code = -1;
  std::string out;  // standard output
  std::string err;  // standard error
};

class GraphCli {
 public:
  GraphCli() { kg::testing::BuildSampleGraph(dir_.file("db")); }

  void AddDocument(const kg::Extraction& extraction) const {
    auto store = kg::Store::Open(dir_.file("db"), kg::StoreOptions{});
    REQUIRE(store.ok());
    REQUIRE((*store)->IngestDocument(extraction, extraction.doc_id).ok());
  }

  RunResult Run(const std::string& arguments) const {
    const std::string err_path = dir_.file("stderr.txt");
    const std::string command =
        std::string(KG_BINARY) + " --db " + dir_.file("db") + " " + arguments + " 2>" + err_path;
    RunResult result;
    result.exit_code = kg::testing::RunShell(command, &result.out);
    std::ifstream err(err_path);
    result.err.assign(std::istreambuf_iterator<char>(err), std::istreambuf_iterator<char>());
    return result;
  }

  // Runs with --json and parses every line of standard output; the command must succeed.
  std::vector<nlohmann::json> Json(const std::string& arguments) const {
    const RunResult result = Run("--json " + arguments);
    INFO(arguments << "\n" << result.err);
    REQUIRE(result.exit_code == 0);
    std::vector<nlohmann::json> lines;
    std::istringstream in(result.out);
    for (std::string line; std::getline(in, line);)
      lines.push_back(nlohmann::json::parse(line));
    return lines;
  }

 private:
  kg::testing::TempDir dir_;
};

// The values of `key` in each JSON line, as strings.
std::vector<std::string> Column(const std::vector<nlohmann::json>& lines, const std::string& key) {
  std::vector<std::string> values;
  for (const nlohmann::json& line : lines)
    values.push_back(line.at(key).is_string() ? line.at(key).get<std::string>()
                                              : line.at(key).dump());
  return values;
}

using Strings = std::vector<std::string>;

}  // namespace

// ---- name resolution, shared by every command ----

TEST_CASE_METHOD(GraphCli, "a misspelt name exits 1 suggesting the closest names", "[cli][graph]") {
  const RunResult result = Run("entity 'Karl Brand'");
  CHECK(result.exit_code == 1);
  CHECK(result.out.empty());
  CHECK(result.err == "kg: no entity named 'Karl Brand' (did you mean 'Karl Brandt'?)\n");
}

TEST_CASE_METHOD(GraphCli, "names resolve by alias in any case and by #ID", "[cli][graph]") {
  CHECK(Column(Json("entity 'the front'"), "name") == Strings{"Northern Front"});
  CHECK(Column(Json("entity '#4'"), "name") == Strings{"Kessel"});
}

namespace {

// Every command that takes an entity, with X where the name goes.
const char* const kNameCommands[] = {"entity 'X'",
                                     "entity rename 'X' 'New Name'",
                                     "entity merge Kessel 'X'",
                                     "alias add 'X' Other",
                                     "neighbors 'X'",
                                     "path 'X' Kessel",
                                     "path Kessel 'X'",
                                     "edges --from 'X'",
                                     "edges --to 'X'",
                                     "explain 'X' accused NF",
                                     "explain NF accused 'X'",
                                     "export --format json --around 'X'",
                                     "query \"MATCH (a {name: 'X'})-->(b) RETURN b\""};

std::string WithName(std::string command, const std::string& name) {
  command.replace(command.find('X'), 1, name);
  return command;
}

}  // namespace

TEST_CASE_METHOD(GraphCli, "every command suggests the closest names for an unknown one",
                 "[cli][graph]") {
  for (const char* command : kNameCommands) {
    const RunResult result = Run(WithName(command, "Karl Brand"));
    INFO(command << "\n" << result.err);
    CHECK(result.exit_code == 1);
    CHECK(result.out.empty());
    CHECK(result.err.find("no entity named 'Karl Brand' (did you mean 'Karl Brandt'?)") !=
          std::string::npos);
  }
}

TEST_CASE_METHOD(GraphCli, "every command lists the candidates for an ambiguous name",
                 "[cli][graph]") {
  // Two documents call two entities "Lindy" (kg alias add refuses a second entity the alias).
  AddDocument(
      kg::Extraction{"doc-lindy",
                     "2024-04-02",
                     {{"Maria Lind", kg::EntityType::kPerson, {"Lindy"}, {{"Lindy", 0, {0, 5}}}},
                      {"Harbor Union", kg::EntityType::kOrg, {"Lindy"}, {{"Lindy", 1, {0, 5}}}}},
                     {},
                     {}});
  for (const char* command : kNameCommands) {
    // A query's {name: ...} is a pattern: it matches each candidate, as --explain lists.
    if (std::string(command).starts_with("query")) continue;
    const RunResult result = Run(WithName(command, "lindy"));
    INFO(command << "\n" << result.err);
    CHECK(result.exit_code == 1);
    CHECK(result.out.empty());
    CHECK(result.err.find("'lindy' is ambiguous: Maria Lind (PERSON, #6) or Harbor Union (ORG, "
                          "#8); name one as #ID") != std::string::npos);
  }
  const RunResult plan = Run("query --explain \"MATCH (a {name: 'lindy'})-->(b) RETURN b\"");
  CHECK(plan.exit_code == 0);
  CHECK(plan.out.find("start at (a) by name: Maria Lind #6, Harbor Union #8") != std::string::npos);
}

// ---- kg entity ----

TEST_CASE_METHOD(GraphCli, "entity shows type, aliases, mentions, dates and degrees",
                 "[cli][graph]") {
  const auto lines = Json("entity Varga");
  REQUIRE(lines.size() == 1);
  const nlohmann::json& entity = lines[0];
  CHECK(entity["type"] == "PERSON");
  CHECK(entity["aliases"] == nlohmann::json{"Varga"});
  CHECK(entity["mentions"] == 3);
  CHECK(entity["first_seen"] == "2024-01-10");
  CHECK(entity["last_seen"] == "2024-03-20");
  CHECK(entity["degrees"].size() == 3);
  CHECK(entity["neighbors"][0]["name"] == "Northern Front");
  CHECK(entity["evidence"][0]["modality"] == "asserted");
}

TEST_CASE_METHOD(GraphCli, "entity prints aligned sections for people", "[cli][graph]") {
  const RunResult result = Run("entity Brandt --neighbors 1 --evidence 1");
  REQUIRE(result.exit_code == 0);
  INFO(result.out);
  CHECK(
      result.out.starts_with("Karl Brandt (PERSON, #2)\n"
                             "aliases     Brandt\n"
                             "mentions    3\n"));
  CHECK(result.out.find("relation    out  in  undirected  evidence\n"
                        "accused       1   0           0         1\n") != std::string::npos);
  CHECK(result.out.find("neighbor     type    evidence  relations\n"
                        "Elena Varga  PERSON         1  met_with\n") != std::string::npos);
  CHECK(result.out.find("Karl Brandt -accused-> Northern Front  2024-02-05  doc-2     reported  "
                        "Karl Brandt accused Northern Front.\n") != std::string::npos);
}

TEST_CASE_METHOD(GraphCli, "entity --neighbors and --evidence cap the lists", "[cli][graph]") {
  const auto lines = Json("entity Varga --neighbors 1 --evidence 2");
  REQUIRE(lines.size() == 1);
  CHECK(lines[0]["neighbors"].size() == 1);
  CHECK(lines[0]["evidence"].size() == 2);
}

TEST_CASE_METHOD(GraphCli, "entity --neighbors 0 and --evidence 0 leave those sections out",
                 "[cli][graph]") {
  const RunResult result = Run("entity Brandt --neighbors 0 --evidence 0");
  REQUIRE(result.exit_code == 0);
  CHECK(result.out.find("relation    out") != std::string::npos);
  CHECK(result.out.find("neighbor") == std::string::npos);
  CHECK(result.out.find("modality") == std::string::npos);
}

TEST_CASE_METHOD(GraphCli, "entity NAME and the entity merge and rename subcommands coexist",
                 "[cli][graph]") {
  REQUIRE(Run("entity rename Brandt 'Karl F. Brandt'").exit_code == 0);
  REQUIRE(Run("entity merge --yes Varga 'Maria Lind'").exit_code == 0);
  const auto lines = Json("entity Varga");
  REQUIRE(lines.size() == 1);
  CHECK(lines[0]["aliases"].size() == 2);
  CHECK(lines[0]["aliases"].dump().find("Maria Lind") != std::string::npos);
  CHECK(Column(Json("entity Brandt"), "name") == Strings{"Karl F. Brandt"});
}

// ---- kg neighbors ----

TEST_CASE_METHOD(GraphCli, "neighbors lists an entity's edges as an aligned table",
                 "[cli][graph]") {
  const RunResult result = Run("neighbors Varga");
  REQUIRE(result.exit_code == 0);
  CHECK(result.out ==
        "Elena Varga (PERSON)\n"
        "relation      neighbor        type    count  modality           first       last\n"
        "-accused->    Northern Front  ORG         2  asserted,reported  2024-01-10  2024-02-05\n"
        "-met_with-    Karl Brandt     PERSON      1  asserted           2024-01-10  2024-01-10\n"
        "<-supported-  Maria Lind      PERSON      1  asserted           2024-03-20  2024-03-20\n");
}

TEST_CASE_METHOD(GraphCli, "--modality all counts evidence of every modality", "[cli][graph]") {
  CHECK(Column(Json("neighbors Varga --modality all"), "count") == Strings{"2", "1", "1"});
  CHECK(Column(Json("neighbors Varga --modality all"), "modalities")[0] ==
        R"(["asserted","reported"])");
}

TEST_CASE_METHOD(GraphCli, "neighbors --depth goes several hops out", "[cli][graph]") {
  const auto lines = Json("neighbors Varga --depth 2");
  CHECK(Column(lines, "neighbor") ==
        Strings{"Northern Front", "Karl Brandt", "Maria Lind", "Kessel", "Ostland", "Ostland"});
  CHECK(Column(lines, "depth") == Strings{"1", "1", "1", "2", "2", "2"});
}

TEST_CASE_METHOD(GraphCli, "neighbors --rel keeps only the given relations", "[cli][graph]") {
  CHECK(Column(Json("neighbors Varga --rel met_with,supported"), "neighbor") ==
        Strings{"Karl Brandt", "Maria Lind"});
}

TEST_CASE_METHOD(GraphCli, "neighbors --dir follows edges one way only", "[cli][graph]") {
  CHECK(Column(Json("neighbors Varga --dir in"), "neighbor") ==
        Strings{"Karl Brandt", "Maria Lind"});
  CHECK(Column(Json("neighbors Varga --dir out"), "direction") == Strings{"out", "undirected"});
}

TEST_CASE_METHOD(GraphCli, "neighbors --since and --until keep evidence in the window",
                 "[cli][graph]") {
  CHECK(Column(Json("neighbors Varga --since 2024-02"), "neighbor") ==
        Strings{"Northern Front", "Maria Lind"});
  CHECK(Column(Json("neighbors Varga --until 2024-01"), "count") == Strings{"1", "1"});
}

TEST_CASE_METHOD(GraphCli, "neighbors --modality keeps evidence with those modalities",
                 "[cli][graph]") {
  const auto lines = Json("neighbors 'Northern Front' --modality reported,claimed");
  CHECK(Column(lines, "neighbor") == Strings{"Elena Varga", "Karl Brandt", "Ostland"});
}

TEST_CASE_METHOD(GraphCli, "neighbors --min-count drops thinly supported edges", "[cli][graph]") {
  CHECK(Column(Json("neighbors Varga --min-count 2"), "neighbor") == Strings{"Northern Front"});
}

TEST_CASE_METHOD(GraphCli, "neighbors --limit caps the rows", "[cli][graph]") {
  CHECK(Json("neighbors Varga --depth 3 --limit 4").size() == 4);
}

TEST_CASE_METHOD(GraphCli, "a bad filter value exits 1 with the reason", "[cli][graph]") {
  CHECK(Run("neighbors Varga --rel acused").err ==
        "kg: unknown relation 'acused' (did you mean 'accused'?)\n");
  CHECK(Run("neighbors Varga --modality rumoured").exit_code == 1);
  CHECK(Run("neighbors Varga --since yesterday").err ==
        "kg: 'yesterday' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)\n");
}

TEST_CASE_METHOD(GraphCli, "an empty result exits 0 with nothing on standard output",
                 "[cli][graph]") {
  const RunResult result = Run("neighbors Varga --rel killed");
  CHECK(result.exit_code == 0);
  CHECK(result.out == "Elena Varga (PERSON)\n");
  CHECK(result.err == "no neighbours\n");
  CHECK(Run("--json neighbors Varga --rel killed").out.empty());
}

// ---- kg path ----

TEST_CASE_METHOD(GraphCli, "path shows each hop with its strongest evidence", "[cli][graph]") {
  const auto lines = Json("path 'Maria Lind' Kessel");
  REQUIRE(lines.size() == 1);
  CHECK(lines[0]["length"] == 3);
  const nlohmann::json& hop = lines[0]["hops"][1];
  CHECK(hop["from"] == "Elena Varga");
  CHECK(hop["relation"] == "accused");
  CHECK(hop["to"] == "Northern Front");
  CHECK(hop["evidence"]["modality"] == "asserted");
  CHECK(hop["evidence"]["doc"] == "doc-1");
}

TEST_CASE_METHOD(GraphCli, "path prints one table row per hop", "[cli][graph]") {
  const RunResult result = Run("path Brandt Kessel");
  REQUIRE(result.exit_code == 0);
  CHECK(result.out ==
        "path  hop  from            relation     to              count  date        document  "
        "modality  evidence\n"
        "   1    1  Karl Brandt     -accused->   Northern Front      1  2024-02-05  doc-2     "
        "reported  Karl Brandt accused Northern Front.\n"
        "   1    2  Northern Front  -captured->  Kessel              1  2024-01-10  doc-1     "
        "asserted  Northern Front captured Kessel.\n");
}

TEST_CASE_METHOD(GraphCli, "path --all lists every shortest path", "[cli][graph]") {
  CHECK(Json("path Varga Ostland --all").size() == 2);
  CHECK(Json("path Varga Ostland").size() == 1);
}

TEST_CASE_METHOD(GraphCli, "path --rel restricts the relations a path may use", "[cli][graph]") {
  const auto lines = Json("path Varga Ostland --rel accused,attacked");
  REQUIRE(lines.size() == 1);
  CHECK(lines[0]["hops"][0]["to"] == "Northern Front");
}

TEST_CASE_METHOD(GraphCli, "path --max-depth bounds the search", "[cli][graph]") {
  const RunResult result = Run("path 'Maria Lind' Kessel --max-depth 2");
  CHECK(result.exit_code == 0);
  CHECK(result.out.empty());
  CHECK(result.err == "no path between Maria Lind and Kessel within 2 hops\n");
}

TEST_CASE_METHOD(GraphCli, "path --dir follows edges one way only", "[cli][graph]") {
  const auto out = Json("path Varga Ostland --all --dir out");
  REQUIRE(out.size() == 1);
  CHECK(out[0]["hops"][0]["to"] == "Northern Front");
  const auto in = Json("path Varga Ostland --all --dir in");
  REQUIRE(in.size() == 1);
  CHECK(in[0]["hops"][0]["to"] == "Karl Brandt");
}

TEST_CASE_METHOD(GraphCli, "path --limit caps the paths --all prints", "[cli][graph]") {
  CHECK(Json("path Varga Ostland --all --limit 1").size() == 1);
}

TEST_CASE_METHOD(GraphCli, "path takes the evidence filters and shows the evidence they keep",
                 "[cli][graph]") {
  const auto since = Json("path Varga Ostland --all --since 2024-02");
  REQUIRE(since.size() == 1);
  CHECK(since[0]["hops"][0]["evidence"]["doc"] == "doc-2");
  const auto reported = Json("path Varga Ostland --all --modality reported,claimed");
  REQUIRE(reported.size() == 1);
  CHECK(reported[0]["hops"][0]["evidence"]["modality"] == "reported");
  CHECK(Json("path Varga Ostland --min-count 2").empty());
}

TEST_CASE_METHOD(GraphCli, "path between one entity and itself is refused", "[cli][graph]") {
  CHECK(Run("path Varga 'Elena Varga'").exit_code == 1);
}

// ---- kg edges ----

TEST_CASE_METHOD(GraphCli, "edges lists every edge, most evidence first", "[cli][graph]") {
  const auto lines = Json("edges");
  REQUIRE(lines.size() == 8);
  CHECK(lines[0]["source"] == "Elena Varga");
  CHECK(lines[0]["count"] == 2);
}

TEST_CASE_METHOD(GraphCli, "edges --from and --to select by endpoint", "[cli][graph]") {
  CHECK(Column(Json("edges --from Brandt"), "target") == Strings{"Northern Front", "Elena Varga"});
  CHECK(Column(Json("edges --to Brandt"), "source") == Strings{"Elena Varga", "Ostland"});
  CHECK(Column(Json("edges --from Varga --to NF"), "relation") == Strings{"accused"});
}

TEST_CASE_METHOD(GraphCli, "edges takes the shared filters", "[cli][graph]") {
  CHECK(Column(Json("edges --modality claimed"), "relation") == Strings{"attacked"});
  CHECK(Column(Json("edges --rel accused --min-count 2"), "source") == Strings{"Elena Varga"});
  CHECK(Json("edges --since 2024-04").size() == 1);
  CHECK(Json("edges --limit 3").size() == 3);
}

// ---- kg explain ----

TEST_CASE_METHOD(GraphCli, "explain lists every piece of evidence with document, date, modality",
                 "[cli][graph]") {
  const auto lines = Json("explain Varga accused 'Northern Front'");
  CHECK(Column(lines, "doc") == Strings{"doc-1", "doc-2"});
  CHECK(Column(lines, "modality") == Strings{"asserted", "reported"});
  CHECK(Column(lines, "date") == Strings{"2024-01-10", "2024-02-05"});
}

TEST_CASE_METHOD(GraphCli, "explain --json uses the contract's field names", "[cli][graph]") {
  const auto lines = Json("explain Varga accused 'Northern Front'");
  REQUIRE_FALSE(lines.empty());
  CHECK(lines[0]["subj"] == "Elena Varga");
  CHECK(lines[0]["rel"] == "accused");
  CHECK(lines[0]["obj"] == "Northern Front");
  CHECK(lines[0]["source"].is_null());  // nobody the statement is attributed to
  CHECK(lines[0]["published"] == "2024-01-10");
}

TEST_CASE_METHOD(GraphCli, "explain finds a symmetric edge from either side", "[cli][graph]") {
  CHECK(Json("explain Brandt met_with Varga").size() == 1);
}

TEST_CASE_METHOD(GraphCli, "explain with no such edge exits 0 and says which way there is one",
                 "[cli][graph]") {
  const RunResult result = Run("explain NF accused Varga");
  CHECK(result.exit_code == 0);
  CHECK(result.out.empty());
  CHECK(result.err ==
        "no evidence that Northern Front accused Elena Varga (but there is for "
        "Elena Varga accused Northern Front)\n");
}

// ---- kg rank ----

TEST_CASE_METHOD(GraphCli, "rank --by degree puts the best connected entity first",
                 "[cli][graph]") {
  const auto lines = Json("rank --by degree --limit 2");
  CHECK(Column(lines, "entity") == Strings{"Northern Front", "Elena Varga"});
  CHECK(Column(lines, "score") == Strings{"4.0", "3.0"});
}

TEST_CASE_METHOD(GraphCli, "rank --by pagerank and --by betweenness use Boost's algorithms",
                 "[cli][graph]") {
  // Brandt collects all of Ostland's rank and half of Varga's (met_with points both ways).
  CHECK(Json("rank --by pagerank").front()["entity"] == "Karl Brandt");
  CHECK(Json("rank --by betweenness").front()["entity"] == "Northern Front");
}

TEST_CASE_METHOD(GraphCli, "rank --type lists only entities of that type", "[cli][graph]") {
  CHECK(Column(Json("rank --type GPE"), "entity") == Strings{"Ostland", "Kessel"});
}

TEST_CASE_METHOD(GraphCli, "rank --rel ranks on the relations given", "[cli][graph]") {
  CHECK(Column(Json("rank --rel sued"), "entity") == Strings{"Tom Reed", "Harbor Union"});
}

TEST_CASE_METHOD(GraphCli, "rank takes the evidence filters", "[cli][graph]") {
  CHECK(Json("rank --since 2024-03").front()["entity"] == "Ostland");
  CHECK(Column(Json("rank --modality claimed"), "entity") == Strings{"Northern Front", "Ostland"});
  CHECK(Column(Json("rank --min-count 2"), "entity") == Strings{"Elena Varga", "Northern Front"});
}

// ---- kg components ----

TEST_CASE_METHOD(GraphCli, "components lists connected components largest first", "[cli][graph]") {
  const auto lines = Json("components");
  CHECK(Column(lines, "size") == Strings{"6", "2"});
  CHECK(Column(lines, "edges") == Strings{"7", "1"});
  CHECK(lines[0]["members"][0] == "Northern Front");
}

TEST_CASE_METHOD(GraphCli, "components --rel splits the graph by relation", "[cli][graph]") {
  CHECK(Json("components --rel met_with,sued").size() == 2);
}

TEST_CASE_METHOD(GraphCli, "components --limit and --members cap the listing", "[cli][graph]") {
  const auto lines = Json("components --limit 1 --members 2");
  REQUIRE(lines.size() == 1);
  CHECK(lines[0]["members"].size() == 2);
}

TEST_CASE_METHOD(GraphCli, "components takes the evidence filters", "[cli][graph]") {
  CHECK(Column(Json("components --since 2024-03"), "size") == Strings{"3", "2", "2"});
}

// ---- kg query ----

TEST_CASE_METHOD(GraphCli, "query prints a table whose columns are the RETURN items",
                 "[cli][graph]") {
  const RunResult result =
      Run("query \"MATCH (a:PERSON)-[r:accused]->(b) RETURN a.name AS accuser, r.count, b "
          "ORDER BY accuser\"");
  REQUIRE(result.exit_code == 0);
  CHECK(result.out ==
        "accuser      r.count  b\n"
        "Elena Varga        2  Northern Front\n"
        "Karl Brandt        1  Northern Front\n");
}

TEST_CASE_METHOD(GraphCli, "query --json prints one object per row, entities as objects",
                 "[cli][graph]") {
  const auto lines = Json("query \"MATCH (a {name: 'Tom Reed'})-[r]->(b) RETURN a.name, b\"");
  REQUIRE(lines.size() == 1);
  CHECK(lines[0]["a.name"] == "Tom Reed");
  CHECK(lines[0]["b"]["name"] == "Harbor Union");
  CHECK(lines[0]["b"]["type"] == "ORG");
}

TEST_CASE_METHOD(GraphCli, "a bad query exits 1 showing the query with a caret", "[cli][graph]") {
  const RunResult result = Run("query \"MATCH (a:PERSON-[r]->(b) RETURN a\"");
  CHECK(result.exit_code == 1);
  CHECK(result.out.empty());
  CHECK(result.err ==
        "kg: bad query: expected ')' to end the node pattern, found '-' (column 16)\n"
        "  MATCH (a:PERSON-[r]->(b) RETURN a\n"
        "                 ^\n");
}

TEST_CASE_METHOD(GraphCli, "a query naming an unknown entity exits 1 with suggestions",
                 "[cli][graph]") {
  const RunResult result = Run("query \"MATCH (a {name: 'Ostlnd'}) RETURN a\"");
  CHECK(result.exit_code == 1);
  CHECK(result.err.starts_with(
      "kg: no entity named 'Ostlnd' (did you mean 'Ostland'?) (column 17)\n"));
}

TEST_CASE_METHOD(GraphCli, "query --explain prints the plan without running it", "[cli][graph]") {
  const RunResult result = Run("query --explain \"MATCH (a)-[:captured]->(b:GPE) RETURN a\"");
  REQUIRE(result.exit_code == 0);
  CHECK(result.out ==
        "1. start at (b:GPE) by scanning the entities for its type\n"
        "2. expand (b:GPE)<-[:captured]-(a) by prefix scan\n"
        "3. return a\n");
}
