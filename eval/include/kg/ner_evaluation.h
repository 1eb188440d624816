// NerEvaluation: scoring kg's name mentions against IOB2 gold annotations.
//
// The sentences of one gold document are extracted together, as one kg Document whose paragraphs
// are the sentences' raw texts, so that names are linked and typed with the document's context as
// in real use. Each gold token is found in its sentence's text in order; a token that cannot be
// found (the gold tokenisation changed the text) is never part of a predicted span. A name mention
// (not a demonym or pronoun) predicts one span over the tokens it overlaps, labelled with its
// entity's type in the UniversalNER scheme: PERSON -> PER, ORG -> ORG, GPE and LOC -> LOC.
// Scoring is exact-match per span, as conlleval does: a predicted span is correct when a gold span
// has the same tokens and label.
#pragma once

#include <cstddef>
#include <map>
#include <span>
#include <string>
#include <vector>

#include "kg/document.h"
#include "kg/extraction.h"
#include "kg/iob2.h"

namespace kg {

struct NerCount {
  std::size_t predicted = 0;
  std::size_t correct = 0;
  std::size_t gold = 0;

  double precision() const { return predicted == 0 ? 0 : double(correct) / double(predicted); }
  double recall() const { return gold == 0 ? 0 : double(correct) / double(gold); }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
};

struct NerReport {
  std::map<std::string, NerCount> labels;  // by gold or predicted label
  NerCount total;
  std::size_t sentences = 0;
  std::size_t tokens = 0;
  std::size_t unaligned_tokens = 0;
};

std::string_view NerLabel(EntityType type);

struct NerDocument {
  Document document;
  // Per sentence, per token: its byte span in document.text; {0, 0} when it was not found.
  std::vector<std::vector<Span>> token_spans;
  std::size_t unaligned_tokens = 0;
};

NerDocument BuildNerDocument(std::span<const Iob2Sentence> sentences);

// Per sentence of `document`, the spans the extraction's name mentions predict, in token order,
// labelled by their entity's type; an armed service's name is an organisation's ("US Marines").
std::vector<std::vector<LabelledSpan>> PredictedSpans(const NerDocument& document,
                                                      const Extraction& extraction);

// The gold spans kg is scored on from a sentence's tags: PER, ORG and LOC (GPE as LOC); other
// labels (MISC, OTH) name things kg does not take for entities and are left out.
std::vector<LabelledSpan> GoldNameSpans(const std::vector<std::string>& tags);

void ScoreSentence(const std::vector<LabelledSpan>& gold,
                   const std::vector<LabelledSpan>& predicted, NerReport* report);

}  // namespace kg
