#include "ingest/ocr/ocr_engine.h"

#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <memory>

#ifdef SAMATTHANA_OPENMP
#include <omp.h>
#endif

#include "ingest/ocr/ocr_messages.h"

namespace samatthana::ingest {
namespace {

constexpr const char* kLanguages = "tha+eng";
constexpr const char* kThaiOnly = "tha";

// How many alternatives to keep for a symbol: the repair looks for a marked
// form among the likely ones, not the long tail.
constexpr size_t kMaxChoices = 4;

std::string TakeText(char* text) {
  std::string out = text != nullptr ? text : "";
  delete[] text;
  return out;
}

PixelBox BoxAt(const tesseract::ResultIterator& it, tesseract::PageIteratorLevel level) {
  PixelBox b;
  it.BoundingBox(level, &b.x0, &b.top, &b.x1, &b.bottom);
  return b;
}

}  // namespace

OcrEngine::OcrEngine() : api_(std::make_unique<tesseract::TessBaseAPI>()) {}
OcrEngine::~OcrEngine() {
  if (api_) api_->End();
  if (thai_) thai_->End();
}

Result<std::unique_ptr<OcrEngine>> OcrEngine::Create() {
  SilenceOcrLibraries();
#ifdef SAMATTHANA_OPENMP
  // Tesseract splits each line's network among OpenMP threads, a few
  // microseconds of work each. Pages are read in parallel already, one
  // engine a core; nested threads only fight them for the cores (a page
  // took twice as long on a busy machine). No OpenMP region runs parallel.
  omp_set_max_active_levels(0);
#endif
  std::unique_ptr<OcrEngine> engine(new OcrEngine());
  tesseract::TessBaseAPI& api = *engine->api_;
  // Tesseract prints its diagnostics (tprintf) to stderr unless given a
  // file; what the user needs to know of a page is judged from its results.
  api.SetVariable("debug_file", "/dev/null");
  if (api.Init(nullptr, kLanguages, tesseract::OEM_LSTM_ONLY) != 0) {
    return Status::InvalidInput(
        {},
        "OCR needs Tesseract's Thai and English models (Debian: tesseract-ocr-tha and "
        "tesseract-ocr-eng), which are not installed");
  }
  // The page comes binarized and upright; a catalogue is one column of text.
  api.SetPageSegMode(tesseract::PSM_SINGLE_BLOCK);
  // White-on-black lines are no part of a catalogue, and looking for them
  // costs a second reading of every line.
  api.SetVariable("tessedit_do_invert", "0");
  // Alternatives for each symbol, for the mark repair.
  api.SetVariable("lstm_choice_mode", "2");
  return engine;
}

std::vector<OcrTextLine> OcrEngine::Read(Pix* binary, int dpi) {
  tesseract::TessBaseAPI& api = *api_;
  api.SetPageSegMode(tesseract::PSM_SINGLE_BLOCK);
  api.SetImage(binary);
  api.SetSourceResolution(dpi);
  return Collect(api);
}

std::vector<OcrTextLine> OcrEngine::ReadLine(Pix* binary, int dpi, const PixelBox& box) {
  return ReadLineWith(*api_, binary, dpi, box);
}

std::vector<OcrTextLine> OcrEngine::ReadLineAsThai(Pix* binary, int dpi, const PixelBox& box) {
  if (!thai_ && !thai_failed_) {
    auto api = std::make_unique<tesseract::TessBaseAPI>();
    api->SetVariable("debug_file", "/dev/null");
    if (api->Init(nullptr, kThaiOnly, tesseract::OEM_LSTM_ONLY) == 0) {
      api->SetVariable("tessedit_do_invert", "0");
      api->SetVariable("lstm_choice_mode", "2");
      thai_ = std::move(api);
    } else {
      thai_failed_ = true;
    }
  }
  if (!thai_) return {};
  return ReadLineWith(*thai_, binary, dpi, box);
}

std::vector<OcrTextLine> OcrEngine::ReadLineWith(tesseract::TessBaseAPI& api, Pix* binary, int dpi,
                                                 const PixelBox& box) {
  api.SetPageSegMode(tesseract::PSM_SINGLE_LINE);
  api.SetImage(binary);
  api.SetSourceResolution(dpi);
  const int x0 = std::max(0, box.x0), top = std::max(0, box.top);
  const int x1 = std::min(static_cast<int>(pixGetWidth(binary)), box.x1);
  const int bottom = std::min(static_cast<int>(pixGetHeight(binary)), box.bottom);
  if (x1 <= x0 || bottom <= top) return {};
  api.SetRectangle(x0, top, x1 - x0, bottom - top);
  return Collect(api);
}

// Recognizes the image and rectangle set on the API, and takes the results.
std::vector<OcrTextLine> OcrEngine::Collect(tesseract::TessBaseAPI& api) {
  std::vector<OcrTextLine> lines;
  if (api.Recognize(nullptr) != 0) {
    api.Clear();
    return lines;
  }
  std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
  if (!it) {
    api.Clear();
    return lines;
  }
  it->Begin();
  if (!it->Empty(tesseract::RIL_SYMBOL)) {
    do {
      if (it->Empty(tesseract::RIL_SYMBOL)) continue;
      if (lines.empty() || it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) {
        OcrTextLine line;
        line.box = BoxAt(*it, tesseract::RIL_TEXTLINE);
        int bx0, by0, bx1, by1;
        line.baseline = it->Baseline(tesseract::RIL_TEXTLINE, &bx0, &by0, &bx1, &by1)
                            ? (by0 + by1) / 2
                            : line.box.bottom;
        lines.push_back(std::move(line));
      }
      OcrTextLine& line = lines.back();
      if (line.words.empty() || it->IsAtBeginningOf(tesseract::RIL_WORD)) {
        OcrWord word;
        word.text = TakeText(it->GetUTF8Text(tesseract::RIL_WORD));
        word.box = BoxAt(*it, tesseract::RIL_WORD);
        word.confidence = it->Confidence(tesseract::RIL_WORD);
        line.words.push_back(std::move(word));
      }
      OcrSymbol symbol;
      symbol.text = TakeText(it->GetUTF8Text(tesseract::RIL_SYMBOL));
      symbol.box = BoxAt(*it, tesseract::RIL_SYMBOL);
      symbol.confidence = it->Confidence(tesseract::RIL_SYMBOL);
      tesseract::ChoiceIterator choice(*it);
      do {
        const char* text = choice.GetUTF8Text();
        if (text == nullptr) continue;
        symbol.choices.push_back({text, choice.Confidence()});
      } while (symbol.choices.size() < kMaxChoices && choice.Next());
      line.words.back().symbols.push_back(std::move(symbol));
    } while (it->Next(tesseract::RIL_SYMBOL));
  }
  it.reset();
  api.Clear();
  return lines;
}

}  // namespace samatthana::ingest
