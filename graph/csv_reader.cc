#include "csv_reader.h"

namespace kg::graph {

bool CsvReader::ReadQuoted(std::size_t index, std::string_view* field) {
  const std::size_t begin = ++pos_;
  bool escaped = false;
  while (true) {
    const std::size_t quote = text_.find('"', pos_);
    if (quote == std::string_view::npos) {
      error_ = "unterminated quoted field";
      return false;
    }
    for (std::size_t i = pos_; i < quote; ++i)
      next_line_ += text_[i] == '\n';
    const bool doubled = quote + 1 < text_.size() && text_[quote + 1] == '"';
    if (doubled && !escaped) {
      escaped = true;
      unescaped_fields_.emplace_back(index, unescaped_.size());
    }
    if (escaped) unescaped_.append(text_.substr(pos_, quote - pos_));
    pos_ = quote + 1;
    if (!doubled) {
      if (!escaped) *field = text_.substr(begin, quote - begin);
      return true;
    }
    unescaped_.push_back('"');
    ++pos_;
  }
}

bool CsvReader::Next(std::vector<std::string_view>* fields) {
  while (pos_ < text_.size() && (text_[pos_] == '\n' || text_[pos_] == '\r')) {
    if (text_[pos_] == '\n') ++next_line_;
    ++pos_;
  }
  fields->clear();
  if (pos_ >= text_.size()) return false;
  record_line_ = next_line_;
  unescaped_.clear();
  unescaped_fields_.clear();
  const char* const text = text_.data();
  const std::size_t size = text_.size();
  while (true) {
    std::string_view field;
    if (pos_ < size && text[pos_] == '"') {
      if (!ReadQuoted(fields->size(), &field)) return false;
      if (pos_ < size && text[pos_] != ',' && text[pos_] != '\n' && text[pos_] != '\r') {
        error_ = "text after a closing quote";
        return false;
      }
    } else {
      std::size_t stop = pos_;
      while (stop < size && text[stop] != ',' && text[stop] != '\n' && text[stop] != '\r')
        ++stop;
      field = text_.substr(pos_, stop - pos_);
      pos_ = stop;
    }
    fields->push_back(field);
    if (pos_ < size && text[pos_] == ',') {
      ++pos_;
      continue;
    }
    if (pos_ < size && text[pos_] == '\r') ++pos_;
    if (pos_ < size && text[pos_] == '\n') {
      ++pos_;
      ++next_line_;
    }
    break;
  }
  // The buffer is complete now, so views into it stay put.
  for (std::size_t i = 0; i < unescaped_fields_.size(); ++i) {
    const std::size_t begin = unescaped_fields_[i].second;
    const std::size_t end =
        i + 1 < unescaped_fields_.size() ? unescaped_fields_[i + 1].second : unescaped_.size();
    (*fields)[unescaped_fields_[i].first] = std::string_view(unescaped_).substr(begin, end - begin);
  }
  return true;
}

}  // namespace kg::graph
