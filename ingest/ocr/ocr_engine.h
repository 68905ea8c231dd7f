// OcrEngine: Tesseract's LSTM reader with its Thai and English models
// ("tha+eng": catalogues quote English terms), through libtesseract's C++
// API. It returns the page as Tesseract lays it out: text lines, their
// words and each word's symbols, with boxes (in the image's pixels), and
// the confidences and alternatives the later steps judge by.
#ifndef SAMATTHANA_INGEST_OCR_OCR_ENGINE_H_
#define SAMATTHANA_INGEST_OCR_OCR_ENGINE_H_

#include <memory>
#include <string>
#include <vector>

#include "base/result.h"

struct Pix;
namespace tesseract {
class TessBaseAPI;
}

namespace samatthana::ingest {

// A box in image pixels, y growing down.
struct PixelBox {
  int x0 = 0, top = 0, x1 = 0, bottom = 0;
  int width() const { return x1 - x0; }
  int height() const { return bottom - top; }
};

// Another reading Tesseract considered for a symbol, with its probability
// (0-1).
struct SymbolChoice {
  std::string text;
  float probability = 0;
};

// One symbol as Tesseract recognized it: for Thai, a character or a cluster
// (a base letter with its marks). Its box is Tesseract's estimate; LSTM
// boxes are approximate along the line.
struct OcrSymbol {
  std::string text;  // UTF-8
  PixelBox box;
  float confidence = 0;               // 0-100
  std::vector<SymbolChoice> choices;  // best first, the chosen reading among them
};

struct OcrWord {
  std::string text;  // UTF-8
  PixelBox box;
  float confidence = 0;  // 0-100
  std::vector<OcrSymbol> symbols;
};

struct OcrTextLine {
  PixelBox box;
  int baseline = 0;  // y of the baseline at the line's middle
  std::vector<OcrWord> words;
};

// Not safe for concurrent use: one engine a thread. Loading the models takes
// a while, so an engine is made once and reads many pages.
class OcrEngine {
 public:
  // Loads the "tha+eng" models from Tesseract's data directory. Fails when
  // they are not installed.
  static Result<std::unique_ptr<OcrEngine>> Create();
  ~OcrEngine();

  // Reads a 1-bit page image (ink = 1) rendered at `dpi`. The image stays
  // the caller's.
  std::vector<OcrTextLine> Read(Pix* binary, int dpi);

  // Reads the part of `binary` inside `box` as one line of text: for a line
  // whose marks the page's layout took for a line of their own. The boxes
  // returned are in the whole image's pixels.
  std::vector<OcrTextLine> ReadLine(Pix* binary, int dpi, const PixelBox& box);

  // Reads `box` as one line by the Thai model alone (see foreign_runs.h).
  // The model is loaded on first use; empty when it cannot be.
  std::vector<OcrTextLine> ReadLineAsThai(Pix* binary, int dpi, const PixelBox& box);

 private:
  OcrEngine();
  static std::vector<OcrTextLine> ReadLineWith(tesseract::TessBaseAPI& api, Pix* binary, int dpi,
                                               const PixelBox& box);
  static std::vector<OcrTextLine> Collect(tesseract::TessBaseAPI& api);
  std::unique_ptr<tesseract::TessBaseAPI> api_;
  std::unique_ptr<tesseract::TessBaseAPI> thai_;  // "tha" only, once needed
  bool thai_failed_ = false;
};

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_OCR_OCR_ENGINE_H_
