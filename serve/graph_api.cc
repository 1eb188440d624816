#include "kg/graph_api.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "kg/edge_listing.h"
#include "kg/entity_profile.h"
#include "kg/graph_records.h"
#include "kg/name_key.h"
#include "kg/name_resolver.h"
#include "kg/neighborhood.h"
#include "kg/query_executor.h"
#include "kg/query_parser.h"
#include "kg/shortest_path.h"
#include "kg/strongest_evidence.h"
#include "static_files.h"
#include "store_view.h"

namespace kg {
namespace {

constexpr std::size_t kDefaultLimit = 100;
constexpr std::size_t kMaxLimit = 1000;
constexpr std::size_t kMaxQueryMatches = 200'000;

// A request that cannot be answered. Thrown inside one request's handler and turned into its
// response by GraphApi::Handle, the HTTP edge, so nothing escapes to the server.
struct ApiError {
  int status;
  std::string message;
};

template <typename T>
T ValueOr400(Result<T> result) {
  if (result.ok()) return std::move(result).value();
  const bool bad = result.status().code() == Status::Code::kInvalidArgument;
  throw ApiError{bad ? 400 : 500, result.status().message()};
}

class Params {
 public:
  explicit Params(const std::map<std::string, std::string>& query) : query_(query) {}

  std::string Get(const std::string& name) const {
    const auto found = query_.find(name);
    return found == query_.end() ? "" : found->second;
  }
  std::string Required(const std::string& name) const {
    std::string value = Get(name);
    if (value.empty()) throw ApiError{400, "missing parameter '" + name + "'"};
    return value;
  }
  std::size_t Number(const std::string& name, std::size_t fallback, std::size_t max) const {
    const std::string text = Get(name);
    if (text.empty()) return fallback;
    std::size_t value = 0;
    for (const char c : text) {
      if (c < '0' || c > '9' || value > max) throw ApiError{400, "bad number for '" + name + "'"};
      value = value * 10 + static_cast<std::size_t>(c - '0');
    }
    if (value == 0 || value > max) {
      throw ApiError{400, "'" + name + "' must be from 1 to " + std::to_string(max)};
    }
    return value;
  }
  std::vector<std::string> List(const std::string& name) const {
    std::vector<std::string> items;
    std::string text = Get(name);
    for (std::size_t start = 0; start < text.size();) {
      const std::size_t comma = std::min(text.find(',', start), text.size());
      if (comma > start) items.push_back(text.substr(start, comma - start));
      start = comma + 1;
    }
    return items;
  }

 private:
  const std::map<std::string, std::string>& query_;
};

GraphFilter FilterOf(const Params& params, const RelationCatalog& catalog) {
  GraphFilter filter;
  for (const std::string& relation : params.List("rel")) {
    if (const Status known = catalog.CheckKnown(relation); !known.ok())
      throw ApiError{400, known.message()};
    filter.relations.insert(relation);
  }
  filter.modalities = ValueOr400(ParseModalities(params.List("modality")));
  filter.since = params.Get("since");
  filter.until = params.Get("until");
  const std::string min_count = params.Get("min_count");
  if (!min_count.empty()) filter.min_count = params.Number("min_count", 1, 1'000'000'000);
  if (const Status valid = filter.Check(); !valid.ok()) throw ApiError{400, valid.message()};
  return filter;
}

EntityRecord ResolveEntity(const Store& store, const std::string& name) {
  Result<EntityRecord> entity = ResolveEntityName(store, name);
  if (entity.ok()) return std::move(entity).value();
  const Status::Code code = entity.status().code();
  throw ApiError{code == Status::Code::kNotFound          ? 404
                 : code == Status::Code::kInvalidArgument ? 400
                                                          : 500,
                 entity.status().message()};
}

// Entity records by id, each read from the store once per request.
class Entities {
 public:
  explicit Entities(const Store& store) : store_(store) {}
  const EntityRecord& Get(EntityId id) {
    auto found = cache_.find(id);
    if (found == cache_.end()) {
      Result<EntityRecord> record = store_.GetEntity(id);
      if (!record.ok()) throw ApiError{500, record.status().message()};
      found = cache_.emplace(id, std::move(record).value()).first;
    }
    return found->second;
  }
  EntityLookup Lookup() {
    return [this](EntityId id) -> const EntityRecord& { return Get(id); };
  }

 private:
  const Store& store_;
  std::unordered_map<EntityId, EntityRecord> cache_;
};

// {"records": [...first `limit`...], "truncated": whether there were more}.
nlohmann::json Records(nlohmann::json records, std::size_t limit) {
  const bool truncated = records.size() > limit;
  if (truncated) records.erase(records.begin() + static_cast<std::ptrdiff_t>(limit), records.end());
  return {{"records", std::move(records)}, {"truncated", truncated}};
}

nlohmann::json Search(const Snapshot& snapshot, const Params& params) {
  const std::string prefix = NameKey(params.Required("q"));
  const std::size_t limit = params.Number("limit", 10, kMaxLimit);
  Entities entities(*snapshot.store);
  nlohmann::json records = nlohmann::json::array();
  std::vector<EntityId> seen;
  auto it = std::lower_bound(snapshot.names.begin(), snapshot.names.end(),
                             std::make_pair(prefix, EntityId{0}));
  for (; it != snapshot.names.end() && it->first.starts_with(prefix); ++it) {
    if (std::find(seen.begin(), seen.end(), it->second) != seen.end()) continue;
    seen.push_back(it->second);
    const EntityRecord& entity = entities.Get(it->second);
    records.push_back({{"id", entity.id},
                       {"name", entity.name},
                       {"type", EntityTypeName(entity.type)},
                       {"aliases", entity.aliases},
                       {"mentions", entity.mention_count}});
    if (records.size() > limit) break;
  }
  return Records(std::move(records), limit);
}

nlohmann::json Entity(const Snapshot& snapshot, const Params& params) {
  const EntityRecord entity = ResolveEntity(*snapshot.store, params.Required("name"));
  ProfileOptions options;
  options.modalities = FilterOf(params, snapshot.catalog).modalities;
  const EntityProfile profile =
      ValueOr400(ProfileEntity(*snapshot.store, snapshot.catalog, entity, options));
  Entities entities(*snapshot.store);
  return ProfileJson(profile, entities.Lookup());
}

nlohmann::json Neighbors(const Snapshot& snapshot, const Params& params) {
  const EntityRecord entity = ResolveEntity(*snapshot.store, params.Required("name"));
  NeighborOptions options;
  options.filter = FilterOf(params, snapshot.catalog);
  options.depth = static_cast<std::uint32_t>(params.Number("depth", 1, 3));
  const std::size_t limit = params.Number("limit", kDefaultLimit, kMaxLimit);
  options.limit = limit + 1;
  const std::vector<NeighborRow> rows =
      ValueOr400(FindNeighbors(*snapshot.store, snapshot.catalog, entity.id, options));
  Entities entities(*snapshot.store);
  nlohmann::json records = nlohmann::json::array();
  for (const NeighborRow& row : rows)
    records.push_back(NeighborJson(entity.name, row, entities.Lookup()));
  nlohmann::json answer = Records(std::move(records), limit);
  answer["entity"] = entity.name;
  answer["type"] = EntityTypeName(entity.type);
  return answer;
}

nlohmann::json PathBetween(const Snapshot& snapshot, const Params& params) {
  const EntityRecord from = ResolveEntity(*snapshot.store, params.Required("from"));
  const EntityRecord to = ResolveEntity(*snapshot.store, params.Required("to"));
  if (from.id == to.id) throw ApiError{400, "both ends are " + from.name};
  PathOptions options;
  options.filter = FilterOf(params, snapshot.catalog);
  const std::vector<Path> paths =
      ValueOr400(ShortestPaths(*snapshot.store, snapshot.catalog, from.id, to.id, options));
  if (paths.empty()) {
    throw ApiError{404, "no path between " + from.name + " and " + to.name + " within " +
                            std::to_string(options.max_depth) + " hops"};
  }
  std::vector<EvidenceRecord> shown;
  for (const Step& step : paths.front()) {
    shown.push_back(ValueOr400(StrongestEvidence(*snapshot.store, step.edge, options.filter))
                        .value_or(EvidenceRecord{}));
  }
  Entities entities(*snapshot.store);
  return PathJson(1, from.name, to.name, paths.front(), shown, entities.Lookup());
}

nlohmann::json Edges(const Snapshot& snapshot, const Params& params) {
  const GraphFilter filter = FilterOf(params, snapshot.catalog);
  std::optional<EntityRecord> from, to;
  if (!params.Get("from").empty()) from = ResolveEntity(*snapshot.store, params.Get("from"));
  if (!params.Get("to").empty()) to = ResolveEntity(*snapshot.store, params.Get("to"));
  std::vector<EdgeRow> rows = ValueOr400(ListEdges(*snapshot.store, snapshot.catalog, filter,
                                                   from ? &*from : nullptr, to ? &*to : nullptr));
  Entities entities(*snapshot.store);
  SortByEvidence(rows, entities.Lookup());
  const std::size_t limit = params.Number("limit", kDefaultLimit, kMaxLimit);
  nlohmann::json records = nlohmann::json::array();
  for (std::size_t i = 0; i < rows.size() && i <= limit; ++i)
    records.push_back(EdgeJson(rows[i], entities.Lookup()));
  return Records(std::move(records), limit);
}

nlohmann::json Explain(const Snapshot& snapshot, const Params& params) {
  const EntityRecord subject = ResolveEntity(*snapshot.store, params.Required("from"));
  const std::string relation = params.Required("rel");
  if (const Status known = snapshot.catalog.CheckKnown(relation); !known.ok())
    throw ApiError{400, known.message()};
  const EntityRecord object = ResolveEntity(*snapshot.store, params.Required("to"));
  const ModalitySet modalities = FilterOf(params, snapshot.catalog).modalities;
  std::optional<EdgeRecord> edge =
      ValueOr400(FindEdge(*snapshot.store, snapshot.catalog, subject.id, relation, object.id));
  // The page asks from the end it drew as the start; a directed edge may run the other way.
  const bool reversed = !edge;
  if (reversed) {
    edge = ValueOr400(FindEdge(*snapshot.store, snapshot.catalog, object.id, relation, subject.id));
  }
  nlohmann::json records = nlohmann::json::array();
  if (edge) {
    for (const EvidenceRecord& evidence : ValueOr400(EvidenceOf(*snapshot.store, *edge))) {
      if (!params.Get("modality").empty() && !modalities.contains(evidence.modality)) continue;
      records.push_back(reversed ? ExplainJson(object.name, relation, subject.name, evidence)
                                 : ExplainJson(subject.name, relation, object.name, evidence));
    }
  }
  return Records(std::move(records), params.Number("limit", kMaxLimit, kMaxLimit));
}

nlohmann::json Query(const Snapshot& snapshot, const Params& params) {
  const std::string text = params.Required("q");
  std::size_t offset = 0;
  Result<query::Query> parsed = query::ParseQuery(text, &offset);
  if (!parsed.ok()) throw ApiError{400, query::FormatQueryError(text, parsed.status(), offset)};
  const ModalitySet modalities = FilterOf(params, snapshot.catalog).modalities;
  Result<query::Plan> plan = query::PlanQuery(std::move(parsed).value(), *snapshot.store,
                                              snapshot.catalog, &offset, modalities);
  if (!plan.ok()) throw ApiError{400, query::FormatQueryError(text, plan.status(), offset)};
  query::ExecuteOptions options;
  options.max_matches = kMaxQueryMatches;
  const query::Table table =
      ValueOr400(query::ExecuteQuery(*plan, *snapshot.store, snapshot.catalog, options));
  const std::size_t limit = params.Number("limit", kMaxLimit, kMaxLimit);
  nlohmann::json records = nlohmann::json::array();
  for (std::size_t i = 0; i < table.rows.size() && i <= limit; ++i)
    records.push_back(QueryRowJson(table.columns, table.rows[i]));
  nlohmann::json answer = Records(std::move(records), limit);
  answer["columns"] = table.columns;
  return answer;
}

using Route = nlohmann::json (*)(const Snapshot&, const Params&);

const std::map<std::string, Route, std::less<>>& Routes() {
  static const std::map<std::string, Route, std::less<>> kRoutes = {
      {"/api/search", Search},    {"/api/entity", Entity}, {"/api/neighbors", Neighbors},
      {"/api/path", PathBetween}, {"/api/edges", Edges},   {"/api/explain", Explain},
      {"/api/query", Query},
  };
  return kRoutes;
}

HttpResponse Json(int status, const nlohmann::json& body) {
  return {status, "application/json",
          body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)};
}

}  // namespace

Result<std::unique_ptr<GraphApi>> GraphApi::Open(const std::string& db_path,
                                                 const std::string& lexicon_path,
                                                 const std::filesystem::path& web_root) {
  for (const char* file : {"index.html", "vendor/cytoscape.min.js"}) {
    if (!std::filesystem::is_regular_file(web_root / file)) {
      return Status::NotFound("the page's " + std::string(file) + " is not in " +
                              web_root.string() + " (run scripts/setup.sh and rebuild)");
    }
  }
  auto view = std::make_shared<StoreView>(db_path, lexicon_path);
  if (Status status = view->Open(); !status.ok()) return status;
  return std::make_unique<GraphApi>(std::move(view), web_root);
}

GraphApi::GraphApi(std::shared_ptr<StoreView> view, std::filesystem::path web_root)
    : view_(std::move(view)), web_root_(std::move(web_root)) {}

HttpResponse GraphApi::Handle(const HttpRequest& request) const {
  if (!request.path.starts_with("/api/")) return ServeStaticFile(web_root_, request.path);
  const auto route = Routes().find(request.path);
  if (route == Routes().end()) return Json(404, {{"error", "no such API: " + request.path}});
  try {
    const std::shared_ptr<const Snapshot> snapshot = view_->Current();
    return Json(200, route->second(*snapshot, Params(request.query)));
  } catch (const ApiError& error) {
    return Json(error.status, {{"error", error.message}});
  } catch (const std::exception& error) {
    return Json(500, {{"error", error.what()}});
  }
}

}  // namespace kg
