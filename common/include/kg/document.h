// Document: one article as it enters kg.
//
// `text` is the full UTF-8 text the extractor reads (for JSON Lines input with a title: the title,
// a blank line, then the body). Every span kg reports is a byte range into this text.
#pragma once

#include <string>

namespace kg {

struct Document {
  std::string id;    // file name without extension, or the JSON Lines `id`
  std::string date;  // ISO date (YYYY-MM-DD) when known, else empty
  std::string text;
};

}  // namespace kg
