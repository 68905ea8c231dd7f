// Export: one catalogue version in the formats downstream systems read.
#ifndef SAMATTHANA_EXPORT_EXPORT_H_
#define SAMATTHANA_EXPORT_EXPORT_H_

#include <string>

#include "base/status.h"
#include "db/store.h"
#include "parse/catalogue.h"

namespace samatthana::exports {

// The JSON document: {"catalogue": {...}, "competencies": [...]}, pretty
// printed, UTF-8 (Thai is not escaped).
std::string ToJson(const db::VersionInfo& version, const Catalogue& catalogue);

// Writes `content` to `path` through a temporary file in the same directory
// and a rename, so readers never see half a file and a failure leaves any
// earlier file as it was. "-" writes to standard output.
Status WriteOutput(const std::string& path, const std::string& content);

}  // namespace samatthana::exports

#endif  // SAMATTHANA_EXPORT_EXPORT_H_
