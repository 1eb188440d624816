#include "kg/document_source.h"

#include <catch2/catch.hpp>
#include <fstream>

#include "temp_dir.h"

namespace {

using kg::testing::TempDir;
using kg::testing::WriteFile;

// The item ReadAll() gives for an error: "!" then the message.
std::string Err(const std::string& message) {
  std::string item = "!";
  item.append(message);
  return item;
}

// Every item of a source over `inputs`: "id" for documents, "!message" for errors.
std::vector<std::string> ReadAll(const std::vector<std::string>& inputs,
                                 kg::DocumentSourceOptions options = {}) {
  auto source = kg::DocumentSource::Open(inputs, options);
  REQUIRE(source.ok());
  std::vector<std::string> items;
  while (std::optional<kg::SourceItem> item = (*source)->Next()) {
    items.push_back(item->document.ok() ? item->document->id
                                        : Err(item->document.status().message()));
  }
  return items;
}

kg::Document OnlyDocument(const std::vector<std::string>& inputs) {
  auto source = kg::DocumentSource::Open(inputs, {});
  REQUIRE(source.ok());
  std::optional<kg::SourceItem> item = (*source)->Next();
  REQUIRE(item);
  REQUIRE(item->document.ok());
  REQUIRE_FALSE((*source)->Next());
  return item->document.value();
}

}  // namespace

TEST_CASE("a text file is one document named by its file name without extension", "[source]") {
  TempDir dir;
  WriteFile(dir.file("seed-001.txt"), "Lena Ortiz met Paul Mensah.");
  const kg::Document document = OnlyDocument({dir.file("seed-001.txt")});
  CHECK(document.id == "seed-001");
  CHECK(document.text == "Lena Ortiz met Paul Mensah.");
}

TEST_CASE("a directory is read recursively in name order, skipping hidden entries", "[source]") {
  TempDir dir;
  WriteFile(dir.file("news/b.txt"), "B");
  WriteFile(dir.file("news/a/z.txt"), "Z");
  WriteFile(dir.file("news/a/c.txt"), "C");
  WriteFile(dir.file("news/.hidden.txt"), "H");
  WriteFile(dir.file("news/.git/d.txt"), "D");
  WriteFile(dir.file("news/c.jsonl"), R"({"id": "j1", "text": "J"})"
                                      "\n");
  CHECK(ReadAll({dir.file("news")}) == std::vector<std::string>{"a/c", "a/z", "b", "j1"});
}

TEST_CASE("files of one name in two folders are two documents named by their relative paths",
          "[source]") {
  TempDir dir;
  WriteFile(dir.file("news/north/report.txt"), "Tilda Sorensen met Arno Vidal.");
  WriteFile(dir.file("news/south/report.txt"), "Arno Vidal visited Quenby.");
  CHECK(ReadAll({dir.file("news")}) == std::vector<std::string>{"north/report", "south/report"});
  CHECK(ReadAll({dir.file("news/south/report.txt")}) == std::vector<std::string>{"report"});
}

TEST_CASE("gold-scored reading names files by their file names under a directory too", "[source]") {
  TempDir dir;
  WriteFile(dir.file("corpus/seed/article-7.txt"), "Tilda Sorensen met Arno Vidal.");
  kg::DocumentSourceOptions options;
  options.ids_from_file_names = true;
  CHECK(ReadAll({dir.file("corpus")}, options) == std::vector<std::string>{"article-7"});
}

TEST_CASE("--id and --date name a single text file", "[source]") {
  TempDir dir;
  WriteFile(dir.file("draft.txt"), "Tilda Sorensen met Arno Vidal.");
  kg::DocumentSourceOptions options;
  options.id = "desk/2025-011";
  options.date = "4 February 2025";
  auto source = kg::DocumentSource::Open({dir.file("draft.txt")}, options);
  REQUIRE(source.ok());
  const std::optional<kg::SourceItem> item = (*source)->Next();
  REQUIRE(item);
  REQUIRE(item->document.ok());
  CHECK(item->document->id == "desk/2025-011");
  CHECK(item->document->date == "2025-02-04");
}

TEST_CASE("--id is refused for a directory or several inputs", "[source]") {
  TempDir dir;
  WriteFile(dir.file("news/a.txt"), "A");
  kg::DocumentSourceOptions options;
  options.id = "one";
  CHECK(kg::DocumentSource::Open({dir.file("news")}, options).status().message() ==
        "--id and --date name one plain-text document: give one text file or '-'");
  CHECK_FALSE(kg::DocumentSource::Open({dir.file("news/a.txt"), "-"}, options).ok());
}

TEST_CASE("a JSON line's written date is normalised and an unreadable one is reported",
          "[source]") {
  TempDir dir;
  const std::string corpus = dir.file("corpus.jsonl");
  WriteFile(corpus, R"({"id": "d1", "date": "March 3, 2024", "text": "A"})"
                    "\n"
                    R"({"id": "d2", "date": "not a date", "text": "B"})"
                    "\n"
                    R"({"id": "d3", "date": "2024-03-05T08:00:00Z", "text": "C"})"
                    "\n");
  auto source = kg::DocumentSource::Open({corpus}, {});
  REQUIRE(source.ok());
  std::vector<std::string> dates;
  while (std::optional<kg::SourceItem> item = (*source)->Next())
    dates.push_back(item->document.ok() ? item->document->date
                                        : Err(item->document.status().message()));
  CHECK(dates ==
        std::vector<std::string>{"2024-03-03",
                                 Err(corpus + ":2: 'not a date' is not a date (YYYY-MM-DD, or "
                                              "written as March 3, 2024)"),
                                 "2024-03-05"});
}

TEST_CASE("a JSON Lines file yields a document per line, titled texts first", "[source]") {
  TempDir dir;
  WriteFile(
      dir.file("corpus.jsonl"),
      R"({"id": "a", "date": "2024-03-02", "title": "Talks end", "url": "u", "text": "Body."})"
      "\n\n"
      R"({"id": 7, "text": "No title."})"
      "\n");
  auto source = kg::DocumentSource::Open({dir.file("corpus.jsonl")}, {});
  REQUIRE(source.ok());
  std::optional<kg::SourceItem> first = (*source)->Next();
  REQUIRE(first);
  REQUIRE(first->document.ok());
  CHECK(first->document->id == "a");
  CHECK(first->document->date == "2024-03-02");
  CHECK(first->document->text == "Talks end\n\nBody.");
  CHECK(first->origin == dir.file("corpus.jsonl") + ":1");
  std::optional<kg::SourceItem> second = (*source)->Next();
  REQUIRE(second);
  REQUIRE(second->document.ok());
  CHECK(second->document->id == "7");
  CHECK(second->document->text == "No title.");
  CHECK(second->origin == dir.file("corpus.jsonl") + ":3");
  CHECK_FALSE((*source)->Next());
}

TEST_CASE("bad JSON Lines are reported by file and line and the rest is read", "[source]") {
  TempDir dir;
  const std::string path = dir.file("mixed.jsonl");
  WriteFile(path, std::string(R"({"id": "ok1", "text": "Fine."})") + "\n" +
                      R"({"id": "broken", "text": )" + "\n" +                               //
                      R"({"id": "notext"})" + "\n" +                                        //
                      R"({"text": "no id"})" + "\n" +                                       //
                      "{\"id\": \"bad\", \"text\": \"\xff\"}\n" +                           //
                      R"({"id": "nul", "text": "a\u0000b"})" + "\n" + R"([1, 2])" + "\n" +  //
                      R"({"id": "ok1", "text": "Again."})" + "\n" +
                      R"({"id": "ok2", "text": "Fine too."})" + "\n");
  const std::vector<std::string> items = ReadAll({path});
  REQUIRE(items.size() == 9);
  CHECK(items[0] == "ok1");
  CHECK(items[1].starts_with(Err(path + ":2: malformed JSON (column")));
  CHECK(items[2] == Err(path + ":3: missing \"text\" (document notext)"));
  CHECK(items[3] == Err(path + ":4: missing \"id\""));
  CHECK(items[4] == Err(path + ":5: invalid UTF-8 at byte 23 of the line"));
  CHECK(items[5] == Err(path + ":6: NUL byte (\\u0000) in document nul"));
  CHECK(items[6] == Err(path + ":7: not a JSON object"));
  CHECK(items[7] == Err(path + ":8: duplicate document id 'ok1' in this input; skipped"));
  CHECK(items[8] == "ok2");
}

TEST_CASE("a line longer than the limit is refused without stopping the file", "[source]") {
  TempDir dir;
  const std::string path = dir.file("long.jsonl");
  WriteFile(path, R"({"id": "long", "text": ")" + std::string(5000, 'x') + "\"}\n" +
                      R"({"id": "short", "text": "ok"})" + "\n");
  kg::DocumentSourceOptions options;
  options.max_document_bytes = 1000;
  CHECK(ReadAll({path}, options) ==
        std::vector<std::string>{
            Err(path + ":1: line longer than the 1000 bytes limit for one document"), "short"});
}

TEST_CASE("a text file larger than the limit is refused", "[source]") {
  TempDir dir;
  WriteFile(dir.file("big.txt"), std::string(2000, 'x'));
  kg::DocumentSourceOptions options;
  options.max_document_bytes = 1000;
  CHECK(ReadAll({dir.file("big.txt")}, options) ==
        std::vector<std::string>{
            Err(dir.file("big.txt") + ": larger than the 1000 bytes limit for one document")});
}

TEST_CASE("invalid UTF-8 and NUL bytes in a text file are refused with the offset", "[source]") {
  TempDir dir;
  WriteFile(dir.file("bad.txt"), "Lena\xff");
  WriteFile(dir.file("nul.txt"), std::string("ab\0c", 4));
  WriteFile(dir.file("good.txt"), "Fine.");
  CHECK(ReadAll({dir.file("bad.txt"), dir.file("nul.txt"), dir.file("good.txt")}) ==
        std::vector<std::string>{
            Err(dir.file("bad.txt") + ": invalid UTF-8 at byte 4 (kg reads UTF-8 text only)"),
            Err(dir.file("nul.txt") + ": NUL byte at byte 2 (kg reads UTF-8 text only)"), "good"});
}

TEST_CASE("an input that does not exist fails opening the source", "[source]") {
  TempDir dir;
  const auto source = kg::DocumentSource::Open({dir.file("absent.txt")}, {});
  REQUIRE_FALSE(source.ok());
  CHECK(source.status().message() == dir.file("absent.txt") + ": No such file or directory");
}

TEST_CASE("the same file named twice is reported as a duplicate", "[source]") {
  TempDir dir;
  WriteFile(dir.file("a.txt"), "A");
  WriteFile(dir.file("sub/a.txt"), "other A");
  const std::vector<std::string> items = ReadAll({dir.file("a.txt"), dir.file("sub")});
  REQUIRE(items.size() == 2);
  CHECK(items[1] ==
        Err(dir.file("sub/a.txt") + ": duplicate document id 'a' in this input; skipped"));
}

TEST_CASE("the total size of the inputs is known without reading them", "[source]") {
  TempDir dir;
  WriteFile(dir.file("d/a.txt"), "12345");
  WriteFile(dir.file("d/b.jsonl"), "123");
  WriteFile(dir.file("c.txt"), "12");
  auto source = kg::DocumentSource::Open({dir.file("d"), dir.file("c.txt")}, {});
  REQUIRE(source.ok());
  CHECK((*source)->TotalBytes() == 10u);
  auto with_stdin = kg::DocumentSource::Open({"-"}, {});
  REQUIRE(with_stdin.ok());
  CHECK_FALSE((*with_stdin)->TotalBytes());
}
