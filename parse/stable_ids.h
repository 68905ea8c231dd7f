// StableIds: identifiers for records that do not change when nothing about
// the record changes. A fresh id is derived from the record's content with
// layout taken out (so the same catalogue from text or PDF gets the same ids);
// ids already set, such as ids carried over from an earlier version by the
// diff matcher, are kept.
#ifndef SAMATTHANA_PARSE_STABLE_IDS_H_
#define SAMATTHANA_PARSE_STABLE_IDS_H_

#include <string>
#include <string_view>

#include "model/catalogue.h"

namespace samatthana::parse {

// Competencies: "c-" + 12 hex digits of their name's layout key. Levels: the
// competency id + ".l" + level number. Indicators: "i-" + 12 hex digits of
// their competency, level and text. Duplicates within one catalogue get a
// "-2", "-3" suffix, so ids are unique per version.
void AssignStableIds(Catalogue* catalogue);

// The content-derived id of a competency with this name.
std::string CompetencyIdFor(std::string_view name);

}  // namespace samatthana::parse

#endif  // SAMATTHANA_PARSE_STABLE_IDS_H_
