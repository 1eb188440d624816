// Text made safe for XML 1.0 attribute values and character data.
//
// Escapes & < > " ' and drops what XML 1.0 forbids: C0 control characters other than tab, LF and
// CR, U+FFFE, U+FFFF, and any byte sequence that is not valid UTF-8 (surrogates included).
#pragma once

#include <string>
#include <string_view>

namespace kg {

void AppendXmlText(std::string* out, std::string_view text);
std::string XmlText(std::string_view text);

}  // namespace kg
