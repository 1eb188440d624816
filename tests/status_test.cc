// The Status and Result<T> contract (kg/status.h).
#include "kg/status.h"

#include <catch2/catch.hpp>
#include <string>

namespace {

using kg::Result;
using kg::Status;

}  // namespace

TEST_CASE("an ok Status has no message", "[status]") {
  const Status status = Status::Ok();
  CHECK(status.ok());
  CHECK(status.code() == Status::Code::kOk);
  CHECK(status.message().empty());
}

TEST_CASE("an error Status keeps its code and message", "[status]") {
  const Status status = Status::NotFound("no entity named 'Varga'");
  CHECK_FALSE(status.ok());
  CHECK(status.code() == Status::Code::kNotFound);
  CHECK(status.message() == "no entity named 'Varga'");
}

TEST_CASE("a Result built from a value is ok and holds it", "[status]") {
  const Result<std::string> result = std::string("Kessel");
  REQUIRE(result.ok());
  CHECK(result.status().ok());
  CHECK(result.value() == "Kessel");
}

TEST_CASE("a Result built from an error status is that error", "[status]") {
  const Result<int> result = Status::IOError("db: read failed");
  CHECK_FALSE(result.ok());
  CHECK(result.status().code() == Status::Code::kIOError);
  CHECK(result.status().message() == "db: read failed");
}

TEST_CASE("a Result built from an OK status is an error, not an empty success", "[status]") {
  const Result<int> result = Status::Ok();
  CHECK_FALSE(result.ok());
  CHECK(result.status().code() == Status::Code::kInvalidArgument);
  CHECK(result.status().message() == "internal error: Result built from an OK status");
}
