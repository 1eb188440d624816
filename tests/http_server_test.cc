// The HTTP layer of `kg serve`: a real server on loopback, request targets, static files.
#include "kg/http_server.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "http_client.h"
#include "static_files.h"
#include "temp_dir.h"
#include "url.h"

namespace {

using kg::testing::Reply;
using kg::testing::Send;
namespace http = boost::beast::http;

kg::HttpResponse Echo(const kg::HttpRequest& request) {
  std::string body = request.path;
  for (const auto& [key, value] : request.query)
    body += "|" + key + "=" + value;
  return {200, "text/plain", body};
}

}  // namespace

TEST_CASE("the server answers a GET on loopback with the handler's response", "[serve]") {
  kg::HttpServer server(Echo, {.bind = "127.0.0.1", .port = 0, .threads = 2});
  REQUIRE(server.Start().ok());
  REQUIRE(server.port() != 0);
  const Reply reply = Send(server.port(), "/api/entity?name=Ada%20Kimani&limit=5");
  CHECK(reply.status == 200);
  CHECK(reply.content_type == "text/plain");
  CHECK(reply.body == "/api/entity|limit=5|name=Ada Kimani");
}

TEST_CASE("the server refuses methods that could change anything", "[serve]") {
  std::atomic<int> calls = 0;
  kg::HttpServer server(
      [&calls](const kg::HttpRequest&) {
        ++calls;
        return kg::HttpResponse{};
      },
      {.bind = "127.0.0.1", .port = 0, .threads = 1});
  REQUIRE(server.Start().ok());
  CHECK(Send(server.port(), "/api/entity", http::verb::post).status == 405);
  CHECK(Send(server.port(), "/api/entity", http::verb::delete_).status == 405);
  CHECK(calls == 0);
}

TEST_CASE("a port already in use is an error naming the address", "[serve]") {
  kg::HttpServer first(Echo, {.bind = "127.0.0.1", .port = 0, .threads = 1});
  REQUIRE(first.Start().ok());
  kg::HttpServer second(Echo, {.bind = "127.0.0.1", .port = first.port(), .threads = 1});
  const kg::Status status = second.Start();
  REQUIRE_FALSE(status.ok());
  CHECK(status.message().find("127.0.0.1:" + std::to_string(first.port())) != std::string::npos);
}

TEST_CASE("a bind address that is not an IP address is refused", "[serve]") {
  kg::HttpServer server(Echo, {.bind = "localhost:80", .port = 0, .threads = 1});
  CHECK_FALSE(server.Start().ok());
}

TEST_CASE("request targets are percent-decoded, '+' a space only in the query", "[serve]") {
  const auto target = kg::ParseTarget("/a%2Bb+c?q=x+y%21&empty=&flag");
  REQUIRE(target);
  CHECK(target->path == "/a+b+c");
  CHECK(target->query.at("q") == "x y!");
  CHECK(target->query.at("empty").empty());
  CHECK(target->query.at("flag").empty());
  CHECK_FALSE(kg::ParseTarget("/a%2"));
  CHECK_FALSE(kg::ParseTarget("/?q=%zz"));
}

TEST_CASE("a malformed request target is answered 400", "[serve]") {
  kg::HttpServer server(Echo, {.bind = "127.0.0.1", .port = 0, .threads = 1});
  REQUIRE(server.Start().ok());
  CHECK(Send(server.port(), "/api/entity?name=%zz").status == 400);
}

TEST_CASE("static files are served from their folder and from nowhere else", "[serve]") {
  kg::testing::TempDir dir;
  const std::filesystem::path root = dir.file("web");
  std::filesystem::create_directories(root / "js");
  std::ofstream(root / "index.html") << "<html></html>";
  std::ofstream(root / "js" / "app.js") << "let x;";
  std::ofstream(dir.file("secret.txt")) << "secret";
  std::filesystem::create_symlink(dir.file("secret.txt"), root / "link.txt");

  const kg::HttpResponse index = kg::ServeStaticFile(root, "/");
  CHECK(index.status == 200);
  CHECK(index.content_type == "text/html; charset=utf-8");
  CHECK(index.body == "<html></html>");
  CHECK(kg::ServeStaticFile(root, "/js/app.js").content_type == "text/javascript; charset=utf-8");
  for (const char* path : {"/../secret.txt", "/js/../../secret.txt", "/link.txt", "/missing.js",
                           "/js", "relative.js", "/js\\app.js"}) {
    INFO(path);
    CHECK(kg::ServeStaticFile(root, path).status == 404);
  }
}
