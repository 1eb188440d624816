#include "kg/ner_evaluation.h"

#include <algorithm>

namespace kg {

std::string_view NerLabel(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return "PER";
    case EntityType::kOrg:
      return "ORG";
    case EntityType::kGpe:
    case EntityType::kLoc:
      return "LOC";
  }
  return "LOC";
}

NerDocument BuildNerDocument(std::span<const Iob2Sentence> sentences) {
  NerDocument result;
  if (!sentences.empty()) result.document.id = sentences.front().doc;
  std::string& text = result.document.text;
  for (const Iob2Sentence& sentence : sentences) {
    if (!text.empty()) text += "\n\n";
    const std::size_t base = text.size();
    text += sentence.text;
    std::vector<Span>& spans = result.token_spans.emplace_back();
    std::size_t from = 0;
    for (const std::string& token : sentence.tokens) {
      const std::size_t at = token.empty() ? std::string::npos : sentence.text.find(token, from);
      if (at == std::string::npos) {
        spans.push_back({0, 0});
        ++result.unaligned_tokens;
        continue;
      }
      spans.push_back({static_cast<std::uint32_t>(base + at),
                       static_cast<std::uint32_t>(base + at + token.size())});
      from = at + token.size();
    }
  }
  return result;
}

std::vector<std::vector<LabelledSpan>> PredictedSpans(const NerDocument& document,
                                                      const Extraction& extraction) {
  std::vector<std::vector<LabelledSpan>> predicted(document.token_spans.size());
  for (const Entity& entity : extraction.entities) {
    for (const Mention& mention : entity.mentions) {
      // A service's name is an organisation's ("US Marines"), whatever it stands for.
      const bool service = mention.kind == MentionKind::kService;
      if (mention.kind != MentionKind::kName && !service) continue;
      for (std::size_t s = 0; s < document.token_spans.size(); ++s) {
        const std::vector<Span>& tokens = document.token_spans[s];
        std::size_t first = tokens.size(), last = 0;
        for (std::size_t t = 0; t < tokens.size(); ++t) {
          const Span token = tokens[t];
          if (token.end == 0 || token.end <= mention.span.begin ||
              token.begin >= mention.span.end) {
            continue;
          }
          first = std::min(first, t);
          last = t + 1;
        }
        if (first < last) {
          const EntityType type = service ? EntityType::kOrg : entity.type;
          predicted[s].push_back({first, last, std::string(NerLabel(type))});
          break;
        }
      }
    }
  }
  for (std::vector<LabelledSpan>& spans : predicted) {
    std::sort(spans.begin(), spans.end(), [](const LabelledSpan& a, const LabelledSpan& b) {
      return a.first != b.first ? a.first < b.first : a.last < b.last;
    });
    spans.erase(std::unique(spans.begin(), spans.end()), spans.end());
  }
  return predicted;
}

std::vector<LabelledSpan> GoldNameSpans(const std::vector<std::string>& tags) {
  std::vector<LabelledSpan> spans;
  for (LabelledSpan& span : SpansOfTags(tags)) {
    if (span.label == "GPE") span.label = "LOC";
    if (span.label == "PER" || span.label == "ORG" || span.label == "LOC")
      spans.push_back(std::move(span));
  }
  return spans;
}

void ScoreSentence(const std::vector<LabelledSpan>& gold,
                   const std::vector<LabelledSpan>& predicted, NerReport* report) {
  for (const LabelledSpan& span : gold) {
    ++report->labels[span.label].gold;
    ++report->total.gold;
  }
  for (const LabelledSpan& span : predicted) {
    NerCount& count = report->labels[span.label];
    ++count.predicted;
    ++report->total.predicted;
    if (std::find(gold.begin(), gold.end(), span) != gold.end()) {
      ++count.correct;
      ++report->total.correct;
    }
  }
}

}  // namespace kg
