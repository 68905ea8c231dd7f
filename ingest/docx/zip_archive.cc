#include "ingest/docx/zip_archive.h"

#include <zip.h>

#include <cstdio>

namespace samatthana::ingest {

struct ZipArchive::Handle {
  zip_t* zip = nullptr;
  ~Handle() {
    if (zip) zip_discard(zip);  // read only: nothing to write back
  }
};

ZipArchive::ZipArchive(std::unique_ptr<Handle> handle, std::string file, std::string kind)
    : handle_(std::move(handle)), file_(std::move(file)), kind_(std::move(kind)) {}
ZipArchive::ZipArchive(ZipArchive&&) noexcept = default;
ZipArchive& ZipArchive::operator=(ZipArchive&&) noexcept = default;
ZipArchive::~ZipArchive() = default;

std::string SizeForHumans(uint64_t bytes) {
  constexpr uint64_t kMiB = 1 << 20;
  if (bytes >= kMiB && bytes % kMiB == 0) return std::to_string(bytes / kMiB) + " MiB";
  if (bytes >= kMiB) {
    char buf[32];
    std::snprintf(buf, sizeof(buf), "%.1f MiB", static_cast<double>(bytes) / kMiB);
    return buf;
  }
  return std::to_string(bytes) + " bytes";
}

Status ZipArchive::Damaged(const std::string& what) const {
  return Status::InvalidInput({file_}, "damaged or hostile " + kind_ + ": " + what);
}

Result<ZipArchive> ZipArchive::Open(std::string_view bytes, const std::string& file,
                                    std::string kind) {
  ZipArchive archive(std::make_unique<Handle>(), file, std::move(kind));
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) {
    zip_error_fini(&error);
    return Status::Internal("cannot create a zip source");
  }
  archive.handle_->zip = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (archive.handle_->zip == nullptr) {
    zip_source_free(source);
    std::string why = zip_error_strerror(&error);
    zip_error_fini(&error);
    return archive.Damaged("the zip archive does not open (" + why + "; is the file truncated?)");
  }
  zip_error_fini(&error);
  zip_int64_t entries = zip_get_num_entries(archive.handle_->zip, 0);
  if (entries > kMaxZipEntries) {
    return archive.Damaged("the zip archive has " + std::to_string(entries) +
                           " entries, more than the " + std::to_string(kMaxZipEntries) +
                           " a document could need");
  }
  return archive;
}

bool ZipArchive::Has(const std::string& entry) const {
  return zip_name_locate(handle_->zip, entry.c_str(), 0) >= 0;
}

Result<std::optional<std::string>> ZipArchive::Read(const std::string& entry,
                                                    uint64_t limit) const {
  zip_int64_t index = zip_name_locate(handle_->zip, entry.c_str(), 0);
  if (index < 0) return std::optional<std::string>();
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(handle_->zip, static_cast<zip_uint64_t>(index), 0, &st) != 0) {
    return Damaged(entry + ": " + zip_strerror(handle_->zip));
  }
  const std::string too_big = entry + " inflates past " + SizeForHumans(limit);
  // The declared size can lie; it only lets an honest oversized entry fail
  // before any work. The count of bytes actually inflated is what holds.
  if ((st.valid & ZIP_STAT_SIZE) && st.size > limit) return Damaged(too_big);
  zip_file_t* f = zip_fopen_index(handle_->zip, static_cast<zip_uint64_t>(index), 0);
  if (f == nullptr) return Damaged(entry + ": " + zip_strerror(handle_->zip));
  std::string out;
  out.reserve((st.valid & ZIP_STAT_SIZE) ? st.size : 0);
  char chunk[1 << 16];
  Status failed;
  while (true) {
    zip_int64_t n = zip_fread(f, chunk, sizeof(chunk));
    if (n < 0) {
      failed = Damaged(entry + ": " + zip_file_strerror(f));
      break;
    }
    if (n == 0) break;
    if (out.size() + static_cast<uint64_t>(n) > limit) {
      failed = Damaged(too_big);
      break;
    }
    out.append(chunk, static_cast<size_t>(n));
  }
  zip_fclose(f);
  if (!failed.ok()) return failed;
  return std::optional<std::string>(std::move(out));
}

}  // namespace samatthana::ingest
