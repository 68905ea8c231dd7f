// OcrReader: the pages of a PDF that have no text to read, read by OCR
// instead (ingest/pdf hands them over). Each page is rendered with Poppler
// at its scan's resolution, cleaned with Leptonica and read by Tesseract,
// on every core at once (one Tesseract a thread), and comes back as the
// lines the PDF reader builds from a text layer.
#ifndef SAMATTHANA_INGEST_OCR_OCR_READER_H_
#define SAMATTHANA_INGEST_OCR_OCR_READER_H_

#include <functional>
#include <string>
#include <vector>

#include "base/status.h"
#include "ingest/ocr/page_image.h"
#include "ingest/pdf/visual_line.h"

namespace samatthana::ingest {

// A line read with less confidence than this (0-100) stays, and is named
// in a warning.
inline constexpr float kLowOcrConfidence = 70;

struct OcrRequest {
  PdfSource source = {};
  std::string file = {};        // as the user named it, for messages
  std::vector<int> pages = {};  // 1-based
  // Called on the thread that is about to read `page`, before it starts
  // (Poppler's messages are filed under the page of the thread that causes
  // them). May be empty.
  std::function<void(int page)> page_started = {};
  // Called on the calling thread after each page. May be empty.
  std::function<void(int done, int total)> progress = {};
};

struct OcrOutcome {
  std::vector<PageLines> pages;  // one a requested page, in the same order
  std::vector<Diagnostic> warnings;
  int marks_restored = 0;  // Thai marks the repair put back (see mark_repair.h)
};

// Reads request.pages by OCR. Fails only when OCR cannot run at all (the
// models are missing, or the document cannot be opened again); a page OCR
// finds nothing on is empty, with a warning.
Status ReadPagesByOcr(const OcrRequest& request, OcrOutcome* out);

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_OCR_OCR_READER_H_
