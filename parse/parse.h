// Parse: the lines of one ingested document to a Catalogue of competencies,
// levels and indicators, with the anomalies found on the way and the role
// every line played.
#ifndef SAMATTHANA_PARSE_PARSE_H_
#define SAMATTHANA_PARSE_PARSE_H_

#include <vector>

#include "base/result.h"
#include "base/status.h"
#include "ingest/document.h"
#include "model/catalogue.h"
#include "parse/labels.h"
#include "parse/unit.h"

namespace samatthana::parse {

struct ParseOptions {
  // Anomalies (a missing, duplicate or out-of-order level, a competency
  // without levels, an empty definition or level title) and text that could
  // not be placed refuse the document instead of being warnings.
  bool strict = false;
  // The label words to read with; null: the built-in ones.
  const Labels* labels = nullptr;
};

// What one line of the document became.
struct LineRole {
  Role role = Role::kNone;  // kNone: the line held no text
  std::string record;       // "C03", "C03.L2", "C03.L2.4", "title"; empty when none
};

struct ParsedCatalogue {
  Catalogue catalogue;
  std::vector<Diagnostic> warnings;
  // What each of the document's lines became, by line index.
  std::vector<LineRole> lines;
  // Blocks of text that could not be placed (each also a warning).
  int unused_blocks = 0;
};

// Normalizes the document's lines, finds its competencies from its level
// headings and the heads before them, and builds the records with their
// stable ids. Fails when the document holds no competency at all, or under
// `strict` on any anomaly or unused text. The document's lines are consumed
// (their text is left empty, so a large document's text is not held twice);
// its other fields stay.
Result<ParsedCatalogue> ParseDocument(ingest::Document* doc, const ParseOptions& options);

}  // namespace samatthana::parse

#endif  // SAMATTHANA_PARSE_PARSE_H_
