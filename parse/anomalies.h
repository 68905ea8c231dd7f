// AnomalyFinder: the checks that make a parsed catalogue suspicious without
// making it unreadable. Each finding is a warning with the record's place.
#ifndef SAMATTHANA_PARSE_ANOMALIES_H_
#define SAMATTHANA_PARSE_ANOMALIES_H_

#include <string>
#include <vector>

#include "base/status.h"
#include "model/catalogue.h"

namespace samatthana::parse {

// Appends to `warnings`: a competency without a name, definition or levels; a
// level that is missing (a gap in the catalogue's range of levels), appears
// twice or out of order; a level with an empty title.
void FindAnomalies(const Catalogue& catalogue, const std::string& file,
                   std::vector<Diagnostic>* warnings);

}  // namespace samatthana::parse

#endif  // SAMATTHANA_PARSE_ANOMALIES_H_
