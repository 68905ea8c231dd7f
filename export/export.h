// Export: one catalogue version in the formats downstream systems read.
#ifndef SAMATTHANA_EXPORT_EXPORT_H_
#define SAMATTHANA_EXPORT_EXPORT_H_

#include <string>

#include "base/result.h"
#include "base/status.h"
#include "model/catalogue.h"
#include "model/version.h"

namespace samatthana::exports {

// The JSON document: {"catalogue": {...}, "competencies": [...]}, pretty
// printed, UTF-8 (Thai is not escaped).
std::string ToJson(const VersionInfo& version, const Catalogue& catalogue);

// JSON Lines: one flat record per line, in document order, each a competency
// ({"type": "competency", "id", ...}), a level (with "competency_id") or an
// indicator (with "level_id" and "competency_id"), and each with "version".
std::string ToJsonLines(const VersionInfo& version, const Catalogue& catalogue);

// The records one CSV export holds, one row each.
enum class CsvTable { kCompetencies, kLevels, kIndicators };

// What ToCsv writes.
struct CsvOptions {
  CsvTable table = CsvTable::kIndicators;
  // Start with a UTF-8 byte order mark: without it Excel reads the file in the
  // system's legacy code page and the Thai comes out garbled.
  bool bom = false;
};

// RFC 4180 CSV: a header row, then one row per record of `options.table`
// (levels without indicators give no indicator rows), CRLF line ends. A field
// is quoted (by libcsv) when it holds a comma, a quote, a line break, or
// leading or trailing blanks.
std::string ToCsv(const VersionInfo& version, const Catalogue& catalogue,
                  const CsvOptions& options);

// The uri prefix of CASE exports unless the caller gives one.
inline constexpr const char* kDefaultCaseBaseUri = "https://localhost/samatthana/ims/case/v1p0";

// What ToCase writes.
struct CaseOptions {
  // Prefix of every uri ("{base}/CFItems/{identifier}"); one trailing '/' is dropped.
  std::string base_uri = kDefaultCaseBaseUri;
};

// A 1EdTech CASE 1.0 CFPackage (pretty-printed JSON): the CFDocument, a CFItem
// for each competency, level and indicator, and one isChildOf CFAssociation
// from each item to its parent. Identifiers are version 5 UUIDs of the records'
// stable ids (the document's: of the catalogue title without whitespace), so
// every version and rendering of a catalogue gets the same ones. Fails only if
// libcrypto cannot compute SHA-1.
Result<std::string> ToCase(const VersionInfo& version, const Catalogue& catalogue,
                           const CaseOptions& options);

// Every format, for a caller that picks one by name.
struct ExportOptions {
  std::string format = "json";  // "json", "jsonl", "csv" or "case"
  CsvOptions csv;
  CaseOptions case_package;
};
// The version in `options.format`: what ToJson, ToJsonLines, ToCsv or ToCase
// return.
Result<std::string> Export(const VersionInfo& version, const Catalogue& catalogue,
                           const ExportOptions& options);

// Writes `content` to `path` through a temporary file in the same directory
// and a rename, so readers never see half a file and a failure leaves any
// earlier file as it was. "-" writes to standard output.
Status WriteOutput(const std::string& path, const std::string& content);

}  // namespace samatthana::exports

#endif  // SAMATTHANA_EXPORT_EXPORT_H_
