// ForeignRuns: short runs of Latin symbols inside a line of Thai. Reading
// "tha+eng", Tesseract lets its English model win a word whose Thai glyphs
// it reads poorly (ชื่อ as "DA", the digit ๓ as "mt"); the English model's
// alternatives are all Latin, so nothing in the reading itself points back
// to the Thai. Such a run is read again by the Thai model alone, and its
// reading taken when it is Thai throughout (see AcceptThaiReading).
//
// A run counts only in a line that is Thai for the most part, and only when
// short: an English term quoted in a Thai line is longer, and stays.
#ifndef SAMATTHANA_INGEST_OCR_FOREIGN_RUNS_H_
#define SAMATTHANA_INGEST_OCR_FOREIGN_RUNS_H_

#include <vector>

#include "ingest/ocr/ocr_engine.h"

namespace samatthana::ingest {

// Words [begin, end) of a line, read as Latin, and the box to read again:
// between the neighbouring symbols, the line's full height.
struct ForeignRun {
  size_t begin = 0;
  size_t end = 0;
  PixelBox box;
};

std::vector<ForeignRun> FindForeignRuns(const OcrTextLine& line);

// Whether the Thai model's reading of a run is to replace the Latin one:
// it read something, and every symbol of it is Thai (letters, marks,
// digits), with no doubt (confidence) worse than the Latin reading's.
bool AcceptThaiReading(const std::vector<OcrTextLine>& thai, const OcrTextLine& line,
                       const ForeignRun& run);

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_OCR_FOREIGN_RUNS_H_
