#include "kg/file_contents.h"

#include <cerrno>
#include <cstring>
#include <fstream>

namespace kg {

Result<std::string> ReadFileContents(const std::filesystem::path& path, std::string_view what) {
  errno = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    const int error = errno;
    return Status::NotFound("cannot open " + std::string(what) + " " + path.string() +
                            (error != 0 ? std::string(": ") + std::strerror(error) : ""));
  }
  // Large blocks into a string sized once from the file's size (when it has one): no
  // character iterators, which cost seconds for the parser model under the sanitizers, and no
  // doubling buffer, which held twice a large file's size while it was read.
  std::string contents;
  std::error_code size_error;
  if (const std::uintmax_t size = std::filesystem::file_size(path, size_error); !size_error)
    contents.reserve(size);
  char block[1 << 16];
  while (in.read(block, sizeof block) || in.gcount() > 0)
    contents.append(block, static_cast<std::size_t>(in.gcount()));
  if (in.bad()) return Status::IOError("failed reading " + std::string(what) + " " + path.string());
  return contents;
}

}  // namespace kg
