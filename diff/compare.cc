// Compare: the changes that follow from a
// Matching of two catalogues.
#include <algorithm>

#include "diff/diff.h"
#include "diff/matcher.h"
#include "diff/word_diff.h"
#include "normalize/normalize.h"
#include "normalize/word_breaker.h"

namespace samatthana::diff {

const char* KindName(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::kAdded:
      return "added";
    case ChangeKind::kRemoved:
      return "removed";
    case ChangeKind::kChanged:
      return "changed";
    case ChangeKind::kRenamed:
      return "renamed";
    case ChangeKind::kMoved:
      return "moved";
    case ChangeKind::kSplit:
      return "split";
    case ChangeKind::kMerged:
      return "merged";
  }
  return "?";
}

const char* EntityName(Entity entity) {
  switch (entity) {
    case Entity::kCompetency:
      return "competency";
    case Entity::kLevel:
      return "level";
    case Entity::kIndicator:
      return "indicator";
  }
  return "?";
}

namespace {

bool SameText(const std::string& a, const std::string& b) {
  return a == b || normalize::LayoutKey(a) == normalize::LayoutKey(b);
}

// Builds the changes of one competency match.
class ChangeWriter {
 public:
  ChangeWriter(const Catalogue& before, const Catalogue& after, DiffResult* out)
      : before_(before), after_(after), out_(out) {}

  void Write(const CompetencyMatch& cm) {
    const Competency* o = cm.old_index >= 0 ? &before_.competencies[cm.old_index] : nullptr;
    const Competency* n = cm.new_index >= 0 ? &after_.competencies[cm.new_index] : nullptr;
    if (!o) {
      Change c = Base(Entity::kCompetency, nullptr, n, ChangeKind::kAdded);
      c.new_text = n->name;
      Add(std::move(c));
      return;
    }
    if (!n) {
      Change c = Base(Entity::kCompetency, o, nullptr, ChangeKind::kRemoved);
      c.old_text = o->name;
      Add(std::move(c));
      return;
    }
    if (cm.renamed && !SameText(o->name, n->name)) {
      Add(Edited(Base(Entity::kCompetency, o, n, ChangeKind::kRenamed), "name", o->name, n->name));
    }
    if (cm.moved) Add(Base(Entity::kCompetency, o, n, ChangeKind::kMoved));
    if (!SameText(o->category, n->category)) {
      Add(Edited(Base(Entity::kCompetency, o, n, ChangeKind::kChanged), "category", o->category,
                 n->category));
    }
    if (!SameText(o->definition, n->definition)) {
      Add(Edited(Base(Entity::kCompetency, o, n, ChangeKind::kChanged), "definition", o->definition,
                 n->definition));
    }
    // The English name and code the source gives: a change there is a change
    // of the record, as any field's is.
    if (!SameText(o->name_en.value_or(""), n->name_en.value_or(""))) {
      Add(Edited(Base(Entity::kCompetency, o, n, ChangeKind::kChanged), "name_en",
                 o->name_en.value_or(""), n->name_en.value_or("")));
    }
    if (!SameText(o->code.value_or(""), n->code.value_or(""))) {
      Add(Edited(Base(Entity::kCompetency, o, n, ChangeKind::kChanged), "code",
                 o->code.value_or(""), n->code.value_or("")));
    }
    for (const LevelMatch& lm : cm.levels) WriteLevel(*o, *n, lm);
  }

 private:
  Change Base(Entity entity, const Competency* o, const Competency* n, ChangeKind kind) {
    Change c;
    c.kind = kind;
    c.entity = entity;
    if (o) {
      c.competency_old = o->name;
      c.competency_old_ordinal = o->ordinal;
    }
    if (n) {
      c.competency_new = n->name;
      c.competency_new_ordinal = n->ordinal;
    }
    return c;
  }

  Change Edited(Change c, const char* field, const std::string& before, const std::string& after) {
    c.field = field;
    c.old_text = before;
    c.new_text = after;
    c.words = WordDiff(before, after, &breaker_);
    return c;
  }

  void WriteLevel(const Competency& o, const Competency& n, const LevelMatch& lm) {
    const Level* ol = lm.old_index >= 0 ? &o.levels[lm.old_index] : nullptr;
    const Level* nl = lm.new_index >= 0 ? &n.levels[lm.new_index] : nullptr;
    if (!ol || !nl) {
      Change c = Base(Entity::kLevel, &o, &n, ol ? ChangeKind::kRemoved : ChangeKind::kAdded);
      c.level = (ol ? ol : nl)->level;
      (ol ? c.old_text : c.new_text) = (ol ? ol : nl)->title;
      Add(std::move(c));
      return;
    }
    if (!SameText(ol->title, nl->title)) {
      Change c =
          Edited(Base(Entity::kLevel, &o, &n, ChangeKind::kChanged), "title", ol->title, nl->title);
      c.level = nl->level;
      Add(std::move(c));
    }
    // Indicator changes in the new level's order; removed ones where they stood.
    std::vector<std::pair<double, Change>> rows;
    for (const IndicatorLink& link : lm.links) {
      if (link.kind == IndicatorLink::Kind::kSame) continue;
      Change c = Base(Entity::kIndicator, &o, &n, ChangeKind::kChanged);
      c.level = nl->level;
      const Indicator& first_old = ol->indicators[link.old_indices.front()];
      const Indicator& first_new = nl->indicators[link.new_indices.front()];
      c.indicator_old_ordinal = first_old.ordinal;
      c.indicator_new_ordinal = first_new.ordinal;
      if (link.kind == IndicatorLink::Kind::kChanged) {
        c = Edited(std::move(c), "text", first_old.text, first_new.text);
      } else if (link.kind == IndicatorLink::Kind::kSplit) {
        c.kind = ChangeKind::kSplit;
        c.old_text = first_old.text;
        for (int j : link.new_indices) c.parts.push_back(nl->indicators[j].text);
        c.new_text = Joined(c.parts);
      } else {
        c.kind = ChangeKind::kMerged;
        c.new_text = first_new.text;
        for (int i : link.old_indices) c.parts.push_back(ol->indicators[i].text);
        c.old_text = Joined(c.parts);
      }
      rows.push_back({link.new_indices.front(), std::move(c)});
    }
    for (int j : lm.moved) {
      Change c = Base(Entity::kIndicator, &o, &n, ChangeKind::kMoved);
      c.level = nl->level;
      c.indicator_new_ordinal = nl->indicators[j].ordinal;
      c.new_text = nl->indicators[j].text;
      for (const IndicatorLink& link : lm.links) {
        if (link.new_indices.front() == j) {
          c.indicator_old_ordinal = ol->indicators[link.old_indices.front()].ordinal;
          c.old_text = ol->indicators[link.old_indices.front()].text;
        }
      }
      rows.push_back({j + 0.25, std::move(c)});
    }
    for (int j : lm.added) {
      Change c = Base(Entity::kIndicator, &o, &n, ChangeKind::kAdded);
      c.level = nl->level;
      c.indicator_new_ordinal = nl->indicators[j].ordinal;
      c.new_text = nl->indicators[j].text;
      rows.push_back({static_cast<double>(j), std::move(c)});
    }
    for (int i : lm.removed) {
      Change c = Base(Entity::kIndicator, &o, &n, ChangeKind::kRemoved);
      c.level = ol->level;
      c.indicator_old_ordinal = ol->indicators[i].ordinal;
      c.old_text = ol->indicators[i].text;
      rows.push_back({i - 0.5, std::move(c)});
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& row : rows) Add(std::move(row.second));
  }

  static std::string Joined(const std::vector<std::string>& parts) {
    std::string out;
    for (const std::string& p : parts) out += (out.empty() ? "" : "\n") + p;
    return out;
  }

  void Add(Change c) {
    Summary& s = out_->summary;
    switch (c.kind) {
      case ChangeKind::kAdded:
        ++s.added;
        break;
      case ChangeKind::kRemoved:
        ++s.removed;
        break;
      case ChangeKind::kChanged:
        ++s.changed;
        break;
      case ChangeKind::kRenamed:
        ++s.renamed;
        break;
      case ChangeKind::kMoved:
        ++s.moved;
        break;
      case ChangeKind::kSplit:
        ++s.split;
        break;
      case ChangeKind::kMerged:
        ++s.merged;
        break;
    }
    out_->changes.push_back(std::move(c));
  }

  const Catalogue& before_;
  const Catalogue& after_;
  DiffResult* out_;
  normalize::WordBreaker breaker_;
};

}  // namespace

DiffResult Compare(const Catalogue& before, const Catalogue& after) {
  DiffResult out;
  Matching matching = MatchCatalogues(before, after);
  ChangeWriter writer(before, after, &out);
  for (const CompetencyMatch& cm : matching.competencies) writer.Write(cm);
  return out;
}

}  // namespace samatthana::diff
