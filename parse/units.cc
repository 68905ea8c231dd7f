#include <re2/re2.h>

#include "base/char_classes.h"
#include "base/digits.h"
#include "base/list_marks.h"
#include "base/utf8.h"
#include "normalize/normalize.h"
#include "parse/append_text.h"
#include "parse/tables.h"
#include "parse/unit.h"

namespace samatthana::parse {
namespace {

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

// "2.1 ", "๒.๓. " at the start of a line: the length of the number and the
// spaces after it; 0 if none.
size_t OutlineMark(std::string_view text) {
  static const RE2 outline("^([0-9\u0E50-\u0E59]{1,2}\\.[0-9\u0E50-\u0E59]{1,2}\\.?\\s+)\\S");
  re2::StringPiece mark;
  if (!RE2::PartialMatch(text, outline, &mark)) return 0;
  return mark.size();
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

namespace {

// Turns lines into units one at a time, joining continuations to the unit
// before them.
// `text` without the spaces that stand between two Thai letters.
std::string WithoutThaiSpaces(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  UChar32 before = 0;
  for (size_t i = 0; i < text.size();) {
    size_t next = i;
    const UChar32 c = NextCodepoint(text, &next);
    if (c == ' ' && IsThai(static_cast<char32_t>(before)) && next < text.size()) {
      size_t after = next;
      if (IsThai(static_cast<char32_t>(NextCodepoint(text, &after)))) {
        i = next;
        continue;
      }
    }
    out.append(text, i, next - i);
    before = c;
    i = next;
  }
  return out;
}

class UnitBuilder {
 public:
  UnitBuilder(const Labels& labels, std::vector<Unit>* units) : labels_(labels), units_(*units) {}

  // `text` is nothing but a name or definition label: whatever follows it
  // is what it labels.
  bool IsBareLabel(const std::string& text) const {
    const std::string probe = text + " ก";
    std::optional<std::string> name = labels_.MatchName(probe);
    std::optional<std::string> definition = labels_.MatchDefinition(probe);
    return (name && *name == "ก") || (definition && *definition == "ก");
  }

  // `text` is the line's text, taken; `furniture` and `set_aside` come from a
  // table (its heading; its summary and score rows).
  void Add(const ingest::Line& line, std::string text, int index, bool furniture = false,
           bool set_aside = false) {
    const SourceRef source{line.line, line.page};
    text = normalize::NormalizeText(text);
    if (line.confidence >= 0) {
      text = RestoreLabelTones(std::move(text));
      // OCR reads spaces into Thai words where a font leaves wide gaps
      // ("สมรรถนะประจำ กลุ่ม งาน"): a line that is a category heading once
      // they are gone is the heading.
      if (std::string joined = WithoutThaiSpaces(text); joined != text) {
        std::optional<CategoryMatch> m = labels_.MatchCategory(joined);
        if (m && m->rest.empty()) text = std::move(joined);
      }
    }
    const int width = DisplayWidth(text);
    const std::optional<int> number = MarkNumber(text);
    std::vector<normalize::ItemSegment> segments = normalize::SplitItemMarks(text);
    for (size_t k = 0; k < segments.size(); ++k) {
      normalize::ItemSegment& seg = segments[k];
      std::optional<LevelMatch> level = labels_.MatchLevel(seg.text);
      if (!level && line.confidence >= 0) level = MatchMisreadLevel(labels_, seg.text);
      if (level && level->ContinuesASentence() && k == 0 && line.continues) level.reset();
      bool marked = seg.marked || (k == 0 && line.starts_item);
      // A label starts a line of its own, whatever the layout joined it to.
      bool labelled = level || labels_.MatchName(seg.text) || labels_.MatchDefinition(seg.text);
      bool continues = k == 0 && line.continues && !marked && !labelled;
      if (continues && !units_.empty() && units_.back().table < 0 &&
          units_.back().set_aside == set_aside) {
        Unit& last = units_.back();
        // A label alone on its line ("ชื่อ", wrapped off its name by a
        // breaker that breaks at spaces) keeps the space that followed it.
        // Only a unit of one line can be one: a paragraph's text is not
        // matched again with every line joined to it.
        const bool bare_label = last.joins.empty() && IsBareLabel(last.text);
        AppendText(&last.text, seg.text, line.join_tight && !bare_label);
        // ... and is the name label of what it now holds.
        if (bare_label && !last.level && last.role != Role::kFurniture && !last.set_aside) {
          last.name_label = labels_.MatchName(last.text).has_value();
        }
        if (!seg.text.empty())
          last.joins.push_back({last.text.size() - seg.text.size(), source, index});
        last.width += width;
        if (line.confidence >= 0 && (last.confidence < 0 || line.confidence < last.confidence)) {
          last.confidence = line.confidence;
        }
        continue;
      }
      Unit u;
      u.source = source;
      u.line_index = index;
      u.style = line.style;
      u.after_gap = k == 0 && line.after_gap;
      u.width = width;
      u.confidence = line.confidence;
      u.set_aside = set_aside;
      if (furniture) u.role = Role::kFurniture;
      if (level && !set_aside && !furniture) {
        u.level = std::move(level);
        u.text = u.level->title;
        u.heading_line = seg.text;
      } else {
        u.text = std::move(seg.text);
        u.marked = marked;
        u.bulleted = seg.marked;
        if (k == 0 && seg.marked) u.mark_number = number;
        if (!seg.marked) u.outline_mark = OutlineMark(u.text);
        u.name_label = !set_aside && !furniture && labels_.MatchName(u.text).has_value();
      }
      units_.push_back(std::move(u));
    }
  }

 private:
  const Labels& labels_;
  std::vector<Unit>& units_;
};

// OCR loses the space after a name label, and misreads the label
// ("ชื่อศิลปะ…", "ชือการ…"): a line it read that opens with the label glued to
// a syllable, just before a line that opens with the definition label, is a
// labelled name. Anywhere else such a start may be a word ("ชื่อเสียง").
void LabelGluedNames(const Labels& labels, std::vector<Unit>* units) {
  for (size_t i = 0; i + 1 < units->size(); ++i) {
    Unit& u = (*units)[i];
    if (u.confidence < 0 || u.name_label || u.level || u.marked || u.table >= 0 || u.set_aside ||
        u.role != Role::kNone) {
      continue;
    }
    if (!labels.MatchDefinition((*units)[i + 1].text)) continue;
    std::optional<std::string> name = StripMisreadNameLabel(u.text, /*exact_too=*/true);
    if (!name) continue;
    const size_t cut = u.text.size() - name->size();
    std::string text = RestoreLabelTones(u.text.substr(0, cut) + " " + *name);
    if (!labels.MatchName(text)) continue;
    const size_t grown = text.size() - u.text.size();
    for (Unit::Join& j : u.joins) j.at += grown;
    u.text = std::move(text);
    u.width = DisplayWidth(u.text);
    u.name_label = true;
  }
}

}  // namespace

std::vector<Unit> BuildUnits(ingest::Document* doc, const Labels& labels) {
  std::vector<Unit> units;
  units.reserve(doc->lines.size());
  UnitBuilder builder(labels, &units);
  for (size_t index = 0; index < doc->lines.size(); ++index) {
    ingest::Line& line = doc->lines[index];
    const int at = static_cast<int>(index);
    if (line.table >= 0 && static_cast<size_t>(line.table) < doc->tables.size()) {
      for (TableLine& t : ReadTable(doc->tables[static_cast<size_t>(line.table)], labels)) {
        std::string text = std::move(t.line.text);
        builder.Add(t.line, std::move(text), at, t.heading, t.set_aside);
      }
      continue;
    }
    std::string text;
    text.swap(line.text);  // spent: keep one copy of the text at a time
    builder.Add(line, std::move(text), at);
  }
  LabelGluedNames(labels, &units);
  return units;
}

}  // namespace samatthana::parse
