// Reading IOB2 gold, turning kg's mentions into token spans, and scoring them.
#include "kg/ner_evaluation.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>

#include "kg/iob2.h"
#include "run_kg.h"
#include "temp_dir.h"

namespace {

const char* const kGold =
    "# newdoc id = d1\n"
    "# sent_id = d1-1\n"
    "# text = Lena Ortiz flew to Accra.\n"
    "1\tLena\tB-PER\t-\n"
    "2\tOrtiz\tI-PER\t-\n"
    "3\tflew\tO\t-\n"
    "4\tto\tO\t-\n"
    "5\tAccra\tB-LOC\t-\n"
    "6\t.\tO\t-\n"
    "\n"
    "# sent_id = d1-2\n"
    "# text = She met the Tarvel Council.\n"
    "1\tShe\tO\t-\n"
    "2\tmet\tO\t-\n"
    "3\tthe\tO\t-\n"
    "4\tTarvel\tB-ORG\t-\n"
    "5\tCouncil\tI-ORG\t-\n"
    "6\t.\tO\t-\n";

std::vector<kg::Iob2Sentence> ReadGold(const std::string& text) {
  std::istringstream in(text);
  auto sentences = kg::ReadIob2(in, "gold.iob2");
  REQUIRE(sentences.ok());
  return std::move(sentences).value();
}

kg::Mention MentionOf(const kg::NerDocument& document, const std::string& text,
                      kg::MentionKind kind = kg::MentionKind::kName) {
  const std::size_t at = document.document.text.find(text);
  REQUIRE(at != std::string::npos);
  return {text, 0, {std::uint32_t(at), std::uint32_t(at + text.size())}, kind};
}

}  // namespace

TEST_CASE("an IOB2 file gives sentences with document, id, text, tokens and tags", "[ner]") {
  const auto sentences = ReadGold(kGold);
  REQUIRE(sentences.size() == 2);
  CHECK(sentences[1].doc == "d1");
  CHECK(sentences[1].id == "d1-2");
  CHECK(sentences[0].text == "Lena Ortiz flew to Accra.");
  CHECK(sentences[0].tokens.size() == 6);
  CHECK(sentences[0].tags[1] == "I-PER");
}

TEST_CASE("a token line without a tag column is an error naming the line", "[ner]") {
  std::istringstream in("1\tLena\tB-PER\n2\tOrtiz\n");
  const auto sentences = kg::ReadIob2(in, "gold.iob2");
  REQUIRE_FALSE(sentences.ok());
  CHECK(sentences.status().message().find("gold.iob2:2") != std::string::npos);
}

TEST_CASE("spans run from a B- tag over the I- tags of its label", "[ner]") {
  using Span = kg::LabelledSpan;
  CHECK(kg::SpansOfTags({"B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-ORG"}) ==
        std::vector<Span>{{0, 2, "PER"}, {3, 4, "LOC"}, {4, 5, "LOC"}, {5, 6, "ORG"}});
}

TEST_CASE("gold tokens are found in their sentence's text, in order", "[ner]") {
  const auto sentences = ReadGold(kGold);
  const kg::NerDocument document = kg::BuildNerDocument(sentences);
  CHECK(document.document.id == "d1");
  CHECK(document.unaligned_tokens == 0);
  const kg::Span council = document.token_spans[1][4];
  CHECK(document.document.text.substr(council.begin, council.end - council.begin) == "Council");
}

TEST_CASE("name mentions become spans labelled by their entity's type", "[ner]") {
  const auto sentences = ReadGold(kGold);
  const kg::NerDocument document = kg::BuildNerDocument(sentences);
  kg::Extraction extraction;
  extraction.entities = {
      {"Lena Ortiz",
       kg::EntityType::kPerson,
       {},
       {MentionOf(document, "Lena Ortiz"), MentionOf(document, "She", kg::MentionKind::kPronoun)}},
      {"Accra", kg::EntityType::kGpe, {}, {MentionOf(document, "Accra")}},
      {"Tarvel Council", kg::EntityType::kOrg, {}, {MentionOf(document, "Tarvel Council")}}};
  const auto predicted = kg::PredictedSpans(document, extraction);
  CHECK(predicted[0] == std::vector<kg::LabelledSpan>{{0, 2, "PER"}, {4, 5, "LOC"}});
  CHECK(predicted[1] == std::vector<kg::LabelledSpan>{{3, 5, "ORG"}});
}

TEST_CASE("an armed service's name is an organisation span whatever it stands for", "[ner]") {
  const auto sentences = ReadGold(kGold);
  const kg::NerDocument document = kg::BuildNerDocument(sentences);
  kg::Extraction extraction;
  extraction.entities = {{"Tarvel",
                          kg::EntityType::kGpe,
                          {},
                          {MentionOf(document, "Tarvel Council", kg::MentionKind::kService)}}};
  const auto predicted = kg::PredictedSpans(document, extraction);
  CHECK(predicted[1] == std::vector<kg::LabelledSpan>{{3, 5, "ORG"}});
}

TEST_CASE("a span is correct only with the gold span's tokens and label", "[ner]") {
  kg::NerReport report;
  kg::ScoreSentence({{0, 2, "PER"}, {4, 5, "LOC"}}, {{0, 2, "PER"}, {4, 5, "ORG"}, {1, 2, "PER"}},
                    &report);
  CHECK(report.total.gold == 2);
  CHECK(report.total.predicted == 3);
  CHECK(report.total.correct == 1);
  CHECK(report.labels["LOC"].gold == 1);
  CHECK(report.labels["ORG"].predicted == 1);
  CHECK(report.labels["PER"].precision() == 0.5);
}

TEST_CASE("eval-ner prints precision and recall per label for an IOB2 file", "[ner][cli]") {
  kg::testing::TempDir dir;
  const std::string path = dir.file("gold.iob2");
  std::ofstream(path) << kGold;
  const kg::testing::RunResult result = kg::testing::RunKg("--json eval-ner " + path);
  REQUIRE(result.exit_code == 0);
  CHECK(result.output.find(R"("sentences":2)") != std::string::npos);
  CHECK(result.output.find(R"("PER":{)") != std::string::npos);
  CHECK(result.output.find(R"("gold":3)") != std::string::npos);
}

TEST_CASE("eval-ner on a missing file exits 1 with one line", "[ner][cli]") {
  const kg::testing::RunResult result = kg::testing::RunKg("eval-ner /nonexistent/gold.iob2");
  CHECK(result.exit_code == 1);
  CHECK(result.output == "kg: cannot read /nonexistent/gold.iob2\n");
}

TEST_CASE("two-column CoNLL lines are read, with -DOCSTART- opening a document", "[ner]") {
  const auto sentences = ReadGold(
      "-DOCSTART- O\n\nLena I-PER\nOrtiz I-PER\nflew O\n\nShe O\nleft O\n\n"
      "-DOCSTART- O\n\nAccra\tB-LOC\n\tO\n");
  REQUIRE(sentences.size() == 3);
  CHECK(sentences[0].tokens == std::vector<std::string>{"Lena", "Ortiz", "flew"});
  CHECK(sentences[0].doc == sentences[1].doc);
  CHECK(sentences[2].doc != sentences[1].doc);
  CHECK(sentences[2].tokens == std::vector<std::string>{"Accra"});  // the blank token is dropped
  CHECK(kg::SpansOfTags(sentences[0].tags) == std::vector<kg::LabelledSpan>{{0, 2, "PER"}});
}

TEST_CASE("sentences of a file without document markers are documents of their own", "[ner]") {
  const auto sentences = ReadGold("Lena\tB-PER\nleft\tO\n\nOrtiz\tB-PER\nstayed\tO\n");
  REQUIRE(sentences.size() == 2);
  CHECK(sentences[0].doc != sentences[1].doc);
}

TEST_CASE("gold spans kg is scored on leave out labels it does not find", "[ner]") {
  CHECK(kg::GoldNameSpans({"B-PER", "B-MISC", "I-MISC", "B-GPE", "B-OTH"}) ==
        std::vector<kg::LabelledSpan>{{0, 1, "PER"}, {3, 4, "LOC"}});
}

TEST_CASE("eval-ner scores a range of a file's sentences", "[ner][cli]") {
  kg::testing::TempDir dir;
  const std::string path = dir.file("gold.iob2");
  std::ofstream(path) << kGold;
  const kg::testing::RunResult result = kg::testing::RunKg("--json eval-ner " + path + "@2-2");
  REQUIRE(result.exit_code == 0);
  CHECK(result.output.find(R"("sentences":1)") != std::string::npos);
}

TEST_CASE("eval-ner refuses a range beyond the file with one line", "[ner][cli]") {
  kg::testing::TempDir dir;
  const std::string path = dir.file("gold.iob2");
  std::ofstream(path) << kGold;
  const kg::testing::RunResult beyond = kg::testing::RunKg("eval-ner " + path + "@2-9");
  CHECK(beyond.exit_code == 1);
  CHECK(beyond.output == "kg: " + path + "@2-9: " + path + " has only 2 sentences\n");
  const kg::testing::RunResult malformed = kg::testing::RunKg("eval-ner " + path + "@9-2");
  CHECK(malformed.exit_code == 1);
  CHECK(malformed.output.find("expected FILE@FIRST-LAST") != std::string::npos);
}

TEST_CASE("train ner writes a name recogniser model from name-tagged files", "[ner][cli]") {
  kg::testing::TempDir dir;
  const std::string path = dir.file("gold.iob2");
  std::ofstream(path) << kGold;
  const kg::testing::RunResult result =
      kg::testing::RunKg("train ner --epochs 2 --train " + path + " -o " + dir.file("ner.kgm"));
  REQUIRE(result.exit_code == 0);
  std::ifstream model(dir.file("ner.kgm"), std::ios::binary);
  std::string magic(8, '\0');
  model.read(magic.data(), 8);
  CHECK(magic == "KGSYNTAX");
}
