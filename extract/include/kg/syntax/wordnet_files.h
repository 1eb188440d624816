// WordNetFiles: the database files of a WordNet 3 installation (Debian's wordnet-base,
// /usr/share/wordnet), each read at most once, for the two users of WordNet: the lemmatizer's
// morphology (index.* and *.exc) and the gazetteer (data.noun, data.adj, index.noun, index.verb,
// noun.exc), which also share WordNet's detachment rules (WordNetDetachmentRules).
// The extractor hands one WordNetFiles to both, so a process reads each file once.
//
// A file is read when it is first asked for and kept while the WordNetFiles lives; the views it
// gives (WordNetIndex, WordNetData, WordNetExceptions and their strings) stay valid as long. A
// file that cannot be read gives ReadFileContents' error (NotFound "cannot open WordNet file
// PATH: REASON", IOError "failed reading WordNet file PATH"); the next request tries again.
//
// The formats are WordNet's (wndb(5WN), wninput(5WN)). The licence lines at the top of index and
// data files begin with a space and are skipped.
//  - index.<pos>: one line per lemma, sorted: "lemma pos synset_cnt p_cnt [ptr_symbol...]
//    sense_cnt tagsense_cnt synset_offset...", the synsets most frequent sense first.
//  - data.<pos>: one line per synset, at the byte offset that names it: "offset lex_filenum
//    ss_type w_cnt word lex_id ... p_cnt [pointer...] ... | gloss".
//  - <pos>.exc: "inflected base_form..." lines.
#pragma once

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <filesystem>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kg/status.h"

namespace kg::syntax {

enum class WordNetPos { kNoun, kVerb, kAdjective, kAdverb };

// The part of speech as WordNet's file names spell it: "noun", "verb", "adj", "adv".
std::string_view WordNetPosName(WordNetPos pos);

// One of WordNet's detachment rules for inflected forms (wninput(5WN)): a word ending in
// `suffix` may have as base form the word with `replacement` in its place ("gunmen" -> "gunman").
struct WordNetDetachment {
  std::string_view suffix;
  std::string_view replacement;
};

// The detachment rules of `pos`, in morphy's order (none for adverbs).
std::span<const WordNetDetachment> WordNetDetachmentRules(WordNetPos pos);

// Calls visit(line) for each line of `text`.
template <typename Visit>
void ForEachWordNetLine(std::string_view text, Visit&& visit) {
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    visit(text.substr(start, end - start));
    start = end + 1;
  }
}

// Calls visit(line) for each line of `text` that is no licence line (empty or beginning with a
// space).
template <typename Visit>
void ForEachWordNetRecord(std::string_view text, Visit&& visit) {
  ForEachWordNetLine(text, [&](std::string_view line) {
    if (!line.empty() && line[0] != ' ') visit(line);
  });
}

// The space-separated fields of a line, without copying.
class WordNetFields {
 public:
  explicit WordNetFields(std::string_view line) : rest_(line) {}
  bool Next(std::string_view* field) {
    while (!rest_.empty() && rest_.front() == ' ')
      rest_.remove_prefix(1);
    if (rest_.empty()) return false;
    const std::size_t end = std::min(rest_.find(' '), rest_.size());
    *field = rest_.substr(0, end);
    rest_.remove_prefix(end);
    return true;
  }
  template <typename Int>
  bool NextInt(Int* value, int base = 10) {
    std::string_view field;
    return Next(&field) &&
           std::from_chars(field.data(), field.data() + field.size(), *value, base).ec ==
               std::errc();
  }

 private:
  std::string_view rest_;
};

// One line of an index file.
struct WordNetIndexEntry {
  std::string_view lemma;  // lower case, '_' between words
  std::string_view line;   // the whole line, lemma first

  // Sets `*offsets` to the offsets of the lemma's synsets in data.<pos>, most frequent sense
  // first; as many as parse.
  void SynsetOffsets(std::vector<std::uint32_t>* offsets) const;
};

class WordNetIndex {
 public:
  explicit WordNetIndex(std::string_view text) : text_(text) {}

  // Calls visit(const WordNetIndexEntry&) for each lemma, in file order (sorted by lemma).
  template <typename Visit>
  void ForEachEntry(Visit&& visit) const {
    ForEachWordNetRecord(text_, [&](std::string_view line) {
      visit(WordNetIndexEntry{line.substr(0, line.find(' ')), line});
    });
  }
  std::size_t size_bytes() const { return text_.size(); }

 private:
  std::string_view text_;
};

class WordNetData {
 public:
  explicit WordNetData(std::string_view text) : text_(text) {}

  // The line of the synset at byte `offset`, without its newline; empty when no line begins
  // there or it is a licence line.
  std::string_view Record(std::uint32_t offset) const;
  // Calls visit(line) for each synset's line, in offset order.
  template <typename Visit>
  void ForEachRecord(Visit&& visit) const {
    ForEachWordNetRecord(text_, visit);
  }

 private:
  std::string_view text_;
};

class WordNetExceptions {
 public:
  explicit WordNetExceptions(std::string_view text) : text_(text) {}

  // Calls visit(inflected, base) for each line, with its first base form.
  template <typename Visit>
  void ForEachException(Visit&& visit) const {
    ForEachWordNetLine(text_, [&](std::string_view line) {
      const std::size_t space = line.find(' ');
      if (space == std::string_view::npos) return;
      std::string_view base = line.substr(space + 1);
      base = base.substr(0, base.find(' '));
      if (!base.empty()) visit(line.substr(0, space), base);
    });
  }

 private:
  std::string_view text_;
};

class WordNetFiles {
 public:
  explicit WordNetFiles(std::filesystem::path dir) : dir_(std::move(dir)) {}
  WordNetFiles(const WordNetFiles&) = delete;
  WordNetFiles& operator=(const WordNetFiles&) = delete;

  const std::filesystem::path& dir() const { return dir_; }

  // index.<pos>, data.<pos> and <pos>.exc ("noun", "verb", "adj", "adv").
  [[nodiscard]] Result<WordNetIndex> Index(WordNetPos pos);
  [[nodiscard]] Result<WordNetData> Data(WordNetPos pos);
  [[nodiscard]] Result<WordNetExceptions> Exceptions(WordNetPos pos);

 private:
  Result<std::string_view> File(const std::string& name);

  std::filesystem::path dir_;
  std::map<std::string, std::string, std::less<>> files_;  // by name, those read so far
};

}  // namespace kg::syntax
