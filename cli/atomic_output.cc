#include "atomic_output.h"

#include <cstdio>
#include <iostream>

#include "cli_support.h"

namespace kg::cli {

AtomicOutput::AtomicOutput(std::string path) : path_(std::move(path)) {
  if (path_ == "-") return;
  partial_ = path_ + ".partial";
  file_.open(partial_, std::ios::binary | std::ios::trunc);
  if (!file_) throw CliError("cannot write " + path_);
}

AtomicOutput::~AtomicOutput() {
  if (!partial_.empty() && !committed_) std::remove(partial_.c_str());
}

std::ostream& AtomicOutput::stream() {
  return partial_.empty() ? std::cout : file_;
}

void AtomicOutput::Commit() {
  if (partial_.empty()) {
    std::cout.flush();
    return;
  }
  file_.close();
  if (!file_ || std::rename(partial_.c_str(), path_.c_str()) != 0)
    throw CliError("cannot write " + path_);
  committed_ = true;
}

}  // namespace kg::cli
