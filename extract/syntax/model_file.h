// The binary envelope of every syntax model file, and the byte-level reader/writer of payloads.
//
// Layout (little-endian):
//   magic "KGSYNTAX" (8 bytes) | format version u32 | model kind u32 | payload size u64 |
//   XXH3-64 of the payload u64 | payload
// ReadModelFile checks every field before returning the payload, so a truncated, foreign or
// corrupted file yields a Status naming the file and the problem; ByteReader then bounds-checks
// each read of the payload so a well-checksummed but malformed payload cannot crash either.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "kg/status.h"
#include "kg/syntax/model_ptr.h"

namespace kg::syntax {

static_assert(std::endian::native == std::endian::little, "model files are little-endian");

inline constexpr std::uint32_t kModelFormatVersion = 1;

enum class ModelKind : std::uint32_t { kTagger = 1, kParser = 2, kNameTagger = 3 };

// Writes `payload` wrapped in the envelope to `path` (replacing it).
Status WriteModelFile(const std::filesystem::path& path, ModelKind kind, std::string_view payload);

// Reads and verifies the envelope of `path`; the value is the payload.
Result<std::string> ReadModelFile(const std::filesystem::path& path, ModelKind kind);

// Appends fixed-width values, strings and arrays to a byte string.
class ByteWriter {
 public:
  template <typename T>
  void Put(T value) {
    static_assert(std::is_trivially_copyable_v<T>);
    bytes_.append(reinterpret_cast<const char*>(&value), sizeof(T));
  }
  void PutString(std::string_view text) {
    Put<std::uint32_t>(static_cast<std::uint32_t>(text.size()));
    bytes_.append(text);
  }
  template <typename T>
  void PutArray(std::span<const T> values) {
    static_assert(std::is_trivially_copyable_v<T>);
    Put<std::uint64_t>(values.size());
    bytes_.append(reinterpret_cast<const char*>(values.data()), values.size_bytes());
  }
  const std::string& bytes() const { return bytes_; }

 private:
  std::string bytes_;
};

// Reads what ByteWriter wrote. Every Get returns false (and stays failed) once the payload is
// exhausted or a length is implausible.
class ByteReader {
 public:
  explicit ByteReader(std::string_view bytes) : bytes_(bytes) {}

  template <typename T>
  bool Get(T& value) {
    static_assert(std::is_trivially_copyable_v<T>);
    if (failed_ || bytes_.size() - pos_ < sizeof(T)) return Fail();
    std::memcpy(&value, bytes_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return true;
  }
  bool GetString(std::string& text) {
    std::uint32_t size = 0;
    if (!Get(size) || bytes_.size() - pos_ < size) return Fail();
    text.assign(bytes_.data() + pos_, size);
    pos_ += size;
    return true;
  }
  template <typename T>
  bool GetArray(std::vector<T>& values) {
    static_assert(std::is_trivially_copyable_v<T>);
    std::uint64_t count = 0;
    if (!Get(count) || count > (bytes_.size() - pos_) / sizeof(T)) return Fail();
    values.resize(count);
    // memcpy from or to a null pointer is undefined even for 0 bytes (found by fuzz_model).
    if (count > 0) std::memcpy(values.data(), bytes_.data() + pos_, count * sizeof(T));
    pos_ += count * sizeof(T);
    return true;
  }
  bool at_end() const { return !failed_ && pos_ == bytes_.size(); }

 private:
  bool Fail() {
    failed_ = true;
    return false;
  }

  std::string_view bytes_;
  std::size_t pos_ = 0;
  bool failed_ = false;
};

// Instantiated beside each model, as `template struct ModelDeleter<TaggerModel>;`.
template <typename Model>
void ModelDeleter<Model>::operator()(Model* model) const {
  delete model;
}

template <typename Model>
ModelPtr<Model> MakeModel() {
  return ModelPtr<Model>(new Model());
}

// The Owner (Tagger, Parser) of the model of `kind` in the file at `path`: its envelope verified,
// its payload read by Model::Deserialize(ByteReader&). `what` names the model in the error for a
// malformed payload ("parser model").
template <typename Owner, typename Model>
Result<Owner> LoadModel(const std::filesystem::path& path, ModelKind kind, std::string_view what) {
  Result<std::string> payload = ReadModelFile(path, kind);
  if (!payload.ok()) return payload.status();
  ModelPtr<Model> model = MakeModel<Model>();
  ByteReader in(*payload);
  if (!model->Deserialize(in)) {
    return Status::Corruption(std::string(what) + " " + path.string() + " is malformed");
  }
  return Owner(std::move(model));
}

// Writes `model` (Model::Serialize(ByteWriter&)) as a model file of `kind`; an absent model is
// InvalidArgument "cannot save an untrained WHAT".
template <typename Model>
Status SaveModel(const Model* model, const std::filesystem::path& path, ModelKind kind,
                 std::string_view what) {
  if (model == nullptr)
    return Status::InvalidArgument("cannot save an untrained " + std::string(what));
  ByteWriter out;
  model->Serialize(out);
  return WriteModelFile(path, kind, out.bytes());
}

}  // namespace kg::syntax
