#include "kg/fact_json.h"

namespace kg {
namespace {

nlohmann::json OrNull(const std::string& value) {
  return value.empty() ? nlohmann::json(nullptr) : nlohmann::json(value);
}

nlohmann::json Argument(const Entity& entity, const std::string& mention) {
  return {{"name", entity.name}, {"type", EntityTypeName(entity.type)}, {"mention", mention}};
}

}  // namespace

nlohmann::json FactJson(const Extraction& extraction, const Fact& fact) {
  return {{"doc", extraction.doc_id},
          {"sentence", fact.sentence},
          {"rel", fact.relation},
          {"subj", Argument(extraction.entities[fact.subject], fact.subject_mention)},
          {"obj", Argument(extraction.entities[fact.object], fact.object_mention)},
          {"modality", fact.modality},
          {"source", OrNull(fact.source)},
          {"agent", OrNull(fact.agent)},
          {"location", OrNull(fact.location)},
          {"date", OrNull(fact.date)},
          {"trigger", fact.trigger},
          {"span", {fact.sentence_span.begin, fact.sentence_span.end}},
          {"text", fact.sentence_text}};
}

nlohmann::json EntityJson(const std::string& doc, const Entity& entity) {
  nlohmann::json mentions = nlohmann::json::array();
  for (const Mention& mention : entity.mentions) {
    mentions.push_back({{"text", mention.text},
                        {"sentence", mention.sentence},
                        {"span", {mention.span.begin, mention.span.end}},
                        {"kind", MentionKindName(mention.kind)}});
  }
  return {{"doc", doc},
          {"entity", entity.name},
          {"type", EntityTypeName(entity.type)},
          {"aliases", entity.aliases},
          {"mentions", std::move(mentions)}};
}

std::string JsonLine(const nlohmann::json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace kg
