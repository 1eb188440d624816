// micro_bench: Google Benchmark micro-benchmarks of the extraction stages on one news paragraph.
//
// Tokenizer (with sentence splitting), tagger, lemmatizer, parser, the name recogniser (with and
// without its lexicon lookups), the relation matcher alone, and the whole Extractor. Each reports
// words/s (items_per_second: syntactic words of the paragraph). The relation matcher runs on the
// paragraph's parsed sentences with every PROPN token standing for an entity of its own, so it sees
// as many candidate arguments as a news text gives it. Models, lexicons and word lists come from
// kg's data folder ($KG_DATA_DIR).
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "extractor_rep.h"
#include "kg/extractor.h"
#include "kg/syntax/analyzer.h"
#include "kg/syntax/sentence_splitter.h"
#include "names/name_tagger_words.h"
#include "relations/dependency_tree.h"
#include "relations/relation_lexicon.h"
#include "relations/relation_matcher.h"
#include "vocabulary.h"

namespace {

using namespace kg::syntax;

constexpr std::string_view kParagraph =
    "Russia's latest high-level talks with the United States ended without progress toward a "
    "peace deal on Tuesday, as President Vladimir Putin warned that Moscow is prepared for a war "
    "with Europe. A senior adviser to Putin said the negotiations had produced no breakthrough. "
    "\"There remains significant work ahead,\" he told reporters in the Kremlin. Officials in "
    "Kyiv said troops had seized two villages and struck a fuel depot near the border, while "
    "the U.S. envoy met the Ukrainian president's chief of staff in Geneva. Prime Minister Keir "
    "Starmer visited Berlin, where he met Chancellor Friedrich Merz, and Iran accused Israel of "
    "attacking its nuclear sites.\n\n";

template <typename T>
T ValueOrExit(kg::Result<T> result) {
  if (!result.ok()) {
    std::cerr << "micro_bench: " << result.status().message() << "\n";
    std::exit(1);
  }
  return std::move(result).value();
}

// Everything loaded once: models, lexicon and the paragraph analysed stage by stage.
struct Fixture {
  Analyzer analyzer = ValueOrExit(Analyzer::Load(kg::DefaultDataDir() + "/models"));
  kg::Extractor extractor = ValueOrExit(kg::Extractor::Create(kg::ExtractorOptions{}));
  kg::RelationLexicon lexicon =
      ValueOrExit(kg::RelationLexicon::LoadFile(kg::DefaultDataDir() + "/lexicon/relations.json"));
  kg::Vocabulary vocabulary =
      ValueOrExit(kg::Vocabulary::Load(kg::DefaultDataDir() + "/lexicon/words"));
  std::vector<std::vector<std::string_view>> forms;
  std::vector<std::vector<TagId>> tags;
  std::vector<std::vector<ParserInputWord>> words;
  std::vector<Sentence> sentences = analyzer.Analyze(kParagraph);
  std::int64_t word_count = 0;

  Fixture() {
    const Segmentation segmentation = Segment(kParagraph);
    for (const SentenceRange& range : segmentation.sentences) {
      auto& sentence = forms.emplace_back();
      for (std::uint32_t k = range.first; k < range.end; ++k) {
        const TokenSpan& span = segmentation.tokens[k];
        sentence.push_back(kParagraph.substr(span.begin, span.end - span.begin));
      }
      word_count += static_cast<std::int64_t>(sentence.size());
      auto& sentence_tags = tags.emplace_back(sentence.size());
      analyzer.tagger().Tag(sentence, sentence_tags);
      auto& sentence_words = words.emplace_back();
      for (std::size_t i = 0; i < sentence.size(); ++i) {
        sentence_words.push_back({sentence[i], analyzer.tagger().upos(sentence_tags[i]),
                                  analyzer.tagger().xpos(sentence_tags[i])});
      }
    }
  }
};

const Fixture& Loaded() {
  static const Fixture* fixture = new Fixture();
  return *fixture;
}

void BM_Tokenizer(benchmark::State& state) {
  const Fixture& f = Loaded();
  for (auto _ : state)
    benchmark::DoNotOptimize(Segment(kParagraph));
  state.SetItemsProcessed(state.iterations() * f.word_count);
}

void BM_Tagger(benchmark::State& state) {
  const Fixture& f = Loaded();
  std::vector<std::vector<TagId>> tags = f.tags;
  for (auto _ : state) {
    for (std::size_t s = 0; s < f.forms.size(); ++s)
      f.analyzer.tagger().Tag(f.forms[s], tags[s]);
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(state.iterations() * f.word_count);
}

void BM_Lemmatizer(benchmark::State& state) {
  const Fixture& f = Loaded();
  for (auto _ : state) {
    for (const auto& sentence : f.words) {
      for (const ParserInputWord& w : sentence)
        benchmark::DoNotOptimize(f.analyzer.lemmatizer().Lemmatize(w.form, w.upos, w.xpos));
    }
  }
  state.SetItemsProcessed(state.iterations() * f.word_count);
}

void BM_Parser(benchmark::State& state) {
  const Fixture& f = Loaded();
  std::vector<int> heads, labels;
  for (auto _ : state) {
    for (const auto& sentence : f.words) {
      heads.resize(sentence.size());
      labels.resize(sentence.size());
      f.analyzer.parser().Parse(sentence, heads, labels);
      benchmark::ClobberMemory();
    }
  }
  state.SetItemsProcessed(state.iterations() * f.word_count);
}

// The recogniser's input for every sentence: forms, tags, lexicon hits and document case.
std::vector<std::vector<kg::NameTaggerWord>> NameTaggerInput(const Fixture& f) {
  const auto& rep = kg::ExtractorAccess::Of(f.extractor);
  kg::DocumentCase document;
  for (const auto& sentence : f.forms)
    document.AddSentence(sentence);
  std::vector<std::vector<kg::NameTaggerWord>> input;
  for (const auto& sentence : f.words) {
    std::vector<std::string_view> forms, upos;
    for (const ParserInputWord& w : sentence) {
      forms.push_back(w.form);
      upos.push_back(w.upos);
    }
    input.push_back(kg::NameTaggerWords(forms, upos, rep.knowledge, document));
  }
  return input;
}

// What extraction pays for names beyond the rules: lexicon lookups, document case and tagging.
void BM_NameRecogniser(benchmark::State& state) {
  const Fixture& f = Loaded();
  const auto& rep = kg::ExtractorAccess::Of(f.extractor);
  std::size_t names = 0;
  for (auto _ : state) {
    const std::vector<std::vector<kg::NameTaggerWord>> input = NameTaggerInput(f);
    for (const auto& sentence : input)
      names += rep.name_tagger.Tag(sentence).size();
  }
  state.counters["names_per_paragraph"] =
      static_cast<double>(names) / static_cast<double>(state.iterations());
  state.SetItemsProcessed(state.iterations() * f.word_count);
}

// The trained tagger alone, on prepared input.
void BM_NameTagger(benchmark::State& state) {
  const Fixture& f = Loaded();
  const auto& rep = kg::ExtractorAccess::Of(f.extractor);
  const std::vector<std::vector<kg::NameTaggerWord>> input = NameTaggerInput(f);
  for (auto _ : state) {
    for (const auto& sentence : input)
      benchmark::DoNotOptimize(rep.name_tagger.Tag(sentence));
  }
  state.SetItemsProcessed(state.iterations() * f.word_count);
}

void BM_RelationMatcher(benchmark::State& state) {
  const Fixture& f = Loaded();
  std::vector<kg::DependencyTree> trees;
  std::vector<std::vector<int>> entity_of_token;
  std::vector<kg::Entity> entities;
  for (const Sentence& sentence : f.sentences) {
    trees.emplace_back(sentence);
    auto& of_token = entity_of_token.emplace_back();
    for (const Token& token : sentence.tokens) {
      of_token.push_back(token.upos == "PROPN" ? static_cast<int>(entities.size()) : -1);
      if (token.upos == "PROPN") entities.push_back({token.form, kg::EntityType::kPerson, {}, {}});
    }
  }
  std::size_t matches = 0;
  for (auto _ : state) {
    for (std::size_t s = 0; s < trees.size(); ++s) {
      const kg::ArgumentResolver arguments(f.vocabulary, trees[s], entity_of_token[s], entities);
      matches += kg::MatchRelations(f.vocabulary, trees[s], f.lexicon, arguments, entities).size();
    }
  }
  state.counters["matches_per_paragraph"] =
      static_cast<double>(matches) / static_cast<double>(state.iterations());
  state.SetItemsProcessed(state.iterations() * f.word_count);
}

void BM_Extractor(benchmark::State& state) {
  const Fixture& f = Loaded();
  const kg::Document document{"bench", "2025-01-01", std::string(kParagraph)};
  for (auto _ : state)
    benchmark::DoNotOptimize(f.extractor.Extract(document));
  state.SetItemsProcessed(state.iterations() * f.word_count);
}

BENCHMARK(BM_Tokenizer);
BENCHMARK(BM_Tagger);
BENCHMARK(BM_Lemmatizer);
BENCHMARK(BM_Parser);
BENCHMARK(BM_NameRecogniser);
BENCHMARK(BM_NameTagger);
BENCHMARK(BM_RelationMatcher);
BENCHMARK(BM_Extractor);

}  // namespace

BENCHMARK_MAIN();
