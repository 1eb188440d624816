// extract_bench: throughput of the whole extraction pipeline, and where its time goes.
//
//   extract_bench [--threads N] [--stages] [--data DIR] INPUT...
//
// Reads every document of the inputs (files, directories, JSON Lines, as `kg extract` does) into
// memory, then runs Extractor::Extract over all of them on N threads (default 1), each thread
// taking the next document. Prints key=value lines: documents, whitespace words, sentences and
// bytes of the input; wall and CPU seconds; words, sentences and documents per wall second and
// words per CPU second; entities and facts found. Words are whitespace-separated words of the
// text, the unit the peers' scripts count.
//
// With --stages it then times each stage alone on one thread over the same documents (thread CPU
// seconds): tokenize, split sentences, tag, lemmatize, parse, the analyzer as one call (which
// also builds each token's strings), and the entity and relation rules, which are the whole
// extraction minus the analyzer.
#include <time.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <iostream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "kg/document_source.h"
#include "kg/extractor.h"
#include "kg/syntax/analyzer.h"
#include "kg/syntax/sentence_splitter.h"
#include "kg/syntax/tokenizer.h"

namespace {

using Clock = std::chrono::steady_clock;

double ThreadCpuSeconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + 1e-9 * static_cast<double>(now.tv_nsec);
}

double ProcessCpuSeconds() {
  timespec now{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + 1e-9 * static_cast<double>(now.tv_nsec);
}

std::uint64_t CountWords(std::string_view text) {
  std::uint64_t words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// Thread CPU seconds that `body` takes.
template <typename F>
double CpuSecondsOf(F&& body) {
  const double start = ThreadCpuSeconds();
  body();
  return ThreadCpuSeconds() - start;
}

void PrintStage(const char* name, double seconds, std::uint64_t words) {
  std::printf("stage_%s_cpu_s=%.3f\nstage_%s_words_per_cpu_s=%.0f\n", name, seconds, name,
              static_cast<double>(words) / seconds);
}

// Times each stage of the pipeline on this thread, with its inputs prepared beforehand.
int RunStages(const std::vector<kg::Document>& documents, const kg::Extractor& extractor,
              const std::string& data_dir, std::uint64_t words) {
  using namespace kg::syntax;
  auto analyzer = Analyzer::Load(data_dir + "/models", kg::DefaultWordNetDir());
  if (!analyzer.ok()) {
    std::cerr << "extract_bench: " << analyzer.status().message() << "\n";
    return 1;
  }
  std::vector<TokenSpan> spans;
  const double tokenize = CpuSecondsOf([&] {
    for (const kg::Document& document : documents) {
      spans.clear();
      Tokenize(document.text, spans);
    }
  });
  std::vector<std::vector<TokenSpan>> tokens;
  for (const kg::Document& document : documents)
    tokens.push_back(Tokenize(document.text));
  std::vector<Segmentation> segmentations(documents.size());
  const double split = CpuSecondsOf([&] {
    for (std::size_t d = 0; d < documents.size(); ++d)
      segmentations[d].sentences = SplitSentences(documents[d].text, tokens[d]);
  });
  for (std::size_t d = 0; d < documents.size(); ++d)
    segmentations[d].tokens = std::move(tokens[d]);

  std::vector<std::vector<std::string_view>> forms;
  for (std::size_t d = 0; d < documents.size(); ++d) {
    const std::string_view text = documents[d].text;
    for (const SentenceRange& range : segmentations[d].sentences) {
      auto& sentence = forms.emplace_back();
      for (std::uint32_t k = range.first; k < range.end; ++k) {
        const TokenSpan& span = segmentations[d].tokens[k];
        sentence.push_back(text.substr(span.begin, span.end - span.begin));
      }
    }
  }
  std::vector<std::vector<TagId>> tags(forms.size());
  for (std::size_t s = 0; s < forms.size(); ++s)
    tags[s].resize(forms[s].size());
  const Tagger& tagger = analyzer->tagger();
  const double tag = CpuSecondsOf([&] {
    for (std::size_t s = 0; s < forms.size(); ++s)
      tagger.Tag(forms[s], tags[s]);
  });

  std::vector<std::vector<ParserInputWord>> words_of(forms.size());
  for (std::size_t s = 0; s < forms.size(); ++s) {
    for (std::size_t i = 0; i < forms[s].size(); ++i)
      words_of[s].push_back({forms[s][i], tagger.upos(tags[s][i]), tagger.xpos(tags[s][i])});
  }
  std::size_t lemma_bytes = 0;
  const double lemmatize = CpuSecondsOf([&] {
    for (const auto& sentence : words_of) {
      for (const ParserInputWord& w : sentence)
        lemma_bytes += analyzer->lemmatizer().Lemmatize(w.form, w.upos, w.xpos).size();
    }
  });
  std::vector<int> heads, labels;
  const double parse = CpuSecondsOf([&] {
    for (const auto& sentence : words_of) {
      heads.resize(sentence.size());
      labels.resize(sentence.size());
      analyzer->parser().Parse(sentence, heads, labels);
    }
  });
  std::size_t sentences = 0;
  const double analyze = CpuSecondsOf([&] {
    for (const kg::Document& document : documents)
      sentences += analyzer->Analyze(document.text).size();
  });
  std::size_t facts = 0;
  const double extract = CpuSecondsOf([&] {
    for (const kg::Document& document : documents)
      facts += extractor.Extract(document).facts.size();
  });

  PrintStage("tokenize", tokenize, words);
  PrintStage("split", split, words);
  PrintStage("tag", tag, words);
  PrintStage("lemmatize", lemmatize, words);
  PrintStage("parse", parse, words);
  PrintStage("analyzer", analyze, words);
  PrintStage("entities_relations", extract - analyze, words);
  PrintStage("extract", extract, words);
  std::printf("stage_parse_share=%.2f\nstage_analyzer_share=%.2f\n", parse / extract,
              analyze / extract);
  // Uses every stage's results, so that none is optimised away.
  std::printf("stage_sentences=%zu\nstage_facts=%zu\nstage_lemma_bytes=%zu\n", sentences, facts,
              lemma_bytes);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  unsigned threads = 1;
  bool stages = false;
  kg::ExtractorOptions options;
  std::vector<std::string> inputs;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--threads" && i + 1 < argc) {
      threads = static_cast<unsigned>(std::stoul(argv[++i]));
    } else if (arg == "--stages") {
      stages = true;
    } else if (arg == "--data" && i + 1 < argc) {
      options.data_dir = argv[++i];
    } else {
      inputs.push_back(arg);
    }
  }
  if (inputs.empty() || threads == 0) {
    std::cerr << "usage: extract_bench [--threads N] [--stages] [--data DIR] INPUT...\n";
    return 2;
  }

  auto source = kg::DocumentSource::Open(inputs, kg::DocumentSourceOptions{});
  if (!source.ok()) {
    std::cerr << "extract_bench: " << source.status().message() << "\n";
    return 1;
  }
  std::vector<kg::Document> documents;
  std::uint64_t bytes = 0;
  std::uint64_t words = 0;
  std::uint64_t sentences = 0;
  while (std::optional<kg::SourceItem> item = source.value()->Next()) {
    if (!item->document.ok()) {
      std::cerr << "extract_bench: " << item->document.status().message() << "\n";
      return 1;
    }
    bytes += item->document->text.size();
    words += CountWords(item->document->text);
    sentences += kg::syntax::Segment(item->document->text).sentences.size();
    documents.push_back(std::move(item->document).value());
  }
  auto extractor = kg::Extractor::Create(options);
  if (!extractor.ok()) {
    std::cerr << "extract_bench: " << extractor.status().message() << "\n";
    return 1;
  }

  std::atomic<std::size_t> next{0};
  std::atomic<std::uint64_t> entities{0};
  std::atomic<std::uint64_t> facts{0};
  const Clock::time_point start = Clock::now();
  const double cpu_start = ProcessCpuSeconds();
  std::vector<std::thread> workers;
  for (unsigned t = 0; t < threads; ++t) {
    workers.emplace_back([&] {
      for (std::size_t d = next++; d < documents.size(); d = next++) {
        const kg::Extraction extraction = extractor->Extract(documents[d]);
        entities += extraction.entities.size();
        facts += extraction.facts.size();
      }
    });
  }
  for (std::thread& worker : workers)
    worker.join();
  const double wall = std::chrono::duration<double>(Clock::now() - start).count();
  const double cpu = ProcessCpuSeconds() - cpu_start;

  std::printf("threads=%u\ndocuments=%zu\nwords=%llu\nsentences=%llu\nbytes=%llu\n", threads,
              documents.size(), static_cast<unsigned long long>(words),
              static_cast<unsigned long long>(sentences), static_cast<unsigned long long>(bytes));
  std::printf("wall_s=%.2f\ncpu_s=%.2f\n", wall, cpu);
  std::printf("words_per_s=%.0f\nwords_per_cpu_s=%.0f\nsentences_per_s=%.0f\ndocs_per_s=%.1f\n",
              static_cast<double>(words) / wall, static_cast<double>(words) / cpu,
              static_cast<double>(sentences) / wall, static_cast<double>(documents.size()) / wall);
  std::printf("mb_per_s=%.2f\nentities=%llu\nfacts=%llu\n", static_cast<double>(bytes) / 1e6 / wall,
              static_cast<unsigned long long>(entities.load()),
              static_cast<unsigned long long>(facts.load()));
  if (stages) return RunStages(documents, extractor.value(), options.data_dir, words);
  return 0;
}
