#include "diff/report_parts.h"

#include "diff/report.h"
#include "model/record_code.h"

namespace samatthana::diff {

std::string SideName(const Side& side) {
  if (side.version == 0) return side.label;
  std::string name = "version " + std::to_string(side.version);
  if (!side.label.empty()) name += " \"" + side.label + "\"";
  return name;
}

std::string Report(const DiffResult& result, const std::string& format, bool color) {
  if (format == "json") return ToJson(result);
  if (format == "markdown") return ToMarkdown(result);
  if (format == "html") return ToHtml(result);
  return ToText(result, color);
}

bool SameCompetency(const Change& a, const Change& b) {
  return a.competency_old_ordinal == b.competency_old_ordinal &&
         a.competency_new_ordinal == b.competency_new_ordinal;
}

CompetencyTitle TitleOf(const Change& c) {
  CompetencyTitle t;
  bool has_new = c.competency_new_ordinal != 0;
  t.code = CompetencyCode(has_new ? c.competency_new_ordinal : c.competency_old_ordinal);
  t.name = has_new ? c.competency_new : c.competency_old;
  t.removed = !has_new;
  t.added = has_new && c.competency_old_ordinal == 0;
  if (t.removed || t.added) return t;
  if (c.competency_old_ordinal != c.competency_new_ordinal) {
    t.was = CompetencyCode(c.competency_old_ordinal);
  }
  if (c.competency_old && c.competency_new && *c.competency_old != *c.competency_new) {
    t.was += (t.was.empty() ? "" : " ") + *c.competency_old;
  }
  return t;
}

}  // namespace samatthana::diff
