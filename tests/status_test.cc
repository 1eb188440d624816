// The Status and Result<T> contract (kg/status.h).
#include "kg/status.h"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <csignal>
#include <functional>
#include <string>

namespace {

using kg::Result;
using kg::Status;

// How a child process running some code ended.
struct Death {
  bool aborted = false;     // killed by SIGABRT
  std::string stderr_text;  // what it wrote to stderr
};

// Runs `code` in a forked child, so that a programming error which aborts can be checked.
Death RunToDeath(const std::function<void()>& code) {
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  const pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    const rlimit no_core_file = {0, 0};
    setrlimit(RLIMIT_CORE, &no_core_file);
    dup2(fds[1], STDERR_FILENO);
    close(fds[0]);
    code();
    _exit(0);
  }
  close(fds[1]);
  Death death;
  char buffer[256];
  for (ssize_t n; (n = read(fds[0], buffer, sizeof buffer)) > 0;)
    death.stderr_text.append(buffer, static_cast<std::size_t>(n));
  close(fds[0]);
  int status = 0;
  REQUIRE(waitpid(pid, &status, 0) == pid);
  death.aborted = WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT;
  return death;
}

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

TEST_CASE("every accessor reads the value of an ok Result", "[status]") {
  Result<std::string> result = std::string("Brandt");
  CHECK(*result == "Brandt");
  CHECK(result->size() == 6);
  CHECK(std::move(result).value() == "Brandt");
}

TEST_CASE("reading the value of an error Result aborts, naming its status", "[status]") {
  const Result<std::string> result = Status::IOError("db: read failed");
  const Death death = RunToDeath([&] { return result.value(); });
  CHECK(death.aborted);
  CHECK(death.stderr_text == "kg: value() of an error Result: db: read failed\n");
}

TEST_CASE("operator* and operator-> of an error Result abort like value()", "[status]") {
  const Result<std::string> result = Status::NotFound("no such entity");
  CHECK(RunToDeath([&] { return *result; }).aborted);
  CHECK(RunToDeath([&] { return result->size(); }).aborted);
}
