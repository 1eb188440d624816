// StaticFiles: answering GET requests for the files of one folder (the web page of `kg serve`).
//
// "/" is index.html. A path with a ".." or "." segment, a backslash or a NUL byte, or one that
// leads outside the folder through a link, is 404 like a missing file: nothing outside the folder
// is ever read. Content types come from the extension (html, js, css, svg, png, json, map).
#pragma once

#include <filesystem>
#include <string_view>

#include "kg/http_server.h"

namespace kg {

HttpResponse ServeStaticFile(const std::filesystem::path& root, std::string_view path);

}  // namespace kg
