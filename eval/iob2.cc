#include "kg/iob2.h"

#include <string_view>

namespace kg {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> columns;
  while (true) {
    const std::size_t tab = line.find('\t');
    columns.push_back(line.substr(0, tab));
    if (tab == std::string_view::npos) return columns;
    line.remove_prefix(tab + 1);
  }
}

// The value of a "# key = value" comment, or false when the line is another comment.
bool CommentValue(std::string_view line, std::string_view key, std::string* value) {
  line.remove_prefix(1);
  while (!line.empty() && line.front() == ' ')
    line.remove_prefix(1);
  if (line.substr(0, key.size()) != key) return false;
  line.remove_prefix(key.size());
  while (!line.empty() && line.front() == ' ')
    line.remove_prefix(1);
  if (line.empty() || line.front() != '=') return false;
  line.remove_prefix(1);
  if (!line.empty() && line.front() == ' ') line.remove_prefix(1);
  *value = std::string(line);
  return true;
}

void Finish(Iob2Sentence* sentence, std::vector<Iob2Sentence>* sentences) {
  if (sentence->tokens.empty()) return;
  if (sentence->text.empty()) {
    for (const std::string& token : sentence->tokens)
      sentence->text += (sentence->text.empty() ? "" : " ") + token;
  }
  sentences->push_back(std::move(*sentence));
}

}  // namespace

Result<std::vector<Iob2Sentence>> ReadIob2(std::istream& in, const std::string& origin) {
  std::vector<Iob2Sentence> sentences;
  std::string doc;
  Iob2Sentence sentence;
  std::size_t line_number = 0;
  for (std::string line; std::getline(in, line);) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      Finish(&sentence, &sentences);
      sentence = Iob2Sentence{doc, {}, {}, {}, {}};
      continue;
    }
    if (line.front() == '#') {
      std::string value;
      if (CommentValue(line, "newdoc id", &value)) {
        doc = value;
        sentence.doc = value;
      } else if (CommentValue(line, "sent_id", &value)) {
        sentence.id = value;
      } else if (CommentValue(line, "text", &value)) {
        sentence.text = value;
      }
      continue;
    }
    const std::vector<std::string_view> columns = SplitTabs(line);
    if (columns.size() < 3) {
      return Status::InvalidArgument(origin + ":" + std::to_string(line_number) +
                                     ": a token line needs index, token and tag columns");
    }
    sentence.tokens.emplace_back(columns[1]);
    sentence.tags.emplace_back(columns[2]);
  }
  Finish(&sentence, &sentences);
  return sentences;
}

std::vector<LabelledSpan> SpansOfTags(const std::vector<std::string>& tags) {
  std::vector<LabelledSpan> spans;
  bool open = false;
  for (std::size_t i = 0; i < tags.size(); ++i) {
    const std::string_view tag = tags[i];
    const bool inside = tag.size() > 2 && tag[1] == '-' && (tag[0] == 'B' || tag[0] == 'I');
    const std::string_view label = inside ? tag.substr(2) : std::string_view();
    const bool continues = inside && tag[0] == 'I' && open && spans.back().label == label;
    if (continues) {
      spans.back().last = i + 1;
    } else if (inside) {
      spans.push_back({i, i + 1, std::string(label)});
    }
    open = inside;
  }
  return spans;
}

}  // namespace kg
