// GraphApi: kg serve's read-only JSON API over a database, and its page.
//
//   GET /api/search?q=PREFIX              entities with a name or alias word starting with PREFIX
//   GET /api/entity?name=NAME             the entity's profile (as `kg --json entity`)
//   GET /api/neighbors?name=NAME[&depth=] its neighbours (as `kg --json neighbors`)
//   GET /api/path?from=A&to=B             the shortest path (as `kg --json path`)
//   GET /api/edges[?from=A][&to=B]        edges, most evidence first (as `kg --json edges`)
//   GET /api/explain?from=A&rel=R&to=B    every piece of evidence of one edge (`kg --json explain`)
//   GET /api/query?q=CYPHER               a read-only query's rows (as `kg --json query`)
// Lists come as {"records": [...]} beside what was asked; neighbors, path, edges and explain take
// the CLI's filters as parameters (rel, since, until, modality, min_count; modality=all or a
// comma list), asserted, reported and claimed evidence by default. Every list is cut at `limit`
// (default 100, at most 1000) with "truncated": true, and a query may examine at most 200,000
// partial matches. Errors are {"error": "..."}: 400 for a bad parameter or query, 404 for an
// unknown entity or path (with "did you mean"), 500 when the store fails. Other paths are files of
// the page folder (static_files.h).
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "kg/http_server.h"
#include "kg/status.h"

namespace kg {

class StoreView;

class GraphApi {
 public:
  // Opens the database at `db_path` read-only (see StoreView: it is reopened when it changes),
  // with the relation lexicon at `lexicon_path`; the page is served from `web_root`, which must
  // hold index.html and vendor/cytoscape.min.js.
  static Result<std::unique_ptr<GraphApi>> Open(const std::string& db_path,
                                                const std::string& lexicon_path,
                                                const std::filesystem::path& web_root);
  GraphApi(std::shared_ptr<StoreView> view, std::filesystem::path web_root);

  // Thread-safe; never throws.
  HttpResponse Handle(const HttpRequest& request) const;

 private:
  std::shared_ptr<StoreView> view_;
  std::filesystem::path web_root_;
};

}  // namespace kg
