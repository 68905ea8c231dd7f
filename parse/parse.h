// Parse: the lines of one ingested document to a Catalogue of competencies,
// levels and indicators, with the anomalies found on the way.
#ifndef SAMATTHANA_PARSE_PARSE_H_
#define SAMATTHANA_PARSE_PARSE_H_

#include <vector>

#include "base/result.h"
#include "base/status.h"
#include "ingest/ingest.h"
#include "model/catalogue.h"

namespace samatthana::parse {

struct ParseOptions {
  // Anomalies (a missing, duplicate or out-of-order level, a competency
  // without levels, an empty definition or level title) refuse the document
  // instead of being warnings.
  bool strict = false;
};

struct ParsedCatalogue {
  Catalogue catalogue;
  std::vector<Diagnostic> warnings;
};

// Normalizes the document's lines, recognizes headings and items, joins
// continuation lines, and builds the records with their stable ids. Fails when
// the document holds no competency at all, or under `strict` on any anomaly.
// The document's lines are consumed (left empty, so a large document's text
// is not held twice); its other fields stay.
Result<ParsedCatalogue> ParseDocument(ingest::Document* doc, const ParseOptions& options);

}  // namespace samatthana::parse

#endif  // SAMATTHANA_PARSE_PARSE_H_
