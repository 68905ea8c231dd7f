// Helpers for PDF tests: read a fixture PDF into lines; make small PDFs.
#ifndef SAMATTHANA_INGEST_PDF_TEST_UTIL_H_
#define SAMATTHANA_INGEST_PDF_TEST_UTIL_H_

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "base/result.h"
#include "ingest/document.h"
#include "ingest/pdf/pdf_extractor.h"

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

// A PDF of US-letter pages, one per entry of `contents` (each page's content
// stream), with Helvetica as /F1.
inline std::string MinimalPdf(const std::vector<std::string>& contents) {
  // Objects: 1 the catalog, 2 the page tree, 3 the font, then each page and
  // its content stream.
  const size_t pages = contents.size();
  std::vector<std::string> objects(3 + 2 * pages);
  objects[0] = "<< /Type /Catalog /Pages 2 0 R >>";
  objects[2] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
  std::string kids;
  for (size_t i = 0; i < pages; ++i) {
    size_t page = 4 + 2 * i;  // object numbers
    kids += std::to_string(page) + " 0 R ";
    objects[page - 1] = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents " +
                        std::to_string(page + 1) + " 0 R /Resources << /Font << /F1 3 0 R >> >> >>";
    objects[page] = "<< /Length " + std::to_string(contents[i].size()) + " >>\nstream\n" +
                    contents[i] + "\nendstream";
  }
  objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages) + " >>";
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t offset : offsets) {
    std::string n = std::to_string(offset);
    pdf += std::string(10 - n.size(), '0') + n + " 00000 n \n";
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) +
         " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_PDF_TEST_UTIL_H_
