// How stored versions are shown: the summary line of an ingest, and the
// list `samatthana versions` prints as a table or as JSON.
#include <cmath>
#include <iomanip>
#include <nlohmann/json.hpp>
#include <sstream>

#include "db/store.h"

namespace samatthana::db {

std::string VersionSummary(const VersionInfo& v) {
  std::string out = "version " + std::to_string(v.id) + " \"" + v.label +
                    "\": " + std::to_string(v.counts.competencies) + " competencies, " +
                    std::to_string(v.counts.levels) + " levels, " +
                    std::to_string(v.counts.indicators) + " indicators";
  if (v.source.ocr_pages > 0) out += ", " + OcrNote(v.source);
  return out;
}

std::string OcrNote(const SourceInfo& source) {
  std::string note = std::to_string(source.ocr_pages) +
                     (source.ocr_pages == 1 ? " page" : " pages") + " read by OCR";
  if (source.ocr_confidence) {
    note += ", mean confidence " + std::to_string(std::lround(*source.ocr_confidence)) + "%";
  }
  return note;
}

std::string VersionsToText(const std::vector<VersionInfo>& versions) {
  if (versions.empty()) return "no versions yet\n";
  std::ostringstream out;
  out << std::left << std::setw(4) << "id"
      << "  " << std::setw(22) << "ingested (UTC)" << std::setw(16) << "format" << std::right
      << std::setw(6) << "comp" << std::setw(8) << "levels" << std::setw(8) << "items"
      << std::setw(6) << "warn"
      << "  label / source\n";
  for (const VersionInfo& v : versions) {
    out << std::left << std::setw(4) << v.id << "  " << std::setw(22) << v.ingested_at
        << std::setw(16) << v.source.format << std::right << std::setw(6) << v.counts.competencies
        << std::setw(8) << v.counts.levels << std::setw(8) << v.counts.indicators << std::setw(6)
        << v.warning_count << "  " << v.label;
    if (v.label != v.source.path) out << "  (" << v.source.path << ")";
    if (v.source.ocr_pages > 0) out << "  [" << OcrNote(v.source) << "]";
    out << "\n";
  }
  return out.str();
}

std::string VersionsToJson(const std::vector<VersionInfo>& versions) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const VersionInfo& v : versions) {
    out.push_back({{"version", v.id},
                   {"label", v.label},
                   {"ingested_at", v.ingested_at},
                   {"source", v.source.path},
                   {"sha256", v.source.sha256},
                   {"format", v.source.format},
                   {"competencies", v.counts.competencies},
                   {"levels", v.counts.levels},
                   {"indicators", v.counts.indicators},
                   {"warnings", v.warning_count},
                   {"ocr_pages", v.source.ocr_pages},
                   {"ocr_confidence", v.source.ocr_confidence
                                          ? nlohmann::ordered_json(*v.source.ocr_confidence)
                                          : nlohmann::ordered_json()}});
  }
  return out.dump(2) + "\n";
}

}  // namespace samatthana::db
