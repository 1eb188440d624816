// graph_queries DB DATA_DIR: the peers' 2-hop and shortest-path workload on an imported graph.
//
// DATA_DIR is a gen_graph.py output (nodes.csv, queries.csv) that `kg import DATA_DIR` loaded into
// the fresh database DB, so CSV node i is entity (first id + i); the program checks that each
// queried node's name matches before it runs anything. It opens DB read-only through the public
// Store API and prints key=value lines: the answers (twohop_count_sum, path_found, path_len_sum,
// to compare with the README's reference checksums) and per-query times in milliseconds. 2-hop
// counts are taken twice: as `kg neighbors` finds them, and by bare prefix scans (twohop_scan_*).
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "graph_workload.h"

namespace {

constexpr std::uint32_t kMaxHops = 30;  // the README's path bound

struct Query {
  std::uint64_t a = 0;
  std::uint64_t b = 0;
};

std::vector<std::string> SplitCsvLine(const std::string& line) {
  std::vector<std::string> fields(1);
  for (char c : line) {
    if (c == ',')
      fields.emplace_back();
    else if (c != '\r')
      fields.back() += c;
  }
  return fields;
}

[[noreturn]] void Die(const std::string& message) {
  std::cerr << "graph_queries: " << message << "\n";
  std::exit(1);
}

template <typename T>
T ValueOrDie(kg::Result<T> result) {
  if (!result.ok()) Die(result.status().message());
  return std::move(result).value();
}

void PrintTimes(const std::string& prefix, std::vector<double> ms) {
  std::sort(ms.begin(), ms.end());
  double total = 0;
  for (double m : ms)
    total += m;
  const auto at = [&](double q) { return ms[static_cast<std::size_t>(q * (ms.size() - 1))]; };
  std::printf("%s_mean_ms=%.2f\n%s_p50_ms=%.2f\n%s_p95_ms=%.2f\n%s_max_ms=%.2f\n", prefix.c_str(),
              total / static_cast<double>(ms.size()), prefix.c_str(), at(0.5), prefix.c_str(),
              at(0.95), prefix.c_str(), ms.back());
}

double MillisecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
      .count();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) Die("usage: graph_queries DB DATA_DIR");
  const std::string data = argv[2];

  std::vector<std::string> names;
  std::ifstream nodes(data + "/nodes.csv");
  std::string line;
  if (!std::getline(nodes, line)) Die("cannot read " + data + "/nodes.csv");
  while (std::getline(nodes, line))
    names.push_back(SplitCsvLine(line).at(1));

  std::vector<Query> twohop;
  std::vector<Query> paths;
  std::ifstream queries(data + "/queries.csv");
  if (!std::getline(queries, line)) Die("cannot read " + data + "/queries.csv");
  while (std::getline(queries, line)) {
    const std::vector<std::string> fields = SplitCsvLine(line);
    const Query query{std::stoull(fields.at(1)),
                      fields.at(0) == "path" ? std::stoull(fields.at(2)) : std::uint64_t{0}};
    if (query.a >= names.size() || query.b >= names.size()) Die("query node out of range");
    (fields[0] == "path" ? paths : twohop).push_back(query);
  }
  if (twohop.empty() || paths.empty()) Die("queries.csv holds no twohop or no path queries");

  auto start = std::chrono::steady_clock::now();
  kg::StoreOptions options;
  options.read_only = true;
  std::unique_ptr<kg::Store> store = ValueOrDie(kg::Store::Open(argv[1], options));
  const kg::RelationCatalog catalog = ValueOrDie(kg::bench::DirectedCatalog(*store));
  std::printf("open_ms=%.2f\n", MillisecondsSince(start));

  kg::EntityId first = 0;
  kg::Status status = store->ForEachEntity([&](const kg::EntityRecord& entity) {
    first = entity.id;
    return false;
  });
  if (!status.ok()) Die(status.message());
  const auto entity_of = [&](std::uint64_t node) {
    const kg::EntityId id = first + node;
    if (ValueOrDie(store->GetEntity(id)).name != names[node])
      Die("entity " + std::to_string(id) + " is not CSV node " + std::to_string(node) +
          ": import the data into a fresh database");
    return id;
  };

  std::uint64_t count_sum = 0;
  std::vector<double> ms;
  for (const Query& query : twohop) {
    const kg::EntityId id = entity_of(query.a);
    start = std::chrono::steady_clock::now();
    count_sum += ValueOrDie(kg::bench::TwoHopCount(*store, catalog, id));
    ms.push_back(MillisecondsSince(start));
  }
  std::printf("twohop_queries=%zu\ntwohop_count_sum=%llu\n", twohop.size(),
              static_cast<unsigned long long>(count_sum));
  PrintTimes("twohop", ms);

  std::uint64_t scan_sum = 0;
  ms.clear();
  for (const Query& query : twohop) {
    const kg::EntityId id = entity_of(query.a);
    start = std::chrono::steady_clock::now();
    scan_sum += ValueOrDie(kg::bench::TwoHopCountByScan(*store, id));
    ms.push_back(MillisecondsSince(start));
  }
  std::printf("twohop_scan_count_sum=%llu\n", static_cast<unsigned long long>(scan_sum));
  PrintTimes("twohop_scan", ms);

  std::uint64_t found = 0;
  std::uint64_t hops_sum = 0;
  ms.clear();
  for (const Query& query : paths) {
    const kg::EntityId from = entity_of(query.a);
    const kg::EntityId to = entity_of(query.b);
    start = std::chrono::steady_clock::now();
    const std::optional<std::uint32_t> hops =
        ValueOrDie(kg::bench::ShortestPathHops(*store, catalog, from, to, kMaxHops));
    ms.push_back(MillisecondsSince(start));
    if (hops) {
      ++found;
      hops_sum += *hops;
    }
  }
  std::printf("path_queries=%zu\npath_found=%llu\npath_len_sum=%llu\n", paths.size(),
              static_cast<unsigned long long>(found), static_cast<unsigned long long>(hops_sum));
  PrintTimes("path", ms);
  return 0;
}
