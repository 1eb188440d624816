#include "import_rows.h"

#include <algorithm>

namespace kg::store {
namespace {

bool MinorLess(const ImportRow& a, const ImportRow& b) {
  if (a.relation != b.relation) return a.relation < b.relation;
  if (a.minor != b.minor) return a.minor < b.minor;
  return a.index < b.index;
}

bool SameEdge(const ImportRow& a, const ImportRow& b) {
  return a.major == b.major && a.relation == b.relation && a.minor == b.minor;
}

// The rows of `count` items, row_of(i) giving item i's, sorted by major node (below
// `node_count`), relation, minor node and index.
template <typename RowOf>
std::vector<ImportRow> SortedRows(std::size_t count, std::size_t node_count, const RowOf& row_of) {
  // next[node] is first the number of rows of the nodes before `node`: where its rows begin.
  std::vector<std::uint32_t> next(node_count + 1, 0);
  for (std::size_t i = 0; i < count; ++i)
    ++next[row_of(i).major + 1];
  for (std::size_t node = 1; node <= node_count; ++node)
    next[node] += next[node - 1];
  std::vector<ImportRow> rows(count);
  for (std::size_t i = 0; i < count; ++i) {
    const ImportRow row = row_of(i);
    rows[next[row.major]++] = row;
  }
  // Now next[node] is where its rows end.
  std::size_t begin = 0;
  for (std::size_t node = 0; node < node_count; ++node) {
    std::sort(rows.begin() + begin, rows.begin() + next[node], MinorLess);
    begin = next[node];
  }
  return rows;
}

void Widen(std::string_view date, std::string* first, std::string* last) {
  if (date.empty()) return;
  if (first->empty() || date < *first) *first = std::string(date);
  if (last->empty() || date > *last) *last = std::string(date);
}

// Folds `from` into `into`: counts and weights add up, dates widen.
void MergeEdge(const ImportGraph::Edge& from, ImportGraph::Edge* into) {
  into->count += from.count;
  if (from.weight.has_value()) into->weight = into->weight.value_or(0.0) + *from.weight;
  Widen(from.first_date, &into->first_date, &into->last_date);
  Widen(from.last_date, &into->first_date, &into->last_date);
}

}  // namespace

std::vector<ImportRow> OutRows(ImportGraph* graph, const std::vector<RelationId>& relation_ids) {
  std::vector<ImportGraph::Edge>& edges = graph->edges;
  std::vector<ImportRow> rows = SortedRows(edges.size(), graph->nodes.size(), [&](std::size_t i) {
    const ImportGraph::Edge& edge = edges[i];
    return ImportRow{edge.source, relation_ids[edge.relation], edge.target,
                     static_cast<std::uint32_t>(i)};
  });
  std::size_t kept = 0;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (kept > 0 && SameEdge(rows[kept - 1], rows[i])) {
      MergeEdge(edges[rows[i].index], &edges[rows[kept - 1].index]);
    } else {
      rows[kept++] = rows[i];
    }
  }
  rows.resize(kept);
  return rows;
}

std::vector<ImportRow> InRows(const std::vector<ImportRow>& out, std::size_t node_count) {
  return SortedRows(out.size(), node_count, [&](std::size_t i) {
    return ImportRow{out[i].minor, out[i].relation, out[i].major, static_cast<std::uint32_t>(i)};
  });
}

}  // namespace kg::store
