// LineReader: buffered reading of a stream a line at a time, with a cap on line length.
//
// Memory stays bounded by the cap: a line longer than `max_line_bytes` is skipped up to its end
// and reported as kTooLong instead of being held. Lines end at '\n'; a final line without one is
// still a line. The reader does not own the FILE, and reads its descriptor directly: it must be
// the only reader of that file.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

namespace kg {

class LineReader {
 public:
  enum class Outcome { kLine, kTooLong, kEnd, kError };

  LineReader(std::FILE* file, std::size_t max_line_bytes);

  // Reads the next line into *line (without its '\n'). *consumed is set to the bytes read from the
  // stream for it, newline included, whatever the outcome.
  Outcome ReadLine(std::string* line, std::size_t* consumed);

  // Reads everything left into *text; kTooLong (and nothing read into *text) past the cap.
  Outcome ReadAll(std::string* text, std::size_t* consumed);

  // The first byte that is not a space, tab, CR or newline, without consuming anything; EOF if
  // there is none in the first buffer's worth of input.
  int PeekNonBlank();

 private:
  bool Fill();  // reads more into the buffer; false at end of stream or on error

  std::FILE* file_;
  std::size_t max_line_bytes_;
  std::vector<char> buffer_;
  std::size_t begin_ = 0;  // unread bytes are buffer_[begin_, end_)
  std::size_t end_ = 0;
  bool error_ = false;
};

}  // namespace kg
