#include "kg/syntax/wordnet_files.h"

#include "kg/file_contents.h"

namespace kg::syntax {

std::string_view WordNetPosName(WordNetPos pos) {
  static constexpr std::string_view kNames[] = {"noun", "verb", "adj", "adv"};
  return kNames[static_cast<int>(pos)];
}

std::span<const WordNetDetachment> WordNetDetachmentRules(WordNetPos pos) {
  static constexpr WordNetDetachment kNounRules[] = {{"s", ""},      {"ses", "s"},   {"xes", "x"},
                                                     {"zes", "z"},   {"ches", "ch"}, {"shes", "sh"},
                                                     {"men", "man"}, {"ies", "y"}};
  static constexpr WordNetDetachment kVerbRules[] = {{"s", ""},    {"ies", "y"}, {"es", "e"},
                                                     {"es", ""},   {"ed", "e"},  {"ed", ""},
                                                     {"ing", "e"}, {"ing", ""}};
  static constexpr WordNetDetachment kAdjectiveRules[] = {
      {"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};
  switch (pos) {
    case WordNetPos::kNoun:
      return kNounRules;
    case WordNetPos::kVerb:
      return kVerbRules;
    case WordNetPos::kAdjective:
      return kAdjectiveRules;
    case WordNetPos::kAdverb:
      break;
  }
  return {};
}

void WordNetIndexEntry::SynsetOffsets(std::vector<std::uint32_t>* offsets) const {
  offsets->clear();
  WordNetFields fields(line);
  std::string_view field;
  std::size_t synset_count = 0, pointer_count = 0;
  if (!fields.Next(&field) || !fields.Next(&field) || !fields.NextInt(&synset_count) ||
      !fields.NextInt(&pointer_count)) {
    return;
  }
  for (std::size_t i = 0; i < pointer_count + 2; ++i)
    fields.Next(&field);  // the pointer symbols, sense_cnt and tagsense_cnt
  for (std::size_t i = 0; i < synset_count; ++i) {
    std::uint32_t offset = 0;
    if (!fields.NextInt(&offset)) break;
    offsets->push_back(offset);
  }
}

std::string_view WordNetData::Record(std::uint32_t offset) const {
  if (offset >= text_.size() || (offset > 0 && text_[offset - 1] != '\n') || text_[offset] == ' ')
    return {};
  const std::string_view line = text_.substr(offset);
  return line.substr(0, line.find('\n'));
}

Result<WordNetIndex> WordNetFiles::Index(WordNetPos pos) {
  Result<std::string_view> text = File("index." + std::string(WordNetPosName(pos)));
  if (!text.ok()) return text.status();
  return WordNetIndex(*text);
}

Result<WordNetData> WordNetFiles::Data(WordNetPos pos) {
  Result<std::string_view> text = File("data." + std::string(WordNetPosName(pos)));
  if (!text.ok()) return text.status();
  return WordNetData(*text);
}

Result<WordNetExceptions> WordNetFiles::Exceptions(WordNetPos pos) {
  Result<std::string_view> text = File(std::string(WordNetPosName(pos)) + ".exc");
  if (!text.ok()) return text.status();
  return WordNetExceptions(*text);
}

Result<std::string_view> WordNetFiles::File(const std::string& name) {
  if (const auto read = files_.find(name); read != files_.end())
    return std::string_view(read->second);
  Result<std::string> contents = ReadFileContents(dir_ / name, "WordNet file");
  if (!contents.ok()) return contents.status();
  return std::string_view(files_.emplace(name, std::move(contents).value()).first->second);
}

}  // namespace kg::syntax
