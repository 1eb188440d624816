// HttpServer: a small HTTP/1.1 server over Boost.Beast that hands each request to one handler.
//
//   HttpServer server(handler, {.bind = "127.0.0.1", .port = 8080, .threads = 2});
//   if (Status s = server.Start(); !s.ok()) ...   // binds and listens; port 0 picks a free one
//   server.port();                                  // the port it listens on
//   server.Wait();                                  // until Stop() (from another thread or a
//   signal)
//
// The handler runs on the server's threads, several at once: it must be thread-safe. Requests
// are read with limits (headers and body of at most 64 KiB, 30 s to arrive) and anything else
// than GET or HEAD is answered 405 without calling the handler. Connections are kept alive as
// HTTP/1.1 asks. The server never throws: a failing connection is closed and the others go on.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>

#include "kg/status.h"

namespace kg {

struct HttpRequest {
  std::string path;                          // percent-decoded, without the query
  std::map<std::string, std::string> query;  // decoded parameters; a repeated one keeps its last
};

struct HttpResponse {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
};

using HttpHandler = std::function<HttpResponse(const HttpRequest&)>;

struct HttpServerOptions {
  std::string bind = "127.0.0.1";  // loopback unless told otherwise
  std::uint16_t port = 8080;       // 0: any free port (see port())
  int threads = 2;
};

class HttpServer {
 public:
  HttpServer(HttpHandler handler, HttpServerOptions options);
  ~HttpServer();  // stops and joins the threads
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds, listens and starts the threads; an address that cannot be bound is an IOError naming
  // it.
  [[nodiscard]] Status Start();
  std::uint16_t port() const;
  // Stops accepting and closes the connections; safe from any thread, and more than once.
  void Stop();
  // Blocks until the server has stopped.
  void Wait();

 private:
  struct Rep;
  std::unique_ptr<Rep> rep_;
};

}  // namespace kg
