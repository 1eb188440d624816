// Bad input, as users meet it: scraped text, half-written files, shared and full disks. Each case
// runs the real kg against a real database in a temporary directory and states the exact message
// kg prints (its first line: an ingest with failures ends with its summary line) and its exit
// code. Whatever the input, kg does not crash, and what was stored before stays intact.
#include <fcntl.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "run_kg.h"
#include "temp_dir.h"
#include "test_corpus.h"

namespace {

using kg::testing::RunKg;
using kg::testing::RunResult;
using kg::testing::TempDir;
using kg::testing::WriteFile;

std::string Db(const TempDir& dir) {
  return "--db " + dir.file("kg.db") + " ";
}

std::string FirstLine(const std::string& output) {
  return output.substr(0, output.find('\n') + 1);
}

std::string LastLine(std::string output) {
  if (output.ends_with('\n')) output.pop_back();
  return output.substr(output.rfind('\n') + 1);  // npos + 1 is 0: the whole output
}

// The database's totals, as `kg --json stats` prints them.
nlohmann::json Stats(const TempDir& dir) {
  const RunResult stats = RunKg(Db(dir) + "--json stats");
  INFO(stats.output);
  REQUIRE(stats.exit_code == 0);
  return nlohmann::json::parse(stats.output);
}

// The ids of the stored documents, one per line, as `kg docs` lists them.
std::string DocumentIds(const TempDir& dir) {
  const RunResult docs = RunKg(Db(dir) + "--json docs");
  REQUIRE(docs.exit_code == 0);
  std::string ids;
  std::size_t start = 0;
  for (std::size_t end; (end = docs.output.find('\n', start)) != std::string::npos; start = end + 1)
    ids += nlohmann::json::parse(docs.output.substr(start, end - start))["id"].get<std::string>() +
           "\n";
  return ids;
}

void RequireCheckPasses(const TempDir& dir) {
  const RunResult check = RunKg(Db(dir) + "check");
  INFO(check.output);
  REQUIRE(check.exit_code == 0);
}

// Runs `script` with sh -c, stdout and stderr together.
RunResult RunScript(const std::string& script) {
  std::string quoted = "'";
  for (char c : script)
    quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  quoted += "'";
  RunResult result;
  result.exit_code = kg::testing::RunShell("sh -c " + quoted + " 2>&1", &result.output);
  return result;
}

// The prefix that runs a command without root's power to ignore file permissions.
std::string Unprivileged() {
  return geteuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : "";
}

const std::string kArticle = "Lena Ortiz met with Paul Mensah in Accra on Monday.\n";

}  // namespace

TEST_CASE("invalid UTF-8 is refused at its byte offset and the other files are stored",
          "[bad-input]") {
  TempDir dir;
  WriteFile(dir.file("in/a.txt"), kArticle);
  WriteFile(dir.file("in/b.txt"), "Lena Ortiz\xC3\x28 met Paul.");
  const RunResult result = RunKg(Db(dir) + "ingest " + dir.file("in"));
  CHECK(FirstLine(result.output) ==
        "kg: " + dir.file("in/b.txt") + ": invalid UTF-8 at byte 10 (kg reads UTF-8 text only)\n");
  CHECK(result.exit_code == 1);
  CHECK(DocumentIds(dir) == "a\n");
}

TEST_CASE("a NUL byte in a text file is refused at its byte offset", "[bad-input]") {
  TempDir dir;
  WriteFile(dir.file("nul.txt"), std::string("Lena Ortiz met\0Paul.", 20));
  const RunResult result = RunKg(Db(dir) + "ingest " + dir.file("nul.txt"));
  CHECK(FirstLine(result.output) ==
        "kg: " + dir.file("nul.txt") + ": NUL byte at byte 14 (kg reads UTF-8 text only)\n");
  CHECK(result.exit_code == 1);
}

TEST_CASE("a binary file is refused as text that is not UTF-8", "[bad-input]") {
  TempDir dir;
  WriteFile(dir.file("photo.txt"), std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16));
  const RunResult result = RunKg(Db(dir) + "ingest " + dir.file("photo.txt"));
  CHECK(FirstLine(result.output) ==
        "kg: " + dir.file("photo.txt") + ": invalid UTF-8 at byte 0 (kg reads UTF-8 text only)\n");
  CHECK(result.exit_code == 1);
}

TEST_CASE("an empty file is stored as a document without facts", "[bad-input]") {
  TempDir dir;
  WriteFile(dir.file("empty.txt"), "");
  const RunResult result = RunKg(Db(dir) + "--json ingest " + dir.file("empty.txt"));
  INFO(result.output);
  CHECK(result.exit_code == 0);
  const nlohmann::json summary = nlohmann::json::parse(result.output);
  CHECK(summary["added"] == 1);
  CHECK(summary["facts"] == 0);
  CHECK(DocumentIds(dir) == "empty\n");
}

TEST_CASE("an empty JSON Lines file stores nothing and succeeds", "[bad-input]") {
  TempDir dir;
  WriteFile(dir.file("empty.jsonl"), "");
  const RunResult result = RunKg(Db(dir) + "--json ingest " + dir.file("empty.jsonl"));
  INFO(result.output);
  CHECK(result.exit_code == 0);
  CHECK(nlohmann::json::parse(result.output)["documents"] == 0);
}

TEST_CASE("a 50 MB single line is analysed up to the document limit, with a warning",
          "[bad-input]") {
  TempDir dir;
  std::string line;
  while (line.size() < (std::size_t{50} << 20))
    line += "Ortiz met Mensah and the talks went on ";
  line += "\n";
  WriteFile(dir.file("huge.txt"), line);
  const RunResult result = RunKg(Db(dir) + "ingest " + dir.file("huge.txt"));
  INFO(result.output.substr(0, 1000));
  CHECK(result.exit_code == 0);
  CHECK(FirstLine(result.output)
            .starts_with("kg: warning: " + dir.file("huge.txt") +
                         ": 1 sentence over 256 tokens analysed in pieces; "));
  CHECK(FirstLine(result.output).ends_with(" not analysed (limit 100000 tokens per document)\n"));
  CHECK(Stats(dir)["documents"] == 1);
}

TEST_CASE("a 50 MB single JSON line is read and capped like a text file", "[bad-input]") {
  TempDir dir;
  std::string text;
  while (text.size() < (std::size_t{50} << 20))
    text += "Ortiz met Mensah. The talks went on. ";
  WriteFile(dir.file("huge.jsonl"), R"({"id": "huge", "text": ")" + text + "\"}\n");
  const RunResult result = RunKg(Db(dir) + "ingest " + dir.file("huge.jsonl"));
  INFO(result.output.substr(0, 1000));
  CHECK(result.exit_code == 0);
  CHECK(FirstLine(result.output).starts_with("kg: warning: " + dir.file("huge.jsonl") + ":1: "));
  CHECK(FirstLine(result.output).ends_with(" not analysed (limit 100000 tokens per document)\n"));
  CHECK(Stats(dir)["documents"] == 1);
}

TEST_CASE("a sentence of 10,000 tokens is analysed in pieces, with a warning", "[bad-input]") {
  TempDir dir;
  std::string sentence = "Lena Ortiz met Paul Mensah";
  for (int word = 0; sentence.size() < 60000 && word < 9995; ++word)
    sentence += " and talks";
  WriteFile(dir.file("long.txt"), sentence + ".\n");
  const RunResult result = RunKg(Db(dir) + "--json ingest " + dir.file("long.txt"));
  CHECK(result.exit_code == 0);
  CHECK(FirstLine(result.output) == "kg: warning: " + dir.file("long.txt") +
                                        ": 1 sentence over 256 tokens analysed in pieces\n");
  CHECK(nlohmann::json::parse(LastLine(result.output))["capped"] == 1);
}

TEST_CASE("a malformed JSON line is reported by line and the other lines are stored",
          "[bad-input]") {
  TempDir dir;
  WriteFile(dir.file("in.jsonl"), R"({"id": "a", "text": "Ortiz met Brandt."})"
                                  "\n"
                                  R"({"id": "b", "text": "Varga met" Mensah})"
                                  "\n"
                                  R"({"id": "c", "text": "Varga met Mensah."})"
                                  "\n");
  const RunResult result = RunKg(Db(dir) + "ingest " + dir.file("in.jsonl"));
  CHECK(FirstLine(result.output) ==
        "kg: " + dir.file("in.jsonl") +
            ":2: malformed JSON (column 33: syntax error while parsing object - invalid literal; "
            "last read: '\"Varga met\" M'; expected '}')\n");
  CHECK(result.exit_code == 1);
  CHECK(DocumentIds(dir) == "a\nc\n");
}

TEST_CASE("a truncated last JSON line is reported and the lines before it are stored",
          "[bad-input]") {
  TempDir dir;
  WriteFile(dir.file("in.jsonl"), R"({"id": "a", "text": "Ortiz met Brandt."})"
                                  "\n"
                                  R"({"id": "b", "text": "Varga me)");
  const RunResult result = RunKg(Db(dir) + "ingest " + dir.file("in.jsonl"));
  CHECK(FirstLine(result.output) ==
        "kg: " + dir.file("in.jsonl") +
            ":2: malformed JSON (column 30: syntax error while parsing value - invalid string: "
            "missing closing quote; last read: '\"Varga me')\n");
  CHECK(result.exit_code == 1);
  CHECK(DocumentIds(dir) == "a\n");
}

TEST_CASE("a number too large in a JSON line is reported as malformed, not a crash",
          "[bad-input]") {
  TempDir dir;  // found by fuzz_jsonl: the JSON parser throws out_of_range for such numbers
  WriteFile(dir.file("in.jsonl"), R"({"id": "a", "text": "Ortiz met Brandt.", "n": 2E222222222})"
                                  "\n");
  const RunResult result = RunKg(Db(dir) + "ingest " + dir.file("in.jsonl"));
  CHECK(FirstLine(result.output) ==
        "kg: " + dir.file("in.jsonl") + ":1: malformed JSON (a number out of range)\n");
  CHECK(result.exit_code == 1);
}

TEST_CASE("a JSON line without text is reported by line and document", "[bad-input]") {
  TempDir dir;
  WriteFile(dir.file("in.jsonl"), R"({"id": "a", "title": "Talks"})"
                                  "\n");
  const RunResult result = RunKg(Db(dir) + "ingest " + dir.file("in.jsonl"));
  CHECK(FirstLine(result.output) ==
        "kg: " + dir.file("in.jsonl") + ":1: missing \"text\" (document a)\n");
  CHECK(result.exit_code == 1);
  CHECK(Stats(dir)["documents"] == 0);
}

TEST_CASE("a duplicate id in one input is reported and the first document is kept", "[bad-input]") {
  TempDir dir;
  WriteFile(dir.file("in.jsonl"), R"({"id": "a", "text": "Ortiz met Brandt."})"
                                  "\n"
                                  R"({"id": "a", "text": "Varga met Mensah."})"
                                  "\n");
  const RunResult result = RunKg(Db(dir) + "ingest " + dir.file("in.jsonl"));
  CHECK(FirstLine(result.output) ==
        "kg: " + dir.file("in.jsonl") + ":2: duplicate document id 'a' in this input; skipped\n");
  CHECK(result.exit_code == 1);
  CHECK(RunKg(Db(dir) + "neighbors Ortiz").exit_code == 0);
  CHECK(RunKg(Db(dir) + "neighbors Varga").exit_code == 1);
}

TEST_CASE("an unreadable file inside a directory is reported and the rest is ingested",
          "[bad-input]") {
  TempDir dir;
  WriteFile(dir.file("in/a.txt"), kArticle);
  WriteFile(dir.file("in/b.txt"), "Maria Varga accused Jonas Brandt.\n");
  WriteFile(dir.file("in/c.txt"), "Omar Haddad visited Kessel.\n");
  std::filesystem::permissions(dir.file("in/b.txt"), std::filesystem::perms::none);
  std::filesystem::permissions(dir.path(), std::filesystem::perms::all);
  const RunResult result =
      RunScript(Unprivileged() + KG_BINARY + " " + Db(dir) + "ingest " + dir.file("in"));
  CHECK(FirstLine(result.output) == "kg: " + dir.file("in/b.txt") + ": Permission denied\n");
  CHECK(result.exit_code == 1);
  CHECK(LastLine(result.output).find("2 added, 0 replaced, 0 unchanged, 1 failed") !=
        std::string::npos);
  CHECK(DocumentIds(dir) == "a\nc\n");
}

TEST_CASE("a query of a missing database says how to create one", "[bad-input]") {
  TempDir dir;
  const RunResult result = RunKg(Db(dir) + "stats");
  CHECK(result.output ==
        "kg: no kg database at " + dir.file("kg.db") + " (create one with 'kg ingest')\n");
  CHECK(result.exit_code == 1);
}

TEST_CASE("a read-only database directory is refused as such, not as in use", "[bad-input]") {
  TempDir dir;
  WriteFile(dir.file("a.txt"), kArticle);
  REQUIRE(RunKg(Db(dir) + "ingest " + dir.file("a.txt")).exit_code == 0);
  WriteFile(dir.file("b.txt"), "Maria Varga accused Jonas Brandt.\n");
  std::filesystem::permissions(dir.file("kg.db"), std::filesystem::perms::owner_write,
                               std::filesystem::perm_options::remove);
  const RunResult result =
      RunScript(Unprivileged() + KG_BINARY + " " + Db(dir) + "ingest " + dir.file("b.txt"));
  CHECK(result.output == "kg: database " + dir.file("kg.db") +
                             ": permission denied; kg ingest and the other writing commands need "
                             "write access to it\n");
  CHECK(result.exit_code == 1);
  std::filesystem::permissions(dir.file("kg.db"), std::filesystem::perms::owner_write,
                               std::filesystem::perm_options::add);
  CHECK(DocumentIds(dir) == "a\n");
}

TEST_CASE("a database locked by another writer is refused with a one-line message", "[bad-input]") {
  TempDir dir;
  WriteFile(dir.file("a.txt"), kArticle);
  REQUIRE(RunKg(Db(dir) + "ingest " + dir.file("a.txt")).exit_code == 0);
  // Hold RocksDB's lock as a running kg ingest would.
  const int lock = open(dir.file("kg.db/LOCK").c_str(), O_RDWR);
  REQUIRE(lock >= 0);
  struct flock region {};
  region.l_type = F_WRLCK;
  region.l_whence = SEEK_SET;
  REQUIRE(fcntl(lock, F_SETLK, &region) == 0);
  const RunResult result = RunKg(Db(dir) + "ingest " + dir.file("a.txt"));
  const RunResult reader = RunKg(Db(dir) + "stats");
  close(lock);
  CHECK(result.output ==
        "kg: database " + dir.file("kg.db") + " is in use by another kg process\n");
  CHECK(result.exit_code == 1);
  CHECK(reader.exit_code == 0);
}

TEST_CASE("a corrupted table file names kg check --repair", "[bad-input]") {
  TempDir dir;
  kg::testing::WriteCorpus(dir.file("corpus.jsonl"), 30);
  REQUIRE(RunKg(Db(dir) + "ingest " + dir.file("corpus.jsonl")).exit_code == 0);
  REQUIRE(RunKg(Db(dir) + "check --repair").exit_code == 0);  // flushes the log to tables
  std::size_t damaged = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir.file("kg.db"))) {
    if (entry.path().extension() != ".sst") continue;
    std::fstream file(entry.path(), std::ios::in | std::ios::out | std::ios::binary);
    file.seekp(0);
    file << std::string(64, 'X');
    ++damaged;
  }
  REQUIRE(damaged > 0);
  for (const char* command : {"stats", "check", "export -o -", "docs", "ingest /dev/null"}) {
    const RunResult result = RunKg(Db(dir) + command);
    INFO(command);
    CHECK(kg::testing::LineCount(result.output) == 1);
    CHECK(result.output.starts_with("kg: database " + dir.file("kg.db") + " is corrupted ("));
    CHECK(result.output.ends_with("); run 'kg check --repair' or restore a backup\n"));
    CHECK(result.exit_code == 1);
  }
  const RunResult repaired = RunKg(Db(dir) + "check --repair");
  INFO(repaired.output);
  CHECK(repaired.exit_code >= 0);  // not a crash; what survives may still violate invariants
}

TEST_CASE("a corrupted MANIFEST names kg check --repair, which recovers the documents",
          "[bad-input]") {
  TempDir dir;
  kg::testing::WriteCorpus(dir.file("corpus.jsonl"), 30);
  REQUIRE(RunKg(Db(dir) + "ingest " + dir.file("corpus.jsonl")).exit_code == 0);
  REQUIRE(RunKg(Db(dir) + "check --repair").exit_code == 0);  // flushes the log to tables
  std::size_t damaged = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir.file("kg.db"))) {
    if (!entry.path().filename().string().starts_with("MANIFEST-")) continue;
    std::fstream file(entry.path(), std::ios::in | std::ios::out | std::ios::binary);
    file.seekp(0);
    file << std::string(64, 'X');
    ++damaged;
  }
  REQUIRE(damaged == 1);
  for (const char* command : {"stats", "ingest /dev/null"}) {
    const RunResult result = RunKg(Db(dir) + command);
    INFO(command);
    CHECK(kg::testing::LineCount(result.output) == 1);
    CHECK(result.output.starts_with("kg: database " + dir.file("kg.db") + " is corrupted ("));
    CHECK(result.output.ends_with("); run 'kg check --repair' or restore a backup\n"));
    CHECK(result.exit_code == 1);
  }
  const RunResult repaired = RunKg(Db(dir) + "check --repair");
  INFO(repaired.output);
  CHECK(repaired.exit_code == 0);
  CHECK(Stats(dir)["documents"] == 30);
}

TEST_CASE("a full disk mid-ingest keeps the stored documents and leaves out the failing one",
          "[bad-input]") {
  TempDir dir;
  kg::testing::WriteCorpus(dir.file("first.jsonl"), 20);
  REQUIRE(RunKg(Db(dir) + "ingest " + dir.file("first.jsonl")).exit_code == 0);
  const nlohmann::json before = Stats(dir);
  std::ofstream more(dir.file("more.jsonl"), std::ios::binary);
  for (int i = 0; i < 400; ++i) {
    more << R"({"id": "more-)" << i << R"(", "text": "Maria Varga )" << i
         << R"( accused Jonas Brandt of delaying the vote in Kessel. )" << std::string(600, 'x')
         << "\"}\n";
  }
  more.close();
  // No file may grow past 256 KiB: the write-ahead log fills up mid-ingest. SIGXFSZ is ignored,
  // so the write fails with EFBIG as it would with ENOSPC on a full disk.
  const RunResult result = RunScript("trap '' XFSZ; ulimit -f 512; exec " + std::string(KG_BINARY) +
                                     " " + Db(dir) + "ingest " + dir.file("more.jsonl"));
  INFO(result.output);
  CHECK(kg::testing::LineCount(result.output) == 1);
  CHECK(result.output == "kg: database " + dir.file("kg.db") +
                             " cannot be written (File too large); what was stored before is "
                             "intact: free space and run the same command again\n");
  CHECK(result.exit_code == 1);
  RequireCheckPasses(dir);
  const nlohmann::json after = Stats(dir);
  CHECK(after["documents"] > before["documents"]);
  CHECK(after["documents"] < 420);
  // Every document stored is whole: ingesting all again adds exactly the missing ones.
  const RunResult resumed = RunKg(Db(dir) + "--json ingest " + dir.file("more.jsonl"));
  INFO(resumed.output);
  REQUIRE(resumed.exit_code == 0);
  const nlohmann::json summary = nlohmann::json::parse(resumed.output);
  CHECK(summary["unchanged"].get<int>() + 20 == after["documents"].get<int>());
  CHECK(summary["added"].get<int>() + after["documents"].get<int>() == 420);
  RequireCheckPasses(dir);
}
