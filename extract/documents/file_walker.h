// FileWalker: the files under a directory, recursively, in a deterministic order.
//
// Entries of each directory are visited in byte order of their names, depth first. Hidden entries
// (names starting with '.') are skipped, and symbolic links to directories are not followed, so a
// walk always ends. Memory holds one sorted listing per directory level being walked, never the
// whole tree. A directory that cannot be listed is reported as an entry with an error.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "kg/status.h"

namespace kg {

class FileWalker {
 public:
  struct Entry {
    std::string path;
    Status status;  // not ok: `path` is a directory that could not be listed
  };

  explicit FileWalker(const std::string& root);

  // The next regular file (or unlistable directory), or nullopt when the walk is over.
  std::optional<Entry> Next();

 private:
  struct Level {
    std::filesystem::path directory;
    std::vector<std::string> names;  // sorted
    std::size_t next = 0;
  };

  Status Push(const std::filesystem::path& directory);

  std::vector<Level> stack_;
  std::optional<Entry> pending_error_;
};

}  // namespace kg
