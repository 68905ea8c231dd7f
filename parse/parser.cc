#include <map>
#include <set>
#include <string>
#include <unordered_map>

#include "base/repetition.h"
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
  // Where in `text` each continuation line begins, and where it came from.
  struct Join {
    size_t at;
    SourceRef source;
  };
  std::vector<Join> joins;
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
        if (!seg.text.empty()) {
          last.joins.push_back({last.text.size() - seg.text.size(), {line.line, line.page}});
        }
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
  std::set<size_t> skipped;                   // units that are header or category
};

// The visual lines `u` was joined from, each as a unit of its own.
std::vector<Unit> Pieces(const Unit& u) {
  std::vector<Unit> pieces;
  size_t from = 0;
  SourceRef source = u.source;
  auto add = [&](size_t to) {
    Unit piece;
    piece.text = u.text.substr(from, to - from);
    while (!piece.text.empty() && piece.text.back() == ' ') piece.text.pop_back();
    piece.source = source;
    pieces.push_back(std::move(piece));
  };
  for (const Unit::Join& j : u.joins) {
    add(j.at);
    from = j.at;
    source = j.source;
  }
  add(u.text.size());
  return pieces;
}

// A line that fills the width looks like a wrap in a PDF, and a page break
// joins too, so the lines that open a competency (a header such as the
// department's heading, then the category) may have been read as the
// continuation of the paragraph before them: the last indicator, or the
// header. Where a line inside the unit just before a name repeats before
// most names, the unit is cut there: what came before it keeps its place,
// the repeated line stands alone, and what follows it (the category) too.
void SplitJoinedPreambles(std::vector<Unit>* units) {
  std::vector<size_t> names;
  for (size_t i = 0; i < units->size(); ++i) {
    if ((*units)[i].kind == HeadingKind::kName) names.push_back(i);
  }
  constexpr size_t kWindow = 4;  // units looked at before a name
  std::unordered_map<std::string, int> seen;
  for (size_t n : names) {
    std::set<std::string> keys;
    for (size_t k = 1; k <= kWindow && k <= n && (*units)[n - k].kind == HeadingKind::kNone; ++k) {
      for (const Unit& piece : Pieces((*units)[n - k])) {
        keys.insert(normalize::LayoutKey(piece.text));
      }
    }
    for (const std::string& key : keys) ++seen[key];
  }
  const int needed = static_cast<int>(RepeatsNeeded(names.size()));
  std::set<size_t> to_split;
  for (size_t n : names) {
    const Unit* u = n > 0 ? &(*units)[n - 1] : nullptr;
    if (u && u->kind == HeadingKind::kNone && !u->joins.empty()) to_split.insert(n - 1);
  }
  if (to_split.empty()) return;
  std::vector<Unit> out;
  out.reserve(units->size() + 2 * to_split.size());
  for (size_t i = 0; i < units->size(); ++i) {
    Unit& u = (*units)[i];
    if (!to_split.count(i)) {
      out.push_back(std::move(u));
      continue;
    }
    std::vector<Unit> pieces = Pieces(u);
    size_t repeated = pieces.size();
    for (size_t k = 0; k < pieces.size(); ++k) {
      auto it = seen.find(normalize::LayoutKey(pieces[k].text));
      if (it != seen.end() && it->second >= needed) {
        repeated = k;
        break;
      }
    }
    if (repeated == pieces.size()) {  // nothing repeats: the unit is as it was read
      out.push_back(std::move(u));
      continue;
    }
    if (repeated > 0) {  // the paragraph the repeated line was joined to
      Unit before = u;
      before.text = u.text.substr(0, u.joins[repeated - 1].at);
      while (!before.text.empty() && before.text.back() == ' ') before.text.pop_back();
      before.joins.resize(repeated - 1);
      out.push_back(std::move(before));
    }
    out.push_back(std::move(pieces[repeated]));
    if (repeated + 1 < pieces.size()) {  // the rest: the category, wrapped or not
      Unit rest;
      rest.source = pieces[repeated + 1].source;
      size_t from = u.joins[repeated].at;
      rest.text = u.text.substr(from);
      for (size_t k = repeated + 1; k < u.joins.size(); ++k) {
        rest.joins.push_back({u.joins[k].at - from, u.joins[k].source});
      }
      out.push_back(std::move(rest));
    }
  }
  units->swap(out);
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
    for (const std::string& key : keys) ++seen[key];
  }
  const int needed = static_cast<int>(RepeatsNeeded(names.size()));
  for (size_t n : names) {
    if (!p.category_of_name.count(n)) continue;
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
  SplitJoinedPreambles(&units);
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
          c.category = units[it->second].text;
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
