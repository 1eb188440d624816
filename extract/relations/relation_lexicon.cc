#include "relations/relation_lexicon.h"

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "kg/file_contents.h"

namespace kg {
namespace {

constexpr int kLexiconVersion = 2;
constexpr int kMaxExtensionDepth = 4;

Status StringList(const nlohmann::json& entry, const char* field, const std::string& where,
                  std::vector<std::string>* out) {
  const auto it = entry.find(field);
  if (it == entry.end()) return Status::Ok();
  if (!it->is_array()) return Status::InvalidArgument(where + ": \"" + field + "\" must be a list");
  for (const auto& item : *it) {
    if (!item.is_string() || item.get<std::string>().empty()) {
      return Status::InvalidArgument(where + ": \"" + field + "\" must hold non-empty strings");
    }
    out->push_back(item.get<std::string>());
  }
  return Status::Ok();
}

Status ParseFrame(const nlohmann::json& entry, const std::string& where, TriggerFrame* frame) {
  if (!entry.is_object() || !entry.contains("lemma") || !entry["lemma"].is_string() ||
      entry["lemma"].get<std::string>().empty()) {
    return Status::InvalidArgument(where + ": a trigger needs a non-empty \"lemma\"");
  }
  frame->lemma = entry["lemma"].get<std::string>();
  const nlohmann::json pos = entry.contains("pos") ? entry["pos"] : nlohmann::json("VERB");
  if (pos != "VERB" && pos != "NOUN") {
    return Status::InvalidArgument(where + ": \"pos\" must be VERB or NOUN");
  }
  frame->noun = pos == "NOUN";
  if (entry.contains("particle")) {
    if (!entry["particle"].is_string())
      return Status::InvalidArgument(where + ": bad \"particle\"");
    frame->particle = entry["particle"].get<std::string>();
  }
  if (entry.contains("inverse")) {
    if (!entry["inverse"].is_boolean()) return Status::InvalidArgument(where + ": bad \"inverse\"");
    frame->inverse = entry["inverse"].get<bool>();
  }
  for (auto [field, list] :
       {std::pair{"via", &frame->via}, std::pair{"subject", &frame->subject_roles},
        std::pair{"object", &frame->object_roles}, std::pair{"predicate", &frame->predicates}}) {
    if (Status status = StringList(entry, field, where, list); !status.ok()) return status;
  }
  if (frame->subject_roles.empty()) frame->subject_roles = {frame->noun ? "poss" : "nsubj"};
  if (frame->object_roles.empty()) frame->object_roles = {"obj"};
  std::vector<std::string> types;
  if (Status status = StringList(entry, "requires_object_type", where, &types); !status.ok()) {
    return status;
  }
  for (const std::string& name : types) {
    EntityType type;
    if (!ParseEntityType(name, &type)) {
      return Status::InvalidArgument(where + ": unknown entity type " + name);
    }
    frame->object_types.push_back(type);
  }
  return Status::Ok();
}

// A lexicon file and, appended after it, its extensions; `depth` counts the files above it.
Result<RelationLexicon> LoadWithExtensions(const std::string& path, int depth) {
  Result<std::string> content = ReadFileContents(path, "relation lexicon");
  if (!content.ok()) return content.status();
  Result<RelationLexicon> lexicon = RelationLexicon::Parse(*content, path);
  if (!lexicon.ok() || lexicon->extensions().empty()) return lexicon;
  if (depth >= kMaxExtensionDepth) {
    return Status::InvalidArgument(path + ": lexicon extensions nest more than " +
                                   std::to_string(kMaxExtensionDepth) + " files deep");
  }
  const std::filesystem::path folder = std::filesystem::path(path).parent_path();
  for (const std::string& name : lexicon->extensions()) {
    Result<RelationLexicon> extension = LoadWithExtensions((folder / name).string(), depth + 1);
    if (!extension.ok()) return extension.status();
    lexicon->Append(*extension);
  }
  return lexicon;
}

}  // namespace

Result<RelationLexicon> RelationLexicon::LoadFile(const std::string& path) {
  return LoadWithExtensions(path, 0);
}

Result<RelationLexicon> RelationLexicon::Parse(std::string_view json, const std::string& origin) {
  const nlohmann::json doc = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded() || !doc.is_object()) {
    return Status::InvalidArgument(origin + ": relation lexicon is not a JSON object");
  }
  if (!doc.contains("format") || doc["format"] != "kg-relation-lexicon") {
    return Status::InvalidArgument(origin + ": not a kg relation lexicon (missing \"format\")");
  }
  if (!doc.contains("version") || !doc["version"].is_number_integer() ||
      doc["version"].get<int>() != kLexiconVersion) {
    return Status::NotSupported(origin + ": relation lexicon version must be " +
                                std::to_string(kLexiconVersion));
  }
  if (!doc.contains("relations") || !doc["relations"].is_object()) {
    return Status::InvalidArgument(origin + ": \"relations\" must be an object");
  }
  RelationLexicon lexicon;
  if (Status status = StringList(doc, "extensions", origin, &lexicon.extensions_); !status.ok()) {
    return status;
  }
  for (const auto& [name, entry] : doc["relations"].items()) {
    const std::string where = origin + ": relation " + name;
    if (!entry.is_object() || !entry.contains("triggers") || !entry["triggers"].is_array()) {
      return Status::InvalidArgument(where + " needs a \"triggers\" list");
    }
    const nlohmann::json& fields = entry;  // clang 14: lambdas cannot capture structured bindings
    auto flag = [&fields](const char* key, bool fallback) {
      const auto value = fields.find(key);
      return value != fields.end() && value->is_boolean() ? value->get<bool>() : fallback;
    };
    const bool symmetric = flag("symmetric", false);
    lexicon.relations_.push_back(
        {name, symmetric, flag("reciprocal", symmetric), flag("replace", false)});
    for (const auto& trigger : entry["triggers"]) {
      TriggerFrame frame;
      frame.relation = lexicon.relations_.size() - 1;
      if (Status status = ParseFrame(trigger, where, &frame); !status.ok()) return status;
      lexicon.frames_[{frame.noun, frame.lemma}].push_back(std::move(frame));
    }
  }
  return lexicon;
}

std::size_t RelationLexicon::IndexOrAdd(const RelationInfo& info) {
  std::size_t index = 0;
  while (index < relations_.size() && relations_[index].name != info.name)
    ++index;
  if (index == relations_.size()) relations_.push_back(info);
  return index;
}

void RelationLexicon::Extend(const RelationLexicon& user) {
  // Where each of the user's relations lands in this lexicon.
  std::vector<std::size_t> index_of(user.relations_.size());
  for (std::size_t u = 0; u < user.relations_.size(); ++u) {
    const RelationInfo& info = user.relations_[u];
    const std::size_t known = relations_.size();
    const std::size_t index = IndexOrAdd(info);
    if (index < known) {
      relations_[index] = info;
      if (info.replace) {
        for (auto& [key, frames] : frames_) {
          std::erase_if(frames, [&](const TriggerFrame& f) { return f.relation == index; });
        }
      }
    }
    index_of[u] = index;
  }
  for (const auto& [key, user_frames] : user.frames_) {
    std::vector<TriggerFrame> merged;
    for (TriggerFrame frame : user_frames) {
      frame.relation = index_of[frame.relation];
      merged.push_back(std::move(frame));
    }
    std::vector<TriggerFrame>& frames = frames_[key];
    merged.insert(merged.end(), frames.begin(), frames.end());
    frames = std::move(merged);
  }
}

void RelationLexicon::Append(const RelationLexicon& extension) {
  std::vector<std::size_t> index_of(extension.relations_.size());
  for (std::size_t e = 0; e < extension.relations_.size(); ++e) {
    RelationInfo info = extension.relations_[e];
    info.replace = false;
    index_of[e] = IndexOrAdd(info);
  }
  for (const auto& [key, extension_frames] : extension.frames_) {
    std::vector<TriggerFrame>& frames = frames_[key];
    for (TriggerFrame frame : extension_frames) {
      frame.relation = index_of[frame.relation];
      frames.push_back(std::move(frame));
    }
  }
}

bool RelationLexicon::IsSymmetric(std::string_view relation) const {
  for (const RelationInfo& info : relations_) {
    if (info.name == relation) return info.symmetric;
  }
  return false;
}

std::vector<const TriggerFrame*> RelationLexicon::VerbFrames() const {
  std::vector<const TriggerFrame*> verbs;
  for (const auto& [key, frames] : frames_) {
    if (key.first) continue;
    for (const TriggerFrame& frame : frames)
      verbs.push_back(&frame);
  }
  return verbs;
}

void RelationLexicon::AddDerived(TriggerFrame frame) {
  std::vector<TriggerFrame>& frames = frames_[{frame.noun, frame.lemma}];
  const bool written = std::any_of(frames.begin(), frames.end(),
                                   [](const TriggerFrame& other) { return !other.derived; });
  if (!written) frames.push_back(std::move(frame));
}

const std::vector<TriggerFrame>& RelationLexicon::FramesFor(std::string_view lemma,
                                                            bool noun) const {
  static const std::vector<TriggerFrame> kNone;
  const auto it = frames_.find(std::pair<bool, std::string>(noun, std::string(lemma)));
  return it == frames_.end() ? kNone : it->second;
}

}  // namespace kg
