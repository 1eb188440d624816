// DocumentSource: documents streamed from files, directories, JSON Lines and standard input.
//
// Inputs are read one after another, in the order given:
//   - a directory is walked recursively, entries in byte order of their names, skipping hidden
//     entries (names starting with '.') and symbolic links to directories;
//   - a file whose name ends in ".jsonl" holds one document per line: a JSON object with "id",
//     "text" and optionally "date", "title", "url", "source"; with a title the document text is
//     title + "\n\n" + text. Blank lines are skipped;
//   - any other file is one plain-text document. Named alone, its id is the file name without its
//     extension ("news/report.txt" -> "report"); found under a directory, its path relative to
//     that directory without the extension ("news/" -> "b/report"), so two files of the same
//     name in different folders are two documents;
//   - "-" is standard input: JSON Lines if `stdin_jsonl` is set or its first non-blank byte is
//     '{', otherwise one plain-text document whose id is "stdin-" and 16 hex digits of a hash
//     of its text, so two different articles piped in are two documents.
// `id` and `date` name one plain-text document given alone (a file or standard input); Open()
// refuses them with any other input.
//
// Dates (a JSON line's "date", `date`) are normalised to "YYYY-MM-DD" (or "YYYY-MM", "YYYY")
// from ISO and the common written forms (documents/document_date.h, month names from
// data/lexicon/words/months.txt); a date that cannot be read makes the item an error.
//
// Memory stays bounded whatever the input: JSON Lines are read a line at a time, and a line or
// plain-text document longer than `max_document_bytes` is refused without being held.
//
// A document that cannot be used (unreadable file, invalid UTF-8 or a NUL byte, malformed JSON,
// missing "id" or "text", an unreadable date, an id already seen in this input) becomes an item
// whose status is a one-line error naming the file and line; reading goes on with the next
// document. Open() fails only when an input named by the caller does not exist.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "kg/document.h"
#include "kg/status.h"

namespace kg {

inline constexpr std::size_t kMaxDocumentBytes = std::size_t{64} << 20;

struct DocumentSourceOptions {
  bool stdin_jsonl = false;  // read standard input as JSON Lines without looking
  std::size_t max_document_bytes = kMaxDocumentBytes;
  bool ids_from_file_names = false;  // under a directory too (gold annotations name files so)
  std::string id;                    // for one plain-text document given alone
  std::string date;                  // likewise; normalised as above
  std::string data_dir;              // where lexicon/words/months.txt is; empty: DefaultDataDir()
};

struct SourceItem {
  Result<Document> document;  // the document, or why this input could not be used
  std::string origin;         // "file" or "file:line", for messages
  std::uint64_t bytes = 0;    // input bytes this item was read from, for progress
};

class DocumentSource {
 public:
  static Result<std::unique_ptr<DocumentSource>> Open(std::vector<std::string> inputs,
                                                      const DocumentSourceOptions& options);
  ~DocumentSource();

  // The next item, or nullopt once every input has been read.
  std::optional<SourceItem> Next();

  // Total size in bytes of the inputs (a walk of the directories, no reading), or nullopt when
  // standard input is among them.
  std::optional<std::uint64_t> TotalBytes() const;

 private:
  struct Rep;
  explicit DocumentSource(std::unique_ptr<Rep> rep);
  std::unique_ptr<Rep> rep_;
};

}  // namespace kg
