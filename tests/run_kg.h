// Running the real kg binary from tests: to completion (RunKg), or in the background to be
// killed at a moment of the test's choosing (KgProcess).
#pragma once

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>
#include <string>
#include <vector>

namespace kg::testing {

struct RunResult {
  int exit_code = -1;
  std::string output;  // stdout and stderr together, unless `arguments` redirects them
};

// Runs `command` through the shell, appends its standard output to `output` and returns its
// exit code (-1 when it did not exit normally).
inline int RunShell(const std::string& command, std::string* output) {
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  char buffer[4096];
  std::size_t n = 0;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0)
    output->append(buffer, n);
  const int status = pclose(pipe);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// Runs `kg ARGUMENTS` through the shell, so arguments may quote and redirect.
inline RunResult RunKg(const std::string& arguments) {
  RunResult result;
  result.exit_code = RunShell(std::string(KG_BINARY) + " " + arguments + " 2>&1", &result.output);
  return result;
}

inline std::size_t LineCount(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

// kg running in the background with its output discarded and, if `pipe_stdin`, its standard
// input fed by the test through WriteStdin(). The destructor kills and reaps it.
class KgProcess {
 public:
  explicit KgProcess(const std::vector<std::string>& arguments, bool pipe_stdin = false) {
    int pipe_fds[2] = {-1, -1};
    if (pipe_stdin) REQUIRE(pipe(pipe_fds) == 0);
    std::vector<std::string> argv_strings = {KG_BINARY};
    argv_strings.insert(argv_strings.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv;
    for (std::string& argument : argv_strings)
      argv.push_back(argument.data());
    argv.push_back(nullptr);
    pid_ = fork();
    REQUIRE(pid_ >= 0);
    if (pid_ == 0) {
      const int null = open("/dev/null", O_RDWR);
      dup2(pipe_stdin ? pipe_fds[0] : null, STDIN_FILENO);
      if (pipe_stdin) close(pipe_fds[1]);
      dup2(null, STDOUT_FILENO);
      dup2(null, STDERR_FILENO);
      execv(argv[0], argv.data());
      _exit(127);
    }
    if (pipe_stdin) {
      close(pipe_fds[0]);
      stdin_ = pipe_fds[1];
    }
  }
  ~KgProcess() {
    CloseStdin();
    if (pid_ > 0) Kill();
  }
  KgProcess(const KgProcess&) = delete;
  KgProcess& operator=(const KgProcess&) = delete;

  // True while the process runs.
  bool Running() {
    if (pid_ <= 0) return false;
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == 0) return true;
    exit_status_ = status;
    pid_ = 0;
    return false;
  }
  void WriteStdin(const std::string& data) {
    REQUIRE(write(stdin_, data.data(), data.size()) == static_cast<ssize_t>(data.size()));
  }
  void CloseStdin() {
    if (stdin_ >= 0) close(stdin_);
    stdin_ = -1;
  }

  // SIGKILL, then reap.
  void Kill() {
    if (!Running()) return;
    kill(pid_, SIGKILL);
    Wait();
  }
  // Waits for the end; the exit code, or -1 if a signal ended it.
  int Wait() {
    if (pid_ > 0) {
      waitpid(pid_, &exit_status_, 0);
      pid_ = 0;
    }
    return WIFEXITED(exit_status_) ? WEXITSTATUS(exit_status_) : -1;
  }

 private:
  pid_t pid_ = -1;
  int exit_status_ = 0;
  int stdin_ = -1;
};

}  // namespace kg::testing
