// PdfDocument: a PDF opened with Poppler, read one page at a time in a single
// pass of Poppler's text device. A page gives its words (characters in
// logical order with their edges) and the small shapes painted on it: a web
// browser paints the discs of a <ul> as circles, not characters, and a
// bullet that is not text can only be seen among the page's drawings.
// Poppler's C++ wrapper (poppler-cpp) hands out words but no drawings, and a
// second pass over a page to render it costs as much as the first, so this
// uses Poppler's own text device (libpoppler-private-dev) and listens to
// both in the one pass. The same pass reads each glyph as its embedded font
// says it draws where the text layer says otherwise (font_repair_cache.h).
#ifndef SAMATTHANA_INGEST_PDF_DOCUMENT_H_
#define SAMATTHANA_INGEST_PDF_DOCUMENT_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/pdf/garbage_text.h"
#include "ingest/pdf/pdf_line_builder.h"
#include "ingest/pdf/text_layer_repair.h"

class PDFDoc;

namespace samatthana::ingest {

// The bounding box of a small shape filled or stroked on a page, in points,
// y downwards like the words.
struct PdfShape {
  double x0 = 0, top = 0, x1 = 0, bottom = 0;
};

struct PdfPage {
  bool readable = true;  // false when Poppler cannot find the page or its content
  double width = 0;
  double height = 0;
  std::vector<PdfWord> words;
  std::vector<PdfShape> shapes;  // small, visible ones only: candidate bullets
  // Thin boxes, each a piece of a ruling line: a thin filled rectangle, a
  // stroked straight segment (its box as wide as the pen), or an edge of a
  // filled background. Tables are found among them (ruling_grid.h).
  std::vector<PdfShape> rules;
  // Characters whose text layer disagreed with their font, repaired, by kind.
  RepairCounts repaired{};
  // What the page's text layer decodes to, font by font.
  PageTextCensus census;
};

class FontRepairCache;

class PdfDocument {
 public:
  enum class OpenResult { kOk, kDamaged, kLocked };

  // Opens the file at `path`; Poppler reads it from disk as it needs it.
  // `password` opens an encrypted document (as owner or user password).
  static std::unique_ptr<PdfDocument> OpenFile(const std::string& path, const std::string& password,
                                               OpenResult* result);
  // Opens a document held in memory; `bytes` must outlive the document.
  static std::unique_ptr<PdfDocument> OpenBytes(std::string_view bytes, const std::string& password,
                                                OpenResult* result);
  ~PdfDocument();

  int pages() const;
  // Reads glyphs as `fonts` plans (shared by the documents open on one
  // file); without one, the text layer is read as it is.
  void RepairTextLayer(std::shared_ptr<FontRepairCache> fonts) { fonts_ = std::move(fonts); }
  // Reads page `index` (0-based).
  PdfPage ReadPage(int index);

 private:
  explicit PdfDocument(std::unique_ptr<PDFDoc> doc);
  static std::unique_ptr<PdfDocument> Check(std::unique_ptr<PDFDoc> doc, OpenResult* result);

  std::unique_ptr<PDFDoc> doc_;
  std::shared_ptr<FontRepairCache> fonts_;
};

// Where Poppler's messages go: by default Poppler prints them to stderr. The
// receiver is process-wide (Poppler has one) and may be called from any
// thread reading a document; null drops them.
using PopplerMessageReceiver = void (*)(const std::string& message);
void SetPopplerMessageReceiver(PopplerMessageReceiver receiver);

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_PDF_DOCUMENT_H_
