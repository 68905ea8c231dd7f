#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>

#include "normalize/normalize.h"
#include "parse/anomalies.h"
#include "parse/heading.h"
#include "parse/parse.h"
#include "parse/stable_ids.h"

namespace samatthana::parse {
namespace {

// One logical line: a heading or a paragraph of text, after item marks are
// split off and visual wraps are joined.
struct Unit {
  HeadingKind kind = HeadingKind::kNone;
  int level = 0;
  std::string text;
  bool marked = false;    // an item starts here
  bool bulleted = false;  // ... and the text itself says so, with a bullet or dash
  SourceRef source;
  std::vector<size_t> joins;  // where in `text` each continuation line begins
};

void AppendText(std::string* to, const std::string& more, bool tight) {
  if (more.empty()) return;
  if (!to->empty() && !tight) to->push_back(' ');
  to->append(more);
}

// Normalizes every line, splits it at item marks, recognizes headings and
// joins visual continuations to the unit before them.
std::vector<Unit> BuildUnits(std::vector<ingest::Line>* lines) {
  std::vector<Unit> units;
  units.reserve(lines->size());
  for (ingest::Line& line : *lines) {
    std::string text = normalize::NormalizeText(line.text);
    std::string().swap(line.text);  // spent: keep one copy of the text at a time
    std::vector<normalize::ItemSegment> segments = normalize::SplitItemMarks(text);
    for (size_t k = 0; k < segments.size(); ++k) {
      normalize::ItemSegment& seg = segments[k];
      Heading h = RecognizeHeading(seg.text);
      bool marked = seg.marked || (k == 0 && line.starts_item);
      bool continues = k == 0 && line.continues && !marked && h.kind == HeadingKind::kNone;
      if (continues && !units.empty()) {
        Unit& last = units.back();
        AppendText(&last.text, seg.text, line.join_tight);
        if (!seg.text.empty()) last.joins.push_back(last.text.size() - seg.text.size());
        continue;
      }
      Unit u;
      u.kind = h.kind;
      u.level = h.level;
      u.text = h.kind == HeadingKind::kNone ? std::move(seg.text) : std::move(h.text);
      u.marked = marked && h.kind == HeadingKind::kNone;
      u.bulleted = seg.marked && h.kind == HeadingKind::kNone;
      u.source = {line.line, line.page};
      units.push_back(std::move(u));
    }
  }
  return units;
}

// Text that is not a heading and carries no bullet of its own. (A paragraph
// the source's layout marks as an item may still be a category line: a
// centred line in a PDF looks indented.)
bool IsPlain(const Unit& u) { return u.kind == HeadingKind::kNone && !u.bulleted; }

// What the lines just before each competency name are: the category (the line
// right before the name) and a running header (lines that stand before most
// names, like a page header that opens each competency).
struct Preambles {
  std::map<size_t, size_t> category_of_name;  // name unit -> category unit
  std::map<size_t, size_t> category_start;    // name unit -> where the category begins in it
  std::set<size_t> skipped;                   // units that are header or category
};

// The text of `u` before its continuation line at `join`.
std::string_view Before(const Unit& u, size_t join) {
  std::string_view head(u.text.data(), join);
  while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
  return head;
}

Preambles FindPreambles(const std::vector<Unit>& units) {
  Preambles p;
  std::vector<size_t> names;
  for (size_t i = 0; i < units.size(); ++i) {
    if (units[i].kind == HeadingKind::kName) names.push_back(i);
  }
  // Candidates for a running header: up to three plain lines before the category.
  constexpr size_t kWindow = 3;
  std::unordered_map<std::string, int> seen;
  for (size_t n : names) {
    if (n == 0 || !IsPlain(units[n - 1])) continue;
    p.category_of_name[n] = n - 1;
    p.skipped.insert(n - 1);
    std::set<std::string> keys;
    for (size_t k = 2; k <= kWindow + 1 && k <= n && IsPlain(units[n - k]); ++k) {
      keys.insert(normalize::LayoutKey(units[n - k].text));
    }
    // A header line as long as the text is wide looks like a wrap, so the
    // category under it may have been joined to it: its first lines are
    // header candidates too.
    for (size_t join : units[n - 1].joins) {
      keys.insert(normalize::LayoutKey(Before(units[n - 1], join)));
    }
    for (const std::string& key : keys) ++seen[key];
  }
  const int needed = std::max(2, static_cast<int>(names.size() + 1) / 2);
  for (size_t n : names) {
    if (!p.category_of_name.count(n)) continue;
    const Unit& category = units[n - 1];
    for (auto join = category.joins.rbegin(); join != category.joins.rend(); ++join) {
      auto it = seen.find(normalize::LayoutKey(Before(category, *join)));
      if (it != seen.end() && it->second >= needed) {
        p.category_start[n] = *join;
        break;
      }
    }
    for (size_t k = 2; k <= kWindow + 1 && k <= n && IsPlain(units[n - k]); ++k) {
      auto it = seen.find(normalize::LayoutKey(units[n - k].text));
      if (it == seen.end() || it->second < needed) break;
      p.skipped.insert(n - k);
    }
  }
  return p;
}

// Whether any unit between a level heading and the next heading is marked as
// an item. A level whose items carry marks treats unmarked paragraphs as
// continuations; a level without any marks treats each paragraph as an item.
std::vector<bool> LevelsUsingMarks(const std::vector<Unit>& units) {
  std::vector<bool> uses(units.size(), false);
  size_t i = 0;
  while (i < units.size()) {
    if (units[i].kind != HeadingKind::kLevel) {
      ++i;
      continue;
    }
    size_t j = i + 1;
    bool marked = false;
    while (j < units.size() && units[j].kind == HeadingKind::kNone) marked |= units[j++].marked;
    uses[i] = marked;
    i = j;
  }
  return uses;
}

Location Where(const ingest::Document& doc, SourceRef at) {
  return Location{doc.path, at.page, at.line};
}

}  // namespace

Result<ParsedCatalogue> ParseDocument(ingest::Document* document, const ParseOptions& options) {
  const ingest::Document& doc = *document;
  ParsedCatalogue out;
  std::vector<Unit> units = BuildUnits(&document->lines);
  document->lines.clear();
  document->lines.shrink_to_fit();
  Preambles pre = FindPreambles(units);
  std::vector<bool> uses_marks = LevelsUsingMarks(units);

  enum class Section { kPreamble, kName, kDefinition, kLevel } section = Section::kPreamble;
  Catalogue& cat = out.catalogue;
  std::vector<std::string> title_parts;
  bool level_uses_marks = false;
  auto warn = [&](SourceRef at, std::string message) {
    out.warnings.push_back({Where(doc, at), std::move(message)});
  };

  for (size_t i = 0; i < units.size(); ++i) {
    if (pre.skipped.count(i)) continue;
    Unit& u = units[i];
    Competency* comp = cat.competencies.empty() ? nullptr : &cat.competencies.back();
    switch (u.kind) {
      case HeadingKind::kName: {
        Competency c;
        c.ordinal = static_cast<int>(cat.competencies.size()) + 1;
        c.name = std::move(u.text);
        if (auto it = pre.category_of_name.find(i); it != pre.category_of_name.end()) {
          auto start = pre.category_start.find(i);
          c.category =
              units[it->second].text.substr(start == pre.category_start.end() ? 0 : start->second);
        }
        c.source = u.source;
        cat.competencies.push_back(std::move(c));
        section = Section::kName;
        break;
      }
      case HeadingKind::kDefinition:
        if (!comp) {
          warn(u.source, "a definition before any competency name; ignored");
          break;
        }
        if (!comp->definition.empty()) warn(u.source, "a second definition; appended to the first");
        AppendText(&comp->definition, u.text, false);
        section = Section::kDefinition;
        break;
      case HeadingKind::kLevel: {
        if (!comp) {
          warn(u.source, "a level before any competency name; ignored");
          section = Section::kPreamble;
          break;
        }
        Level l;
        l.level = u.level;
        l.title = std::move(u.text);
        l.source = u.source;
        comp->levels.push_back(std::move(l));
        level_uses_marks = uses_marks[i];
        section = Section::kLevel;
        break;
      }
      case HeadingKind::kNone:
        switch (section) {
          case Section::kPreamble:
            title_parts.push_back(std::move(u.text));
            break;
          case Section::kName:
            // A name that went on over a second line.
            AppendText(&comp->name, u.text, false);
            break;
          case Section::kDefinition:
            AppendText(&comp->definition, u.text, false);
            break;
          case Section::kLevel: {
            Level& l = comp->levels.back();
            if (l.title.empty() && l.indicators.empty() && !u.marked) {
              // "ระดับที่ ๓" on a line of its own: its title is the next line.
              l.title = std::move(u.text);
            } else if (u.marked || !level_uses_marks) {
              Indicator ind;
              ind.ordinal = static_cast<int>(l.indicators.size()) + 1;
              ind.text = std::move(u.text);
              ind.source = u.source;
              l.indicators.push_back(std::move(ind));
            } else if (l.indicators.empty()) {
              // Unmarked text in a level whose items carry marks continues the
              // title before the first item, and the last item after it.
              AppendText(&l.title, u.text, false);
            } else {
              AppendText(&l.indicators.back().text, u.text, false);
            }
            break;
          }
        }
        break;
    }
  }

  if (cat.competencies.empty()) {
    return Status::InvalidInput(
        {doc.path}, "no competencies found: no line starts with the label \"ชื่อ\" (name)");
  }
  for (size_t k = 0; k < title_parts.size(); ++k) AppendText(&cat.title, title_parts[k], false);
  for (Competency& c : cat.competencies) {
    for (Level& l : c.levels) {
      LevelTitle t = ReadLevelTitle(l.title);
      l.builds_on = t.builds_on;
      l.summary = std::move(t.summary);
    }
  }
  FindAnomalies(cat, doc.path, &out.warnings);
  AssignStableIds(&cat);

  if (options.strict && !out.warnings.empty()) {
    const Diagnostic& first = out.warnings.front();
    std::string more = out.warnings.size() > 1
                           ? " (and " + std::to_string(out.warnings.size() - 1) + " more)"
                           : "";
    return Status::Refused(first.where, "refused under --strict: " + first.message + more);
  }
  return out;
}

}  // namespace samatthana::parse
