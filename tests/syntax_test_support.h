// Shared fixtures of the syntax tests: a tiny hand-written treebank and a temporary directory.
#pragma once

#include <filesystem>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "kg/file_contents.h"
#include "kg/syntax/conllu.h"

namespace kg::syntax::testing {

// Six sentences written for these tests (UD English conventions).
inline constexpr std::string_view kTinyTreebank =
    "# text = Russia's president met the envoy in Moscow.\n"
    "1\tRussia\tRussia\tPROPN\tNNP\t_\t3\tnmod:poss\t_\tSpaceAfter=No\n"
    "2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_\n"
    "3\tpresident\tpresident\tNOUN\tNN\t_\t4\tnsubj\t_\t_\n"
    "4\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
    "6\tenvoy\tenvoy\tNOUN\tNN\t_\t4\tobj\t_\t_\n"
    "7\tin\tin\tADP\tIN\t_\t8\tcase\t_\t_\n"
    "8\tMoscow\tMoscow\tPROPN\tNNP\t_\t4\tobl\t_\tSpaceAfter=No\n"
    "9\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "# text = The talks ended without progress.\n"
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\ttalks\ttalk\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tended\tend\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\twithout\twithout\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "5\tprogress\tprogress\tNOUN\tNN\t_\t3\tobl\t_\tSpaceAfter=No\n"
    "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
    "\n"
    "# text = She didn't sign the deal.\n"
    "1\tShe\tshe\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n"
    "2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tsign\tsign\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
    "6\tdeal\tdeal\tNOUN\tNN\t_\t4\tobj\t_\tSpaceAfter=No\n"
    "7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "# text = Troops seized the airport and struck two bases.\n"
    "1\tTroops\ttroop\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tseized\tseize\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\tairport\tairport\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "5\tand\tand\tCCONJ\tCC\t_\t6\tcc\t_\t_\n"
    "6\tstruck\tstrike\tVERB\tVBD\t_\t2\tconj\t_\t_\n"
    "7\ttwo\ttwo\tNUM\tCD\t_\t8\tnummod\t_\t_\n"
    "8\tbases\tbase\tNOUN\tNNS\t_\t6\tobj\t_\tSpaceAfter=No\n"
    "9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "# text = The city was attacked by rebels.\n"
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tcity\tcity\tNOUN\tNN\t_\t4\tnsubj:pass\t_\t_\n"
    "3\twas\tbe\tAUX\tVBD\t_\t4\taux:pass\t_\t_\n"
    "4\tattacked\tattack\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "5\tby\tby\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\trebels\trebel\tNOUN\tNNS\t_\t4\tobl:agent\t_\tSpaceAfter=No\n"
    "7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "# text = Putin said Moscow is ready.\n"
    "1\tPutin\tPutin\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMoscow\tMoscow\tPROPN\tNNP\t_\t5\tnsubj\t_\t_\n"
    "4\tis\tbe\tAUX\tVBZ\t_\t5\tcop\t_\t_\n"
    "5\tready\tready\tADJ\tJJ\t_\t2\tccomp\t_\tSpaceAfter=No\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n";

inline std::vector<ConlluSentence> TinyTreebank() {
  return std::move(ParseConllu(kTinyTreebank)).value();
}

// The whole content of a (binary) file; one that cannot be read stops the test run with its error
// rather than reading as empty.
inline std::string ReadBytes(const std::filesystem::path& path) {
  return ReadFileContents(path, "file").value();
}

// A fresh directory under the system temp dir, removed with its contents on destruction.
class TempDir {
 public:
  TempDir() {
    std::random_device random;
    path_ = std::filesystem::temp_directory_path() /
            ("kg-syntax-test-" + std::to_string(random()) + std::to_string(random()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace kg::syntax::testing
