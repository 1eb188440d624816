// Command and Option: how kg's subcommands declare their arguments, without CLI11 in sight.
//
// CLI11 is header-only: every file that includes <CLI/CLI.hpp> parses and generates its code,
// seconds of compile time each. So only command.cc includes it; each method here calls the one
// CLI11 function of the same meaning, so the help texts, the defaults shown and the error messages
// are CLI11's own.
//
// Both classes are handles: copies refer to the same CLI11 object, which the top-level
// CLI::App owns and keeps for as long as it lives. Targets must outlive the parse and the
// callbacks that read them.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace CLI {
class App;
class Option;
}  // namespace CLI

namespace kg::cli {

// An option ("--limit", "-o,--output") or a positional argument ("name") of a command.
class Option {
 public:
  explicit Option(CLI::Option* option) : option_(option) {}

  // Parsing fails when the option is missing.
  Option Required();
  // --help shows the target's value before parsing as the default.
  Option ShowDefault();
  // "--rel a,b" gives the values a and b, as "--rel a --rel b" does.
  Option SplitOn(char separator);
  // The option may only be given together with `other`.
  Option Needs(const Option& other);
  // The value must be one of `values`.
  Option OneOf(std::vector<std::string> values);
  // The value must be a number from `min` to `max` inclusive.
  Option InRange(int min, int max);
  // The value must be a number greater than zero.
  Option Positive();

 private:
  CLI::Option* option_;
};

// A command (kg itself, "kg export", "kg entity merge"): its options, subcommands and action.
class Command {
 public:
  explicit Command(CLI::App* app) : app_(app) {}

  Command Subcommand(std::string name, std::string description);
  // Running the command without one of its subcommands is an error.
  void RequireSubcommand();
  // True once parsing found one of this command's subcommands on the command line.
  bool SubcommandGiven() const;

  // Options and positional arguments, by the target that receives the value. Give "--x,--y"
  // for several names, a bare name for a positional argument. std::size_t targets take the
  // std::uint64_t overload: they are the same type on the 64-bit platforms kg builds on.
  Option Add(std::string names, std::string* target, std::string description);
  Option Add(std::string names, std::vector<std::string>* target, std::string description);
  Option Add(std::string names, int* target, std::string description);
  Option Add(std::string names, std::uint32_t* target, std::string description);
  Option Add(std::string names, std::uint64_t* target, std::string description);
  // A flag: *target becomes true when it is given.
  void Flag(std::string names, bool* target, std::string description);

  // What running the command does, after all its arguments are parsed.
  void OnRun(std::function<void()> action);

 private:
  CLI::App* app_;
};

// The program's command line: its root command (which owns every subcommand and option), and
// the parse that runs the chosen subcommand.
class CommandLine {
 public:
  // `name` runs exactly one subcommand; --version prints `version`.
  CommandLine(std::string name, std::string description, std::string version);
  ~CommandLine();
  CommandLine(const CommandLine&) = delete;
  CommandLine& operator=(const CommandLine&) = delete;

  Command Root() { return Command(app_.get()); }

  // Parses `argv` and runs the subcommand it names. Returns the exit code: 0 after help or the
  // version was printed; 2 after a parse error, printed as "NAME: what (see 'NAME --help')";
  // a CliError's own code after its message, printed as "NAME: message".
  int Run(int argc, char** argv);

 private:
  std::unique_ptr<CLI::App> app_;
};

}  // namespace kg::cli
