#include "ingest/pdf/shape_marks.h"

#include <algorithm>

namespace samatthana::ingest {

int MarkShapeBullets(const std::vector<PdfShape>& shapes, PageLines* lines) {
  if (shapes.empty()) return 0;
  int found = 0;
  for (VisualLine& l : lines->lines) {
    if (l.starts_with_bullet) continue;
    // Inside the line's band (away from the lines above and below), no
    // bigger than the line is tall, and just before the text with a little
    // air between: a list's marker box is about an em wide. The gap is
    // measured from the line itself, not from the page's left margin: a page
    // may hold nothing but list items.
    const double band_top = l.top + 0.2 * l.height;
    const double band_bottom = l.bottom - 0.2 * l.height;
    for (const PdfShape& s : shapes) {
      bool in_band = s.bottom > band_top && s.top < band_bottom;
      bool fits = s.bottom - s.top <= l.height * 1.2 && s.x1 - s.x0 <= l.height * 1.2;
      bool in_gap = s.x1 >= l.x0 - 2.5 * l.height && s.x1 <= l.x0 - 0.1 * l.height;
      if (in_band && fits && in_gap) {
        // The mark begins the line, as a bullet character would: the lines
        // after it may start under the mark (a list with its markers inside)
        // or under the text.
        l.shape_mark = true;
        l.text_x0 = l.x0;
        l.x0 = s.x0;
        ++found;
        break;
      }
    }
  }
  return found;
}

}  // namespace samatthana::ingest
