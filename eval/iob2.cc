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
  if (!line.starts_with('#')) return false;
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

bool IsTag(std::string_view tag) {
  return tag == "O" || tag.starts_with("B-") || tag.starts_with("I-");
}

// A two-column token line, "token<TAB>tag" or "token tag" (CoNLL-2003 style).
bool TwoColumnToken(std::string_view line, std::string_view* token, std::string_view* tag) {
  std::size_t split = line.find('\t');
  if (split == std::string_view::npos) split = line.rfind(' ');
  if (split == std::string_view::npos) return false;
  *token = line.substr(0, split);
  *tag = line.substr(split + 1);
  return IsTag(*tag) && token->find('\t') == std::string_view::npos;
}

void Finish(Iob2Sentence* sentence, std::vector<Iob2Sentence>* sentences) {
  if (sentence->tokens.empty()) return;
  // Without document markers (tweets, say), each sentence stands alone.
  if (sentence->doc.empty()) sentence->doc = "sentence" + std::to_string(sentences->size() + 1);
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
  std::size_t documents = 0;
  for (std::string line; std::getline(in, line);) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      Finish(&sentence, &sentences);
      sentence = Iob2Sentence{doc, {}, {}, {}, {}};
      continue;
    }
    if (line.starts_with("-DOCSTART-")) {  // CoNLL-2003's document separator
      Finish(&sentence, &sentences);
      doc = "doc" + std::to_string(++documents);
      sentence = Iob2Sentence{doc, {}, {}, {}, {}};
      continue;
    }
    std::string value;
    if (CommentValue(line, "newdoc id", &value)) {
      doc = value;
      sentence.doc = value;
      continue;
    }
    if (CommentValue(line, "sent_id", &value)) {
      sentence.id = value;
      continue;
    }
    if (CommentValue(line, "text", &value)) {
      sentence.text = value;
      continue;
    }
    const std::vector<std::string_view> columns = SplitTabs(line);
    std::string_view token, tag;
    if (columns.size() >= 3) {
      sentence.tokens.emplace_back(columns[1]);
      sentence.tags.emplace_back(columns[2]);
      continue;
    }
    if (TwoColumnToken(line, &token, &tag)) {
      // Some crawled corpora have blank tokens ("\tO"): nothing to tag.
      if (token.find_first_not_of(" \t") == std::string_view::npos) continue;
      sentence.tokens.emplace_back(token);
      sentence.tags.emplace_back(tag);
      continue;
    }
    if (line.front() == '#') continue;  // another comment
    return Status::InvalidArgument(
        origin + ":" + std::to_string(line_number) +
        ": a token line needs index, token and tag columns, or token and tag");
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
