#include "kg/document_source.h"

#include <xxhash.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <unordered_set>

#include "documents/document_date.h"
#include "documents/file_walker.h"
#include "documents/jsonl_document.h"
#include "documents/line_reader.h"
#include "kg/document_reader.h"
#include "kg/extractor.h"
#include "word_list.h"

namespace kg {
namespace {

constexpr const char* kStdinName = "standard input";

struct FileCloser {
  void operator()(std::FILE* file) const {
    if (file != stdin) std::fclose(file);
  }
};
using FilePtr = std::unique_ptr<std::FILE, FileCloser>;

std::string LimitText(std::size_t bytes) {
  if (bytes % (1 << 20) == 0) return std::to_string(bytes >> 20) + " MiB";
  return std::to_string(bytes) + " bytes";
}

bool IsJsonlPath(const std::string& path) {
  return path.ends_with(".jsonl");
}

// Reads the rest of `reader` as one plain-text document.
Result<Document> ReadText(LineReader* reader, std::string id, const std::string& origin,
                          std::size_t limit, std::size_t* consumed) {
  Document document;
  document.id = std::move(id);
  switch (reader->ReadAll(&document.text, consumed)) {
    case LineReader::Outcome::kError:
      return Status::IOError(origin + ": read failed");
    case LineReader::Outcome::kTooLong:
      return Status::InvalidArgument(origin + ": larger than the " + LimitText(limit) +
                                     " limit for one document");
    default:
      break;
  }
  if (Status status = CheckDocumentText(origin, document.text); !status.ok()) return status;
  return document;
}

// "stdin-" and a hash of the text.
std::string StdinId(std::string_view text) {
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx",
                static_cast<unsigned long long>(XXH3_64bits(text.data(), text.size())));
  return std::string("stdin-") + hex;
}

// `path` relative to the directory `root` it was found under, without its extension.
std::string RelativeId(const std::string& path, const std::string& root) {
  std::filesystem::path relative = std::filesystem::path(path).lexically_relative(root);
  return relative.replace_extension().generic_string();
}

Status CheckSingleDocument(const std::vector<std::string>& inputs) {
  std::error_code error;
  if (inputs.size() != 1 || IsJsonlPath(inputs[0]) ||
      (inputs[0] != "-" && std::filesystem::is_directory(inputs[0], error))) {
    return Status::InvalidArgument(
        "--id and --date name one plain-text document: give one text file or '-'");
  }
  return Status::Ok();
}

}  // namespace

// A JSON Lines file (or standard input) being read a line at a time.
struct JsonlStream {
  JsonlStream(FilePtr owned, std::string stream_name, std::size_t limit)
      : file(std::move(owned)), reader(file.get(), limit), name(std::move(stream_name)) {}
  FilePtr file;
  LineReader reader;
  std::string name;
  std::uint64_t line = 0;
};

struct DocumentSource::Rep {
  std::vector<std::string> inputs;
  DocumentSourceOptions options;
  std::size_t next_input = 0;
  std::optional<FileWalker> walker;
  std::string walker_root;  // the directory argument being walked
  std::unique_ptr<JsonlStream> jsonl;
  std::vector<std::string> month_names;
  std::unordered_set<std::uint64_t> seen_ids;  // 64-bit hashes of the ids read so far

  std::optional<SourceItem> NextJsonl();
  std::optional<FileWalker::Entry> NextPath();
  std::optional<SourceItem> Start(const std::string& path);
  SourceItem TextFile(const std::string& path);
  SourceItem Checked(SourceItem item);
  Status NormalizeDate(const std::string& origin, std::string* date) const;
};

std::optional<SourceItem> DocumentSource::Rep::NextJsonl() {
  std::string line;
  for (;;) {
    std::size_t consumed = 0;
    const LineReader::Outcome outcome = jsonl->reader.ReadLine(&line, &consumed);
    const std::string origin = jsonl->name + ":" + std::to_string(++jsonl->line);
    switch (outcome) {
      case LineReader::Outcome::kEnd:
        return std::nullopt;
      case LineReader::Outcome::kError:
        return SourceItem{Status::IOError(origin + ": read failed"), origin, consumed};
      case LineReader::Outcome::kTooLong:
        return SourceItem{Status::InvalidArgument(origin + ": line longer than the " +
                                                  LimitText(options.max_document_bytes) +
                                                  " limit for one document"),
                          origin, consumed};
      case LineReader::Outcome::kLine:
        if (IsBlankLine(line)) continue;
        return SourceItem{ParseJsonlDocument(line, origin), origin, consumed};
    }
  }
}

std::optional<FileWalker::Entry> DocumentSource::Rep::NextPath() {
  for (;;) {
    if (walker) {
      if (std::optional<FileWalker::Entry> entry = walker->Next()) return entry;
      walker.reset();
    }
    if (next_input == inputs.size()) return std::nullopt;
    const std::string& input = inputs[next_input++];
    std::error_code error;
    if (input != "-" && std::filesystem::is_directory(input, error)) {
      walker.emplace(input);
      walker_root = input;
      continue;
    }
    walker_root.clear();
    return FileWalker::Entry{input, Status::Ok()};
  }
}

SourceItem DocumentSource::Rep::TextFile(const std::string& path) {
  FilePtr file(std::fopen(path.c_str(), "rb"));
  if (file == nullptr) return {Status::IOError(path + ": " + std::strerror(errno)), path, 0};
  std::error_code error;
  const std::uintmax_t size = std::filesystem::file_size(path, error);
  if (!error && size > options.max_document_bytes) {
    return {
        Status::InvalidArgument(path + ": larger than the " +
                                LimitText(options.max_document_bytes) + " limit for one document"),
        path, size};
  }
  LineReader reader(file.get(), options.max_document_bytes);
  std::size_t consumed = 0;
  const bool relative = !walker_root.empty() && !options.ids_from_file_names;
  std::string id = !options.id.empty() ? options.id
                   : relative          ? RelativeId(path, walker_root)
                                       : std::filesystem::path(path).stem().string();
  Result<Document> document =
      ReadText(&reader, std::move(id), path, options.max_document_bytes, &consumed);
  if (document.ok()) document->date = options.date;
  return {std::move(document), path, consumed};
}

// Begins reading `path`: a text file is read whole, a JSON Lines stream is opened for NextJsonl.
std::optional<SourceItem> DocumentSource::Rep::Start(const std::string& path) {
  if (path == "-") {
    auto stream =
        std::make_unique<JsonlStream>(FilePtr(stdin), kStdinName, options.max_document_bytes);
    if (options.stdin_jsonl || stream->reader.PeekNonBlank() == '{') {
      if (!options.id.empty() || !options.date.empty()) {
        return SourceItem{Status::InvalidArgument(std::string(kStdinName) +
                                                  ": --id and --date name one plain-text "
                                                  "document, not JSON Lines"),
                          kStdinName, 0};
      }
      jsonl = std::move(stream);
      return std::nullopt;
    }
    std::size_t consumed = 0;
    Result<Document> document =
        ReadText(&stream->reader, options.id, kStdinName, options.max_document_bytes, &consumed);
    if (document.ok()) {
      if (document->id.empty()) document->id = StdinId(document->text);
      document->date = options.date;
    }
    return SourceItem{std::move(document), kStdinName, consumed};
  }
  if (!IsJsonlPath(path)) return TextFile(path);
  FilePtr file(std::fopen(path.c_str(), "rb"));
  if (file == nullptr)
    return SourceItem{Status::IOError(path + ": " + std::strerror(errno)), path, 0};
  jsonl = std::make_unique<JsonlStream>(std::move(file), path, options.max_document_bytes);
  return std::nullopt;
}

Status DocumentSource::Rep::NormalizeDate(const std::string& origin, std::string* date) const {
  if (date->empty()) return Status::Ok();
  std::optional<std::string> normal = NormalizeDocumentDate(*date, month_names);
  if (!normal) {
    return Status::InvalidArgument(origin + ": '" + *date +
                                   "' is not a date (YYYY-MM-DD, or written as March 3, 2024)");
  }
  *date = std::move(*normal);
  return Status::Ok();
}

SourceItem DocumentSource::Rep::Checked(SourceItem item) {
  if (!item.document.ok()) return item;
  if (Status status = NormalizeDate(item.origin, &item.document->date); !status.ok()) {
    item.document = status;
    return item;
  }
  const std::string& id = item.document->id;
  if (!seen_ids.insert(XXH3_64bits(id.data(), id.size())).second) {
    item.document = Status::InvalidArgument(item.origin + ": duplicate document id '" + id +
                                            "' in this input; skipped");
  }
  return item;
}

Result<std::unique_ptr<DocumentSource>> DocumentSource::Open(std::vector<std::string> inputs,
                                                             const DocumentSourceOptions& options) {
  for (const std::string& input : inputs) {
    std::error_code error;
    if (input != "-" && !std::filesystem::exists(input, error)) {
      return Status::NotFound(input + ": " + std::strerror(ENOENT));
    }
  }
  if (!options.id.empty() || !options.date.empty()) {
    if (Status status = CheckSingleDocument(inputs); !status.ok()) return status;
  }
  const std::string data_dir = options.data_dir.empty() ? DefaultDataDir() : options.data_dir;
  Result<WordList> months = WordList::LoadFile(data_dir + "/lexicon/words/months.txt");
  if (!months.ok()) return months.status();
  auto rep = std::make_unique<Rep>();
  rep->inputs = std::move(inputs);
  rep->options = options;
  rep->month_names = months->words();
  return std::unique_ptr<DocumentSource>(new DocumentSource(std::move(rep)));
}

DocumentSource::DocumentSource(std::unique_ptr<Rep> rep) : rep_(std::move(rep)) {}
DocumentSource::~DocumentSource() = default;

std::optional<SourceItem> DocumentSource::Next() {
  for (;;) {
    if (rep_->jsonl) {
      if (std::optional<SourceItem> item = rep_->NextJsonl())
        return rep_->Checked(std::move(*item));
      rep_->jsonl.reset();
    }
    std::optional<FileWalker::Entry> entry = rep_->NextPath();
    if (!entry) return std::nullopt;
    if (!entry->status.ok()) return SourceItem{entry->status, entry->path, 0};
    if (std::optional<SourceItem> item = rep_->Start(entry->path)) {
      return rep_->Checked(std::move(*item));
    }
  }
}

std::optional<std::uint64_t> DocumentSource::TotalBytes() const {
  std::uint64_t total = 0;
  for (const std::string& input : rep_->inputs) {
    if (input == "-") return std::nullopt;
    std::error_code error;
    if (!std::filesystem::is_directory(input, error)) {
      total += std::filesystem::file_size(input, error);
      continue;
    }
    FileWalker walker(input);
    while (std::optional<FileWalker::Entry> entry = walker.Next()) {
      if (entry->status.ok()) total += std::filesystem::file_size(entry->path, error);
    }
  }
  return total;
}

}  // namespace kg
