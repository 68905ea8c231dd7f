// Tables: a catalogue laid out as tables, read as the lines it would be in
// running text. Three shapes carry competencies:
//   - one column a level: a header row names the levels ("ระดับ 1" ... "ระดับ 5"),
//     a row of level titles may follow, then one indicator a cell (often
//     behind a checkbox); read column by column, each column a level;
//   - one row a level: the first column names the level, the rest holds its
//     title and indicators; read row by row;
//   - label | value rows ("ชื่อสมรรถนะ" | <name>): each row one line.
// Rows that only repeat one text across the levels, score grids (numbers,
// dots, ticks) and whole tables of them (the summary, expected-level and
// scoring tables of an evaluation form) are set aside: reported as unused
// text, never read into records.
#ifndef SAMATTHANA_PARSE_TABLES_H_
#define SAMATTHANA_PARSE_TABLES_H_

#include <vector>

#include "ingest/document.h"
#include "parse/labels.h"

namespace samatthana::parse {

// One line a table reads as.
struct TableLine {
  ingest::Line line;
  // Text that belongs to no record: a table's own heading (furniture), or a
  // summary or score row (set aside and reported).
  bool heading = false;
  bool set_aside = false;
};

std::vector<TableLine> ReadTable(const ingest::Table& table, const Labels& labels);

}  // namespace samatthana::parse

#endif  // SAMATTHANA_PARSE_TABLES_H_
