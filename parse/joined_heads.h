// JoinedHeads: undoes joins that glued a competency's opening lines onto the
// paragraph before them. A PDF line that fills the width looks wrapped, and
// a page break joins too, so the lines that open a competency (a running
// header such as the department's heading, then the category) can be read
// as the continuation of the last indicator before them.
#ifndef SAMATTHANA_PARSE_JOINED_HEADS_H_
#define SAMATTHANA_PARSE_JOINED_HEADS_H_

#include <vector>

#include "parse/unit.h"

namespace samatthana::parse {

// Where a piece of the unit just before a labelled name repeats before most
// names, or is a category heading alone on its line, the unit is cut there:
// what came before it keeps its place, the piece stands alone, and what
// follows it (the category) too.
void SplitJoinedHeads(std::vector<Unit>* units, const Labels& labels);

// For a document whose names end with an English gloss ("ชื่อ (Name-NM)"):
// where the stretch [from, to) before a scale holds no line that ends with
// one, the last unit there joined from lines the first of which end with a
// gloss is cut after the gloss. A name that fills the last line of a page
// reads as wrapped, and the definition at the next page's top was joined
// onto it. Where the stretch's last glossed line was joined at a page break
// before its gloss, it is cut there: a name that opens a page took the
// page before's last line. Returns whether a unit was cut (indices after it
// move).
bool SplitGlossedName(std::vector<Unit>* units, size_t from, size_t to);

}  // namespace samatthana::parse

#endif  // SAMATTHANA_PARSE_JOINED_HEADS_H_
