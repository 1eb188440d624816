#include "static_files.h"

#include <map>
#include <string>

#include "kg/file_contents.h"

namespace kg {
namespace {

HttpResponse NotFound() {
  return {404, "application/json", R"({"error":"not found"})"};
}

// Whether every segment of `path` is a plain name.
bool IsPlainPath(std::string_view path) {
  if (path.find('\\') != std::string_view::npos || path.find('\0') != std::string_view::npos)
    return false;
  while (!path.empty()) {
    const std::size_t slash = path.find('/');
    const std::string_view segment = path.substr(0, slash);
    if (segment == "." || segment == "..") return false;
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
  }
  return true;
}

std::string ContentType(const std::filesystem::path& file) {
  static const std::map<std::string, std::string> kTypes = {
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".json", "application/json"},
      {".map", "application/json"},
  };
  const auto type = kTypes.find(file.extension().string());
  return type == kTypes.end() ? "application/octet-stream" : type->second;
}

}  // namespace

HttpResponse ServeStaticFile(const std::filesystem::path& root, std::string_view path) {
  if (path.empty() || path.front() != '/' || !IsPlainPath(path.substr(1))) return NotFound();
  const std::string relative = path == "/" ? "index.html" : std::string(path.substr(1));
  std::error_code error;
  const std::filesystem::path base = std::filesystem::canonical(root, error);
  if (error) return NotFound();
  const std::filesystem::path file = std::filesystem::canonical(base / relative, error);
  if (error || !std::filesystem::is_regular_file(file, error)) return NotFound();
  const std::string inside = file.string();
  if (inside.compare(0, base.string().size() + 1, base.string() + "/") != 0) return NotFound();
  Result<std::string> contents = ReadFileContents(inside, "file");
  if (!contents.ok()) return NotFound();
  return {200, ContentType(file), std::move(contents).value()};
}

}  // namespace kg
