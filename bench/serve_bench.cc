// serve_bench: load on kg serve's /api/neighbors over a real loopback HTTP connection.
//
//   serve_bench DB [--requests N] [--seconds S] [--connections C] [--threads T]
//
// Serves DB in-process as `kg serve` does (T server threads, default 2) and runs C client
// connections (default 4, keep-alive), each asking for the neighbours of entities spread over the
// whole store, until N requests (default 20000) or S seconds (default 20) have gone, whichever
// comes first. Prints key=value lines: requests, errors, seconds, requests_per_s, p50_ms, p99_ms.
#include <algorithm>
#include <atomic>
#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "kg/extractor.h"
#include "kg/graph_api.h"
#include "kg/http_server.h"
#include "kg/store.h"

namespace {

namespace beast = boost::beast;
namespace http = beast::http;
using Clock = std::chrono::steady_clock;

struct Settings {
  std::string db;
  std::size_t requests = 20000;
  double seconds = 20;
  int connections = 4;
  int threads = 2;
};

Settings ParseArguments(int argc, char** argv) {
  Settings settings;
  for (int i = 1; i < argc; ++i) {
    const std::string argument = argv[i];
    const bool has_value = i + 1 < argc;
    if (argument == "--requests" && has_value)
      settings.requests = std::stoul(argv[++i]);
    else if (argument == "--seconds" && has_value)
      settings.seconds = std::stod(argv[++i]);
    else if (argument == "--connections" && has_value)
      settings.connections = std::stoi(argv[++i]);
    else if (argument == "--threads" && has_value)
      settings.threads = std::stoi(argv[++i]);
    else
      settings.db = argument;
  }
  return settings;
}

// Percent-encoded names of up to 1000 entities spread over the store.
std::vector<std::string> SampleNames(const std::string& db) {
  kg::StoreOptions options;
  options.read_only = true;
  auto store = kg::Store::Open(db, options);
  if (!store.ok()) {
    std::cerr << "serve_bench: " << store.status().message() << "\n";
    std::exit(1);
  }
  std::vector<std::string> names;
  std::size_t seen = 0;
  (void)(*store)->ForEachEntity([&](const kg::EntityRecord& entity) {
    if (seen++ % 97 == 0) {
      std::string encoded = "%23" + std::to_string(entity.id);  // "#ID" names it exactly
      names.push_back(encoded);
    }
    return names.size() < 1000;
  });
  return names;
}

struct Totals {
  std::mutex mutex;
  std::vector<double> latencies_ms;
  std::size_t errors = 0;
};

void RunClient(std::uint16_t port, const std::vector<std::string>& names, std::size_t offset,
               std::atomic<long long>& budget, Clock::time_point deadline, Totals& totals) {
  boost::asio::io_context context;
  boost::asio::ip::tcp::resolver resolver(context);
  beast::tcp_stream stream(context);
  stream.connect(resolver.resolve("127.0.0.1", std::to_string(port)));
  std::vector<double> latencies;
  std::size_t errors = 0;
  beast::flat_buffer buffer;
  for (std::size_t i = offset; Clock::now() < deadline && budget.fetch_sub(1) > 0; i += 7) {
    const std::string target = "/api/neighbors?limit=100&name=" + names[i % names.size()];
    const auto start = Clock::now();
    http::request<http::empty_body> request{http::verb::get, target, 11};
    request.set(http::field::host, "127.0.0.1");
    request.keep_alive(true);
    http::write(stream, request);
    http::response<http::string_body> response;
    http::read(stream, buffer, response);
    latencies.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    if (response.result_int() != 200) ++errors;
  }
  std::lock_guard<std::mutex> lock(totals.mutex);
  totals.latencies_ms.insert(totals.latencies_ms.end(), latencies.begin(), latencies.end());
  totals.errors += errors;
}

double Percentile(std::vector<double>& values, double fraction) {
  if (values.empty()) return 0;
  const auto at = static_cast<std::size_t>(fraction * static_cast<double>(values.size() - 1));
  std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(at), values.end());
  return values[at];
}

}  // namespace

int main(int argc, char** argv) {
  const Settings settings = ParseArguments(argc, argv);
  if (settings.db.empty()) {
    std::cerr << "usage: serve_bench DB [--requests N] [--seconds S] [--connections C] "
                 "[--threads T]\n";
    return 2;
  }
  const std::vector<std::string> names = SampleNames(settings.db);
  auto api =
      kg::GraphApi::Open(settings.db, kg::DefaultDataDir() + "/lexicon/relations.json", KG_WEB_DIR);
  if (!api.ok() || names.empty()) {
    std::cerr << "serve_bench: " << (api.ok() ? "no entities" : api.status().message()) << "\n";
    return 1;
  }
  kg::HttpServer server([&api](const kg::HttpRequest& request) { return (*api)->Handle(request); },
                        {"127.0.0.1", 0, settings.threads});
  if (!server.Start().ok()) return 1;

  std::atomic<long long> budget = static_cast<long long>(settings.requests);
  Totals totals;
  const auto start = Clock::now();
  const auto deadline = start + std::chrono::duration_cast<Clock::duration>(
                                    std::chrono::duration<double>(settings.seconds));
  std::vector<std::thread> clients;
  for (int c = 0; c < settings.connections; ++c) {
    clients.emplace_back(RunClient, server.port(), std::cref(names),
                         static_cast<std::size_t>(c) * 131, std::ref(budget), deadline,
                         std::ref(totals));
  }
  for (std::thread& client : clients)
    client.join();
  const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  const std::size_t requests = totals.latencies_ms.size();
  std::printf(
      "requests=%zu\nerrors=%zu\nseconds=%.2f\nrequests_per_s=%.0f\np50_ms=%.2f\n"
      "p99_ms=%.2f\nconnections=%d\nserver_threads=%d\n",
      requests, totals.errors, seconds, static_cast<double>(requests) / seconds,
      Percentile(totals.latencies_ms, 0.5), Percentile(totals.latencies_ms, 0.99),
      settings.connections, settings.threads);
  return totals.errors == 0 ? 0 : 1;
}
