// OcrLines: Tesseract's text lines of a page turned into the VisualLines the
// PDF reader builds from a text layer, so page furniture and line joining
// run on a scan unchanged. Geometry is taken from the ink, measured in the
// page's own letter height: Tesseract's Thai model reads every character as
// a "word", so spaces are the wide gaps in the ink; its boxes for marks are
// guesses, so the letters' bodies give a line's size and the blobs above
// them the evidence of marks it did not read.
//
// Lines that are only speckle or the detached marks of the line below
// (Tesseract reads a row of tone marks as a line of its own) hold no
// letter-sized ink and are dropped. Every other line stays, however doubtful
// its reading, with its confidence.
#ifndef SAMATTHANA_INGEST_OCR_OCR_LINES_H_
#define SAMATTHANA_INGEST_OCR_OCR_LINES_H_

#include <unicode/uversion.h>

#include <memory>
#include <vector>

#include "ingest/ocr/mark_repair.h"
#include "ingest/ocr/ocr_engine.h"
#include "ingest/ocr/thai_dictionary.h"
#include "ingest/pdf/visual_line.h"

struct Pix;

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace samatthana::ingest {

// What is known of the page the lines were read from.
struct OcrPageGeometry {
  int page = 0;           // 1-based
  int dpi = 300;          // of the image the boxes are in
  int letter_height = 0;  // the page's median glyph height, pixels
  double width = 0;       // the page's size in points
  double height = 0;
};

struct OcrPageLines {
  PageLines lines;  // in points; each line's `confidence` filled
  int dropped = 0;  // lines that were only speckle or detached marks
  MarkRepairCount marks;
};

// A line Tesseract's layout made of the marks above another line (large
// type sets tone marks well above the letters), and the box holding both.
struct MarkRow {
  size_t marks = 0;  // index of the line of marks
  size_t line = 0;   // index of the line they stand over
  PixelBox both;
};

// The lines of `lines` Tesseract read from the marks of the line below
// them: read as text, their blobs ending above its letters, mark-sized.
// Reading each `both` box as one line gives the marks back to their letters.
std::vector<MarkRow> FindMarkRows(const std::vector<OcrTextLine>& lines, Pix* binary,
                                  int letter_height);

// Whether `again`, a line read again with its mark row, is the better
// reading of it than `first`: the same letters with more marks. Specks in
// the row can change letters and digits ("๕:" read "๕๕"); those readings
// are no better.
bool ReadsMoreMarks(const std::vector<OcrWord>& again, const std::vector<OcrWord>& first);

// A cluster of a line (see mark_repair.h) with where it stands.
struct PlacedCluster {
  PixelBox box;
  float confidence = 0;
  bool space_before = false;
};

class OcrLineBuilder {
 public:
  explicit OcrLineBuilder(const ThaiDictionary* dictionary);
  ~OcrLineBuilder();

  // `binary` is the 1-bit image Tesseract read (ink = 1).
  OcrPageLines Build(const std::vector<OcrTextLine>& lines, Pix* binary,
                     const OcrPageGeometry& geometry);

 private:
  void DropSpacesInsideWords(std::vector<MarkCluster>* clusters,
                             std::vector<PlacedCluster>* placed);

  const ThaiDictionary* dictionary_;
  std::unique_ptr<icu::BreakIterator> words_;
};

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_OCR_OCR_LINES_H_
