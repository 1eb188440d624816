// Reading documents from files and standard input.
//
// A plain-text file becomes one Document whose id is the file name without its extension
// ("seed-001.txt" -> "seed-001"); standard input ("-") gets the id "stdin". Text that is not valid
// UTF-8 or contains NUL bytes is refused with a message naming the file and byte offset.
#pragma once

#include <string>

#include "kg/document.h"
#include "kg/status.h"

namespace kg {

Result<Document> ReadTextDocument(const std::string& path);

// A stable hex digest of a document's id, date and text, used to recognise re-fed documents.
std::string ContentHash(const Document& document);

}  // namespace kg
