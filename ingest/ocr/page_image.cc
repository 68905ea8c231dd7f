// Poppler-private: PDFDoc, OutputDev and SplashOutputDev are Poppler's core
// API (libpoppler-private-dev), confined to this file.
#include "ingest/ocr/page_image.h"

#include <GlobalParams.h>
#include <OutputDev.h>
#include <PDFDoc.h>
#include <SplashOutputDev.h>
#include <Stream.h>
#include <goo/GooString.h>
#include <leptonica/allheaders.h>
#include <splash/SplashBitmap.h>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <optional>

namespace samatthana::ingest {
namespace {

void InitPoppler() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (!globalParams) globalParams = std::make_unique<GlobalParams>();
  });
}

// An output device that draws nothing and notes, for the page's largest
// image, how many of its pixels fall on an inch of the page: the scan's
// resolution. Images are not decoded.
class ImageResolution : public OutputDev {
 public:
  bool upsideDown() override { return true; }
  bool useDrawChar() override { return true; }
  bool interpretType3Chars() override { return false; }
  bool needCharCount() override { return false; }

  void drawImageMask(GfxState* state, Object* ref, Stream* str, int width, int height, bool invert,
                     bool interpolate, bool inline_img) override {
    Note(state, width, height);
    OutputDev::drawImageMask(state, ref, str, width, height, invert, interpolate, inline_img);
  }
  void drawImage(GfxState* state, Object* ref, Stream* str, int width, int height,
                 GfxImageColorMap* color_map, bool interpolate, const int* mask_colors,
                 bool inline_img) override {
    Note(state, width, height);
    OutputDev::drawImage(state, ref, str, width, height, color_map, interpolate, mask_colors,
                         inline_img);
  }
  void drawMaskedImage(GfxState* state, Object* ref, Stream* str, int width, int height,
                       GfxImageColorMap* color_map, bool interpolate, Stream* mask_str,
                       int mask_width, int mask_height, bool mask_invert,
                       bool mask_interpolate) override {
    Note(state, width, height);
    OutputDev::drawMaskedImage(state, ref, str, width, height, color_map, interpolate, mask_str,
                               mask_width, mask_height, mask_invert, mask_interpolate);
  }
  void drawSoftMaskedImage(GfxState* state, Object* ref, Stream* str, int width, int height,
                           GfxImageColorMap* color_map, bool interpolate, Stream* mask_str,
                           int mask_width, int mask_height, GfxImageColorMap* mask_color_map,
                           bool mask_interpolate) override {
    Note(state, width, height);
    OutputDev::drawSoftMaskedImage(state, ref, str, width, height, color_map, interpolate, mask_str,
                                   mask_width, mask_height, mask_color_map, mask_interpolate);
  }

  int dpi() const { return dpi_; }
  double area() const { return area_; }

 private:
  // An image is drawn into the unit square: the CTM's columns are its sides
  // on the page, in points at the 72 dpi the page is displayed at.
  void Note(const GfxState* state, int width, int height) {
    const double* m = state->getCTM();
    double w = std::hypot(m[0], m[1]), h = std::hypot(m[2], m[3]);
    if (w < 1 || h < 1 || width <= 1 || height <= 1) return;
    // A rotated image's pixel width runs along its own side either way.
    double area = w * h;
    if (area <= area_) return;
    area_ = area;
    double dpi = std::max(width / (w / 72), height / (h / 72));
    dpi_ = static_cast<int>(std::lround(dpi));
  }

  double area_ = 0;
  int dpi_ = 0;
};

std::optional<GooString> Password(const std::string& password) {
  return GooString(password.c_str());
}

}  // namespace

PageImage::PageImage(PageImage&& other) noexcept { *this = std::move(other); }

PageImage& PageImage::operator=(PageImage&& other) noexcept {
  if (this != &other) {
    if (pix != nullptr) pixDestroy(&pix);
    pix = other.pix;
    other.pix = nullptr;
    dpi = other.dpi;
    scan_dpi = other.scan_dpi;
    scan_share = other.scan_share;
    width = other.width;
    height = other.height;
  }
  return *this;
}

PageImage::~PageImage() {
  if (pix != nullptr) pixDestroy(&pix);
}

namespace {
// A scan covering this much of its page is the page.
constexpr double kWholePageShare = 0.5;
}  // namespace

int RenderDpiFor(int scan_dpi, bool whole_page) {
  if (scan_dpi <= 0) return kMinRenderDpi;
  if (whole_page && scan_dpi >= kMinScanDpi && scan_dpi < kMinRenderDpi) return scan_dpi;
  if (scan_dpi >= kMinRenderDpi && scan_dpi <= kMaxRenderDpi) return scan_dpi;
  if (scan_dpi < kMinRenderDpi) {
    int multiple = scan_dpi * ((kMinRenderDpi + scan_dpi - 1) / scan_dpi);
    return multiple <= kMaxRenderDpi ? multiple : kMinRenderDpi;
  }
  for (int k = 2; scan_dpi / k >= kMinRenderDpi; ++k) {
    if (scan_dpi % k == 0 && scan_dpi / k <= kMaxRenderDpi) return scan_dpi / k;
  }
  return kMaxRenderDpi;
}

PageRenderer::PageRenderer(std::unique_ptr<PDFDoc> doc) : doc_(std::move(doc)) {}
PageRenderer::~PageRenderer() = default;

std::unique_ptr<PageRenderer> PageRenderer::Open(const PdfSource& source) {
  InitPoppler();
  std::unique_ptr<PDFDoc> doc;
  if (!source.path.empty()) {
    doc = std::make_unique<PDFDoc>(std::make_unique<GooString>(source.path.c_str()),
                                   Password(source.password), Password(source.password));
  } else {
    // The stream only reads the bytes; the document owns the stream.
    auto* stream = new MemStream(source.bytes.data(), 0, static_cast<Goffset>(source.bytes.size()),
                                 Object(objNull));
    doc = std::make_unique<PDFDoc>(stream, Password(source.password), Password(source.password));
  }
  if (!doc->isOk()) return nullptr;
  return std::unique_ptr<PageRenderer>(new PageRenderer(std::move(doc)));
}

int PageRenderer::pages() const { return doc_->getNumPages(); }

PageImage PageRenderer::Render(int number) {
  PageImage out;
  if (number < 1 || number > doc_->getNumPages() || doc_->getPage(number) == nullptr) return out;
  out.width = doc_->getPageCropWidth(number);
  out.height = doc_->getPageCropHeight(number);
  if (doc_->getPageRotate(number) % 180 != 0) std::swap(out.width, out.height);

  ImageResolution measure;
  doc_->displayPage(&measure, number, 72, 72, 0, /*useMediaBox=*/false, /*crop=*/true,
                    /*printing=*/false);
  out.scan_dpi = measure.dpi();
  if (out.width > 0 && out.height > 0) {
    out.scan_share = std::min(1.0, measure.area() / (out.width * out.height));
  }
  out.dpi = RenderDpiFor(out.scan_dpi, out.scan_share > kWholePageShare);

  SplashColor white;
  white[0] = 0xFF;
  SplashOutputDev splash(splashModeMono8, /*bitmapRowPad=*/4, /*reverseVideo=*/false, white);
  splash.setFontAntialias(true);
  splash.setVectorAntialias(true);
  splash.startDoc(doc_.get());
  doc_->displayPage(&splash, number, out.dpi, out.dpi, 0, /*useMediaBox=*/false, /*crop=*/true,
                    /*printing=*/false);
  SplashBitmap* bitmap = splash.getBitmap();
  if (bitmap == nullptr || bitmap->getWidth() <= 0 || bitmap->getHeight() <= 0) return out;
  const int w = bitmap->getWidth(), h = bitmap->getHeight();
  Pix* pix = pixCreate(w, h, 8);
  if (pix == nullptr) return out;
  const unsigned char* row = bitmap->getDataPtr();
  l_uint32* data = pixGetData(pix);
  const int wpl = pixGetWpl(pix);
  for (int y = 0; y < h; ++y, row += bitmap->getRowSize()) {
    l_uint32* line = data + static_cast<ptrdiff_t>(y) * wpl;
    for (int x = 0; x < w; ++x) SET_DATA_BYTE(line, x, row[x]);
  }
  pixSetResolution(pix, out.dpi, out.dpi);
  out.pix = pix;
  return out;
}

}  // namespace samatthana::ingest
