#include "command.h"

#include <CLI/CLI.hpp>
#include <iostream>
#include <utility>

#include "cli_support.h"

namespace kg::cli {

Option Option::Required() {
  option_->required();
  return *this;
}

Option Option::ShowDefault() {
  option_->capture_default_str();
  return *this;
}

Option Option::SplitOn(char separator) {
  option_->delimiter(separator);
  return *this;
}

Option Option::Needs(const Option& other) {
  option_->needs(other.option_);
  return *this;
}

Option Option::OneOf(std::vector<std::string> values) {
  option_->check(CLI::IsMember(std::move(values)));
  return *this;
}

Option Option::InRange(int min, int max) {
  option_->check(CLI::Range(min, max));
  return *this;
}

Option Option::Positive() {
  option_->check(CLI::PositiveNumber);
  return *this;
}

Command Command::Subcommand(std::string name, std::string description) {
  return Command(app_->add_subcommand(std::move(name), std::move(description)));
}

void Command::RequireSubcommand() {
  app_->require_subcommand(1);
}

bool Command::SubcommandGiven() const {
  return !app_->get_subcommands().empty();
}

Option Command::Add(std::string names, std::string* target, std::string description) {
  return Option(app_->add_option(std::move(names), *target, std::move(description)));
}

Option Command::Add(std::string names, std::vector<std::string>* target, std::string description) {
  return Option(app_->add_option(std::move(names), *target, std::move(description)));
}

Option Command::Add(std::string names, int* target, std::string description) {
  return Option(app_->add_option(std::move(names), *target, std::move(description)));
}

Option Command::Add(std::string names, std::uint32_t* target, std::string description) {
  return Option(app_->add_option(std::move(names), *target, std::move(description)));
}

Option Command::Add(std::string names, std::uint64_t* target, std::string description) {
  return Option(app_->add_option(std::move(names), *target, std::move(description)));
}

void Command::Flag(std::string names, bool* target, std::string description) {
  app_->add_flag(std::move(names), *target, std::move(description));
}

void Command::OnRun(std::function<void()> action) {
  app_->callback(std::move(action));
}

CommandLine::CommandLine(std::string name, std::string description, std::string version)
    : app_(std::make_unique<CLI::App>(std::move(description))) {
  app_->name(std::move(name));
  app_->set_version_flag("--version", std::move(version));
  app_->require_subcommand(1);
  app_->fallthrough();
}

CommandLine::~CommandLine() = default;

int CommandLine::Run(int argc, char** argv) {
  const std::string name = app_->get_name();
  try {
    app_->parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app_->exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app_->exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app_->exit(e);
  } catch (const CLI::ParseError& e) {
    const std::vector<std::string> unparsed = app_->remaining();
    if (app_->get_subcommands().empty() && !unparsed.empty()) {
      std::cerr << name << ": unknown command '" << unparsed.front() << "' (see '" << name
                << " --help')\n";
    } else {
      std::cerr << name << ": " << e.what() << " (see '" << name << " --help')\n";
    }
    return 2;
  } catch (const CliError& e) {
    std::cerr << name << ": " << e.what() << "\n";
    return e.exit_code();
  }
  return 0;
}

}  // namespace kg::cli
