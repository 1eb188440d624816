#include "model_file.h"

#include <fmt/format.h>
#include <xxhash.h>

#include <fstream>

#include "kg/file_contents.h"

namespace kg::syntax {
namespace {

constexpr char kMagic[8] = {'K', 'G', 'S', 'Y', 'N', 'T', 'A', 'X'};
constexpr std::size_t kHeaderSize = sizeof(kMagic) + 4 + 4 + 8 + 8;

std::string_view KindName(std::uint32_t kind) {
  switch (kind) {
    case static_cast<std::uint32_t>(ModelKind::kTagger):
      return "tagger";
    case static_cast<std::uint32_t>(ModelKind::kParser):
      return "parser";
    case static_cast<std::uint32_t>(ModelKind::kNameTagger):
      return "name tagger";
    default:
      return "unknown";
  }
}

}  // namespace

Status WriteModelFile(const std::filesystem::path& path, ModelKind kind, std::string_view payload) {
  ByteWriter header;
  for (char c : kMagic)
    header.Put(c);
  header.Put<std::uint32_t>(kModelFormatVersion);
  header.Put<std::uint32_t>(static_cast<std::uint32_t>(kind));
  header.Put<std::uint64_t>(payload.size());
  header.Put<std::uint64_t>(XXH3_64bits(payload.data(), payload.size()));
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Status::IOError(fmt::format("cannot write model file {}", path.string()));
  out.write(header.bytes().data(), static_cast<std::streamsize>(header.bytes().size()));
  out.write(payload.data(), static_cast<std::streamsize>(payload.size()));
  out.close();
  if (!out) return Status::IOError(fmt::format("failed writing model file {}", path.string()));
  return Status::Ok();
}

Result<std::string> ReadModelFile(const std::filesystem::path& path, ModelKind kind) {
  const std::string name = path.string();
  Result<std::string> contents = ReadFileContents(path, "model file");
  if (!contents.ok()) return contents.status();
  std::string file = std::move(contents).value();
  if (file.size() < kHeaderSize) {
    return Status::Corruption(fmt::format("model file {} is truncated: {} bytes, header needs {}",
                                          name, file.size(), kHeaderSize));
  }
  if (file.compare(0, sizeof(kMagic), kMagic, sizeof(kMagic)) != 0) {
    return Status::Corruption(fmt::format("{} is not a kg syntax model (bad magic)", name));
  }
  ByteReader header(std::string_view(file).substr(sizeof(kMagic), kHeaderSize - sizeof(kMagic)));
  std::uint32_t version = 0, file_kind = 0;
  std::uint64_t payload_size = 0, checksum = 0;
  header.Get(version);
  header.Get(file_kind);
  header.Get(payload_size);
  header.Get(checksum);
  if (version != kModelFormatVersion) {
    return Status::NotSupported(fmt::format("model file {} has format version {}, expected {}",
                                            name, version, kModelFormatVersion));
  }
  if (file_kind != static_cast<std::uint32_t>(kind)) {
    return Status::InvalidArgument(
        fmt::format("model file {} holds a {} model, expected a {} model", name,
                    KindName(file_kind), KindName(static_cast<std::uint32_t>(kind))));
  }
  if (file.size() - kHeaderSize != payload_size) {
    return Status::Corruption(
        fmt::format("model file {} is truncated or padded: payload is {} "
                    "bytes, header says {}",
                    name, file.size() - kHeaderSize, payload_size));
  }
  file.erase(0, kHeaderSize);
  if (XXH3_64bits(file.data(), file.size()) != checksum) {
    return Status::Corruption(fmt::format("model file {} is corrupt (checksum mismatch)", name));
  }
  return file;
}

}  // namespace kg::syntax
