#include "kg/syntax/parser.h"

#include "parser_model.h"
#include "word_features.h"

namespace kg::syntax {
namespace {

// 2: word features see curly quotes as straight ones.
constexpr std::uint32_t kPayloadVersion = 2;

struct ParseScratch {
  std::vector<ParserWord> words;
  std::vector<char> lower;
  std::vector<std::int32_t> scores;
  ParserState state;
};

std::uint64_t LowerHash(std::string_view form, char* buffer) {
  const std::string_view normalised = NormaliseQuotes(form, buffer);
  for (std::size_t i = 0; i < normalised.size(); ++i) {
    const char c = buffer[i];
    buffer[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
  return HashString(normalised);
}

}  // namespace

void FillParserWords(std::span<const ParserInputWord> input, char* lower_buffer,
                     std::span<ParserWord> words) {
  words[0] = RootParserWord();
  int punctuation = 0;
  for (std::size_t i = 0; i < input.size(); ++i) {
    words[i + 1] = {LowerHash(input[i].form, lower_buffer),
                    Combine(HashString(input[i].upos), HashString(input[i].xpos)), punctuation};
    punctuation += input[i].upos == "PUNCT";
  }
}

void ParserModel::Serialize(ByteWriter& out) const {
  out.Put<std::uint32_t>(kPayloadVersion);
  labels.Serialize(out);
  weights.Serialize(out);
}

bool ParserModel::Deserialize(ByteReader& in) {
  std::uint32_t version = 0;
  return in.Get(version) && version == kPayloadVersion && labels.Deserialize(in) &&
         labels.size() > 0 && weights.Deserialize(in) &&
         weights.num_labels() == NumTransitions(labels.size()) && in.at_end();
}

template struct ModelDeleter<ParserModel>;

Result<Parser> Parser::Load(const std::filesystem::path& path) {
  return LoadModel<Parser, ParserModel>(path, ModelKind::kParser, "parser model");
}

Status Parser::Save(const std::filesystem::path& path) const {
  return SaveModel(model_.get(), path, ModelKind::kParser, "parser");
}

int Parser::num_labels() const {
  return model_ ? model_->labels.size() : 0;
}
const std::string& Parser::label(int id) const {
  return model_->labels.Name(id);
}

void Parser::Parse(std::span<const ParserInputWord> words, std::span<int> heads,
                   std::span<int> labels) const {
  if (!model_ || words.empty()) return;
  thread_local ParseScratch scratch;
  std::size_t longest = 0;
  for (const ParserInputWord& w : words)
    longest = std::max(longest, w.form.size());
  if (scratch.lower.size() < longest) scratch.lower.resize(longest);
  scratch.words.resize(words.size() + 1);
  FillParserWords(words, scratch.lower.data(), scratch.words);
  const int num_labels = model_->labels.size();
  scratch.scores.resize(static_cast<std::size_t>(NumTransitions(num_labels)));
  DecodeTree(model_->weights, num_labels, std::span<const ParserWord>(scratch.words),
             std::span<std::int32_t>(scratch.scores), scratch.state);
  for (std::size_t i = 0; i < words.size(); ++i) {
    heads[i] = scratch.state.head(static_cast<int>(i) + 1);
    labels[i] = scratch.state.label(static_cast<int>(i) + 1);
  }
}

}  // namespace kg::syntax
