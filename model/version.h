// A stored catalogue version and the file it was read from.
#ifndef SAMATTHANA_MODEL_VERSION_H_
#define SAMATTHANA_MODEL_VERSION_H_

#include <cstdint>
#include <optional>
#include <string>

#include "model/catalogue.h"

namespace samatthana {

// The file a version was read from.
struct SourceInfo {
  std::string path;
  std::string sha256;
  uint64_t size = 0;
  std::string format;    // "text", "html-fragments", "html", "pdf", ...
  std::string encoding;  // for text formats; empty otherwise
  int pages = 0;         // for paged formats; 0 otherwise
  int ocr_pages = 0;     // pages read by OCR (a scan)
  // The mean confidence (0-100) of the OCR'd lines; nullopt without OCR.
  std::optional<double> ocr_confidence = std::nullopt;
};

struct VersionInfo {
  int64_t id = 0;
  std::string label;
  std::string ingested_at;  // UTC, ISO 8601
  std::string title;
  SourceInfo source;
  CatalogueCounts counts;
  int warning_count = 0;
};

}  // namespace samatthana

#endif  // SAMATTHANA_MODEL_VERSION_H_
