// RulingGrid: the tables a PDF page draws, found in its ruling lines. A
// table's borders are the only thing that says where one cell ends and the
// next begins: text alone cannot tell a wrapped cell from two rows. Rules
// that meet or nearly meet (a browser leaves a little space between the
// borders of neighbouring cells) make one grid; its column edges are where
// its vertical rules stand, its row edges where its horizontal ones do, and
// an edge missing inside the grid joins the cells on either side into one
// that spans them.
#ifndef SAMATTHANA_INGEST_PDF_RULING_GRID_H_
#define SAMATTHANA_INGEST_PDF_RULING_GRID_H_

#include <vector>

#include "ingest/pdf/pdf_document.h"

namespace samatthana::ingest {

// One cell of a ruled grid, stored once at its top-left position.
struct GridCell {
  int row = 0;
  int column = 0;
  int row_span = 1;
  int column_span = 1;
  double x0 = 0, top = 0, x1 = 0, bottom = 0;  // between the rules around it
};

// A table drawn on a page, in points, y downwards.
struct RuledTable {
  std::vector<double> xs;       // column edges, left to right: columns() + 1 of them
  std::vector<double> ys;       // row edges, top to bottom: rows() + 1
  std::vector<GridCell> cells;  // row by row, left to right
  // The grid's vertical rules run on past its top or bottom rule, or it has
  // none there: a row cut by the page's edge, continued on the next page.
  bool open_top = false;
  bool open_bottom = false;
  int rows() const { return static_cast<int>(ys.size()) - 1; }
  int columns() const { return static_cast<int>(xs.size()) - 1; }
  double x0() const { return xs.front(); }
  double x1() const { return xs.back(); }
  double top() const { return ys.front(); }
  double bottom() const { return ys.back(); }
};

// The grids among a page's `rules` (PdfPage::rules) with at least two cells,
// top to bottom. A lone box (a frame around a paragraph, a drawn checkbox)
// is not a table.
std::vector<RuledTable> FindRuledTables(const std::vector<PdfShape>& rules);

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_PDF_RULING_GRID_H_
