// OcrMessages: what Leptonica says while OCR runs. Leptonica prints its
// errors and warnings to stderr; here they are collected with the page the
// calling thread was reading and become warnings, so nothing reaches the
// terminal unasked. Tesseract's own diagnostics go nowhere (see
// ocr_engine.cc): its results say what matters about a page.
#ifndef SAMATTHANA_INGEST_OCR_OCR_MESSAGES_H_
#define SAMATTHANA_INGEST_OCR_OCR_MESSAGES_H_

#include <map>
#include <string>
#include <vector>

namespace samatthana::ingest {

// Routes Leptonica's messages to the collector below (once a process).
void SilenceOcrLibraries();

// The page the calling thread is reading, for the messages it causes.
void SetOcrMessagePage(int page);

// What Leptonica said, by page: the first few messages, and how many.
struct OcrPageMessages {
  static constexpr size_t kKept = 3;
  std::vector<std::string> first;
  size_t count = 0;
};

// Takes the messages collected so far.
std::map<int, OcrPageMessages> TakeOcrMessages();

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_OCR_OCR_MESSAGES_H_
