// Extractor::Rep: what an Extractor holds, for the files that define its members.
#pragma once

#include "kg/extractor.h"
#include "kg/syntax/analyzer.h"
#include "names/name_knowledge.h"
#include "names/name_tagger.h"
#include "relations/relation_lexicon.h"

namespace kg {

struct Extractor::Rep {
  syntax::AnalysisLimits limits;
  syntax::Analyzer analyzer;
  RelationLexicon lexicon;
  NameKnowledge knowledge;
  NameTagger name_tagger;
};

// Lets the training code see an Extractor's parts.
struct ExtractorAccess {
  static const auto& Of(const Extractor& extractor) { return *extractor.rep_; }
};

}  // namespace kg
