// ShapeMarks: list bullets drawn as shapes. Web browsers paint the discs of
// a <ul> as circles, not characters, so the text layer has nothing at the
// start of an item; an item whose previous one ended on a full line would
// run into it. This looks at the page itself: any ink left of an indented
// line, in the gap between the margin and the text, is its bullet.
#ifndef SAMATTHANA_INGEST_SHAPE_MARKS_H_
#define SAMATTHANA_INGEST_SHAPE_MARKS_H_

#include <cstdint>
#include <vector>

#include "ingest/visual_line.h"

namespace poppler {
class page;
}

namespace samatthana::ingest {

// The left margin of a page as a bitmap at 72 dpi (one pixel per point):
// where bullets drawn as shapes would be.
struct MarginStrip {
  int x = 0;  // left edge, in points
  int width = 0;
  int height = 0;
  std::vector<uint8_t> dark;  // width * height, 1 where something is drawn
};

// Renders the strip of `page` between x0 and x1 (points), full height.
MarginStrip RenderMarginStrip(const poppler::page& page, double x0, double x1);

// Sets `shape_mark` on the indented lines of `lines` (without a bullet
// character) that have ink left of them in `strip`. Returns how many.
int MarkShapeBullets(const MarginStrip& strip, PageLines* lines);

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_SHAPE_MARKS_H_
