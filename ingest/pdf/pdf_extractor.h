// PdfExtractor: lines from a PDF through poppler-cpp, with the page on every
// line's provenance.
#ifndef SAMATTHANA_INGEST_PDF_EXTRACTOR_H_
#define SAMATTHANA_INGEST_PDF_EXTRACTOR_H_

#include <string>
#include <string_view>

#include "base/status.h"
#include "ingest/document.h"

namespace samatthana::ingest {

// Fills doc->lines and doc->pages from the PDF in `bytes`.
Status ExtractPdfLines(std::string_view bytes, const std::string& file, const ReadOptions& options,
                       Document* doc);

// As ExtractPdfLines, for a PDF file Poppler reads itself. `tail` is the
// file's last kilobyte (a complete PDF ends with %%EOF there).
Status ExtractPdfFile(const std::string& path, std::string_view tail, const ReadOptions& options,
                      Document* doc);

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_PDF_EXTRACTOR_H_
