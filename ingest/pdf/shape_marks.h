// ShapeMarks: list bullets drawn as shapes. Web browsers paint the discs of
// a <ul> as circles, not characters, so the text layer has nothing at the
// start of an item; an item whose previous one ended on a full line would
// run into it. A small shape painted just left of a line's text, within its
// band, is that line's bullet.
#ifndef SAMATTHANA_INGEST_SHAPE_MARKS_H_
#define SAMATTHANA_INGEST_SHAPE_MARKS_H_

#include <vector>

#include "ingest/pdf/pdf_document.h"
#include "ingest/pdf/visual_line.h"

namespace samatthana::ingest {

// Sets `shape_mark` on the lines of `lines` (without a bullet character)
// that have one of `shapes` (the page's small shapes) just left of their
// text. Returns how many.
int MarkShapeBullets(const std::vector<PdfShape>& shapes, PageLines* lines);

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_SHAPE_MARKS_H_
