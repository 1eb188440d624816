// ReadFileContents: a whole file into memory, read in one piece.
//
// For every loader that takes a whole file: models, lexicons, alias tables, treebanks, WordNet,
// gold annotations, documents, CSV imports. `what` names the kind of file in the error:
// ReadFileContents("m.kgm", "model file") fails with NotFound "cannot open model file m.kgm: No
// such file or directory" (the system's reason) when the file cannot be opened, and with IOError
// "failed reading model file m.kgm" when reading it fails.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "kg/status.h"

namespace kg {

Result<std::string> ReadFileContents(const std::filesystem::path& path, std::string_view what);

}  // namespace kg
