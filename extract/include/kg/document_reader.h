// Identity of a document's version.
//
// Documents enter kg through kg/document_source.h; the content hash computed here is how the
// store recognises a document it has already seen with the same content.
#pragma once

#include <string>

#include "kg/document.h"

namespace kg {

// A stable hex digest of a document's id, date and text, used to recognise re-fed documents.
std::string ContentHash(const Document& document);

}  // namespace kg
