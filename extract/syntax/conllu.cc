#include "kg/syntax/conllu.h"

#include <fmt/format.h>

#include <charconv>
#include <ostream>

#include "kg/file_contents.h"

namespace kg::syntax {
namespace {

constexpr int kColumns = 10;

bool ParseInt(std::string_view text, int& value) {
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() && end == text.data() + text.size();
}

// Splits a tab-separated line into exactly kColumns fields.
bool SplitColumns(std::string_view line, std::string_view (&fields)[kColumns]) {
  int n = 0;
  std::size_t start = 0;
  while (n < kColumns) {
    const std::size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      fields[n++] = line.substr(start);
      break;
    }
    fields[n++] = line.substr(start, tab - start);
    start = tab + 1;
  }
  return n == kColumns && line.find('\t', start) == std::string_view::npos;
}

class Parser {
 public:
  Result<std::vector<ConlluSentence>> Run(std::string_view content) {
    std::size_t pos = 0;
    while (pos < content.size()) {
      std::size_t end = content.find('\n', pos);
      if (end == std::string_view::npos) end = content.size();
      std::string_view line = content.substr(pos, end - pos);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      ++line_number_;
      Status status = Line(line);
      if (!status.ok()) return status;
      pos = end + 1;
    }
    Status status = FinishSentence();
    if (!status.ok()) return status;
    return std::move(sentences_);
  }

 private:
  Status Error(std::string_view what) const {
    return Status::Corruption(fmt::format("CoNLL-U line {}: {}", line_number_, what));
  }

  Status Line(std::string_view line) {
    if (line.empty()) return FinishSentence();
    if (line.front() == '#') {
      if (!current_.words.empty()) return Error("comment inside a sentence");
      current_.comments.emplace_back(line);
      constexpr std::string_view kText = "# text = ";
      if (line.starts_with(kText)) current_.text = line.substr(kText.size());
      return Status::Ok();
    }
    std::string_view f[kColumns];
    if (!SplitColumns(line, f)) return Error("expected 10 tab-separated columns");
    const std::string_view id = f[0];
    if (id.find('.') != std::string_view::npos) return Status::Ok();  // empty node
    const std::size_t dash = id.find('-');
    if (dash != std::string_view::npos) {
      ConlluMultiword mw;
      if (!ParseInt(id.substr(0, dash), mw.first) || !ParseInt(id.substr(dash + 1), mw.last) ||
          mw.first != static_cast<int>(current_.words.size()) + 1 || mw.last < mw.first) {
        return Error(fmt::format("bad multiword range '{}'", id));
      }
      mw.form = f[1];
      mw.misc = f[9];
      current_.multiwords.push_back(std::move(mw));
      return Status::Ok();
    }
    int index = 0;
    if (!ParseInt(id, index) || index != static_cast<int>(current_.words.size()) + 1) {
      return Error(fmt::format("word id '{}' out of sequence", id));
    }
    ConlluWord word{std::string(f[1]), std::string(f[2]), std::string(f[3]),
                    std::string(f[4]), std::string(f[5]), 0,
                    std::string(f[7]), std::string(f[8]), std::string(f[9])};
    if (f[6] == "_") {
      word.head = -1;
    } else if (!ParseInt(f[6], word.head) || word.head < 0) {
      return Error(fmt::format("bad head '{}'", f[6]));
    }
    current_.words.push_back(std::move(word));
    return Status::Ok();
  }

  Status FinishSentence() {
    if (current_.words.empty()) {
      if (!current_.comments.empty()) return Error("comments without a sentence");
      return Status::Ok();
    }
    const int n = static_cast<int>(current_.words.size());
    for (ConlluWord& word : current_.words) {
      if (word.head > n)
        return Error(fmt::format("head {} beyond the sentence's {} words", word.head, n));
      if (word.head < 0) word.head = 0;  // "_": no tree
    }
    for (const ConlluMultiword& mw : current_.multiwords) {
      if (mw.last > n) return Error("multiword range beyond the sentence");
    }
    sentences_.push_back(std::move(current_));
    current_ = ConlluSentence();
    return Status::Ok();
  }

  int line_number_ = 0;
  ConlluSentence current_;
  std::vector<ConlluSentence> sentences_;
};

}  // namespace

Result<std::vector<ConlluSentence>> ParseConllu(std::string_view content) {
  return Parser().Run(content);
}

Result<std::vector<ConlluSentence>> ReadConlluFile(const std::filesystem::path& path) {
  const Result<std::string> content = ReadFileContents(path, "CoNLL-U file");
  if (!content.ok()) return content.status();
  Result<std::vector<ConlluSentence>> parsed = ParseConllu(content.value());
  if (!parsed.ok()) {
    return Status::Corruption(fmt::format("{}: {}", path.string(), parsed.status().message()));
  }
  return parsed;
}

void WriteConllu(std::ostream& out, const ConlluSentence& sentence) {
  for (const std::string& comment : sentence.comments)
    out << comment << '\n';
  std::size_t next_multiword = 0;
  for (std::size_t i = 0; i < sentence.words.size(); ++i) {
    const int id = static_cast<int>(i) + 1;
    while (next_multiword < sentence.multiwords.size() &&
           sentence.multiwords[next_multiword].first == id) {
      const ConlluMultiword& mw = sentence.multiwords[next_multiword++];
      out << mw.first << '-' << mw.last << '\t' << mw.form << "\t_\t_\t_\t_\t_\t_\t_\t" << mw.misc
          << '\n';
    }
    const ConlluWord& w = sentence.words[i];
    out << id << '\t' << w.form << '\t' << w.lemma << '\t' << w.upos << '\t' << w.xpos << '\t'
        << w.feats << '\t' << w.head << '\t' << w.deprel << '\t' << w.deps << '\t' << w.misc
        << '\n';
  }
  out << '\n';
}

}  // namespace kg::syntax
