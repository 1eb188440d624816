#include "documents/line_reader.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace kg {
namespace {

constexpr std::size_t kChunkBytes = 1 << 20;

}  // namespace

LineReader::LineReader(std::FILE* file, std::size_t max_line_bytes)
    : file_(file), max_line_bytes_(max_line_bytes), buffer_(kChunkBytes) {}

bool LineReader::Fill() {
  if (begin_ == end_) begin_ = end_ = 0;
  if (end_ == buffer_.size()) {
    if (begin_ == 0) return false;  // caller drains the buffer before asking for more
    std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  // read(2), not fread: on a pipe it returns what has arrived instead of waiting for a full buffer.
  ssize_t n = 0;
  do {
    n = ::read(fileno(file_), buffer_.data() + end_, buffer_.size() - end_);
  } while (n < 0 && errno == EINTR);
  if (n < 0) error_ = true;
  if (n <= 0) return false;
  end_ += static_cast<std::size_t>(n);
  return true;
}

LineReader::Outcome LineReader::ReadLine(std::string* line, std::size_t* consumed) {
  line->clear();
  *consumed = 0;
  bool too_long = false;
  for (;;) {
    if (begin_ == end_ && !Fill()) {
      if (error_) return Outcome::kError;
      if (*consumed == 0) return Outcome::kEnd;
      return too_long ? Outcome::kTooLong : Outcome::kLine;
    }
    const char* start = buffer_.data() + begin_;
    const std::size_t available = end_ - begin_;
    const void* newline = std::memchr(start, '\n', available);
    const std::size_t take =
        newline != nullptr ? static_cast<const char*>(newline) - start : available;
    if (!too_long && line->size() + take > max_line_bytes_) {
      too_long = true;
      line->clear();
      line->shrink_to_fit();
    }
    if (!too_long) line->append(start, take);
    *consumed += take;
    begin_ += take;
    if (newline != nullptr) {
      ++begin_;
      ++*consumed;
      return too_long ? Outcome::kTooLong : Outcome::kLine;
    }
  }
}

LineReader::Outcome LineReader::ReadAll(std::string* text, std::size_t* consumed) {
  text->clear();
  *consumed = 0;
  bool too_long = false;
  for (;;) {
    if (begin_ == end_ && !Fill()) {
      if (error_) return Outcome::kError;
      return too_long ? Outcome::kTooLong : Outcome::kLine;
    }
    const std::size_t available = end_ - begin_;
    if (!too_long && text->size() + available > max_line_bytes_) {
      too_long = true;
      text->clear();
      text->shrink_to_fit();
    }
    if (!too_long) text->append(buffer_.data() + begin_, available);
    *consumed += available;
    begin_ = end_;
  }
}

int LineReader::PeekNonBlank() {
  std::size_t offset = 0;  // from begin_, which Fill() may move
  for (;;) {
    for (; begin_ + offset < end_; ++offset) {
      const char c = buffer_[begin_ + offset];
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return static_cast<unsigned char>(c);
    }
    // Look no further than one buffer: a megabyte of blanks is not JSON Lines.
    if (end_ == buffer_.size() || !Fill()) return EOF;
  }
}

}  // namespace kg
