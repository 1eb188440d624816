// syntax_bench: throughput of the syntax pipeline and model load times, as key=value lines.
//
//   syntax_bench [--models DIR] [--wordnet DIR] [TEXT_FILE]
//
// Without a text file it uses a built-in news paragraph. Each stage runs single-threaded over
// the whole text repeatedly for at least half a second; tokens/s counts syntactic words. Rates
// are per second of this thread's CPU time, so that other processes sharing the machine do not
// skew them (the *_wall_* figures are per elapsed second).
#include <time.h>

#include <chrono>
#include <iostream>
#include <string>
#include <vector>

#include "kg/extractor.h"
#include "kg/file_contents.h"
#include "kg/syntax/analyzer.h"
#include "kg/syntax/sentence_splitter.h"
#include "kg/syntax/wordnet_files.h"

namespace {

using Clock = std::chrono::steady_clock;
using namespace kg::syntax;

constexpr std::string_view kParagraph =
    "Russia's latest high-level talks with the United States ended without progress toward a "
    "peace deal on Tuesday, as President Vladimir Putin warned that Moscow is prepared for a war "
    "with Europe. A senior adviser to Putin said the negotiations had produced no breakthrough. "
    "\"There remains significant work ahead,\" he told reporters in the Kremlin. Officials in "
    "Kyiv said troops had seized two villages and struck a fuel depot near the border, while "
    "the U.S. envoy met the Ukrainian president's chief of staff in Geneva.\n\n";

double Seconds(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

double ThreadCpuSeconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + 1e-9 * static_cast<double>(now.tv_nsec);
}

// Runs `body` (which processes `tokens` words) for at least half a CPU second and prints
// "<name>_tokens_per_s" (per CPU second) and "<name>_wall_tokens_per_s".
template <typename F>
void PrintThroughput(const char* name, std::size_t tokens, F&& body) {
  std::size_t done = 0;
  const Clock::time_point start = Clock::now();
  const double cpu_start = ThreadCpuSeconds();
  do {
    body();
    done += tokens;
  } while (ThreadCpuSeconds() - cpu_start < 0.5);
  const auto count = static_cast<double>(done);
  std::cout << name << "_tokens_per_s=" << count / (ThreadCpuSeconds() - cpu_start) << "\n"
            << name << "_wall_tokens_per_s=" << count / Seconds(start) << "\n";
}

// Milliseconds of thread CPU time (and, after it, of wall time) that `load` takes.
template <typename F>
void PrintLoadTime(const char* name, F&& load) {
  const Clock::time_point start = Clock::now();
  const double cpu_start = ThreadCpuSeconds();
  load();
  std::cout << name << "_load_ms=" << 1000 * (ThreadCpuSeconds() - cpu_start) << "\n"
            << name << "_load_wall_ms=" << 1000 * Seconds(start) << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  std::string models = kg::DefaultDataDir() + "/models";
  std::string wordnet = kDefaultWordNetDir;
  std::string text;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--models" && i + 1 < argc) {
      models = argv[++i];
    } else if (arg == "--wordnet" && i + 1 < argc) {
      wordnet = argv[++i];
    } else {
      kg::Result<std::string> read = kg::ReadFileContents(arg, "text file");
      if (!read.ok()) {
        std::cerr << "syntax_bench: " << read.status().message() << "\n";
        return 1;
      }
      text = std::move(read).value();
    }
  }
  if (text.empty()) {
    for (int k = 0; k < 50; ++k)
      text += kParagraph;
  }

  kg::Result<Tagger> tagger = kg::Status::NotFound("not loaded");
  kg::Result<Parser> parser = kg::Status::NotFound("not loaded");
  Lemmatizer lemmatizer;
  kg::Status wordnet_status;
  PrintLoadTime("tagger", [&] { tagger = Tagger::Load(models + "/" + kTaggerModelFile); });
  PrintLoadTime("parser", [&] { parser = Parser::Load(models + "/" + kParserModelFile); });
  PrintLoadTime("wordnet", [&] {
    kg::syntax::WordNetFiles files(wordnet);
    wordnet_status = lemmatizer.LoadWordNet(files);
  });
  if (!tagger.ok() || !parser.ok()) {
    std::cerr << "syntax_bench: "
              << (tagger.ok() ? parser.status().message() : tagger.status().message()) << "\n";
    return 1;
  }
  std::cout << "wordnet_ok=" << wordnet_status.ok() << "\n";

  const Segmentation segmentation = Segment(text);
  const std::size_t tokens = segmentation.tokens.size();
  std::cout << "text_bytes=" << text.size() << "\ntokens=" << tokens
            << "\nsentences=" << segmentation.sentences.size() << "\n";
  PrintThroughput("tokenizer", tokens, [&] { (void)Segment(text); });

  // Per-sentence inputs, built once so that only the stage itself is timed.
  std::vector<std::vector<std::string_view>> forms;
  for (const SentenceRange& range : segmentation.sentences) {
    auto& sentence = forms.emplace_back();
    for (std::uint32_t k = range.first; k < range.end; ++k) {
      const TokenSpan& span = segmentation.tokens[k];
      sentence.push_back(std::string_view(text).substr(span.begin, span.end - span.begin));
    }
  }
  std::vector<std::vector<TagId>> tags(forms.size());
  for (std::size_t s = 0; s < forms.size(); ++s)
    tags[s].resize(forms[s].size());
  PrintThroughput("tagger", tokens, [&] {
    for (std::size_t s = 0; s < forms.size(); ++s)
      tagger->Tag(forms[s], tags[s]);
  });

  std::vector<std::vector<ParserInputWord>> words(forms.size());
  for (std::size_t s = 0; s < forms.size(); ++s) {
    for (std::size_t i = 0; i < forms[s].size(); ++i) {
      words[s].push_back({forms[s][i], tagger->upos(tags[s][i]), tagger->xpos(tags[s][i])});
    }
  }
  std::vector<int> heads, labels;
  PrintThroughput("parser", tokens, [&] {
    for (const auto& sentence : words) {
      heads.resize(sentence.size());
      labels.resize(sentence.size());
      parser->Parse(sentence, heads, labels);
    }
  });
  PrintThroughput("lemmatizer", tokens, [&] {
    for (const auto& sentence : words) {
      for (const ParserInputWord& w : sentence)
        (void)lemmatizer.Lemmatize(w.form, w.upos, w.xpos);
    }
  });
  auto analyzer = Analyzer::Load(models, wordnet);
  if (analyzer.ok()) PrintThroughput("analyzer", tokens, [&] { (void)analyzer->Analyze(text); });
  return 0;
}
