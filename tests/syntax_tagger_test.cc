#include <catch2/catch.hpp>

#include "kg/syntax/tagger.h"
#include "syntax_test_support.h"

namespace {

using kg::syntax::ConlluSentence;
using kg::syntax::Tagger;
using kg::syntax::TagId;

Tagger TrainTiny() {
  const std::vector<ConlluSentence> treebank = kg::syntax::testing::TinyTreebank();
  kg::syntax::TaggerTrainOptions options;
  options.epochs = 8;
  auto tagger = kg::syntax::TrainTagger(treebank, treebank, options);
  REQUIRE(tagger.ok());
  return std::move(tagger).value();
}

// "UPOS/XPOS" of every word of every sentence.
std::vector<std::string> TagAll(const Tagger& tagger,
                                const std::vector<ConlluSentence>& sentences) {
  std::vector<std::string> out;
  for (const ConlluSentence& sentence : sentences) {
    std::vector<std::string_view> forms;
    for (const auto& w : sentence.words)
      forms.push_back(w.form);
    std::vector<TagId> tags(forms.size());
    tagger.Tag(forms, tags);
    for (TagId t : tags)
      out.push_back(tagger.upos(t) + "/" + tagger.xpos(t));
  }
  return out;
}

std::vector<std::string> GoldTags(const std::vector<ConlluSentence>& sentences) {
  std::vector<std::string> out;
  for (const ConlluSentence& sentence : sentences) {
    for (const auto& w : sentence.words)
      out.push_back(w.upos + "/" + w.xpos);
  }
  return out;
}

}  // namespace

TEST_CASE("a tagger trained on a few sentences reproduces their tags", "[syntax][tagger]") {
  const Tagger tagger = TrainTiny();
  const auto treebank = kg::syntax::testing::TinyTreebank();
  CHECK(TagAll(tagger, treebank) == GoldTags(treebank));
}

TEST_CASE("curly quotes and apostrophes are tagged like straight ones", "[syntax][tagger]") {
  const Tagger tagger = TrainTiny();
  const std::vector<std::string_view> straight = {"Russia", "'s",    "president", "said",
                                                  "\"",     "ready", "\""};
  const std::vector<std::string_view> curly = {"Russia", "\u2019s", "president", "said",
                                               "\u201C", "ready",   "\u201D"};
  std::vector<TagId> straight_tags(straight.size()), curly_tags(curly.size());
  tagger.Tag(straight, straight_tags);
  tagger.Tag(curly, curly_tags);
  CHECK(curly_tags == straight_tags);
  CHECK(tagger.xpos(curly_tags[1]) == "POS");
}

TEST_CASE("a quotation mark is tagged by the way it faces in the text", "[syntax][tagger]") {
  // Straight quotes appear only as opening ones in training; the closing tag only on "''".
  const std::string treebank_text =
      "1\tShe\tshe\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
      "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\t\"\t\"\tPUNCT\t``\t_\t4\tpunct\t_\t_\n"
      "4\tno\tno\tINTJ\tUH\t_\t2\tccomp\t_\t_\n"
      "5\t''\t''\tPUNCT\t''\t_\t4\tpunct\t_\t_\n"
      "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  const auto treebank = kg::syntax::ParseConllu(treebank_text);
  REQUIRE(treebank.ok());
  kg::syntax::TaggerTrainOptions options;
  options.epochs = 4;
  auto trained = kg::syntax::TrainTagger(*treebank, {}, options);
  REQUIRE(trained.ok());
  const Tagger& tagger = *trained;
  // She said "no" . : the second quote comes right after "no", with no space before it.
  const std::vector<std::string_view> forms = {"She", "said", "\"", "no", "\"", "."};
  const std::vector<std::uint8_t> spaced_before = {1, 1, 1, 0, 0, 1};
  std::vector<TagId> unspaced(forms.size()), spaced(forms.size());
  tagger.Tag(forms, unspaced);
  tagger.Tag(forms, spaced, spaced_before);
  CHECK(tagger.xpos(unspaced[4]) == "``");
  CHECK(tagger.xpos(spaced[2]) == "``");
  CHECK(tagger.xpos(spaced[4]) == "''");
}

TEST_CASE("tagger training is deterministic for a fixed seed", "[syntax][tagger]") {
  kg::syntax::testing::TempDir dir;
  REQUIRE(TrainTiny().Save(dir.path() / "a.kgm").ok());
  REQUIRE(TrainTiny().Save(dir.path() / "b.kgm").ok());
  CHECK(kg::syntax::testing::ReadBytes(dir.path() / "a.kgm") ==
        kg::syntax::testing::ReadBytes(dir.path() / "b.kgm"));
}

TEST_CASE("a saved and reloaded tagger tags the same", "[syntax][tagger]") {
  kg::syntax::testing::TempDir dir;
  const Tagger tagger = TrainTiny();
  REQUIRE(tagger.Save(dir.path() / "tagger.kgm").ok());
  auto loaded = Tagger::Load(dir.path() / "tagger.kgm");
  REQUIRE(loaded.ok());
  const auto treebank = kg::syntax::testing::TinyTreebank();
  CHECK(TagAll(*loaded, treebank) == TagAll(tagger, treebank));
}

TEST_CASE("tagger training without words fails with a status", "[syntax][tagger]") {
  const auto tagger = kg::syntax::TrainTagger({}, {}, {});
  REQUIRE_FALSE(tagger.ok());
  CHECK(tagger.status().code() == kg::Status::Code::kInvalidArgument);
}

TEST_CASE("an untrained tagger leaves tags untouched and cannot be saved", "[syntax][tagger]") {
  Tagger tagger;
  std::vector<std::string_view> words = {"hello"};
  std::vector<TagId> tags = {7};
  tagger.Tag(words, tags);
  CHECK(tags[0] == 7);
  CHECK_FALSE(tagger.Save("/nonexistent/tagger.kgm").ok());
}
