#include "kg/syntax/tagger.h"

#include "finite_verb.h"
#include "quote_sides.h"
#include "tagger_model.h"

namespace kg::syntax {
namespace {

// 2: word features see curly quotes as straight ones.
constexpr std::uint32_t kPayloadVersion = 2;

// Per-thread scratch, so that Tag() is const, thread-safe and allocation-free once warm.
struct TagScratch {
  std::vector<WordFeatures> words;
  std::vector<char> lower;
  std::vector<std::int32_t> scores;
};

}  // namespace

void TaggerModel::Serialize(ByteWriter& out) const {
  out.Put<std::uint32_t>(kPayloadVersion);
  out.Put<std::uint32_t>(static_cast<std::uint32_t>(upos.size()));
  for (std::size_t t = 0; t < upos.size(); ++t) {
    out.PutString(upos[t]);
    out.PutString(xpos[t]);
  }
  dictionary.Serialize(out);
  weights.Serialize(out);
}

bool TaggerModel::Deserialize(ByteReader& in) {
  std::uint32_t version = 0, count = 0;
  if (!in.Get(version) || version != kPayloadVersion || !in.Get(count) || count == 0 ||
      count > 256) {
    return false;
  }
  upos.resize(count);
  xpos.resize(count);
  for (std::uint32_t t = 0; t < count; ++t) {
    if (!in.GetString(upos[t]) || !in.GetString(xpos[t])) return false;
  }
  return dictionary.Deserialize(in) && weights.Deserialize(in) &&
         weights.num_labels() == static_cast<int>(count) && in.at_end();
}

template struct ModelDeleter<TaggerModel>;
template struct ModelDeleter<FiniteVerbTags>;
template struct ModelDeleter<QuoteTags>;

Tagger::Tagger(ModelPtr<TaggerModel> model)
    : model_(std::move(model)),
      finite_verbs_(new FiniteVerbTags(FiniteVerbTags::Of(*model_))),
      quote_tags_(new QuoteTags(QuoteTags::Of(*model_))) {}

Result<Tagger> Tagger::Load(const std::filesystem::path& path) {
  return LoadModel<Tagger, TaggerModel>(path, ModelKind::kTagger, "tagger model");
}

Status Tagger::Save(const std::filesystem::path& path) const {
  return SaveModel(model_.get(), path, ModelKind::kTagger, "tagger");
}

int Tagger::num_tags() const {
  return model_ ? static_cast<int>(model_->upos.size()) : 0;
}
const std::string& Tagger::upos(TagId tag) const {
  return model_->upos[tag];
}
const std::string& Tagger::xpos(TagId tag) const {
  return model_->xpos[tag];
}

void Tagger::Tag(std::span<const std::string_view> words, std::span<TagId> tags,
                 std::span<const std::uint8_t> spaced_before) const {
  if (!model_ || words.empty()) return;
  thread_local TagScratch scratch;
  if (scratch.words.size() < words.size()) scratch.words.resize(words.size());
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (scratch.lower.size() < words[i].size()) scratch.lower.resize(words[i].size());
    ComputeWordFeatures(words[i], scratch.lower.data(), scratch.words[i]);
  }
  const std::span<WordFeatures> features(scratch.words.data(), words.size());
  AddTagClasses(model_->dictionary, features);
  scratch.scores.resize(model_->upos.size());
  DecodeTags(model_->weights, std::span<const WordFeatures>(features),
             std::span<std::int32_t>(scratch.scores), tags);
  RestoreFiniteVerb(*model_, *finite_verbs_, features, std::span<std::int32_t>(scratch.scores),
                    tags);
  if (!spaced_before.empty()) {
    FaceQuotes(*model_, *quote_tags_, words, spaced_before, std::span<const WordFeatures>(features),
               std::span<std::int32_t>(scratch.scores), tags);
  }
}

}  // namespace kg::syntax
