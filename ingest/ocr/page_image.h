// PageImage: a PDF page rendered for OCR. A scan is rendered at a resolution
// chosen from the scan's own: the images the page draws tell how many pixels
// an inch of paper had. Rendering finer than that adds nothing, coarser loses
// Thai marks, and Tesseract reads best with letters some 20-40 pixels high,
// which body text has at 300 dpi.
//
// Uses Poppler's core (libpoppler-private-dev): its Splash renderer, and an
// output device that only measures the page's images. Poppler-private
// includes stay in page_image.cc.
#ifndef SAMATTHANA_INGEST_OCR_PAGE_IMAGE_H_
#define SAMATTHANA_INGEST_OCR_PAGE_IMAGE_H_

#include <memory>
#include <string>
#include <string_view>

struct Pix;
class PDFDoc;

namespace samatthana::ingest {

// Where a PDF's bytes are: a file Poppler reads itself (`path`), or bytes in
// memory (`bytes`, when `path` is empty) that outlive every renderer.
struct PdfSource {
  std::string path = {};
  std::string_view bytes = {};
  std::string password = {};
};

// Renders at least this fine (dots per inch), and never finer than
// kMaxRenderDpi unless the scan itself is.
inline constexpr int kMinRenderDpi = 300;
inline constexpr int kMaxRenderDpi = 360;

// A page as pixels: 8-bit grey, white paper.
struct PageImage {
  Pix* pix = nullptr;     // owned; freed by the destructor
  int dpi = 0;            // the resolution it was rendered at
  int scan_dpi = 0;       // the resolution of the largest image the page draws; 0: none
  double scan_share = 0;  // how much of the page that image covers, 0-1
  double width = 0;       // the page's size in points, as the text reader measures it
  double height = 0;
  PageImage() = default;
  PageImage(PageImage&& other) noexcept;
  PageImage& operator=(PageImage&& other) noexcept;
  PageImage(const PageImage&) = delete;
  PageImage& operator=(const PageImage&) = delete;
  ~PageImage();
};

// A scan coarser than this (dpi) draws a Thai mark in a pixel or two: no
// reading of it can be trusted, and OCR leaves it alone.
inline constexpr int kMinScanDpi = 100;

// One Poppler document, for one thread: Poppler documents are not shared
// between threads.
class PageRenderer {
 public:
  // Null when Poppler cannot open the document.
  static std::unique_ptr<PageRenderer> Open(const PdfSource& source);
  ~PageRenderer();

  int pages() const;
  // Renders page `number` (1-based) at the resolution its scan calls for
  // (see above). A page Poppler cannot draw has a null pix.
  PageImage Render(int number);

 private:
  explicit PageRenderer(std::unique_ptr<PDFDoc> doc);
  std::unique_ptr<PDFDoc> doc_;
};

// The resolution to render a scan of `scan_dpi` at (0: the page draws no
// image): the scan's own, or a whole multiple of it, between kMinRenderDpi
// and kMaxRenderDpi where one fits; a whole multiple maps every scan pixel
// onto the same number of rendered ones. A scan coarser than kMinRenderDpi
// that covers the page (`whole_page`) is rendered at its own resolution:
// the cleanup enlarges it by interpolation (image_cleanup.h), which a
// renderer's enlargement of a 1-bit image, pixel by pixel, does not.
int RenderDpiFor(int scan_dpi, bool whole_page);

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_OCR_PAGE_IMAGE_H_
