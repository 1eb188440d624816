// A blocking HTTP/1.1 client for the tests of kg serve: one request per connection, on loopback.
#pragma once

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <cstdint>
#include <string>

namespace kg::testing {

struct Reply {
  int status = 0;
  std::string content_type;
  std::string body;
};

inline Reply Send(std::uint16_t port, const std::string& target,
                  boost::beast::http::verb method = boost::beast::http::verb::get) {
  namespace beast = boost::beast;
  namespace http = beast::http;
  boost::asio::io_context context;
  boost::asio::ip::tcp::resolver resolver(context);
  beast::tcp_stream stream(context);
  stream.connect(resolver.resolve("127.0.0.1", std::to_string(port)));
  http::request<http::string_body> request{method, target, 11};
  request.set(http::field::host, "127.0.0.1");
  http::write(stream, request);
  beast::flat_buffer buffer;
  http::response<http::string_body> response;
  http::read(stream, buffer, response);
  return {static_cast<int>(response.result_int()), std::string(response[http::field::content_type]),
          response.body()};
}

}  // namespace kg::testing
