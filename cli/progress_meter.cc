#include "progress_meter.h"

#include <unistd.h>

#include <cstdio>

namespace kg::cli {

bool StderrIsTerminal() {
  return isatty(STDERR_FILENO) == 1;
}

ProgressMeter::ProgressMeter(bool draw, std::optional<std::uint64_t> total_bytes)
    : draw_(draw), total_bytes_(total_bytes) {}

double ProgressMeter::seconds() const {
  return std::chrono::duration<double>(Clock::now() - start_).count();
}

double ProgressMeter::documents_per_second() const {
  const double elapsed = seconds();
  return elapsed > 0 ? static_cast<double>(documents_) / elapsed : 0;
}

double ProgressMeter::megabytes_per_second() const {
  const double elapsed = seconds();
  return elapsed > 0 ? static_cast<double>(bytes_) / 1e6 / elapsed : 0;
}

void ProgressMeter::Add(std::uint64_t bytes) {
  ++documents_;
  bytes_ += bytes;
  if (draw_ && (!drawn_ || Clock::now() - last_draw_ > std::chrono::milliseconds(100))) Draw();
}

void ProgressMeter::Draw() {
  last_draw_ = Clock::now();
  drawn_ = true;
  std::fprintf(stderr, "\r\033[Kingest: %llu documents, %.1f docs/s, %.2f MB/s",
               static_cast<unsigned long long>(documents_), documents_per_second(),
               megabytes_per_second());
  if (total_bytes_ && *total_bytes_ > 0 && bytes_ > 0) {
    const double done = static_cast<double>(bytes_) / static_cast<double>(*total_bytes_);
    const auto eta = static_cast<long long>(seconds() * (1 - done) / done);
    std::fprintf(stderr, ", %.0f%%, ETA %lld:%02lld", 100 * done, eta / 60, eta % 60);
  }
  std::fflush(stderr);
}

void ProgressMeter::Clear() {
  if (!drawn_) return;
  std::fputs("\r\033[K", stderr);
  std::fflush(stderr);
  drawn_ = false;
}

}  // namespace kg::cli
