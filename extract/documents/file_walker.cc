#include "documents/file_walker.h"

#include <algorithm>

namespace kg {

FileWalker::FileWalker(const std::string& root) {
  if (Status status = Push(root); !status.ok()) pending_error_ = Entry{root, status};
}

Status FileWalker::Push(const std::filesystem::path& directory) {
  std::error_code error;
  std::filesystem::directory_iterator it(directory, error);
  Level level{directory, {}, 0};
  for (; !error && it != std::filesystem::directory_iterator(); it.increment(error)) {
    std::string name = it->path().filename().string();
    if (!name.starts_with('.')) level.names.push_back(std::move(name));
  }
  if (error) return Status::IOError(directory.string() + ": " + error.message());
  std::sort(level.names.begin(), level.names.end());
  stack_.push_back(std::move(level));
  return Status::Ok();
}

std::optional<FileWalker::Entry> FileWalker::Next() {
  if (pending_error_) {
    std::optional<Entry> entry = std::move(pending_error_);
    pending_error_.reset();
    return entry;
  }
  while (!stack_.empty()) {
    Level& level = stack_.back();
    if (level.next == level.names.size()) {
      stack_.pop_back();
      continue;
    }
    const std::filesystem::path path = level.directory / level.names[level.next++];
    std::error_code error;
    const std::filesystem::file_status own = std::filesystem::symlink_status(path, error);
    if (std::filesystem::is_directory(own)) {
      if (Status status = Push(path); !status.ok()) return Entry{path.string(), status};
      continue;
    }
    if (std::filesystem::is_regular_file(std::filesystem::status(path, error))) {
      return Entry{path.string(), Status::Ok()};
    }
  }
  return std::nullopt;
}

}  // namespace kg
