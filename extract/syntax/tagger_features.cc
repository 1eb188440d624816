#include "tagger_features.h"

#include <cassert>

#include "feature_hash.h"

namespace kg::syntax {
namespace {

enum Template : std::uint32_t {
  kBias,
  kForm,
  kLower,
  kSuffix1,
  kPrefix1 = kSuffix1 + 4,
  kShape = kPrefix1 + 3,
  kFlags,
  kLength,
  kPrevTag,
  kPrev2Tag,
  kPrevTags,
  kPrevTagLower,
  kPrevTagSuffix3,
  kLowerMinus1,
  kLowerMinus2,
  kLowerPlus1,
  kLowerPlus2,
  kSuffix3Minus1,
  kSuffix3Plus1,
  kShapeMinus1,
  kShapePlus1,
  kLowerMinus1Lower,
  kLowerLowerPlus1,
  kPrevTagLowerPlus1,
  kFlagsMinus1,
  kFlagsPlus1,
  kSuffix2Plus2,
  kFirstWordLower,
  kClass,
  kClassMinus1,
  kClassPlus1,
  kClassPlus2,
  kClassClassPlus1,
  kPrevTagClassPlus1,
  kClassSuffix3,
};

}  // namespace

std::size_t ExtractTaggerFeatures(std::span<const WordFeatures> words, std::size_t i, int prev,
                                  int prev2, std::uint64_t* out) {
  const auto at = [&](std::ptrdiff_t offset) -> const WordFeatures& {
    const std::ptrdiff_t k = static_cast<std::ptrdiff_t>(i) + offset;
    if (k < 0) return SentenceStartWord();
    if (k >= static_cast<std::ptrdiff_t>(words.size())) return SentenceEndWord();
    return words[static_cast<std::size_t>(k)];
  };
  const WordFeatures& w = words[i];
  const WordFeatures& m1 = at(-1);
  const WordFeatures& m2 = at(-2);
  const WordFeatures& p1 = at(1);
  const WordFeatures& p2 = at(2);
  const auto t1 = static_cast<std::uint64_t>(prev + 1);
  const auto t2 = static_cast<std::uint64_t>(prev2 + 1);
  std::size_t n = 0;
  out[n++] = Feature(kBias, 0);
  out[n++] = Feature(kForm, w.form);
  out[n++] = Feature(kLower, w.lower);
  for (std::uint32_t k = 0; k < 4; ++k)
    out[n++] = Feature(kSuffix1 + k, w.suffix[k]);
  for (std::uint32_t k = 0; k < 3; ++k)
    out[n++] = Feature(kPrefix1 + k, w.prefix[k]);
  out[n++] = Feature(kShape, w.shape);
  out[n++] = Feature(kFlags, w.flags);
  out[n++] = Feature(kLength, w.length < 12 ? w.length : 12);
  out[n++] = Feature(kPrevTag, t1);
  out[n++] = Feature(kPrev2Tag, t2);
  out[n++] = Feature(kPrevTags, t1, t2);
  out[n++] = Feature(kPrevTagLower, t1, w.lower);
  out[n++] = Feature(kPrevTagSuffix3, t1, w.suffix[2]);
  out[n++] = Feature(kLowerMinus1, m1.lower);
  out[n++] = Feature(kLowerMinus2, m2.lower);
  out[n++] = Feature(kLowerPlus1, p1.lower);
  out[n++] = Feature(kLowerPlus2, p2.lower);
  out[n++] = Feature(kSuffix3Minus1, m1.suffix[2]);
  out[n++] = Feature(kSuffix3Plus1, p1.suffix[2]);
  out[n++] = Feature(kShapeMinus1, m1.shape);
  out[n++] = Feature(kShapePlus1, p1.shape);
  out[n++] = Feature(kLowerMinus1Lower, m1.lower, w.lower);
  out[n++] = Feature(kLowerLowerPlus1, w.lower, p1.lower);
  out[n++] = Feature(kPrevTagLowerPlus1, t1, p1.lower);
  out[n++] = Feature(kFlagsMinus1, m1.flags);
  out[n++] = Feature(kFlagsPlus1, p1.flags);
  out[n++] = Feature(kSuffix2Plus2, p2.suffix[1]);
  out[n++] = Feature(kClass, w.tag_class);
  out[n++] = Feature(kClassMinus1, m1.tag_class);
  out[n++] = Feature(kClassPlus1, p1.tag_class);
  out[n++] = Feature(kClassPlus2, p2.tag_class);
  out[n++] = Feature(kClassClassPlus1, w.tag_class, p1.tag_class);
  out[n++] = Feature(kPrevTagClassPlus1, t1, p1.tag_class);
  out[n++] = Feature(kClassSuffix3, w.tag_class, w.suffix[2]);
  if (i == 0) out[n++] = Feature(kFirstWordLower, w.lower);
  assert(n <= kMaxTaggerFeatures);
  return n;
}

}  // namespace kg::syntax
