#include "command.h"

#include <CLI/CLI.hpp>
#include <utility>

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

}  // namespace kg::cli
