// Diff: what changed between two versions of a catalogue, record by record.
// Layout never counts (spacing, line wraps, Thai vs ASCII digits): the same
// catalogue from text, HTML or any PDF compares identical.
#ifndef SAMATTHANA_DIFF_DIFF_H_
#define SAMATTHANA_DIFF_DIFF_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/catalogue.h"

namespace samatthana::diff {

enum class ChangeKind { kAdded, kRemoved, kChanged, kRenamed, kMoved, kSplit, kMerged };
enum class Entity { kCompetency, kLevel, kIndicator };

// "added", "removed", ... and "competency", "level", "indicator".
const char* KindName(ChangeKind kind);
const char* EntityName(Entity entity);

// One step of a word-level diff: '=' kept, '-' removed, '+' added.
struct WordOp {
  char op = '=';
  std::string text;
};

struct Change {
  ChangeKind kind = ChangeKind::kChanged;
  Entity entity = Entity::kIndicator;
  // The competency the change is in, by name on each side (nullopt where it
  // does not exist: an added competency has no old name).
  std::optional<std::string> competency_old;
  std::optional<std::string> competency_new;
  // Its position in each version (1-based; 0 where it does not exist).
  int competency_old_ordinal = 0;
  int competency_new_ordinal = 0;
  std::optional<int> level;  // for level and indicator changes
  // The indicator's position within its level on each side (0: none).
  int indicator_old_ordinal = 0;
  int indicator_new_ordinal = 0;
  // For kChanged: "name", "name_en", "code", "category", "definition", "title" or
  // "text".
  // kRenamed uses "name".
  std::string field;
  std::optional<std::string> old_text;
  std::optional<std::string> new_text;
  // kSplit: the new parts; kMerged: the old parts.
  std::vector<std::string> parts;
  // Word diff of old_text -> new_text, for kChanged and kRenamed.
  std::vector<WordOp> words;
};

struct Summary {
  int added = 0, removed = 0, changed = 0, renamed = 0, moved = 0, split = 0, merged = 0;
  int total() const { return added + removed + changed + renamed + moved + split + merged; }
};

// Which version a side of the diff is.
struct Side {
  int64_t version = 0;  // 0 when the side is a file, not a stored version
  std::string label;    // the version's label, or the file's path
};

struct DiffResult {
  Side old_side;
  Side new_side;
  Summary summary;
  // Grouped by competency (in the new version's order, removed ones where
  // they stood), then competency, level, indicator changes in order.
  std::vector<Change> changes;
};

// Compares two catalogues. Matching: competencies by name, then renamed ones
// by the similarity of their definition and content; levels by number;
// indicators within a level by text, then by similarity, so a one-word fix is
// one change; one indicator that became two (or two that became one) is a
// split (merge). Near-linear: candidates are blocked by competency and level.
DiffResult Compare(const Catalogue& old_catalogue, const Catalogue& new_catalogue);

}  // namespace samatthana::diff

#endif  // SAMATTHANA_DIFF_DIFF_H_
