#include "kg/shard_record.h"

namespace kg {
namespace {

using nlohmann::json;

// Reading fails with a one-line reason; Reader keeps the first one and turns every later read
// into a no-op, so parsing code reads straight through without checking after each field.
class Reader {
 public:
  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }

  const json* Field(const json& object, const char* key, const char* where) {
    if (!ok()) return nullptr;
    if (!object.is_object()) return Fail(std::string(where) + " is not a JSON object");
    const auto it = object.find(key);
    if (it == object.end()) return Fail(std::string(where) + " has no \"" + key + "\"");
    return &*it;
  }

  std::string String(const json& object, const char* key, const char* where) {
    const json* value = Field(object, key, where);
    if (value == nullptr) return {};
    if (!value->is_string()) return FailWith<std::string>(key, where, "a string");
    return Text(value->get<std::string>(), where);
  }

  // Text that the store may hold: no NUL bytes, which end names in its keys (as documents with
  // them are refused on reading).
  std::string Text(std::string text, const char* where) {
    if (text.find('\0') != std::string::npos) {
      Fail(std::string(where) + " has a NUL byte in a string");
      return {};
    }
    return text;
  }

  std::uint64_t Number(const json& object, const char* key, const char* where) {
    const json* value = Field(object, key, where);
    if (value == nullptr) return 0;
    if (!value->is_number_unsigned()) return FailWith<std::uint64_t>(key, where, "a count");
    return value->get<std::uint64_t>();
  }

  std::uint32_t Number32(const json& object, const char* key, const char* where) {
    const std::uint64_t value = Number(object, key, where);
    if (value > UINT32_MAX) return FailWith<std::uint32_t>(key, where, "a 32-bit count");
    return static_cast<std::uint32_t>(value);
  }

  bool Bool(const json& object, const char* key, const char* where) {
    const json* value = Field(object, key, where);
    if (value == nullptr) return false;
    if (!value->is_boolean()) return FailWith<bool>(key, where, "true or false");
    return value->get<bool>();
  }

  Span SpanOf(const json& object, const char* key, const char* where) {
    const json* value = Field(object, key, where);
    if (value == nullptr) return {};
    if (!value->is_array() || value->size() != 2 || !(*value)[0].is_number_unsigned() ||
        !(*value)[1].is_number_unsigned() || (*value)[0].get<std::uint64_t>() > UINT32_MAX ||
        (*value)[1].get<std::uint64_t>() > UINT32_MAX) {
      return FailWith<Span>(key, where, "[begin, end]");
    }
    return {(*value)[0].get<std::uint32_t>(), (*value)[1].get<std::uint32_t>()};
  }

  const json& Array(const json& object, const char* key, const char* where) {
    static const json kEmpty = json::array();
    const json* value = Field(object, key, where);
    if (value == nullptr) return kEmpty;
    if (value->is_array()) return *value;
    Fail(std::string(where) + " has a \"" + key + "\" that is not an array");
    return kEmpty;
  }

  std::nullptr_t Fail(std::string error) {
    if (ok()) error_ = std::move(error);
    return nullptr;
  }

 private:
  template <typename T>
  T FailWith(const char* key, const char* where, const char* expected) {
    Fail(std::string(where) + " has a \"" + key + "\" that is not " + expected);
    return T{};
  }

  std::string error_;
};

json SpanJson(const Span& span) {
  return {span.begin, span.end};
}

json EntityRecordJson(const Entity& entity) {
  json mentions = json::array();
  for (const Mention& mention : entity.mentions) {
    mentions.push_back({{"text", mention.text},
                        {"sentence", mention.sentence},
                        {"span", SpanJson(mention.span)},
                        {"kind", MentionKindName(mention.kind)}});
  }
  return {{"name", entity.name},
          {"type", EntityTypeName(entity.type)},
          {"aliases", entity.aliases},
          {"mentions", std::move(mentions)}};
}

json FactRecordJson(const Fact& fact) {
  return {{"rel", fact.relation},
          {"symmetric", fact.symmetric},
          {"subj", fact.subject},
          {"obj", fact.object},
          {"subj_mention", fact.subject_mention},
          {"obj_mention", fact.object_mention},
          {"modality", fact.modality},
          {"source", fact.source},
          {"agent", fact.agent},
          {"location", fact.location},
          {"date", fact.date},
          {"trigger", fact.trigger},
          {"sentence", fact.sentence},
          {"span", SpanJson(fact.sentence_span)},
          {"trigger_span", SpanJson(fact.trigger_span)},
          {"text", fact.sentence_text}};
}

Mention ParseMention(const json& value, Reader& reader) {
  const char* where = "a mention";
  Mention mention;
  mention.text = reader.String(value, "text", where);
  mention.sentence = reader.Number32(value, "sentence", where);
  mention.span = reader.SpanOf(value, "span", where);
  const std::string kind = reader.String(value, "kind", where);
  if (reader.ok() && !ParseMentionKind(kind, &mention.kind))
    reader.Fail("a mention has an unknown \"kind\" \"" + kind + "\"");
  return mention;
}

Entity ParseEntity(const json& value, Reader& reader) {
  const char* where = "an entity";
  Entity entity;
  entity.name = reader.String(value, "name", where);
  const std::string type = reader.String(value, "type", where);
  if (reader.ok() && !ParseEntityType(type, &entity.type))
    reader.Fail("an entity has an unknown \"type\" \"" + type + "\"");
  for (const json& alias : reader.Array(value, "aliases", where)) {
    if (!alias.is_string()) reader.Fail("an entity has an alias that is not a string");
    if (!reader.ok()) break;
    entity.aliases.push_back(reader.Text(alias.get<std::string>(), where));
  }
  for (const json& mention : reader.Array(value, "mentions", where)) {
    if (!reader.ok()) break;
    entity.mentions.push_back(ParseMention(mention, reader));
  }
  return entity;
}

Fact ParseFact(const json& value, std::size_t entities, Reader& reader) {
  const char* where = "a fact";
  Fact fact;
  fact.relation = reader.String(value, "rel", where);
  fact.symmetric = reader.Bool(value, "symmetric", where);
  fact.subject = reader.Number32(value, "subj", where);
  fact.object = reader.Number32(value, "obj", where);
  if (reader.ok() && (fact.subject >= entities || fact.object >= entities))
    reader.Fail("a fact's \"subj\" or \"obj\" is not the index of one of the record's entities");
  fact.subject_mention = reader.String(value, "subj_mention", where);
  fact.object_mention = reader.String(value, "obj_mention", where);
  fact.modality = reader.String(value, "modality", where);
  fact.source = reader.String(value, "source", where);
  fact.agent = reader.String(value, "agent", where);
  fact.location = reader.String(value, "location", where);
  fact.date = reader.String(value, "date", where);
  fact.trigger = reader.String(value, "trigger", where);
  fact.sentence = reader.Number32(value, "sentence", where);
  fact.sentence_span = reader.SpanOf(value, "span", where);
  fact.trigger_span = reader.SpanOf(value, "trigger_span", where);
  fact.sentence_text = reader.String(value, "text", where);
  return fact;
}

}  // namespace

json ShardRecordJson(const ShardRecord& record) {
  const Extraction& extraction = record.extraction;
  json entities = json::array();
  for (const Entity& entity : extraction.entities)
    entities.push_back(EntityRecordJson(entity));
  json facts = json::array();
  for (const Fact& fact : extraction.facts)
    facts.push_back(FactRecordJson(fact));
  return {{"seq", record.seq},
          {"doc", extraction.doc_id},
          {"date", extraction.date},
          {"hash", record.content_hash},
          {"entities", std::move(entities)},
          {"facts", std::move(facts)},
          {"cuts",
           {{"long_sentences", extraction.cuts.long_sentences},
            {"skipped_tokens", extraction.cuts.skipped_tokens},
            {"first_skipped_byte", extraction.cuts.first_skipped_byte}}}};
}

Result<ShardRecord> ParseShardRecord(std::string_view line) {
  const json value = json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (value.is_discarded()) return Status::InvalidArgument("malformed JSON");
  Reader reader;
  const char* where = "the record";
  ShardRecord record;
  record.seq = reader.Number(value, "seq", where);
  Extraction& extraction = record.extraction;
  extraction.doc_id = reader.String(value, "doc", where);
  if (reader.ok() && extraction.doc_id.empty()) reader.Fail("the record's \"doc\" is empty");
  extraction.date = reader.String(value, "date", where);
  record.content_hash = reader.String(value, "hash", where);
  for (const json& entity : reader.Array(value, "entities", where)) {
    if (!reader.ok()) break;
    extraction.entities.push_back(ParseEntity(entity, reader));
  }
  for (const json& fact : reader.Array(value, "facts", where)) {
    if (!reader.ok()) break;
    extraction.facts.push_back(ParseFact(fact, extraction.entities.size(), reader));
  }
  const json* cuts = reader.Field(value, "cuts", where);
  if (cuts != nullptr) {
    extraction.cuts.long_sentences = reader.Number32(*cuts, "long_sentences", "\"cuts\"");
    extraction.cuts.skipped_tokens = reader.Number(*cuts, "skipped_tokens", "\"cuts\"");
    extraction.cuts.first_skipped_byte = reader.Number32(*cuts, "first_skipped_byte", "\"cuts\"");
  }
  if (!reader.ok()) return Status::InvalidArgument(reader.error());
  return record;
}

}  // namespace kg
