#include "ingest/pdf/table_assembly.h"

#include <algorithm>
#include <cmath>

#include "base/list_marks.h"
#include "ingest/pdf/line_joiner.h"

namespace samatthana::ingest {
namespace {

// Column edges of two parts of one table stand this close (points).
constexpr double kSameColumn = 4.0;

// A cell being assembled: its lines part by part, one part a page, each
// part's lines moved so the cell's left edge is x = 0.
struct Part {
  int page = 0;
  double width = 0;       // the cell's
  double bottom_gap = 0;  // from its last line's bottom to the cell's bottom rule
  std::vector<VisualLine> lines;
};

struct Cell {
  int row = 0, column = 0, row_span = 1, column_span = 1;
  bool header = false;
  std::vector<Part> parts;
};

struct Assembled {
  int rows = 0, columns = 0;
  int page = 0;
  std::vector<double> xs;  // the first part's column edges: the table's columns
  bool open_bottom = false;
  std::vector<Cell> cells;
};

Part ToPart(const GridCell& g, std::vector<VisualLine> lines, int page) {
  Part p;
  p.page = page;
  p.width = g.x1 - g.x0;
  for (VisualLine& l : lines) {
    l.x0 -= g.x0;
    l.x1 -= g.x0;
    l.text_x0 -= g.x0;
    // Nothing of a cell's line stands left of the cell: a drawn mark found
    // there (in the cell beside it: a stroke of its text, a rule's end) is
    // no mark of this line, which starts where its text does.
    l.text_x0 = std::max(l.text_x0, 0.0);
    if (l.x0 < 0) {
      l.x0 = l.text_x0;
      l.shape_mark = false;
    }
  }
  p.bottom_gap = g.bottom - g.top;
  for (const VisualLine& l : lines) p.bottom_gap = std::min(p.bottom_gap, g.bottom - l.bottom);
  p.lines = std::move(lines);
  return p;
}

// A line opens with an item's mark: a bullet, a checkbox, a number, or a
// drawn mark inside its cell (which starts at `cell_x0`; see ToPart).
bool Marked(const VisualLine& l, double cell_x0) {
  return l.starts_with_bullet || (l.shape_mark && l.x0 >= cell_x0) || LeadingListMark(l.text) > 0;
}

// The column of `xs` whose left edge is at or left of x.
int ColumnAt(const std::vector<double>& xs, double x) {
  int k = 0;
  for (size_t i = 0; i + 1 < xs.size(); ++i) {
    if (xs[i] <= x + kSameColumn) k = static_cast<int>(i);
  }
  return k;
}

// The edge of `xs` at or right of x.
int EdgeAt(const std::vector<double>& xs, double x) {
  for (size_t i = 0; i < xs.size(); ++i) {
    if (xs[i] >= x - kSameColumn) return static_cast<int>(i);
  }
  return static_cast<int>(xs.size()) - 1;
}

// The cell of `into` that starts at (row, column), or null.
Cell* CellAt(Assembled* into, int row, int column) {
  for (Cell& c : into->cells) {
    if (c.row == row && c.column == column) return &c;
  }
  return nullptr;
}

// The cells of `t` from its row `first_row` on, their rows moved by
// `shift`, put in the columns of `into` they stand in. A part that divides
// a column further (a small table drawn into a cell) adds its text to the
// cell of that column.
void AppendRows(PageTable* t, int first_row, int shift, Assembled* into) {
  for (size_t i = 0; i < t->grid.cells.size(); ++i) {
    const GridCell& g = t->grid.cells[i];
    if (g.row < first_row) continue;
    const int column = ColumnAt(into->xs, g.x0);
    const int row = g.row + shift;
    Part part = ToPart(g, std::move(t->cells[i]), t->page);
    if (Cell* same = CellAt(into, row, column)) {
      same->parts.push_back(std::move(part));
      continue;
    }
    Cell c;
    c.row = row;
    c.column = column;
    c.row_span = g.row_span;
    c.column_span = std::max(1, EdgeAt(into->xs, g.x1) - column);
    c.parts.push_back(std::move(part));
    into->cells.push_back(std::move(c));
  }
  into->rows = std::max(into->rows, t->grid.rows() + shift);
}

Assembled Start(PageTable* t) {
  Assembled a;
  a.columns = t->grid.columns();
  a.page = t->page;
  a.xs = t->grid.xs;
  a.open_bottom = t->grid.open_bottom;
  AppendRows(t, 0, 0, &a);
  return a;
}

// A cell's text without spaces, to compare repeated header rows.
std::string Squeezed(const std::vector<VisualLine>& lines) {
  std::string out;
  for (const VisualLine& l : lines) {
    for (char c : l.text) {
      if (c != ' ') out.push_back(c);
    }
  }
  return out;
}

// `t`'s first row repeats `a`'s: the header a continued table prints on
// every page.
bool RepeatsHeader(const Assembled& a, const PageTable& t) {
  int compared = 0;
  for (size_t i = 0; i < t.grid.cells.size(); ++i) {
    const GridCell& g = t.grid.cells[i];
    if (g.row != 0) continue;
    const Cell* same = nullptr;
    for (const Cell& c : a.cells) {
      if (c.row == 0 && c.column == ColumnAt(a.xs, g.x0)) same = &c;
    }
    if (same == nullptr || same->parts.empty()) return false;
    std::string text = Squeezed(t.cells[i]);
    if (text != Squeezed(same->parts.front().lines)) return false;
    compared += !text.empty();
  }
  return compared > 0;
}

// `b` stands where `a` stood, between the same left and right edges: a
// continued table keeps its width, though a part may divide its columns
// further or join them (a row across the table).
bool SameFrame(const Assembled& a, const RuledTable& b) {
  return std::fabs(a.xs.front() - b.x0()) <= kSameColumn &&
         std::fabs(a.xs.back() - b.x1()) <= kSameColumn;
}

// A cell's text is empty.
bool Blank(const std::vector<VisualLine>& lines) {
  for (const VisualLine& l : lines) {
    if (l.text.find_first_not_of(' ') != std::string::npos) return false;
  }
  return true;
}

// `t` opens with the rest of `a`'s last row though its rules close it off
// (LibreOffice frames each part of a row the page break cut): its first row
// leaves the first column empty, where every row of `a` names itself there
// in a line (a level, a label), and has text in another column. A row that
// names nothing is no row of its own. A first column of longer text is
// content (one column a level: the first level may run out of items first).
bool OpensWithUnnamedRow(const Assembled& a, const PageTable& t) {
  if (a.rows < 2) return false;
  for (int r = 0; r < a.rows; ++r) {
    int lines = 0;
    for (const Cell& c : a.cells) {
      if (c.column != 0 || c.row > r || c.row + c.row_span <= r) continue;
      for (const Part& p : c.parts) {
        for (const VisualLine& l : p.lines) lines += !Blank({l});
      }
    }
    if (lines != 1) return false;
  }
  bool first_blank = false, rest = false;
  for (size_t i = 0; i < t.grid.cells.size(); ++i) {
    const GridCell& g = t.grid.cells[i];
    if (g.row != 0) continue;
    if (ColumnAt(a.xs, g.x0) == 0) {
      first_blank = Blank(t.cells[i]) && EdgeAt(a.xs, g.x1) == 1;
    } else {
      rest |= !Blank(t.cells[i]);
    }
  }
  return first_blank && rest;
}

// `t` opens with the rest of `a`'s last row, framed apart: each cell of
// its first row with text goes on with the cell above it, which the page
// break cut: either the cell above opened with an item's mark and this
// part's text has none (it is the rest of that item, not a new one), or
// the cell's text ran down to its bottom rule. The latter alone holds of
// a row of one-line cells too, so then some columns must stand empty.
// A new row at the top of a page opens its items with their marks, and
// stands under cells that ended short of the page's end.
bool OpensWithRowsRest(const Assembled& a, const PageTable& t) {
  const int last = a.rows - 1;
  int filled = 0, empty = 0;
  bool items_go_on = true;
  for (size_t i = 0; i < t.grid.cells.size(); ++i) {
    const GridCell& g = t.grid.cells[i];
    if (g.row != 0) continue;
    const std::vector<VisualLine>& lines = t.cells[i];
    if (Blank(lines)) {
      ++empty;
      continue;
    }
    ++filled;
    const int column = ColumnAt(a.xs, g.x0);
    const Cell* above = nullptr;
    for (const Cell& c : a.cells) {
      if (c.column == column && c.row <= last && c.row + c.row_span > last) above = &c;
    }
    if (above == nullptr || above->parts.empty()) return false;
    const Part& cut = above->parts.back();
    if (Blank(cut.lines)) return false;
    const VisualLine& end = cut.lines.back();
    const bool item_goes_on = Marked(cut.lines.front(), 0) && !Marked(lines.front(), g.x0);
    const bool ran_to_rule = cut.bottom_gap <= 0.6 * end.height;
    if (!item_goes_on && !ran_to_rule) return false;
    items_go_on &= item_goes_on;
  }
  return filled > 0 && (empty > 0 || items_go_on);
}

// Adds `t`, which continues `a` on the next page.
void Continue(PageTable* t, Assembled* a) {
  int first_row = 0;
  int shift = a->rows;
  if ((a->open_bottom && t->grid.open_top) || OpensWithUnnamedRow(*a, *t) ||
      OpensWithRowsRest(*a, *t)) {
    // The row the page break cut: its cells go on where they stopped.
    const int last = a->rows - 1;
    for (size_t i = 0; i < t->grid.cells.size(); ++i) {
      const GridCell& g = t->grid.cells[i];
      if (g.row != 0) continue;
      const int column = ColumnAt(a->xs, g.x0);
      Cell* same = nullptr;
      for (Cell& c : a->cells) {
        if (c.row <= last && c.row + c.row_span > last && c.column <= column &&
            c.column + c.column_span > column) {
          same = &c;
        }
      }
      if (same == nullptr) continue;
      same->parts.push_back(ToPart(g, std::move(t->cells[i]), t->page));
      same->row_span += g.row_span - 1;
    }
    first_row = 1;
    shift = a->rows - 1;
  } else if (RepeatsHeader(*a, *t)) {
    for (Cell& c : a->cells) c.header |= c.row == 0;
    first_row = 1;
    shift = a->rows - 1;
  }
  AppendRows(t, first_row, shift, a);
  a->open_bottom = t->grid.open_bottom;
}

// The cell's lines, wraps joined within it. A line opening with a list mark
// (a checkbox, a bullet) or a drawn mark starts an item.
std::vector<Line> CellLines(std::vector<Part> parts) {
  std::vector<PageLines> pages;
  for (Part& p : parts) {
    if (p.lines.empty()) continue;
    PageLines page;
    page.page = p.page;
    page.width = p.width;
    page.height = 0;
    page.lines = std::move(p.lines);
    pages.push_back(std::move(page));
  }
  std::vector<bool> marked;
  for (const PageLines& p : pages) {
    for (const VisualLine& l : p.lines) {
      marked.push_back(l.starts_with_bullet || l.shape_mark || LeadingListMark(l.text) > 0);
    }
  }
  std::vector<Line> lines = JoinLines(&pages);
  for (size_t i = 0; i < lines.size() && i < marked.size(); ++i) {
    if (marked[i] && !lines[i].continues) lines[i].starts_item = true;
  }
  return lines;
}

Table Finish(Assembled a) {
  Table t;
  t.rows = a.rows;
  t.columns = a.columns;
  t.page = a.page;
  std::sort(a.cells.begin(), a.cells.end(), [](const Cell& x, const Cell& y) {
    return x.row != y.row ? x.row < y.row : x.column < y.column;
  });
  for (Cell& c : a.cells) {
    TableCell cell;
    cell.row = c.row;
    cell.column = c.column;
    cell.row_span = std::max(1, std::min(c.row_span, a.rows - c.row));
    cell.column_span = c.column_span;
    cell.header = c.header;
    cell.lines = CellLines(std::move(c.parts));
    t.cells.push_back(std::move(cell));
  }
  return t;
}

}  // namespace

void PlaceTables(std::vector<PageTable> tables, PageLines* page, std::vector<PageTable>* all) {
  for (PageTable& t : tables) {
    VisualLine mark;
    mark.page = t.page;
    mark.x0 = mark.text_x0 = t.grid.x0();
    mark.x1 = t.grid.x1();
    mark.top = t.grid.top();
    mark.bottom = t.grid.bottom();
    mark.table = static_cast<int>(all->size());
    // Before the first line that starts below the table's top.
    auto at = std::find_if(page->lines.begin(), page->lines.end(),
                           [&](const VisualLine& l) { return l.table < 0 && l.top >= mark.top; });
    page->lines.insert(at, std::move(mark));
    all->push_back(std::move(t));
  }
}

std::vector<Table> AssembleTables(std::vector<PageTable> all, std::vector<PageLines>* pages) {
  std::vector<Table> out;
  if (all.empty()) return out;
  std::vector<Assembled> tables;
  std::vector<int> number(all.size(), -1);  // index in `all` -> index in `tables`
  // The table that ended the page before, with nothing but furniture after it.
  int open = -1;
  int open_page = -1;
  for (PageLines& page : *pages) {
    std::vector<VisualLine> kept;
    kept.reserve(page.lines.size());
    int ends_with = -1;  // the table the page ends with, so far
    for (VisualLine& l : page.lines) {
      if (l.table < 0) {
        kept.push_back(std::move(l));
        ends_with = -1;
        continue;
      }
      PageTable& t = all[static_cast<size_t>(l.table)];
      const bool first_on_page = kept.empty();
      if (first_on_page && open >= 0 && open_page == page.page - 1 &&
          SameFrame(tables[static_cast<size_t>(open)], t.grid)) {
        Continue(&t, &tables[static_cast<size_t>(open)]);
        ends_with = open;
        continue;  // its placeholder goes: the table was placed already
      }
      l.table = static_cast<int>(tables.size());
      tables.push_back(Start(&t));
      ends_with = l.table;
      kept.push_back(std::move(l));
    }
    page.lines.swap(kept);
    open = ends_with;
    open_page = page.page;
  }
  out.reserve(tables.size());
  for (Assembled& a : tables) out.push_back(Finish(std::move(a)));
  return out;
}

void NumberTableLines(const std::vector<Line>& lines, std::vector<Table>* tables) {
  for (const Line& l : lines) {
    if (l.table < 0 || l.table >= static_cast<int>(tables->size())) continue;
    Table& t = (*tables)[static_cast<size_t>(l.table)];
    t.line = l.line;
    t.page = l.page;
    for (TableCell& c : t.cells) {
      for (Line& cl : c.lines) cl.line = l.line;
    }
  }
}

}  // namespace samatthana::ingest
