// Helpers for PDF tests: read a fixture PDF into lines.
#ifndef SAMATTHANA_INGEST_PDF_TEST_UTIL_H_
#define SAMATTHANA_INGEST_PDF_TEST_UTIL_H_

#include <fstream>
#include <sstream>
#include <string>

#include "ingest/ingest.h"
#include "ingest/pdf_extractor.h"

namespace samatthana::ingest {

inline std::string FixtureBytes(const std::string& name) {
  std::ifstream in(std::string(SAMATTHANA_FIXTURES) + "/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline Result<Document> ReadPdf(const std::string& bytes, ReadOptions options = {}) {
  Document doc;
  Status s = ExtractPdfLines(bytes, "test.pdf", options, &doc);
  if (!s.ok()) return s;
  return doc;
}

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_PDF_TEST_UTIL_H_
