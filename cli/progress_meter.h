// ProgressMeter: counts what an ingest has done, and shows it on a terminal while it runs.
//
// The progress line (documents, documents/s, MB/s, and percentage and ETA when the total input
// size is known) is drawn on stderr at most ten times a second, and only when stderr is a
// terminal; otherwise the meter only counts, for the summary.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>

namespace kg::cli {

class ProgressMeter {
 public:
  ProgressMeter(bool draw, std::optional<std::uint64_t> total_bytes);

  // One more document done, read from `bytes` bytes of input.
  void Add(std::uint64_t bytes);
  // Erases the progress line, before other output or at the end; the next Add() redraws it.
  void Clear();

  std::uint64_t documents() const { return documents_; }
  std::uint64_t bytes() const { return bytes_; }
  double seconds() const;
  double documents_per_second() const;
  double megabytes_per_second() const;

 private:
  void Draw();

  using Clock = std::chrono::steady_clock;
  const bool draw_;
  const std::optional<std::uint64_t> total_bytes_;
  const Clock::time_point start_ = Clock::now();
  Clock::time_point last_draw_;
  bool drawn_ = false;
  std::uint64_t documents_ = 0;
  std::uint64_t bytes_ = 0;
};

// True when standard error is a terminal.
bool StderrIsTerminal();

}  // namespace kg::cli
