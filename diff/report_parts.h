// Pieces every diff report shares: how a version and a competency are named.
// They return plain text; each report escapes it for its own format.
#ifndef SAMATTHANA_DIFF_REPORT_PARTS_H_
#define SAMATTHANA_DIFF_REPORT_PARTS_H_

#include <optional>
#include <string>

#include "diff/diff.h"
#include "model/record_code.h"

namespace samatthana::diff {

// `version 1 "2566"` for a stored version, the path for a file.
std::string SideName(const Side& side);

// Whether two consecutive changes are about the same competency.
bool SameCompetency(const Change& a, const Change& b);

// The competency a group of changes is about: its code and name as they are
// now (as they were, when it was removed), and "C03 old name" for what it was
// before when that differs (empty when nothing differs).
struct CompetencyTitle {
  std::string code;
  std::optional<std::string> name;
  bool removed = false;
  bool added = false;
  std::string was;
};
CompetencyTitle TitleOf(const Change& c);

}  // namespace samatthana::diff

#endif  // SAMATTHANA_DIFF_REPORT_PARTS_H_
