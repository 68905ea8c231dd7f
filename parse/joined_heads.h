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
// names, the unit is cut there: what came before it keeps its place, the
// repeated piece stands alone, and what follows it (the category) too.
void SplitJoinedHeads(std::vector<Unit>* units);

}  // namespace samatthana::parse

#endif  // SAMATTHANA_PARSE_JOINED_HEADS_H_
