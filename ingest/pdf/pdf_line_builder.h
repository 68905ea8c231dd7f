// PdfLineBuilder: turns the words Poppler finds on a page into visual lines.
// Words are grouped into lines by their vertical position, joined with a
// space only where SpaceCalibrator says the gap is one, and measured for the
// line joiner (edges, height, width of the first dictionary word).
#ifndef SAMATTHANA_INGEST_PDF_LINE_BUILDER_H_
#define SAMATTHANA_INGEST_PDF_LINE_BUILDER_H_

#include <unicode/uversion.h>

#include <memory>
#include <string>
#include <vector>

#include "ingest/pdf/space_calibrator.h"
#include "ingest/pdf/visual_line.h"

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace samatthana::ingest {

// One word as Poppler reports it: its characters in logical order, each with
// its left and right edge.
struct PdfWord {
  std::u32string text;
  std::vector<double> left;
  std::vector<double> right;
  // Per character: read from its font where the text layer disagreed
  // (text_layer_repair.h). Empty when no character of the word was.
  std::vector<bool> repaired;
  double x0 = 0, x1 = 0, top = 0, bottom = 0;
  double baseline = 0;   // y of the baseline, down the page
  double font_size = 0;  // as the text matrix scales the font, in points
  bool bold = false;     // every character's font is a bold face (font_style.h)
};

// The words of a page grouped into lines by position, not by Poppler's
// reading order (its layout analysis can put a few glyphs of a line, a
// stacked mark or the end of a word, into a block of their own): every word
// on the same baseline band, lines top to bottom. Catalogues are set in one
// column. Marks drawn apart from their letters, off the band, go back to
// the line they stand over.
std::vector<std::vector<const PdfWord*>> GroupLines(const std::vector<PdfWord>& words);

struct GlyphCluster;

class PdfLineBuilder {
 public:
  PdfLineBuilder();
  ~PdfLineBuilder();

  // Builds the page's lines, in Poppler's reading order. The calibrator
  // learns from this page's gaps before they are judged, and keeps what it
  // learned for the pages after.
  PageLines Build(int page, double page_width, double page_height,
                  const std::vector<PdfWord>& words);

 private:
  VisualLine Compose(int page, const std::vector<const PdfWord*>& words,
                     const std::vector<GlyphCluster>& clusters);
  double FirstWordWidth(const std::u32string& text, const std::vector<double>& rights, size_t start,
                        double text_x0);

  SpaceCalibrator calibrator_;
  // Line-break opportunities (Thai dictionary): the units a line breaker
  // places whole, such as a Thai word or "(Synergy)".
  std::unique_ptr<icu::BreakIterator> words_;
};

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_PDF_LINE_BUILDER_H_
