// HtmlTableBuilder: an HTML table as Document::tables holds it, built as its
// rows and cells arrive. Cells are placed on the grid the way browsers place
// them: each at the first column of its row that no cell above still covers
// with its rowspan, the next one after its colspan. A cell that spans is
// stored once, at its top-left position.
#ifndef SAMATTHANA_INGEST_HTML_HTML_TABLE_BUILDER_H_
#define SAMATTHANA_INGEST_HTML_HTML_TABLE_BUILDER_H_

#include <cstdint>
#include <deque>
#include <string_view>
#include <vector>

#include "ingest/document.h"

namespace samatthana::ingest {

// Browsers stop a colspan at 1000; no catalogue's table spans more rows.
inline constexpr int kMaxHtmlSpan = 1000;
// Rows times columns: far more than any catalogue's table holds, and the
// most a hostile page may make the reader lay out.
inline constexpr int64_t kMaxHtmlTableCells = 100000;

// A rowspan or colspan attribute's value as browsers read it (leading digits,
// clamped to 1..kMaxHtmlSpan; 1 when absent or unreadable). A rowspan of 0
// reaches to the end of the table.
int HtmlSpan(std::string_view value, bool rows);

class HtmlTableBuilder {
 public:
  // Starts the next row; its cells are header cells when `header` (a row of
  // <thead>). Returns false when the table would pass kMaxHtmlTableCells.
  bool StartRow(bool header);

  // A cell of the current row (a row starts if none has): where its lines
  // go, valid until Finish, or null when the table would pass
  // kMaxHtmlTableCells. `header` for a <th>.
  std::vector<Line>* AddCell(int row_span, int column_span, bool header);

  // The table; its `line` is the caller's to set.
  Table Finish();

 private:
  int row_ = -1;
  bool row_header_ = false;
  int column_ = 0;   // where the next cell of the row may go
  int columns_ = 0;  // the grid's width so far
  // For each column, the first row that the cells above no longer cover.
  std::vector<int> covered_until_;
  std::deque<TableCell> cells_;  // a deque, so lines pointers stay valid
};

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_HTML_HTML_TABLE_BUILDER_H_
