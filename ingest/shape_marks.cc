#include "ingest/shape_marks.h"

#include <algorithm>

namespace samatthana::ingest {

int MarkShapeBullets(const std::vector<PdfShape>& shapes, PageLines* lines) {
  if (shapes.empty() || lines->lines.empty()) return 0;
  double left = lines->lines.front().x0;
  for (const VisualLine& l : lines->lines) left = std::min(left, l.x0);
  int found = 0;
  for (VisualLine& l : lines->lines) {
    if (l.starts_with_bullet || l.x0 <= left + 0.5 * l.height) continue;
    // Inside the line's band (away from the lines above and below), no
    // taller than the line, and between the margin and the text with a
    // little air before the text.
    const double band_top = l.top + 0.2 * l.height;
    const double band_bottom = l.bottom - 0.2 * l.height;
    for (const PdfShape& s : shapes) {
      bool in_band = s.bottom > band_top && s.top < band_bottom;
      bool fits = s.bottom - s.top <= l.height * 1.2;
      bool in_gap = s.x1 > left - 0.5 * l.height && s.x1 <= l.x0 - 0.1 * l.height;
      if (in_band && fits && in_gap) {
        l.shape_mark = true;
        ++found;
        break;
      }
    }
  }
  return found;
}

}  // namespace samatthana::ingest
