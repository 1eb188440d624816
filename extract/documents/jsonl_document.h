// One line of a JSON Lines corpus as a Document.
//
// A line is an object with a string "id" (an integer is accepted too) and a string "text", and
// optionally "date", "title", "url" and "source" (null or strings). With a non-empty title the
// document text is the title, a blank line ("\n\n"), then the text, as the extraction contract
// says. Errors name `origin` (file and line number) and say what is wrong in one line.
#pragma once

#include <string>
#include <string_view>

#include "kg/document.h"
#include "kg/status.h"

namespace kg {

Result<Document> ParseJsonlDocument(std::string_view line, const std::string& origin);

// True if the line holds only spaces, tabs and CRs: such lines are skipped, not errors.
bool IsBlankLine(std::string_view line);

}  // namespace kg
