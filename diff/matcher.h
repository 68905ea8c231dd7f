// Matcher: pairs the records of two catalogues. Competencies pair by name,
// then, among those left, by the similarity of definition and content (a
// rename); levels pair by number; indicators within a level pair by text,
// then as splits and merges, then by similarity (an edit). Everything else is
// added or removed. Candidates are blocked by competency and level, and
// renamed competencies by shared rare bigrams, so the work is near-linear.
#ifndef SAMATTHANA_DIFF_MATCHER_H_
#define SAMATTHANA_DIFF_MATCHER_H_

#include <vector>

#include "model/catalogue.h"

namespace samatthana::diff {

// How one indicator (or a group of them) of the old level relates to the new.
struct IndicatorLink {
  enum class Kind { kSame, kChanged, kSplit, kMerged } kind = Kind::kSame;
  std::vector<int> old_indices;  // into the old level's indicators
  std::vector<int> new_indices;  // into the new level's indicators
};

struct LevelMatch {
  int old_index = -1;  // into the old competency's levels; -1: added
  int new_index = -1;  // -1: removed
  std::vector<IndicatorLink> links;
  std::vector<int> added;    // new indicators with no counterpart
  std::vector<int> removed;  // old indicators with no counterpart
  std::vector<int> moved;    // new indicators (same or changed) out of their old order
};

struct CompetencyMatch {
  int old_index = -1;  // into old.competencies; -1: added
  int new_index = -1;  // -1: removed
  bool renamed = false;
  bool moved = false;
  std::vector<LevelMatch> levels;  // only for pairs
};

struct Matching {
  // Pairs and singles, in the order reports use: new catalogue order, each
  // removed competency after the pair that preceded it in the old one.
  std::vector<CompetencyMatch> competencies;
};

Matching MatchCatalogues(const Catalogue& old_catalogue, const Catalogue& new_catalogue);

}  // namespace samatthana::diff

#endif  // SAMATTHANA_DIFF_MATCHER_H_
