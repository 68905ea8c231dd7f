// TableAssembly: a PDF's ruled tables as Document::tables holds them. Each
// table stands in its page's text as a placeholder line at its place; a
// table that runs on over a page break is drawn as one table a page, and is
// made one again, so a competency laid out as a table stays one competency:
// the table on the next page continues the one that ended the page before
// when nothing but running headers and footers stands between them and its
// columns are the same. A row the page break cut in two is joined again
// (its cells' text goes on where it stopped), whether its rules stay open
// at the cut or close each part (then the part on the next page names no
// row in the first column, where every row before it does), and the header row a
// continued table repeats on each page is dropped. Text wrapped inside a
// cell is joined there as the page's text is (line_joiner.h), the cell
// taking the place of the page's margins.
#ifndef SAMATTHANA_INGEST_PDF_TABLE_ASSEMBLY_H_
#define SAMATTHANA_INGEST_PDF_TABLE_ASSEMBLY_H_

#include <vector>

#include "ingest/document.h"
#include "ingest/pdf/pdf_table_reader.h"
#include "ingest/pdf/visual_line.h"

namespace samatthana::ingest {

// Moves `tables` (one page's) to the end of `all` and puts a placeholder
// line for each (VisualLine::table, its index in `all`) among `page`'s
// lines, where the table stands.
void PlaceTables(std::vector<PageTable> tables, PageLines* page, std::vector<PageTable>* all);

// Makes the tables of `all` (consumed) into Document tables: continued
// tables are merged and their placeholders removed from `pages`; the
// placeholders left are renumbered to index the tables returned.
std::vector<Table> AssembleTables(std::vector<PageTable> all, std::vector<PageLines>* pages);

// Where each table's placeholder landed among `lines` (JoinLines's
// output): the table and its cells' lines take that line's number.
void NumberTableLines(const std::vector<Line>& lines, std::vector<Table>* tables);

}  // namespace samatthana::ingest

#endif  // SAMATTHANA_INGEST_PDF_TABLE_ASSEMBLY_H_
