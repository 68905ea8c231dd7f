// Unit: one logical line of a document as the parser sees it, normalized,
// with its list mark taken off, visual wraps joined, and what the line says
// of itself (a level heading, a label, a list mark, its style, a blank line
// before it). The parser's later steps give every unit a role.
#ifndef SAMATTHANA_PARSE_UNIT_H_
#define SAMATTHANA_PARSE_UNIT_H_

#include <optional>
#include <string>
#include <vector>

#include "ingest/document.h"
#include "model/catalogue.h"
#include "parse/labels.h"

namespace samatthana::parse {

// What a line became. Every line of a document ends with one role, so no
// text is lost silently: `kUnused` lines are reported.
enum class Role {
  kNone,
  kTitle,         // the catalogue's title
  kCategory,      // a category heading
  kName,          // a competency's name
  kDefinition,    // its definition
  kLevel,         // a level heading (and its title)
  kIndicator,     // a behaviour indicator
  kContinuation,  // more of the record before it (a wrapped line)
  kFurniture,     // page furniture: running headers, table headings
  kLabel,  // a label that introduces a list ("โดยมีพฤติกรรมบ่งชี้ ดังนี้")
  kUnused,  // text the parser could not place
};

// "name", "definition", ... as `inspect` prints it.
const char* RoleName(Role role);

struct Unit {
  std::string text;  // normalized, without the list mark
  SourceRef source;
  int line_index = 0;     // index of its (first) line in the document's lines
  bool marked = false;    // an item starts here: a mark in the text or the source's structure
  bool bulleted = false;  // ... and the text itself carries the mark
  std::optional<int> mark_number;  // the number of a numbered mark ("3." -> 3)
  // An outline number the line opens with ("2.1 ", "๒.๓."): its length in
  // bytes, with the space after it. Whether it marks an item is the level's
  // to say (parse/level_body.h): "2.5 ล้านบาท" is a figure.
  size_t outline_mark = 0;
  ingest::LineStyle style;
  bool after_gap = false;  // a blank line or paragraph space stands before it
  int width = 0;           // display width of the whole source line, in base characters
  float confidence = -1;   // OCR's lowest line confidence in it (0-100); -1: not OCR
  std::optional<LevelMatch> level;
  std::string heading_line;  // for a level heading: the whole line, label and all
  bool name_label = false;   // starts with a name label ("ชื่อ")
  int table = -1;            // stands for the document's table `table`
  // Text that belongs to no record, set aside before the structure is read
  // (a summary or score table's rows): it is reported as unused.
  bool set_aside = false;
  Role role = Role::kNone;
  std::string record;  // the record it went into: "C03", "C03.L2", "C03.L2.4"
  // Where in `text` each joined continuation line begins, and its source.
  struct Join {
    size_t at;
    SourceRef source;
    int line_index;
  };
  std::vector<Join> joins;
};

// Normalizes the document's lines (consuming their text), splits them at
// item marks and after a lead-in that precedes a level heading, joins
// visual continuations to the unit before them, and reads each table as the
// lines it stands for (parse/tables.h), all with the table's line index.
std::vector<Unit> BuildUnits(ingest::Document* doc, const Labels& labels);

// Display width: base characters, Thai marks not counted.
int DisplayWidth(std::string_view utf8);

// Lowers a record's confidence to a unit's, where the unit was read by OCR.
inline void LowerConfidence(std::optional<double>* record, float unit) {
  if (unit < 0) return;
  if (!*record || unit < **record) *record = unit;
}

}  // namespace samatthana::parse

#endif  // SAMATTHANA_PARSE_UNIT_H_
