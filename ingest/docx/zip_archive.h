// ZipArchive: the entries of an office document's zip container, read from
// memory through libzip with limits, so a damaged or hostile archive (a zip
// bomb, millions of entries) ends in one Status instead of a crash or an
// exhausted machine.
#ifndef SAMATTHANA_INGEST_DOCX_ZIP_ARCHIVE_H_
#define SAMATTHANA_INGEST_DOCX_ZIP_ARCHIVE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "base/result.h"
#include "base/status.h"

namespace samatthana::ingest {

// Archives with more entries than this are refused: a real document has a
// few dozen (hundreds with many images).
inline constexpr int64_t kMaxZipEntries = 10000;

class ZipArchive {
 public:
  // Opens the archive in `bytes`, which must outlive it. `file` names the
  // file in messages; `kind` (".docx", ".odt", "zip archive") says what it
  // was taken for. Fails on a damaged archive or one with too many entries.
  static Result<ZipArchive> Open(std::string_view bytes, const std::string& file, std::string kind);

  ZipArchive(ZipArchive&&) noexcept;
  ZipArchive& operator=(ZipArchive&&) noexcept;
  ~ZipArchive();

  bool Has(const std::string& entry) const;

  // What the archive turned out to be, for messages from here on.
  void set_kind(std::string kind) { kind_ = std::move(kind); }

  // The entry's inflated bytes, or nullopt when the archive has no such
  // entry. Fails when the entry's declared size or the bytes it actually
  // inflates to pass `limit`, or when it does not inflate (damage, a bad
  // checksum, encryption).
  Result<std::optional<std::string>> Read(const std::string& entry, uint64_t limit) const;

  // A failure of the archive itself, in the one shape every such message
  // takes: "damaged or hostile .docx: <what>".
  Status Damaged(const std::string& what) const;

 private:
  struct Handle;
  ZipArchive(std::unique_ptr<Handle> handle, std::string file, std::string kind);

  std::unique_ptr<Handle> handle_;
  std::string file_;
  std::string kind_;
};

// "64 MiB", "1.5 MiB", "300 bytes": a size limit as messages state it.
std::string SizeForHumans(uint64_t bytes);

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_DOCX_ZIP_ARCHIVE_H_
