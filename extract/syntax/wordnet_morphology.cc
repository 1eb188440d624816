#include "wordnet_morphology.h"

#include <fmt/format.h>

#include <algorithm>

namespace kg::syntax {

Result<WordNetMorphology> WordNetMorphology::Load(WordNetFiles& wordnet) {
  WordNetMorphology morphology;
  morphology.data_ = std::make_unique<PosData[]>(4);
  for (int p = 0; p < 4; ++p) {
    const auto pos = static_cast<WordNetPos>(p);
    PosData& data = morphology.data_[p];
    Result<WordNetIndex> index = wordnet.Index(pos);
    if (!index.ok()) return index.status();
    std::vector<std::pair<std::size_t, std::size_t>> spans;  // into lemma_bytes
    data.lemma_bytes.reserve(index->size_bytes() / 4);
    index->ForEachEntry([&](const WordNetIndexEntry& entry) {
      spans.emplace_back(data.lemma_bytes.size(), entry.lemma.size());
      data.lemma_bytes += entry.lemma;
    });
    data.lemmas.reserve(spans.size());
    for (const auto& [begin, size] : spans) {
      data.lemmas.push_back(std::string_view(data.lemma_bytes).substr(begin, size));
    }
    // The index files come sorted; sorting is only a safeguard.
    if (!std::is_sorted(data.lemmas.begin(), data.lemmas.end())) {
      std::sort(data.lemmas.begin(), data.lemmas.end());
    }
    if (data.lemmas.empty()) {
      return Status::Corruption(fmt::format("WordNet index.{} in {} has no entries",
                                            WordNetPosName(pos), wordnet.dir().string()));
    }
    Result<WordNetExceptions> exceptions = wordnet.Exceptions(pos);
    if (!exceptions.ok()) return exceptions.status();
    exceptions->ForEachException([&](std::string_view inflected, std::string_view base) {
      data.exceptions.emplace(inflected, base);
    });
  }
  return morphology;
}

bool WordNetMorphology::Contains(std::string_view lemma, WordNetPos pos) const {
  const std::vector<std::string_view>& lemmas = data_[static_cast<int>(pos)].lemmas;
  return std::binary_search(lemmas.begin(), lemmas.end(), lemma);
}

std::optional<std::string> WordNetMorphology::BaseForm(std::string_view word,
                                                       WordNetPos pos) const {
  const PosData& data = data_[static_cast<int>(pos)];
  const std::string key(word);
  if (const auto it = data.exceptions.find(key); it != data.exceptions.end()) return it->second;
  std::string candidate;
  for (const WordNetDetachment& rule : WordNetDetachmentRules(pos)) {
    if (word.size() <= rule.suffix.size() || !word.ends_with(rule.suffix)) continue;
    candidate.assign(word.substr(0, word.size() - rule.suffix.size()));
    candidate += rule.replacement;
    if (Contains(candidate, pos)) return candidate;
  }
  return std::nullopt;
}

}  // namespace kg::syntax
