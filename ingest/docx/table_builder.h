// TableBuilder: a table of an office document as Document::tables holds it,
// built row by row as the cells arrive. Cells that span columns or rows are
// stored once, at their top-left position; the formats say so differently
// (Word continues a vertical merge in each row it covers, OpenDocument states
// the span and leaves covered cells in its place), and both map here.
#ifndef SAMATTHANA_INGEST_DOCX_TABLE_BUILDER_H_
#define SAMATTHANA_INGEST_DOCX_TABLE_BUILDER_H_

#include <deque>
#include <vector>

#include "ingest/document.h"

namespace samatthana::ingest {

// No real table is wider than this (Word stops at 63 columns); a wider one
// is a hostile file's way to make work.
inline constexpr int kMaxTableColumns = 1024;

class TableBuilder {
 public:
  // Starts the next row; its cells are header cells when `header`.
  void StartRow(bool header);

  // A new cell at `column` of the current row. Returns where its lines go,
  // or null when the table would pass kMaxTableColumns. The pointer stays
  // valid until Finish.
  std::vector<Line>* AddCell(int column, int column_span, int row_span = 1);

  // A Word cell that continues the vertical merge above it at `column`: the
  // merged cell grows by this row and its lines receive this cell's (if
  // any). Without a cell above to continue, a new cell starts here.
  std::vector<Line>* ContinueCell(int column, int column_span);

  // An OpenDocument covered cell at `column`: the lines of the cell whose
  // span covers it, or null when none does.
  std::vector<Line>* CoveredCell(int column);

  // The table; its `line` is the caller's to set.
  Table Finish();

 private:
  int row_ = -1;
  bool header_ = false;
  std::deque<TableCell> cells_;      // a deque, so lines pointers stay valid
  std::vector<int> last_in_column_;  // the cell that last covered each column
};

// Finishes `builder`'s table, which began at paragraph `first_row`: a table
// with cells goes into `doc`, and a placeholder line for it into `text`, at
// the table's place among the paragraphs. An empty table leaves no trace.
void PlaceTable(TableBuilder* builder, int first_row, Document* doc, std::vector<Line>* text);

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_DOCX_TABLE_BUILDER_H_
