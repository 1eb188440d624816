// Iob2Selection: reading name-tagged sentences from "FILE" or "FILE@FIRST-LAST", the sentences
// FIRST to LAST (1-based, inclusive) of FILE, so that one file can be split into the part a model
// is trained on and the part it is scored on ("uner.iob2@1-1000", "uner.iob2@1001-2001").
#pragma once

#include <string>
#include <vector>

#include "kg/iob2.h"

namespace kg::cli {

// Throws CliError naming the file for an unreadable file, a malformed line or range, or a range
// beyond the file's sentences.
std::vector<Iob2Sentence> ReadIob2Selection(const std::string& selection);

}  // namespace kg::cli
