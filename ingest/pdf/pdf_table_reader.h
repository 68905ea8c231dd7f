// PdfTableReader: the text of a page's ruled tables, cell by cell. Each
// word goes to the cell that holds its middle (a word Poppler ran across a
// cell's border is cut there first) and leaves the page's running text; the
// words of one cell make that cell's lines, so text wrapped inside a cell
// stays in it and never runs into the cell beside it.
#ifndef SAMATTHANA_INGEST_PDF_TABLE_READER_H_
#define SAMATTHANA_INGEST_PDF_TABLE_READER_H_

#include <vector>

#include "ingest/pdf/pdf_document.h"
#include "ingest/pdf/pdf_line_builder.h"
#include "ingest/pdf/ruling_grid.h"
#include "ingest/pdf/visual_line.h"

namespace samatthana::ingest {

// One ruled table of one page, its cells' visual lines in page coordinates.
struct PageTable {
  int page = 0;
  RuledTable grid;
  std::vector<std::vector<VisualLine>> cells;  // one entry a grid.cells entry
};

// Finds the ruled tables among `page`'s rules and moves the words inside
// their cells out of `words` (the page's words) into the tables' cells,
// built into lines by `builder`. A table none of whose cells holds text is
// left out. Tables come top to bottom.
std::vector<PageTable> ReadPageTables(int page, const PdfPage& drawn, std::vector<PdfWord>* words,
                                      PdfLineBuilder* builder);

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_PDF_TABLE_READER_H_
