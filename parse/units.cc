#include "base/char_classes.h"
#include "base/digits.h"
#include "base/list_marks.h"
#include "base/utf8.h"
#include "normalize/normalize.h"
#include "parse/unit.h"

namespace samatthana::parse {
namespace {

void AppendText(std::string* to, const std::string& more, bool tight) {
  if (more.empty()) return;
  if (!to->empty() && !tight) to->push_back(' ');
  to->append(more);
}

// The number of a numbered list mark at the start of `text` ("12. ", "(3) "), if any.
std::optional<int> MarkNumber(std::string_view text) {
  size_t mark = LeadingListMark(text);
  if (mark == 0) return std::nullopt;
  std::string digits;
  for (size_t i = 0; i < mark;) {
    size_t start = i;
    char32_t c = static_cast<char32_t>(NextCodepoint(text, &i));
    if (IsDigit(c)) digits.append(text.substr(start, i - start));
  }
  return ParseNumber(digits);
}

}  // namespace

const char* RoleName(Role role) {
  switch (role) {
    case Role::kNone:
      return "none";
    case Role::kTitle:
      return "title";
    case Role::kCategory:
      return "category";
    case Role::kName:
      return "name";
    case Role::kDefinition:
      return "definition";
    case Role::kLevel:
      return "level";
    case Role::kIndicator:
      return "indicator";
    case Role::kContinuation:
      return "continuation";
    case Role::kFurniture:
      return "furniture";
    case Role::kLabel:
      return "label";
    case Role::kUnused:
      return "unused";
  }
  return "none";
}

int DisplayWidth(std::string_view utf8) {
  int width = 0;
  for (size_t i = 0; i < utf8.size();) {
    char32_t c = static_cast<char32_t>(NextCodepoint(utf8, &i));
    if (!IsThaiMark(c)) ++width;
  }
  return width;
}

std::vector<Unit> BuildUnits(std::vector<ingest::Line>* lines, const Labels& labels) {
  std::vector<Unit> units;
  units.reserve(lines->size());
  for (size_t index = 0; index < lines->size(); ++index) {
    ingest::Line& line = (*lines)[index];
    const SourceRef source{line.line, line.page};
    if (line.table >= 0) {
      Unit u;
      u.table = line.table;
      u.source = source;
      u.line_index = static_cast<int>(index);
      u.after_gap = line.after_gap;
      units.push_back(std::move(u));
      continue;
    }
    std::string text = normalize::NormalizeText(line.text);
    std::string().swap(line.text);  // spent: keep one copy of the text at a time
    const int width = DisplayWidth(text);
    const std::optional<int> number = MarkNumber(text);
    std::vector<normalize::ItemSegment> segments = normalize::SplitItemMarks(text);
    for (size_t k = 0; k < segments.size(); ++k) {
      normalize::ItemSegment& seg = segments[k];
      std::optional<LevelMatch> level = labels.MatchLevel(seg.text);
      if (level && level->ContinuesASentence() && k == 0 && line.continues) level.reset();
      bool marked = seg.marked || (k == 0 && line.starts_item);
      // A label starts a line of its own, whatever the layout joined it to.
      bool labelled = level || labels.MatchName(seg.text) || labels.MatchDefinition(seg.text);
      bool continues = k == 0 && line.continues && !marked && !labelled;
      if (continues && !units.empty() && units.back().table < 0) {
        Unit& last = units.back();
        AppendText(&last.text, seg.text, line.join_tight);
        if (!seg.text.empty()) {
          last.joins.push_back(
              {last.text.size() - seg.text.size(), source, static_cast<int>(index)});
        }
        last.width += width;
        continue;
      }
      Unit u;
      u.source = source;
      u.line_index = static_cast<int>(index);
      u.style = line.style;
      u.after_gap = k == 0 && line.after_gap;
      u.width = width;
      if (level) {
        u.level = std::move(level);
        u.text = u.level->title;
        u.heading_line = seg.text;
      } else {
        u.text = std::move(seg.text);
        u.marked = marked;
        u.bulleted = seg.marked;
        if (k == 0 && seg.marked) u.mark_number = number;
        u.name_label = labels.MatchName(u.text).has_value();
      }
      units.push_back(std::move(u));
    }
  }
  return units;
}

}  // namespace samatthana::parse
