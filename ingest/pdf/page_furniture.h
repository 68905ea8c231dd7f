// PageFurniture: finds running headers, footers and page numbers by where
// they stand and how they repeat, not by what they say. A line among the two
// topmost or bottommost of its page is furniture when the same text, with its
// digits masked ("- ๑๒ -" and "- 13 -" read alike), stands at the same height
// on at least half of the pages, and the pages without it have (nearly
// always) no text at that height: furniture stands in the margin.
#ifndef SAMATTHANA_INGEST_PAGE_FURNITURE_H_
#define SAMATTHANA_INGEST_PAGE_FURNITURE_H_

#include <string>
#include <string_view>
#include <vector>

#include "ingest/pdf/visual_line.h"

namespace samatthana::ingest {

// Removes furniture lines from `pages` in place. Returns how many it removed.
int RemovePageFurniture(std::vector<PageLines>* pages);

// The text with every ASCII or Thai digit run replaced by '#' and spaces
// dropped: the shape two page numbers share.
std::string MaskDigits(std::string_view text);

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_PAGE_FURNITURE_H_
