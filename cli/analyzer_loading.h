// Loading the syntax models for the commands that analyse text themselves (parse,
// evaluate-syntax), apart from cli_support.h so that other commands skip the analyzer's headers.
#pragma once

#include <string>

#include "kg/syntax/analyzer.h"

namespace kg::cli {

// The syntax analyzer from `models` (default: data/models); warns on stderr when WordNet is
// missing. Throws CliError when the models cannot be read.
syntax::Analyzer LoadAnalyzer(const std::string& models);

}  // namespace kg::cli
