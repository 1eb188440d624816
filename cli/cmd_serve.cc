// kg serve [--port 8080] [--bind 127.0.0.1]: the graph in a browser, read-only, with the JSON API
// of kg/graph_api.h. Runs until interrupted (Ctrl-C or SIGTERM).
#include <signal.h>

#include <iostream>

#include "cli_support.h"
#include "kg/extractor.h"
#include "kg/graph_api.h"
#include "kg/http_server.h"

namespace kg::cli {
namespace {

struct ServeOptions {
  std::string bind = "127.0.0.1";
  std::uint32_t port = 8080;
  std::string web = KG_WEB_DIR;
  int threads = 2;
};

bool IsLoopback(const std::string& address) {
  return address.starts_with("127.") || address == "::1";
}

// Blocks SIGINT and SIGTERM in this thread and the server's (started after), and returns them
// for sigwait.
sigset_t BlockStopSignals() {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  return signals;
}

void RunServe(const ServeOptions& options, const GlobalOptions& globals) {
  const std::unique_ptr<GraphApi> api = ValueOrThrow(
      GraphApi::Open(globals.db_path, DefaultDataDir() + "/lexicon/relations.json", options.web));
  const sigset_t signals = BlockStopSignals();
  HttpServer server([&api](const HttpRequest& request) { return api->Handle(request); },
                    {options.bind, static_cast<std::uint16_t>(options.port), options.threads});
  ThrowIfError(server.Start());
  if (!IsLoopback(options.bind)) {
    std::cerr << "kg serve: listening beyond this machine on " << options.bind
              << ": anyone who reaches it can read the whole graph\n";
  }
  std::cout << "kg serve: listening on http://" << options.bind << ":" << server.port()
            << " (database " << globals.db_path << ", read-only; Ctrl-C stops)" << std::endl;
  int received = 0;
  sigwait(&signals, &received);
  server.Stop();
  std::cout << "kg serve: stopped" << std::endl;
}

}  // namespace

void AddServeCommand(Command app, const GlobalOptions& globals) {
  auto options = std::make_shared<ServeOptions>();
  Command command = app.Subcommand(
      "serve", "Explore the graph in a browser: search, neighbourhoods, evidence, paths, queries");
  command.Add("--port", &options->port, "TCP port (default 8080; 0 picks a free one)")
      .InRange(0, 65535);
  command.Add("--bind", &options->bind,
              "Address to listen on (default 127.0.0.1: this machine only)");
  command.Add("--threads", &options->threads, "Threads answering requests (default 2)")
      .InRange(1, 64);
  command.Add("--web", &options->web, "Folder of the page (default: the build's serve/web)");
  command.OnRun([options, &globals] { RunServe(*options, globals); });
}

}  // namespace kg::cli
