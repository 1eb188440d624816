#include "kg/http_server.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

#include "url.h"

namespace kg {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

constexpr std::uint32_t kMaxRequestBytes = 64 * 1024;
constexpr std::chrono::seconds kReadTimeout{30};

using Request = http::request<http::string_body>;
using Response = http::response<http::string_body>;

Response MakeResponse(const Request& request, const HttpResponse& answer) {
  Response response{static_cast<http::status>(answer.status), request.version()};
  response.set(http::field::server, "kg");
  response.set(http::field::content_type, answer.content_type);
  response.set("X-Content-Type-Options", "nosniff");
  response.set(http::field::cache_control, "no-store");
  response.keep_alive(request.keep_alive());
  response.body() = answer.body;
  response.prepare_payload();
  if (request.method() == http::verb::head) response.body().clear();
  return response;
}

HttpResponse Answer(const Request& request, const HttpHandler& handler) {
  if (request.method() != http::verb::get && request.method() != http::verb::head)
    return {405, "application/json", R"({"error":"only GET and HEAD are served"})"};
  const std::optional<RequestTarget> target =
      ParseTarget(std::string_view(request.target().data(), request.target().size()));
  if (!target) return {400, "application/json", R"({"error":"malformed request target"})"};
  return handler(HttpRequest{target->path, target->query});
}

// One connection: reads requests and writes their answers until either side closes it.
class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket socket, const HttpHandler& handler)
      : stream_(std::move(socket)), handler_(handler) {}

  void Run() {
    asio::dispatch(stream_.get_executor(), [self = shared_from_this()] { self->Read(); });
  }

 private:
  void Read() {
    parser_.emplace();
    parser_->header_limit(kMaxRequestBytes);
    parser_->body_limit(kMaxRequestBytes);
    stream_.expires_after(kReadTimeout);
    http::async_read(
        stream_, buffer_, *parser_,
        [self = shared_from_this()](beast::error_code error, std::size_t) { self->OnRead(error); });
  }

  void OnRead(beast::error_code error) {
    if (error) return Close();
    const Request& request = parser_->get();
    auto response = std::make_shared<Response>(MakeResponse(request, Answer(request, handler_)));
    http::async_write(
        stream_, *response,
        [self = shared_from_this(), response](beast::error_code written, std::size_t) {
          if (written || !response->keep_alive()) return self->Close();
          self->Read();
        });
  }

  void Close() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  const HttpHandler& handler_;
};

}  // namespace

struct HttpServer::Rep {
  HttpHandler handler;
  HttpServerOptions options;
  asio::io_context context;
  tcp::acceptor acceptor{context};
  std::vector<std::thread> threads;
  std::mutex mutex;
  std::condition_variable stopped_signal;
  bool stopped = false;

  void Accept() {
    acceptor.async_accept(asio::make_strand(context),
                          [this](beast::error_code error, tcp::socket socket) {
                            if (error == asio::error::operation_aborted) return;
                            if (!error)
                              std::make_shared<Session>(std::move(socket), handler)->Run();
                            Accept();
                          });
  }
};

HttpServer::HttpServer(HttpHandler handler, HttpServerOptions options)
    : rep_(std::make_unique<Rep>()) {
  rep_->handler = std::move(handler);
  rep_->options = std::move(options);
}

HttpServer::~HttpServer() {
  Stop();
  for (std::thread& thread : rep_->threads) {
    if (thread.joinable()) thread.join();
  }
}

Status HttpServer::Start() {
  beast::error_code error;
  const asio::ip::address address = asio::ip::make_address(rep_->options.bind, error);
  if (error) return Status::InvalidArgument("not an IP address: " + rep_->options.bind);
  const tcp::endpoint endpoint{address, rep_->options.port};
  const std::string where = rep_->options.bind + ":" + std::to_string(rep_->options.port);
  tcp::acceptor& acceptor = rep_->acceptor;
  acceptor.open(endpoint.protocol(), error);
  if (!error) acceptor.set_option(asio::socket_base::reuse_address(true), error);
  if (!error) acceptor.bind(endpoint, error);
  if (!error) acceptor.listen(asio::socket_base::max_listen_connections, error);
  if (error) return Status::IOError("cannot listen on " + where + ": " + error.message());
  rep_->Accept();
  for (int i = 0; i < std::max(1, rep_->options.threads); ++i)
    rep_->threads.emplace_back([this] { rep_->context.run(); });
  return Status::Ok();
}

std::uint16_t HttpServer::port() const {
  beast::error_code error;
  const tcp::endpoint endpoint = rep_->acceptor.local_endpoint(error);
  return error ? 0 : endpoint.port();
}

void HttpServer::Stop() {
  {
    std::lock_guard<std::mutex> lock(rep_->mutex);
    if (rep_->stopped) return;
    rep_->stopped = true;
  }
  rep_->context.stop();
  rep_->stopped_signal.notify_all();
}

void HttpServer::Wait() {
  std::unique_lock<std::mutex> lock(rep_->mutex);
  rep_->stopped_signal.wait(lock, [this] { return rep_->stopped; });
}

}  // namespace kg
