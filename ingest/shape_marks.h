// ShapeMarks: list bullets drawn as shapes. Web browsers paint the discs of
// a <ul> as circles, not characters, so the text layer has nothing at the
// start of an item; an item whose previous one ended on a full line would
// run into it. This looks at the page itself: any ink left of an indented
// line, in the gap between the margin and the text, is its bullet.
#ifndef SAMATTHANA_INGEST_SHAPE_MARKS_H_
#define SAMATTHANA_INGEST_SHAPE_MARKS_H_

#include "ingest/visual_line.h"

namespace poppler {
class page;
}

namespace samatthana::ingest {

// Sets `shape_mark` on the indented lines of `lines` that have ink left of
// them. Renders one narrow strip of the page, only when there are indented
// lines without a bullet character. Returns the number of marks found.
int FindShapeMarks(const poppler::page& page, PageLines* lines);

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_SHAPE_MARKS_H_
