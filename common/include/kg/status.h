// Status and Result<T>: errors as values across library boundaries.
//
// Every kg library reports failure by returning a Status (or a Result<T> that holds either a value
// or a non-ok Status) instead of throwing. A Status carries a code and a one-line, human-readable
// message meant to be shown to the user as it is. Only the CLI turns them into exit codes.
//
// Both types are [[nodiscard]]: dropping one on the floor is a compile error. Where an error is
// truly of no interest, cast the call to (void) with a comment saying why.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <utility>

namespace kg {

class [[nodiscard]] Status {
 public:
  enum class Code { kOk, kNotFound, kInvalidArgument, kCorruption, kIOError, kBusy, kNotSupported };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status NotFound(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  static Status InvalidArgument(std::string msg) {
    return Status(Code::kInvalidArgument, std::move(msg));
  }
  static Status Corruption(std::string msg) { return Status(Code::kCorruption, std::move(msg)); }
  static Status IOError(std::string msg) { return Status(Code::kIOError, std::move(msg)); }
  static Status Busy(std::string msg) { return Status(Code::kBusy, std::move(msg)); }
  static Status NotSupported(std::string msg) {
    return Status(Code::kNotSupported, std::move(msg));
  }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}

  Code code_ = Code::kOk;
  std::string message_;
};

// Either a T or the non-ok Status explaining why there is none.
//
// A Result is never an ok Status without a value: one built from an ok Status (a programming
// error) holds InvalidArgument("internal error: Result built from an OK status") instead, so
// ok() is false and status() says what went wrong.
//
// value(), operator* and operator-> require ok(); on an error Result they print the status
// message to stderr and abort, rather than read a value that is not there.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status)                          // NOLINT: implicit by design
      : status_(status.ok()
                    ? Status::InvalidArgument("internal error: Result built from an OK status")
                    : std::move(status)) {}

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & { return Checked(this); }
  const T& value() const& { return Checked(this); }
  T&& value() && { return std::move(Checked(this)); }
  T* operator->() { return &Checked(this); }
  const T* operator->() const { return &Checked(this); }
  T& operator*() { return Checked(this); }
  const T& operator*() const { return Checked(this); }

 private:
  // The value of `result`, which must be ok; one branch, so cheap enough for every access.
  template <typename Self>
  static auto& Checked(Self* result) {
    if (!result->value_) [[unlikely]] {
      std::fprintf(stderr, "kg: value() of an error Result: %s\n",
                   result->status_.message().c_str());
      std::abort();
    }
    return *result->value_;
  }

  std::optional<T> value_;
  Status status_;
};

}  // namespace kg
