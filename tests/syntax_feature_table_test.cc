// FeatureTable scores: every row, sparse or kept dense in memory, adds exactly its weights, and
// the table writes back the bytes it was read from.
#include <catch2/catch.hpp>
#include <cstdint>
#include <vector>

#include "feature_table.h"
#include "model_file.h"

namespace {

using kg::syntax::ByteReader;
using kg::syntax::ByteWriter;
using kg::syntax::FeatureTable;

constexpr int kLabels = 40;

// Rows of every density, from one label to all of them, with whole-number weights and a largest
// magnitude of 32767, so that quantising keeps every weight exactly.
std::vector<FeatureTable::Row> RowsOfEveryDensity() {
  std::vector<FeatureTable::Row> rows;
  for (int count = 1; count <= kLabels; ++count) {
    FeatureTable::Row row{0x9e3779b97f4a7c15ULL * static_cast<std::uint64_t>(count), {}};
    for (int k = 0; k < count; ++k) {
      const int label = (k * 7 + count) % kLabels;
      const int value = (k % 2 == 0 ? 1 : -1) * (count * 100 + k);
      row.weights.push_back({static_cast<std::uint8_t>(label), static_cast<float>(value)});
    }
    rows.push_back(row);
  }
  rows.push_back({0xfeedfacecafebeefULL, {{3, 32767.0f}}});
  return rows;
}

// The scores AddScores must give: a plain sum of the rows' weights per label.
std::vector<std::int32_t> ExpectedScores(const std::vector<FeatureTable::Row>& rows) {
  std::vector<std::int32_t> scores(kLabels, 0);
  for (const FeatureTable::Row& row : rows) {
    for (const FeatureTable::Weight& w : row.weights)
      scores[w.label] += static_cast<std::int32_t>(w.value);
  }
  return scores;
}

}  // namespace

TEST_CASE("a feature table adds the exact weights of sparse and dense rows alike",
          "[syntax][feature-table]") {
  const std::vector<FeatureTable::Row> rows = RowsOfEveryDensity();
  const FeatureTable table = FeatureTable::Build(kLabels, rows);
  for (const FeatureTable::Row& row : rows) {
    std::vector<std::int32_t> scores(kLabels, 0);
    table.AddScores(std::vector<std::uint64_t>{row.feature}, scores);
    CHECK(scores == ExpectedScores({row}));
  }
  std::vector<std::uint64_t> all = {0x0123456789abcdefULL};  // not in the table
  for (const FeatureTable::Row& row : rows)
    all.push_back(row.feature);
  std::vector<std::int32_t> scores(kLabels, 0);
  table.AddScores(all, scores);
  CHECK(scores == ExpectedScores(rows));
}

TEST_CASE("a feature table writes back exactly the bytes it was read from",
          "[syntax][feature-table]") {
  ByteWriter built;
  FeatureTable::Build(kLabels, RowsOfEveryDensity()).Serialize(built);
  FeatureTable read;
  ByteReader in(built.bytes());
  REQUIRE(read.Deserialize(in));
  ByteWriter rewritten;
  read.Serialize(rewritten);
  CHECK(rewritten.bytes() == built.bytes());
}
