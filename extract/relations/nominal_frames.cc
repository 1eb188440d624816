#include "relations/nominal_frames.h"

#include <algorithm>
#include <sstream>

#include "kg/file_contents.h"

namespace kg {
namespace {

bool Has(const std::vector<std::string>& roles, std::string_view role) {
  return std::find(roles.begin(), roles.end(), role) != roles.end();
}

// The noun frame for `noun` that `verb` gives, or nullopt when the verb's roles do not carry over.
std::optional<TriggerFrame> NounFrame(const TriggerFrame& verb, const std::string& noun,
                                      bool symmetric) {
  if (!verb.particle.empty() || !verb.via.empty() || !Has(verb.subject_roles, "nsubj")) {
    return std::nullopt;
  }
  TriggerFrame frame = verb;
  frame.lemma = noun;
  frame.noun = true;
  frame.derived = true;
  frame.subject_roles = {"poss", "by"};
  frame.object_roles.clear();
  for (const std::string& role : verb.object_roles) {
    if (role == "obj") {
      if (!symmetric) frame.object_roles.push_back("of");
    } else if (role != "iobj" && role != "nsubj" && role != "poss" && role != "by") {
      frame.object_roles.push_back(role);
    }
  }
  if (frame.object_roles.empty()) return std::nullopt;
  return frame;
}

}  // namespace

Result<Nominalizations> Nominalizations::LoadFile(const std::string& path) {
  Result<std::string> text = ReadFileContents(path, "nominalization list");
  if (!text.ok()) return text.status();
  Nominalizations nominalizations;
  std::istringstream lines(*text);
  std::string line;
  for (int number = 1; std::getline(lines, line); ++number) {
    if (line.empty() || line[0] == '#') continue;
    const std::size_t tab = line.find('\t');
    if (tab == std::string::npos || tab == 0 || tab + 1 == line.size()) {
      return Status::InvalidArgument(path + ":" + std::to_string(number) +
                                     ": expected \"verb<TAB>noun\"");
    }
    nominalizations.Add(line.substr(0, tab), line.substr(tab + 1));
  }
  return nominalizations;
}

const std::vector<std::string>& Nominalizations::NounsOf(const std::string& verb) const {
  static const std::vector<std::string> kNone;
  const auto it = nouns_.find(verb);
  return it == nouns_.end() ? kNone : it->second;
}

void AddNominalFrames(const Nominalizations& nominalizations, RelationLexicon* lexicon) {
  std::vector<TriggerFrame> derived;
  for (const TriggerFrame* verb : lexicon->VerbFrames()) {
    const bool symmetric = lexicon->relations()[verb->relation].symmetric;
    for (const std::string& noun : nominalizations.NounsOf(verb->lemma)) {
      if (std::optional<TriggerFrame> frame = NounFrame(*verb, noun, symmetric)) {
        derived.push_back(std::move(*frame));
      }
    }
  }
  for (TriggerFrame& frame : derived)
    lexicon->AddDerived(std::move(frame));
}

}  // namespace kg
