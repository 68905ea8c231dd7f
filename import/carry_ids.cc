// Ids that follow a record from one version to the next.
#include "diff/matcher.h"
#include "import/import.h"
#include "parse/stable_ids.h"

namespace samatthana::import {

void CarryStableIds(const Catalogue& before, Catalogue* now) {
  // Start from no ids at all, so a fresh id can never collide with one
  // carried over: AssignStableIds below avoids every id already set.
  for (Competency& c : now->competencies) {
    c.id.clear();
    for (Level& l : c.levels) {
      l.id.clear();
      for (Indicator& i : l.indicators) i.id.clear();
    }
  }
  diff::Matching matching = diff::MatchCatalogues(before, *now);
  for (const diff::CompetencyMatch& cm : matching.competencies) {
    if (cm.old_index < 0 || cm.new_index < 0) continue;
    const Competency& o = before.competencies[cm.old_index];
    Competency& n = now->competencies[cm.new_index];
    n.id = o.id;
    for (const diff::LevelMatch& lm : cm.levels) {
      if (lm.old_index < 0 || lm.new_index < 0) continue;
      const Level& ol = o.levels[lm.old_index];
      Level& nl = n.levels[lm.new_index];
      nl.id = ol.id;
      for (const diff::IndicatorLink& link : lm.links) {
        if (link.kind == diff::IndicatorLink::Kind::kSame ||
            link.kind == diff::IndicatorLink::Kind::kChanged) {
          nl.indicators[link.new_indices.front()].id = ol.indicators[link.old_indices.front()].id;
        }
      }
    }
  }
  parse::AssignStableIds(now);
}

}  // namespace samatthana::import
