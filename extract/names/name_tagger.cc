#include "names/name_tagger.h"

#include <cassert>

#include "names/name_lexicon_hits.h"
#include "names/name_tagger_model.h"
#include "syntax/feature_hash.h"
#include "syntax/model_file.h"

namespace kg {
namespace {

constexpr std::uint32_t kPayloadVersion = 1;

enum Template : std::uint32_t {
  kBias,
  kForm,
  kLower,
  kShape,
  kFlags,
  kPrefix1,
  kSuffix1 = kPrefix1 + 3,
  kUpos = kSuffix1 + 4,
  kUposMinus1,
  kUposPlus1,
  kUposUposPlus1,
  kLowerMinus1,
  kLowerMinus2,
  kLowerPlus1,
  kLowerPlus2,
  kShapeMinus1,
  kShapePlus1,
  kFlagsMinus1,
  kFlagsPlus1,
  kLexicon,
  kLexiconMinus1,
  kLexiconPlus1,
  kKnownName,
  kPrevLabel,
  kPrevLabels,
  kPrevLabelLower,
  kPrevLabelShape,
  kPrevLabelUpos,
  kPrevLabelLexicon,
  kLowerUpos,
  kShapeLexicon,
  kFirstWordShape,
  kFirstWordLexicon,
  kLowerMinus1Shape,
  kShapeLowerPlus1,
  kDocumentCase,
  kDocumentCaseShape,
  kRunLastLower,
  kRunLastLexicon,
  kRunLength,
};

bool IsCapitalisedWord(const syntax::WordFeatures& word) {
  return (word.flags &
          (syntax::WordFeatures::kInitialCapital | syntax::WordFeatures::kAllCapitals)) != 0;
}

// run_last[i] = the last word of the run of capitalised words holding word i (i itself when it
// is not capitalised).
void FindRunEnds(NameTaggerSentence& sentence) {
  const std::size_t size = sentence.words.size();
  sentence.run_last.resize(size);
  for (std::size_t i = size; i-- > 0;) {
    const bool continues = i + 1 < size && IsCapitalisedWord(sentence.words[i]) &&
                           IsCapitalisedWord(sentence.words[i + 1]);
    sentence.run_last[i] = continues ? sentence.run_last[i + 1] : static_cast<std::uint32_t>(i);
  }
}

const syntax::WordFeatures& WordAt(const NameTaggerSentence& sentence, std::ptrdiff_t k) {
  if (k < 0) return syntax::SentenceStartWord();
  if (k >= static_cast<std::ptrdiff_t>(sentence.words.size())) return syntax::SentenceEndWord();
  return sentence.words[static_cast<std::size_t>(k)];
}

std::uint64_t UposAt(const NameTaggerSentence& sentence, std::ptrdiff_t k) {
  if (k < 0 || k >= static_cast<std::ptrdiff_t>(sentence.upos.size())) return 0;
  return sentence.upos[static_cast<std::size_t>(k)];
}

std::uint64_t LexiconAt(const NameTaggerSentence& sentence, std::ptrdiff_t k) {
  if (k < 0 || k >= static_cast<std::ptrdiff_t>(sentence.lexicon.size())) return 0xffff;
  return sentence.lexicon[static_cast<std::size_t>(k)];
}

// Per-thread scratch, so that Tag() is const, thread-safe and allocation-free once warm.
struct TagScratch {
  NameTaggerSentence sentence;
  std::vector<char> lower;
  std::vector<std::int32_t> scores;
  std::vector<int> labels;
};

}  // namespace

void PrepareNameSentence(std::span<const NameTaggerWord> words, std::vector<char>& lower,
                         NameTaggerSentence& out) {
  out.words.resize(words.size());
  out.upos.resize(words.size());
  out.lexicon.resize(words.size());
  out.document.resize(words.size());
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (lower.size() < words[i].form.size()) lower.resize(words[i].form.size());
    syntax::ComputeWordFeatures(words[i].form, lower.data(), out.words[i]);
    out.upos[i] = syntax::HashString(words[i].upos);
    out.lexicon[i] = words[i].lexicon & ~NameLexiconHits::kDocumentBits;
    out.document[i] = words[i].lexicon & NameLexiconHits::kDocumentBits;
  }
  FindRunEnds(out);
}

std::size_t ExtractNameFeatures(const NameTaggerSentence& sentence, std::size_t i, int prev,
                                int prev2, std::uint64_t* out) {
  using syntax::Feature;
  const auto at = static_cast<std::ptrdiff_t>(i);
  const syntax::WordFeatures& w = sentence.words[i];
  const syntax::WordFeatures& m1 = WordAt(sentence, at - 1);
  const syntax::WordFeatures& m2 = WordAt(sentence, at - 2);
  const syntax::WordFeatures& p1 = WordAt(sentence, at + 1);
  const syntax::WordFeatures& p2 = WordAt(sentence, at + 2);
  const std::uint64_t upos = UposAt(sentence, at);
  const std::uint64_t lexicon = LexiconAt(sentence, at);
  const auto l1 = static_cast<std::uint64_t>(prev + 1);
  const auto l2 = static_cast<std::uint64_t>(prev2 + 1);
  std::size_t n = 0;
  out[n++] = Feature(kBias, 0);
  out[n++] = Feature(kForm, w.form);
  out[n++] = Feature(kLower, w.lower);
  out[n++] = Feature(kShape, w.shape);
  out[n++] = Feature(kFlags, w.flags);
  for (std::uint32_t k = 0; k < 3; ++k)
    out[n++] = Feature(kPrefix1 + k, w.prefix[k]);
  for (std::uint32_t k = 0; k < 4; ++k)
    out[n++] = Feature(kSuffix1 + k, w.suffix[k]);
  out[n++] = Feature(kUpos, upos);
  out[n++] = Feature(kUposMinus1, UposAt(sentence, at - 1));
  out[n++] = Feature(kUposPlus1, UposAt(sentence, at + 1));
  out[n++] = Feature(kUposUposPlus1, upos, UposAt(sentence, at + 1));
  out[n++] = Feature(kLowerMinus1, m1.lower);
  out[n++] = Feature(kLowerMinus2, m2.lower);
  out[n++] = Feature(kLowerPlus1, p1.lower);
  out[n++] = Feature(kLowerPlus2, p2.lower);
  out[n++] = Feature(kShapeMinus1, m1.shape);
  out[n++] = Feature(kShapePlus1, p1.shape);
  out[n++] = Feature(kFlagsMinus1, m1.flags);
  out[n++] = Feature(kFlagsPlus1, p1.flags);
  out[n++] = Feature(kLexicon, lexicon);
  out[n++] = Feature(kLexiconMinus1, LexiconAt(sentence, at - 1));
  out[n++] = Feature(kLexiconPlus1, LexiconAt(sentence, at + 1));
  out[n++] = Feature(kKnownName, lexicon & ~std::uint64_t{NameLexiconHits::kWordBits});
  out[n++] = Feature(kPrevLabel, l1);
  out[n++] = Feature(kPrevLabels, l1, l2);
  out[n++] = Feature(kPrevLabelLower, l1, w.lower);
  out[n++] = Feature(kPrevLabelShape, l1, w.shape);
  out[n++] = Feature(kPrevLabelUpos, l1, upos);
  out[n++] = Feature(kPrevLabelLexicon, l1, lexicon);
  out[n++] = Feature(kLowerUpos, w.lower, upos);
  out[n++] = Feature(kShapeLexicon, w.shape, lexicon);
  out[n++] = Feature(kLowerMinus1Shape, m1.lower, w.shape);
  out[n++] = Feature(kShapeLowerPlus1, w.shape, p1.lower);
  const std::uint64_t document = sentence.document[i];
  const std::uint32_t run_last = sentence.run_last[i];
  if (run_last != i) {
    out[n++] = Feature(kRunLastLower, sentence.words[run_last].lower);
    out[n++] = Feature(kRunLastLexicon, sentence.lexicon[run_last]);
    out[n++] = Feature(kRunLength, std::min<std::uint64_t>(run_last - i, 4));
  }
  out[n++] = Feature(kDocumentCase, document);
  out[n++] = Feature(kDocumentCaseShape, document, w.shape, i == 0);
  if (i == 0) {
    out[n++] = Feature(kFirstWordShape, w.shape);
    out[n++] = Feature(kFirstWordLexicon, lexicon);
  }
  assert(n <= kMaxNameFeatures);
  return n;
}

NameClass NameClassOf(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return NameClass::kPerson;
    case EntityType::kOrg:
      return NameClass::kOrg;
    case EntityType::kGpe:
    case EntityType::kLoc:
      break;
  }
  return NameClass::kPlace;
}

bool LabelAllowed(int prev, int label, bool last) {
  const bool prev_open = prev > 0 && (prev - 1) % 4 <= kInside;
  const bool opens = label > 0 && (label - 1) % 4 <= kInside;
  if (last && opens) return false;
  if (!prev_open) return label == kOutside || (label - 1) % 4 == kBegin || (label - 1) % 4 == kUnit;
  const int type = (prev - 1) / 4;
  return label == 1 + 4 * type + kInside || label == 1 + 4 * type + kLast;
}

std::vector<TaggedName> NamesOfLabels(const std::vector<int>& labels) {
  std::vector<TaggedName> names;
  int first = -1;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (labels[i] == kOutside) continue;
    const int position = (labels[i] - 1) % 4;
    const auto type = static_cast<NameClass>((labels[i] - 1) / 4);
    const int at = static_cast<int>(i);
    if (position == kBegin) first = at;
    if (position == kUnit) names.push_back({at, at, type});
    if (position == kLast && first >= 0) names.push_back({first, at, type});
  }
  return names;
}

std::vector<int> LabelsOfNames(const std::vector<TaggedName>& names, std::size_t size) {
  std::vector<int> labels(size, kOutside);
  for (const TaggedName& name : names) {
    if (name.first == name.last) {
      labels[static_cast<std::size_t>(name.first)] = NameLabel(name.type, kUnit);
      continue;
    }
    for (int k = name.first; k <= name.last; ++k) {
      const NamePosition position = k == name.first ? kBegin : k == name.last ? kLast : kInside;
      labels[static_cast<std::size_t>(k)] = NameLabel(name.type, position);
    }
  }
  return labels;
}

void NameTaggerModel::Serialize(syntax::ByteWriter& out) const {
  out.Put<std::uint32_t>(kPayloadVersion);
  weights.Serialize(out);
}

bool NameTaggerModel::Deserialize(syntax::ByteReader& in) {
  std::uint32_t version = 0;
  return in.Get(version) && version == kPayloadVersion && weights.Deserialize(in) &&
         weights.num_labels() == kNameLabels && in.at_end();
}

NameTagger::NameTagger(syntax::ModelPtr<NameTaggerModel> model) : model_(std::move(model)) {}

Result<NameTagger> NameTagger::Load(const std::filesystem::path& path) {
  return syntax::LoadModel<NameTagger, NameTaggerModel>(path, syntax::ModelKind::kNameTagger,
                                                        "name tagger model");
}

Status NameTagger::Save(const std::filesystem::path& path) const {
  return syntax::SaveModel(model_.get(), path, syntax::ModelKind::kNameTagger, "name tagger");
}

std::vector<TaggedName> NameTagger::Tag(std::span<const NameTaggerWord> words) const {
  if (!model_ || words.empty()) return {};
  thread_local TagScratch scratch;
  PrepareNameSentence(words, scratch.lower, scratch.sentence);
  scratch.scores.resize(kNameLabels);
  DecodeNameLabels(model_->weights, scratch.sentence, std::span<std::int32_t>(scratch.scores),
                   scratch.labels);
  return NamesOfLabels(scratch.labels);
}

NameTaggerScore ScoreNameTagger(const NameTagger& tagger,
                                std::span<const NameTrainingSentence> sentences) {
  NameTaggerScore score;
  for (const NameTrainingSentence& sentence : sentences) {
    const std::vector<TaggedName> predicted = tagger.Tag(sentence.words);
    score.predicted += predicted.size();
    score.gold += sentence.names.size();
    for (const TaggedName& name : predicted) {
      if (std::find(sentence.names.begin(), sentence.names.end(), name) != sentence.names.end())
        ++score.correct;
    }
  }
  return score;
}

}  // namespace kg

namespace kg::syntax {
template struct ModelDeleter<kg::NameTaggerModel>;
}
