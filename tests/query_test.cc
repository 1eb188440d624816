// Planning and running queries on the sample graph (see sample_graph.h).
#include <catch2/catch.hpp>

#include "kg/query_executor.h"
#include "kg/query_parser.h"
#include "kg/query_plan.h"
#include "sample_graph.h"
#include "temp_dir.h"

namespace {

using kg::query::AnchorKind;
using kg::query::Plan;

class QueryFixture {
 public:
  QueryFixture() : store_(kg::testing::OpenSampleGraph(dir_.file("db"))) {}

  // The plan for `text`, which must be a valid query.
  Plan PlanOf(const std::string& text) {
    INFO(text);
    kg::Result<kg::query::Query> query = kg::query::ParseQuery(text);
    REQUIRE(query.ok());
    kg::Result<Plan> plan = kg::query::PlanQuery(std::move(query).value(), *store_, catalog_);
    if (!plan.ok()) FAIL(plan.status().message());
    return std::move(plan).value();
  }

  // The planning error for `text`, which must parse, and the byte offset it points at.
  struct PlanFailure {
    kg::Status status;
    std::size_t offset = 0;
  };
  PlanFailure PlanError(const std::string& text) {
    INFO(text);
    kg::Result<kg::query::Query> query = kg::query::ParseQuery(text);
    REQUIRE(query.ok());
    PlanFailure failure;
    const kg::Result<Plan> plan =
        kg::query::PlanQuery(std::move(query).value(), *store_, catalog_, &failure.offset);
    REQUIRE_FALSE(plan.ok());
    failure.status = plan.status();
    return failure;
  }

  // The result rows of `text`, each cell as table text, joined with " | ".
  std::vector<std::string> Results(const std::string& text) {
    const Plan plan = PlanOf(text);
    const auto table = kg::query::ExecuteQuery(plan, *store_, catalog_);
    INFO(text);
    REQUIRE(table.ok());
    std::vector<std::string> rows;
    for (const auto& row : table->rows) {
      std::string line;
      for (const kg::query::Value& value : row)
        line += (line.empty() ? "" : " | ") + kg::query::ValueText(value);
      rows.push_back(line);
    }
    return rows;
  }

  kg::Status RunError(const std::string& text, const kg::query::ExecuteOptions& options) {
    const Plan plan = PlanOf(text);
    const auto table = kg::query::ExecuteQuery(plan, *store_, catalog_, options);
    REQUIRE_FALSE(table.ok());
    return table.status();
  }

 private:
  kg::testing::TempDir dir_;
  std::unique_ptr<kg::Store> store_;
  kg::RelationCatalog catalog_ = kg::testing::SampleCatalog();
};

using Rows = std::vector<std::string>;

}  // namespace

// ---- planner ----

TEST_CASE_METHOD(QueryFixture, "the plan starts from the node with a name", "[query][planner]") {
  const Plan plan = PlanOf("MATCH (a:PERSON)-[:accused]->(b {name: 'NF'}) RETURN a");
  CHECK(plan.anchor_kind == AnchorKind::kByName);
  CHECK(plan.anchor == 1);
  CHECK(plan.nodes[1].ids == std::vector<kg::EntityId>{3});
  REQUIRE(plan.expansions.size() == 1);
  CHECK(plan.expansions[0].from == 1);
  CHECK(plan.expansions[0].to == 0);
  CHECK(plan.expansions[0].direction == kg::Direction::kIn);
}

TEST_CASE_METHOD(QueryFixture, "a WHERE name equality also anchors the plan", "[query][planner]") {
  const Plan plan = PlanOf("MATCH (a)-->(b) WHERE b.name = 'Kessel' RETURN a");
  CHECK(plan.anchor_kind == AnchorKind::kByName);
  CHECK(plan.anchor == 1);
}

TEST_CASE_METHOD(QueryFixture, "without a name the plan scans entities of a labelled node",
                 "[query][planner]") {
  const Plan plan = PlanOf("MATCH (a)-[:captured]->(b:GPE) RETURN a");
  CHECK(plan.anchor_kind == AnchorKind::kByType);
  CHECK(plan.anchor == 1);
  const Plan bare = PlanOf("MATCH (a)-->(b) RETURN a");
  CHECK(bare.anchor_kind == AnchorKind::kAllEntities);
  CHECK(bare.anchor == 0);
}

TEST_CASE_METHOD(QueryFixture, "the plan expands right of the anchor, then left",
                 "[query][planner]") {
  const Plan plan = PlanOf("MATCH (a)-->(b {name: 'Varga'})-->(c)<--(d) RETURN a");
  REQUIRE(plan.expansions.size() == 3);
  CHECK(plan.expansions[0].to == 2);
  CHECK(plan.expansions[1].to == 3);
  CHECK(plan.expansions[2].to == 0);
}

TEST_CASE_METHOD(QueryFixture, "each WHERE part is checked as soon as its variables are bound",
                 "[query][planner]") {
  const Plan plan = PlanOf(
      "MATCH (a {name: 'Varga'})-[r]->(b)-[s]->(c) "
      "WHERE a.mentions > 0 AND r.count > 1 AND c.type = 'GPE' AND b.name <> c.name RETURN c");
  REQUIRE(plan.filters.size() == 3);
  CHECK(plan.filters[0] == std::vector<std::size_t>{0});
  CHECK(plan.filters[1] == std::vector<std::size_t>{1});
  CHECK(plan.filters[2] == std::vector<std::size_t>{2, 3});
}

TEST_CASE_METHOD(QueryFixture, "the plan description names the start and each expansion",
                 "[query][planner]") {
  const Plan plan = PlanOf(
      "MATCH (a {name: 'Varga'})-[r:accused]->(b) WHERE r.count > 1 "
      "RETURN b.name LIMIT 3");
  CHECK(kg::query::DescribePlan(plan) ==
        "1. start at (a) by name: Elena Varga #1\n"
        "2. expand (a)-[r:accused]->(b) by prefix scan\n"
        "   where r.count > 1\n"
        "3. return b.name, at most 3\n");
}

TEST_CASE_METHOD(QueryFixture, "an unknown name in a pattern fails with suggestions at the name",
                 "[query][planner]") {
  const auto error = PlanError("MATCH (a {name: 'Elena Vargas'}) RETURN a");
  CHECK(error.status.code() == kg::Status::Code::kNotFound);
  CHECK(error.status.message() == "no entity named 'Elena Vargas' (did you mean 'Elena Varga'?)");
  CHECK(error.offset == 16u);
}

TEST_CASE_METHOD(QueryFixture, "an unknown relation fails with the closest known one",
                 "[query][planner]") {
  const auto error = PlanError("MATCH (a)-[:acused]->(b) RETURN a");
  CHECK(error.status.message() == "unknown relation 'acused' (did you mean 'accused'?)");
  CHECK(error.offset == 12u);
}

TEST_CASE_METHOD(QueryFixture, "an unknown variable or property is an error where it is used",
                 "[query][planner]") {
  const auto variable = PlanError("MATCH (a)-->(b) RETURN c.name");
  CHECK(variable.status.message().starts_with("unknown variable 'c'"));
  CHECK(variable.offset == 23u);
  const auto property = PlanError("MATCH (a)-[r]->(b) WHERE r.weight > 1 RETURN a");
  CHECK(property.status.message() ==
        "unknown property 'weight' of a relationship (type, count, modality, first_date, "
        "last_date, source, agent, location)");
}

TEST_CASE_METHOD(QueryFixture, "count() outside RETURN and misused ORDER BY are refused",
                 "[query][planner]") {
  CHECK(PlanError("MATCH (a) WHERE count(*) > 1 RETURN a").status.message() ==
        "count() can only be a whole RETURN item");
  CHECK(PlanError("MATCH (a)-->(b) RETURN a.name, count(*) ORDER BY b.name").status.message() ==
        "with count() or DISTINCT, ORDER BY must name a returned column");
}

TEST_CASE_METHOD(QueryFixture, "properties of a variable-length relationship are refused",
                 "[query][planner]") {
  CHECK(PlanError("MATCH (a)-[r*1..2]->(b) WHERE r.count > 1 RETURN a").status.message() ==
        "'r' spans several relationships and has no properties; use size(r)");
}

// ---- execution ----

TEST_CASE_METHOD(QueryFixture, "a query returns properties of the matched entities",
                 "[query][executor]") {
  CHECK(Results("MATCH (a {name: 'NF'})-[:captured]->(b) RETURN a.name, b.name, b.type") ==
        Rows{"Northern Front | Kessel | GPE"});
}

TEST_CASE_METHOD(QueryFixture, "relation alternatives match any of the relations",
                 "[query][executor]") {
  CHECK(Results("MATCH (a)-[r:captured|attacked]->(b) RETURN a.name, type(r), b.name "
                "ORDER BY b.name") ==
        Rows{"Northern Front | captured | Kessel", "Northern Front | attacked | Ostland"});
}

TEST_CASE_METHOD(QueryFixture, "a directed pattern matches edges in its direction only",
                 "[query][executor]") {
  CHECK(Results("MATCH (a {name: 'Brandt'})<-[r]-(b) RETURN type(r), b.name ORDER BY b.name") ==
        Rows{"met_with | Elena Varga", "criticized | Ostland"});
  CHECK(Results("MATCH (a {name: 'Brandt'})-[r]->(b) RETURN type(r), b.name ORDER BY b.name") ==
        Rows{"met_with | Elena Varga", "accused | Northern Front"});
}

TEST_CASE_METHOD(QueryFixture, "type labels restrict the matched entities", "[query][executor]") {
  CHECK(Results("MATCH (a:PERSON)-[:accused]->(b:ORG) RETURN a.name ORDER BY a.name") ==
        Rows{"Elena Varga", "Karl Brandt"});
  CHECK(Results("MATCH (a:GPE)-[:accused]->(b) RETURN a.name").empty());
}

TEST_CASE_METHOD(QueryFixture, "a variable-length pattern reaches entities several hops away",
                 "[query][executor]") {
  CHECK(Results("MATCH (a {name: 'Maria Lind'})-[*2..3]->(b) RETURN DISTINCT b.name "
                "ORDER BY b.name") == Rows{"Karl Brandt", "Kessel", "Northern Front", "Ostland"});
}

TEST_CASE_METHOD(QueryFixture, "a variable-length relationship is the list of its edges",
                 "[query][executor]") {
  CHECK(Results("MATCH (a {name: 'Maria Lind'})-[r*3]->(b {name: 'Kessel'}) RETURN size(r), r") ==
        Rows{"3 | supported (1), accused (2), captured (1)"});
}

TEST_CASE_METHOD(QueryFixture, "no edge is used twice in one match", "[query][executor]") {
  // Going out and straight back over the same met_with edge is not a match.
  CHECK(Results("MATCH (a {name: 'Varga'})-[:met_with]-(b)-[:met_with]-(c) RETURN c.name").empty());
}

TEST_CASE_METHOD(QueryFixture, "WHERE compares relation counts, modalities and dates",
                 "[query][executor]") {
  CHECK(Results("MATCH (a)-[r]->(b) WHERE r.count >= 2 RETURN a.name, type(r), b.name") ==
        Rows{"Elena Varga | accused | Northern Front"});
  CHECK(Results("MATCH (a)-[r]->(b) WHERE r.modality = 'claimed' RETURN type(r)") ==
        Rows{"attacked"});
  CHECK(Results("MATCH (a)-[r]->(b) WHERE r.first_date >= '2024-03' AND r.last_date < '2024-04' "
                "RETURN type(r) ORDER BY type(r)") == Rows{"attacked", "criticized", "supported"});
}

TEST_CASE_METHOD(QueryFixture, "WHERE combines conditions with AND, OR and NOT",
                 "[query][executor]") {
  CHECK(Results("MATCH (a:PERSON) WHERE NOT (a.name STARTS WITH 'E' OR a.name ENDS WITH 'Reed') "
                "AND a.name <> 'Maria Lind' RETURN a.name") == Rows{"Karl Brandt"});
  CHECK(Results("MATCH (a) WHERE 'NF' IN a.aliases RETURN a.name") == Rows{"Northern Front"});
  CHECK(Results("MATCH (a) WHERE toLower(a.name) CONTAINS 'union' RETURN a.name") ==
        Rows{"Harbor Union"});
}

TEST_CASE_METHOD(QueryFixture, "count() groups by the other RETURN items", "[query][executor]") {
  CHECK(Results("MATCH (a)-[r]->(b:ORG) RETURN b.name AS target, count(*) AS n, "
                "count(DISTINCT type(r)) AS kinds ORDER BY n DESC") ==
        Rows{"Northern Front | 2 | 1", "Harbor Union | 1 | 1"});
  CHECK(Results("MATCH (a)-[:killed]->(b) RETURN count(*)") == Rows{"0"});
}

TEST_CASE_METHOD(QueryFixture, "ORDER BY sorts by columns or expressions, LIMIT cuts",
                 "[query][executor]") {
  CHECK(Results("MATCH (a:PERSON) RETURN a.name ORDER BY a.name DESC LIMIT 2") ==
        Rows{"Tom Reed", "Maria Lind"});
  CHECK(Results("MATCH (a:GPE) RETURN a.name ORDER BY a.id DESC") == Rows{"Ostland", "Kessel"});
}

TEST_CASE_METHOD(QueryFixture, "RETURN * returns every named variable", "[query][executor]") {
  CHECK(Results("MATCH (a {name: 'Tom Reed'})-[r]->(b) RETURN *") ==
        Rows{"Tom Reed | sued (1) | Harbor Union"});
}

TEST_CASE_METHOD(QueryFixture, "a repeated variable names the same entity", "[query][executor]") {
  CHECK(Results("MATCH (a)-[:met_with]-(b)-[:accused]->(c)<-[:accused]-(a) RETURN a.name, b.name "
                "ORDER BY a.name") ==
        Rows{"Elena Varga | Karl Brandt", "Karl Brandt | Elena Varga"});
}

TEST_CASE_METHOD(QueryFixture, "a query that examines too many matches fails instead of running on",
                 "[query][executor]") {
  kg::query::ExecuteOptions options;
  options.max_matches = 10;
  CHECK(RunError("MATCH (a)-[*1..6]-(b) RETURN count(*)", options)
            .message()
            .starts_with("the query examines more than 10 partial matches"));
}
