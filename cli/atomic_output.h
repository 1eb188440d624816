// AtomicOutput: a command's output file, written whole or not at all.
//
// The text goes to PATH.partial and Commit() renames it to PATH, so a run that fails or is
// killed never leaves a half-written PATH that a later step would take as complete. "-" is
// standard output, written as it comes. Without Commit(), the destructor removes PATH.partial.
#pragma once

#include <fstream>
#include <ostream>
#include <string>

namespace kg::cli {

class AtomicOutput {
 public:
  explicit AtomicOutput(std::string path);  // throws CliError when PATH.partial cannot be made
  ~AtomicOutput();
  AtomicOutput(const AtomicOutput&) = delete;
  AtomicOutput& operator=(const AtomicOutput&) = delete;

  std::ostream& stream();
  // Throws CliError when the file could not be written or renamed.
  void Commit();

 private:
  std::string path_;
  std::string partial_;
  std::ofstream file_;
  bool committed_ = false;
};

}  // namespace kg::cli
