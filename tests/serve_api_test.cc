// kg serve's JSON API over real HTTP on loopback, on a database built by the real kg from an
// article written here.
#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <thread>

#include "http_client.h"
#include "kg/extractor.h"
#include "kg/graph_api.h"
#include "kg/http_server.h"
#include "run_kg.h"
#include "temp_dir.h"

namespace {

using kg::testing::RunKg;
using kg::testing::Send;
using nlohmann::json;

const char* const kArticle =
    "Ilsa Varnholt met Pavel Kessing in Tannaby on Monday.\n"
    "Varnholt criticized the Tarvel Mining Company.\n"
    "Pavel Kessing did not meet Odile Dorrance.\n";

// The article ingested into a fresh database, served on a free port.
class ServedGraph {
 public:
  ServedGraph() {
    std::ofstream(dir_.file("article.txt")) << kArticle;
    REQUIRE(RunKg("--db " + db() + " ingest " + dir_.file("article.txt")).exit_code == 0);
    const std::filesystem::path web = dir_.file("web");
    std::filesystem::create_directories(web / "vendor");
    std::ofstream(web / "index.html") << "<html></html>";
    std::ofstream(web / "vendor" / "cytoscape.min.js") << "";
    auto api = kg::GraphApi::Open(db(), kg::DefaultDataDir() + "/lexicon/relations.json", web);
    REQUIRE(api.ok());
    api_ = std::move(api).value();
    server_ = std::make_unique<kg::HttpServer>(
        [this](const kg::HttpRequest& request) { return api_->Handle(request); },
        kg::HttpServerOptions{"127.0.0.1", 0, 2});
    REQUIRE(server_->Start().ok());
  }

  std::string db() const { return dir_.file("kg.db"); }
  const kg::testing::TempDir& dir() const { return dir_; }

  kg::testing::Reply Get(const std::string& target) const { return Send(server_->port(), target); }
  json GetJson(const std::string& target, int status = 200) const {
    const kg::testing::Reply reply = Get(target);
    INFO(target << " -> " << reply.body);
    REQUIRE(reply.status == status);
    CHECK(reply.content_type == "application/json");
    return json::parse(reply.body);
  }

 private:
  kg::testing::TempDir dir_;
  std::unique_ptr<kg::GraphApi> api_;
  std::unique_ptr<kg::HttpServer> server_;
};

// The JSON lines `kg --json ARGUMENTS` prints.
json CliRecords(const ServedGraph& graph, const std::string& arguments) {
  const kg::testing::RunResult result = RunKg("--db " + graph.db() + " --json " + arguments);
  REQUIRE(result.exit_code == 0);
  json records = json::array();
  std::istringstream lines(result.output);
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty()) records.push_back(json::parse(line));
  }
  return records;
}

}  // namespace

TEST_CASE("search finds entities by the start of any word of a name", "[serve-api]") {
  const ServedGraph graph;
  const json found = graph.GetJson("/api/search?q=varn");
  REQUIRE(found["records"].size() == 1);
  CHECK(found["records"][0]["name"] == "Ilsa Varnholt");
  CHECK(found["records"][0]["type"] == "PERSON");
}

TEST_CASE("the API's records are the CLI's --json records", "[serve-api]") {
  const ServedGraph graph;
  CHECK(graph.GetJson("/api/neighbors?name=Ilsa%20Varnholt")["records"] ==
        CliRecords(graph, "neighbors 'Ilsa Varnholt'"));
  CHECK(graph.GetJson("/api/edges")["records"] == CliRecords(graph, "edges"));
  CHECK(graph.GetJson(
            "/api/explain?from=Ilsa%20Varnholt&rel=met_with&to=Pavel%20Kessing")["records"] ==
        CliRecords(graph, "explain 'Ilsa Varnholt' met_with 'Pavel Kessing'"));
  CHECK(graph.GetJson("/api/entity?name=Varnholt") == CliRecords(graph, "entity Varnholt").at(0));
  const json query =
      graph.GetJson("/api/query?q=MATCH%20(a)-%5Br%5D-%3E(b)%20RETURN%20a.name%2C%20b.name");
  CHECK(query["records"] == CliRecords(graph, "query 'MATCH (a)-[r]->(b) RETURN a.name, b.name'"));
  CHECK(query["columns"] == json{"a.name", "b.name"});
}

TEST_CASE("negated evidence is no edge unless every modality is asked for", "[serve-api]") {
  const ServedGraph graph;
  const std::string target = "/api/neighbors?name=Odile%20Dorrance";
  CHECK(graph.GetJson(target)["records"].empty());
  const json all = graph.GetJson(target + "&modality=all");
  REQUIRE(all["records"].size() == 1);
  CHECK(all["records"][0]["modalities"] == json{"negated"});
}

TEST_CASE("a path comes with each hop's evidence", "[serve-api]") {
  const ServedGraph graph;
  const json path = graph.GetJson("/api/path?from=Tarvel%20Mining%20Company&to=Pavel%20Kessing");
  REQUIRE(path["hops"].size() == 2);
  CHECK(path["hops"][1]["to"] == "Pavel Kessing");
  CHECK(path["hops"][1]["evidence"]["modality"] == "asserted");
}

TEST_CASE("bad requests get a status and a one-line error", "[serve-api]") {
  const ServedGraph graph;
  const json unknown = graph.GetJson("/api/entity?name=Ilsa%20Varnholz", 404);
  CHECK(unknown["error"].get<std::string>().find("Ilsa Varnholt") != std::string::npos);
  CHECK(graph.GetJson("/api/entity", 400)["error"] == "missing parameter 'name'");
  CHECK(graph.GetJson("/api/neighbors?name=Varnholt&modality=maybe", 400).contains("error"));
  CHECK(graph.GetJson("/api/neighbors?name=Varnholt&rel=adored", 400).contains("error"));
  CHECK(graph.GetJson("/api/query?q=MATCH%20(a", 400).contains("error"));
  CHECK(graph.GetJson("/api/nothing", 404).contains("error"));
  CHECK(graph.Get("/../kg.db/CURRENT").status == 404);
}

TEST_CASE("lists are cut at the limit and say so", "[serve-api]") {
  const ServedGraph graph;
  const json edges = graph.GetJson("/api/edges?limit=1");
  CHECK(edges["records"].size() == 1);
  CHECK(edges["truncated"] == true);
  CHECK(graph.GetJson("/api/edges?limit=5000", 400).contains("error"));
}

TEST_CASE("the server sees what an ingest writes while it runs", "[serve-api]") {
  const ServedGraph graph;
  CHECK(graph.GetJson("/api/search?q=quillan")["records"].empty());
  std::ofstream(graph.dir().file("later.txt")) << "Runa Quillan visited Brevik on Friday.\n";
  REQUIRE(RunKg("--db " + graph.db() + " ingest " + graph.dir().file("later.txt")).exit_code == 0);
  json found = json::object();
  for (int attempt = 0; attempt < 30 && found.value("records", json::array()).empty(); ++attempt) {
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    found = graph.GetJson("/api/search?q=quillan");
  }
  REQUIRE(found["records"].size() == 1);
  CHECK(found["records"][0]["name"] == "Runa Quillan");
}
