#include "kg/file_contents.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace kg {

Result<std::string> ReadFileContents(const std::filesystem::path& path, std::string_view what) {
  errno = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    const int error = errno;
    return Status::NotFound("cannot open " + std::string(what) + " " + path.string() +
                            (error != 0 ? std::string(": ") + std::strerror(error) : ""));
  }
  // One bulk copy from the file's buffer: far faster than character iterators, which cost
  // seconds for the parser model under the sanitizers.
  std::ostringstream contents;
  contents << in.rdbuf();
  if (in.bad()) return Status::IOError("failed reading " + std::string(what) + " " + path.string());
  return std::move(contents).str();
}

}  // namespace kg
