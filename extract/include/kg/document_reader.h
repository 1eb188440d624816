// Reading one plain-text document from a file or standard input (kg/document_source.h streams
// whole corpora).
//
// A plain-text file becomes one Document whose id is the file name without its extension
// ("seed-001.txt" -> "seed-001"); standard input ("-") gets the id "stdin". Text that is not valid
// UTF-8 or contains NUL bytes is refused with a message naming the file and byte offset.
#pragma once

#include <string>
#include <string_view>

#include "kg/document.h"
#include "kg/status.h"

namespace kg {

Result<Document> ReadTextDocument(const std::string& path);

// Refuses text that is not UTF-8 or holds a NUL byte, naming `origin` and the byte offset.
Status CheckDocumentText(const std::string& origin, std::string_view text);

// A stable hex digest of a document's id, date and text, used to recognise re-fed documents.
std::string ContentHash(const Document& document);

}  // namespace kg
