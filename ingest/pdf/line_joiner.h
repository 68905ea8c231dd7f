// LineJoiner: decides, for each visual line of a PDF, whether it continues
// the line before (a wrap, or a paragraph that runs over a page break) or
// starts a new paragraph, and whether a new paragraph is a list item whose
// bullet was drawn as a shape. It marks lines rather than merging them, so
// the parser still sees every heading on its own.
//
// A line continues the one before when that one was full: the first word of
// the line (by the Thai dictionary) would not have fit in the space left at
// the end of the line before. A bullet, extra space between the lines or a
// deeper indent starts a new paragraph. A new paragraph that starts indented
// from the body's left margin is an item.
//
// The type says more: a line in another size or weight than the one before
// starts another element (a bold heading at the top of a page never goes on
// with the body text that ended the page before); where the document spaces
// its paragraphs (a step between baselines that every paragraph end shows
// and wraps do not), that step alone ends a paragraph; and where it marks
// its items with bullets, an unmarked line under an item's hanging text goes
// on with the item, however short the line before it ended. Lines set apart
// by their type carry it as Line::style, extra space as Line::after_gap.
#ifndef SAMATTHANA_INGEST_LINE_JOINER_H_
#define SAMATTHANA_INGEST_LINE_JOINER_H_

#include <vector>

#include "ingest/document.h"
#include "ingest/pdf/visual_line.h"

namespace samatthana::ingest {

// Consumes the pages' text (moved into the lines returned); their geometry
// stays.
std::vector<Line> JoinLines(std::vector<PageLines>* pages);

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_LINE_JOINER_H_
