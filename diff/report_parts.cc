#include "diff/report_parts.h"

namespace samatthana::diff {

std::string SideName(const Side& side) {
  if (side.version == 0) return side.label;
  std::string name = "version " + std::to_string(side.version);
  if (!side.label.empty()) name += " \"" + side.label + "\"";
  return name;
}

std::string CompetencyOrdinal(int ordinal) {
  std::string n = std::to_string(ordinal);
  return "C" + std::string(n.size() < 2 ? 2 - n.size() : 0, '0') + n;
}

bool SameCompetency(const Change& a, const Change& b) {
  return a.competency_old_ordinal == b.competency_old_ordinal &&
         a.competency_new_ordinal == b.competency_new_ordinal;
}

CompetencyTitle TitleOf(const Change& c) {
  CompetencyTitle t;
  bool has_new = c.competency_new_ordinal != 0;
  t.code = CompetencyOrdinal(has_new ? c.competency_new_ordinal : c.competency_old_ordinal);
  t.name = has_new ? c.competency_new : c.competency_old;
  t.removed = !has_new;
  t.added = has_new && c.competency_old_ordinal == 0;
  if (t.removed || t.added) return t;
  if (c.competency_old_ordinal != c.competency_new_ordinal) {
    t.was = CompetencyOrdinal(c.competency_old_ordinal);
  }
  if (c.competency_old && c.competency_new && *c.competency_old != *c.competency_new) {
    t.was += (t.was.empty() ? "" : " ") + *c.competency_old;
  }
  return t;
}

}  // namespace samatthana::diff
