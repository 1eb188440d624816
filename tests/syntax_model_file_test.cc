#include <catch2/catch.hpp>
#include <fstream>

#include "kg/syntax/parser.h"
#include "kg/syntax/tagger.h"
#include "model_file.h"
#include "syntax_test_support.h"

namespace {

using kg::Status;
using kg::syntax::Tagger;
namespace fs = std::filesystem;

void WriteBytes(const fs::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

// A small trained tagger saved in `dir`; returns its path.
fs::path SavedTagger(const fs::path& dir) {
  const auto treebank = kg::syntax::testing::TinyTreebank();
  kg::syntax::TaggerTrainOptions options;
  options.epochs = 2;
  auto tagger = kg::syntax::TrainTagger(treebank, {}, options);
  REQUIRE(tagger.ok());
  const fs::path path = dir / "tagger.kgm";
  REQUIRE(tagger->Save(path).ok());
  return path;
}

}  // namespace

TEST_CASE("loading a missing model file is NotFound", "[syntax][model]") {
  const auto loaded = Tagger::Load("/nonexistent/tagger.kgm");
  REQUIRE_FALSE(loaded.ok());
  CHECK(loaded.status().code() == Status::Code::kNotFound);
}

TEST_CASE("every truncation of a model file is rejected as corrupt", "[syntax][model]") {
  kg::syntax::testing::TempDir dir;
  const fs::path path = SavedTagger(dir.path());
  const std::string bytes = kg::syntax::testing::ReadBytes(path);
  for (std::size_t size : {std::size_t{0}, std::size_t{5}, std::size_t{31}, std::size_t{32},
                           bytes.size() / 2, bytes.size() - 1}) {
    WriteBytes(path, bytes.substr(0, size));
    const auto loaded = Tagger::Load(path);
    INFO("size " << size);
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.status().code() == Status::Code::kCorruption);
    CHECK_THAT(loaded.status().message(), Catch::Contains("truncated"));
  }
}

TEST_CASE("a flipped byte in a model file fails the checksum", "[syntax][model]") {
  kg::syntax::testing::TempDir dir;
  const fs::path path = SavedTagger(dir.path());
  std::string bytes = kg::syntax::testing::ReadBytes(path);
  bytes[bytes.size() / 2] ^= 0x20;
  WriteBytes(path, bytes);
  const auto loaded = Tagger::Load(path);
  REQUIRE_FALSE(loaded.ok());
  CHECK(loaded.status().code() == Status::Code::kCorruption);
  CHECK_THAT(loaded.status().message(), Catch::Contains("checksum"));
}

TEST_CASE("a file that is not a model has a bad magic", "[syntax][model]") {
  kg::syntax::testing::TempDir dir;
  const fs::path path = dir.path() / "notes.kgm";
  WriteBytes(path, std::string(100, 'x'));
  const auto loaded = Tagger::Load(path);
  REQUIRE_FALSE(loaded.ok());
  CHECK_THAT(loaded.status().message(), Catch::Contains("magic"));
}

TEST_CASE("a tagger model is not accepted as a parser model", "[syntax][model]") {
  kg::syntax::testing::TempDir dir;
  const fs::path path = SavedTagger(dir.path());
  const auto loaded = kg::syntax::Parser::Load(path);
  REQUIRE_FALSE(loaded.ok());
  CHECK(loaded.status().code() == Status::Code::kInvalidArgument);
  CHECK_THAT(loaded.status().message(), Catch::Contains("tagger model"));
}

TEST_CASE("an empty array in a model payload reads back empty", "[syntax][model]") {
  // Found by fuzz_model: copying zero elements into an empty vector passed memcpy a null
  // pointer, which UndefinedBehaviorSanitizer reports.
  kg::syntax::ByteWriter writer;
  writer.PutArray<std::uint32_t>({});
  kg::syntax::ByteReader reader(writer.bytes());
  std::vector<std::uint32_t> values;
  CHECK(reader.GetArray(values));
  CHECK(values.empty());
  CHECK(reader.at_end());
}
